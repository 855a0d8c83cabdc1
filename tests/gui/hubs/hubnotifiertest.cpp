// When the tray speaks up: a hub's batches start failing, or a hub that was connected is lost —
// once per kind and quiet period, and only for hubs whose switch is on.
#include "gui/hubs/hubnotifier.h"

#include "admintesthub.h"
#include "connection/remotehubconnection.h"
#include "gui/hubs/hubregistry.h"
#include "gui/hubs/hubtokenvault.h"
#include "waituntil.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

/// A hub whose state and snapshot the test sets.
class FakeHub : public HubConnection {
public:
    using HubConnection::setSnapshot;
    using HubConnection::setState;

    QString name() const override { return QStringLiteral("fake"); }
    bool isLocal() const override { return true; }
    HubConfig config() const override { return {}; }
    void open() override {}
    void close() override {}
    void setWatchingMessages(bool) override {}
    QFuture<HubReply<OutboxCounts>> counts() override { return ready<OutboxCounts>(); }
    QFuture<HubReply<std::vector<BatchInfo>>> batches(std::optional<BatchState>, int, qint64,
                                                      qint64) override {
        return ready<std::vector<BatchInfo>>();
    }
    QFuture<HubReply<Outbox::Messages>> payload(qint64) override {
        return ready<Outbox::Messages>();
    }
    QFuture<HubReply<int>> retry(std::vector<qint64>) override { return ready<int>(); }
    QFuture<HubReply<int>> discard(std::vector<qint64>) override { return ready<int>(); }
    QFuture<HubReply<std::vector<RunRecord>>> runs(RunFilter filter) override {
        std::vector<RunRecord> matching;
        for (const RunRecord& run : runList) {
            if (!filter.planId || run.planId == *filter.planId)
                matching.push_back(run);
        }
        return QtFuture::makeReadyFuture(HubReply<std::vector<RunRecord>>{matching, {}});
    }

    /// A run of plan `planId` (none when empty) ends in `state`; the hub then lists it.
    void runEnds(qint64 id, const QString& planId, RunState state) {
        RunRecord run;
        run.id = id;
        run.planId = planId;
        run.planTitle = planId.isEmpty() ? QString() : QStringLiteral("Daily users");
        run.action = QStringLiteral("rudder_event");
        run.state = state;
        run.failed = state == RunState::Failed ? 500 : 0;
        run.failReason = QStringLiteral("HTTP 400: Invalid write key");
        runList.push_back(run);
        emit runChanged(run);
    }

    std::vector<RunRecord> runList;

    void failed(qint64 messages) {
        HubSnapshot s = snapshot();
        s.counts.failedMessages = messages;
        setSnapshot(s);
    }

private:
    template <typename T> static QFuture<HubReply<T>> ready() {
        return QtFuture::makeReadyFuture(HubReply<T>{});
    }
};

class Notifier : public testing::Test {
protected:
    void SetUp() override {
        qputenv("ACTIONDECK_NO_KEYCHAIN", "1");
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        local.setState(HubConnection::State::Connected);
        local.failed(0);
        vault = std::make_unique<HubTokenVault>();
        hubs = std::make_unique<HubRegistry>(local, *vault);
        notifier = std::make_unique<HubNotifier>(*hubs);
        QObject::connect(notifier.get(), &HubNotifier::notify,
                         [this](const QString& title, const QString&) { titles.append(title); });
    }

    QTemporaryDir m_dir;
    FakeHub local;
    std::unique_ptr<HubTokenVault> vault;
    std::unique_ptr<HubRegistry> hubs;
    std::unique_ptr<HubNotifier> notifier;
    QStringList titles;
};

} // namespace

TEST_F(Notifier, FailuresThatWereThereBeforeAreNoNews) {
    local.failed(0);
    EXPECT_TRUE(titles.isEmpty());
}

TEST_F(Notifier, NewFailuresAreToldOncePerQuietPeriod) {
    local.failed(5);
    ASSERT_EQ(titles, QStringList{QStringLiteral("Batches are failing on fake")});
    local.failed(9);
    EXPECT_EQ(titles.size(), 1) << "a storm of failures is one notification";
}

TEST_F(Notifier, AFailedRunIsToldOnceAndOtherEndsAreNot) {
    local.runEnds(1, {}, RunState::Succeeded);
    local.runEnds(2, {}, RunState::Partial);
    EXPECT_TRUE(titles.isEmpty());
    local.runEnds(3, {}, RunState::Failed);
    emit local.runChanged(local.runList.back());
    ASSERT_TRUE(waitUntil([&] { return !titles.isEmpty(); }));
    EXPECT_EQ(titles, QStringList{QStringLiteral("A run of rudder_event failed on fake")});
}

TEST_F(Notifier, AScheduleWhoseLastThreeRunsFailedIsSaidSo) {
    local.runEnds(1, QStringLiteral("7"), RunState::Failed);
    local.runEnds(2, QStringLiteral("7"), RunState::Succeeded);
    local.runEnds(3, QStringLiteral("7"), RunState::Failed);
    local.runEnds(4, QStringLiteral("8"), RunState::Failed);
    ASSERT_TRUE(waitUntil([&] { return titles.size() == 3; })) << titles.join(u'|').toStdString();
    EXPECT_EQ(titles[0], QStringLiteral("Daily users failed on fake"));
    local.runEnds(5, QStringLiteral("7"), RunState::Failed);
    ASSERT_TRUE(waitUntil([&] { return titles.size() == 4; }));
    EXPECT_EQ(titles[3], QStringLiteral("Daily users failed on fake")) << "two in a row, not three";
    local.runEnds(6, QStringLiteral("7"), RunState::Failed);
    ASSERT_TRUE(waitUntil([&] { return titles.size() == 5; }));
    EXPECT_EQ(titles[4], QStringLiteral("Daily users failed 3 times in a row"));
}

TEST_F(Notifier, AHubLostAfterBeingConnectedIsTold) {
    local.setState(HubConnection::State::Reconnecting, QStringLiteral("Connection refused"));
    ASSERT_EQ(titles, QStringList{QStringLiteral("fake can't be reached")});
    local.setState(HubConnection::State::Connected);
    local.setState(HubConnection::State::Reconnecting, QStringLiteral("again"));
    EXPECT_EQ(titles.size(), 1);
}

TEST_F(Notifier, AHubNeverReachedIsNotLost) {
    local.setState(HubConnection::State::Connecting);
    local.setState(HubConnection::State::Reconnecting, QStringLiteral("refused"));
    EXPECT_TRUE(titles.isEmpty());
}

TEST_F(Notifier, EachServerHubHasItsOwnSwitch) {
    TestSupport::AdminTestHub server(QByteArrayLiteral("notifier-secret"), QStringLiteral("wk"));
    QString error;
    ASSERT_TRUE(server.startHub(&error)) << error.toStdString();
    const QByteArray token = server.createToken(QStringLiteral("w"), AdminScope::Read);
    RemoteHubProfile quiet{{}, QStringLiteral("quiet"), server.server->url(), {}, false, false};
    RemoteHubProfile loud{{}, QStringLiteral("loud"), server.server->url(), {}, true, false};
    RemoteHubConnection& q = hubs->add(quiet, token);
    RemoteHubConnection& l = hubs->add(loud, token);
    ASSERT_TRUE(waitUntil([&] {
        return q.state() == HubConnection::State::Connected &&
               l.state() == HubConnection::State::Connected;
    }));
    server.stopAdmin();
    ASSERT_TRUE(waitUntil([&] {
        return q.state() == HubConnection::State::Reconnecting &&
               l.state() == HubConnection::State::Reconnecting;
    }));
    EXPECT_EQ(titles, QStringList{QStringLiteral("loud can't be reached")});
}
