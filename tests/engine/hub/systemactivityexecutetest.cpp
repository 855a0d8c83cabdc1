// The Rudder System Activity action end to end: System Activity results executed over HTTP, the
// data plane a local sink, what was sent remembered in the hub's real outbox.
#include "scheduletesthub.h"
#include "systemactivitygenerator.h"
#include "waituntil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::SystemActivityGenerator;
using TestSupport::waitUntil;

namespace {

class SystemActivityExecute : public testing::Test, protected TestSupport::ScheduleTestHub {
protected:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(SendRows::All, &error)) << error.toStdString();
    }

    static QByteArray events(std::uint64_t count, std::uint64_t firstId, std::uint32_t seed) {
        SystemActivityGenerator::Options options;
        options.events = count;
        options.firstId = firstId;
        options.seed = seed;
        return QByteArray::fromStdString(SystemActivityGenerator::generate(options));
    }

    /// Looker's message for an execute of `detail` to the System Activity action.
    QString execute(const QByteArray& detail, const QJsonValue& planId = 31) {
        const auto answer = post(executeBody(detail, planId), u"rudder_system_activity"_qs);
        EXPECT_EQ(answer.status, 200) << answer.body.toStdString();
        const QJsonObject looker =
            QJsonDocument::fromJson(answer.body.trimmed()).object().value(u"looker").toObject();
        EXPECT_TRUE(looker.value(u"success").toBool()) << answer.body.toStdString();
        return looker.value(u"message").toString();
    }

    /// The events the sink received, by Looker event id (with how often).
    QHash<qint64, int> received() const {
        QHash<qint64, int> seen;
        for (const auto& request : sink.requests())
            for (const QJsonValue& m :
                 QJsonDocument::fromJson(request.body).object().value(u"batch").toArray())
                ++seen[m.toObject()
                           .value(u"properties")
                           .toObject()
                           .value(u"looker_event_id")
                           .toInteger()];
        return seen;
    }
};

} // namespace

TEST_F(SystemActivityExecute, EachLookerEventIsSentOnce) {
    EXPECT_TRUE(execute(events(300, 1000, 1)).startsWith(u"300 of 300 Looker events were new"));
    ASSERT_TRUE(settled());
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 300; }, 20000));
    // Looker's cache sends the same result again, in another order: nothing goes.
    EXPECT_TRUE(execute(events(300, 1000, 2)).startsWith(u"0 of 300 Looker events were new"));
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 300);
    // An overlapping window from another schedule: only its new events.
    EXPECT_TRUE(execute(events(300, 1200, 3), 32).startsWith(u"200 of 300 Looker events were new"));
    ASSERT_TRUE(settled());
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 500; }, 20000));
    const QHash<qint64, int> sent = received();
    EXPECT_EQ(sent.size(), 500);
    for (auto it = sent.begin(); it != sent.end(); ++it)
        EXPECT_EQ(it.value(), 1) << "event " << it.key();
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 500);
}

TEST_F(SystemActivityExecute, ALargeShuffledResultSpillsAndEveryEventArrives) {
    // More than the merge keeps in memory (32 MB): the spill files are used and removed.
    SystemActivityGenerator::Options options;
    options.events = 60000;
    options.seed = 4;
    const QByteArray detail = QByteArray::fromStdString(SystemActivityGenerator::generate(options));
    ASSERT_GT(SystemActivityGenerator::rows(options), 100000u);
    EXPECT_TRUE(execute(detail).startsWith(u"60,000 of 60,000 Looker events were new"));
    ASSERT_TRUE(settled(60000));
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 60000; }, 60000));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 60000);
    const QStringList left = QDir(dir.path()).entryList({u"system-activity-*"_qs}, QDir::Dirs);
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
}

TEST_F(SystemActivityExecute, AResultWithoutTheEventFieldsIsRefusedNamingTheExplore) {
    const auto answer = post(executeBody(usersResult(3)), u"rudder_system_activity"_qs);
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("system__activity/event_attribute"))
        << answer.body.toStdString();
    EXPECT_TRUE(answer.body.contains("\"success\":false"));
}
