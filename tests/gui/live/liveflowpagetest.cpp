// The Live flow page against the hub in this process (LocalHubConnection) and the same hub
// through its admin API on loopback (RemoteHubConnection), with the same assertions: the page
// never knows which kind of hub it shows.
#include "gui/live/liveflowpage.h"

#include "admintesthub.h"
#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
#include "gui/live/livemessagefiltermodel.h"
#include "gui/live/livemessagemodel.h"
#include "httpclient.h"
#include "waituntil.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

const QByteArray kSecret = "live flow secret";
const QByteArray kWriteKey = "wk_live_flow_never_shown_17";

class LiveFlow : public testing::TestWithParam<bool>, protected AdminTestHub {
protected:
    LiveFlow()
        : AdminTestHub(kSecret, QString::fromLatin1(kWriteKey)) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        connection = connectWindow(GetParam());
        ASSERT_TRUE(connection) << "the window's connection did not come up";
        page = std::make_unique<LiveFlowPage>(*connection);
        page->show();
        // The page asks for messages; a remote stream opens again to carry them, and only
        // messages stored after that reach it.
        ASSERT_TRUE(waitUntil([this] { return hub->liveCapture(); }));
    }

    /// A track execute of `rows` rows with the form's event, answered once stored.
    void executeTrack(int rows, const QString& event) {
        const auto answer = execute(rows, "rudder_track", {{u"event"_qs, event}});
        ASSERT_TRUE(answer) << "no answer to the execute";
        ASSERT_EQ(answer->status, 200) << answer->body.constData();
        ASSERT_TRUE(answer->body.contains("\"success\":true")) << answer->body.constData();
    }

    QString counter(int i) const {
        return page->findChild<QLabel*>(QStringLiteral("liveCounter%1").arg(i))->text();
    }

    /// A remote hub's listening state comes with its status: polled every 10 s, and fetched
    /// with each count the window asks for. Asked for here instead of waiting for the poll.
    void fetchStatus() {
        QFuture<HubReply<OutboxCounts>> counts = connection->counts();
        ASSERT_TRUE(waitUntil([&] { return counts.isFinished(); }));
        EXPECT_TRUE(counts.result().ok()) << counts.result().error.toStdString();
    }

    HttpClient client;
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<LiveFlowPage> page;
};

} // namespace

TEST_P(LiveFlow, AnExecuteShowsUpInTheTableAndTheCounters) {
    executeTrack(120, QStringLiteral("Viewed Report"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("liveTable"));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 120; }));
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 120; }, 20000));
    const QAbstractItemModel& model = *table->model();
    EXPECT_EQ(model.index(0, LiveMessageModel::Type).data().toString(), QStringLiteral("track"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Event).data().toString(),
              QStringLiteral("Viewed Report"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Region).data().toString(), QStringLiteral("US"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Source).data().toString(), QStringLiteral("Prod"));
    // Every row's messageId is one the data plane received.
    const QSet<QByteArray> delivered = sink.deliveredMessageIdSet();
    for (int row = 0; row < 120; ++row) {
        const QJsonObject json =
            QJsonDocument::fromJson(
                model.index(row, 0).data(LiveMessageModel::JsonRole).toByteArray())
                .object();
        EXPECT_TRUE(delivered.contains(json.value(u"messageId").toString().toUtf8())) << row;
    }
    // Every batch's state change (and with it its attempt) has reached the page.
    ASSERT_TRUE(waitUntil([&] {
        for (int row = 0; row < 120; ++row)
            if (model.index(row, LiveMessageModel::State).data().toString() != u"delivered")
                return false;
        return true;
    }));
    page->refreshCounters();
    ASSERT_TRUE(waitUntil([&] { return counter(2) == QLocale().toString(120); }))
        << counter(0).toStdString() << " " << counter(1).toStdString() << " "
        << counter(2).toStdString() << " " << counter(3).toStdString();
    EXPECT_EQ(counter(0), QLocale().toString(120)); // rows in
    EXPECT_EQ(counter(1), QLocale().toString(120)); // messages built

    // The details pane shows the selected message and its batch's attempt.
    table->selectRow(5);
    auto* json = page->findChild<QPlainTextEdit*>(QStringLiteral("liveJson"));
    EXPECT_TRUE(json->toPlainText().contains(u"\"event\": \"Viewed Report\""));
    auto* attempts = page->findChild<QTreeWidget*>(QStringLiteral("liveAttempts"));
    ASSERT_GE(attempts->topLevelItemCount(), 1);
    EXPECT_EQ(attempts->topLevelItem(attempts->topLevelItemCount() - 1)->text(1),
              QStringLiteral("200"));
}

TEST_P(LiveFlow, FilterNarrowsTheTable) {
    executeTrack(60, QStringLiteral("Alpha"));
    executeTrack(40, QStringLiteral("Beta"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("liveTable"));
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 100; }));
    page->findChild<QLineEdit*>(QStringLiteral("liveSearch"))->setText(QStringLiteral("beta"));
    EXPECT_EQ(table->model()->rowCount(), 40);
    auto* type = page->findChild<QComboBox*>(QStringLiteral("liveType"));
    type->setCurrentIndex(type->findData(QStringLiteral("identify")));
    EXPECT_EQ(table->model()->rowCount(), 0);
    type->setCurrentIndex(type->findData(QStringLiteral("track")));
    EXPECT_EQ(table->model()->rowCount(), 40);

    // Export writes what the filter shows.
    const QString path = dataDirectory() + QStringLiteral("/export.ndjson");
    QString error;
    ASSERT_EQ(page->exportShown(path, &error), 40) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 40);
    for (const QByteArray& line : lines)
        EXPECT_EQ(QJsonDocument::fromJson(line).object().value(u"event").toString(), u"Beta");
}

TEST_P(LiveFlow, PauseHoldsRowsUntilResumed) {
    auto* pause = page->findChild<QToolButton*>(QStringLiteral("livePause"));
    pause->setChecked(true);
    executeTrack(30, QStringLiteral("Paused"));
    ASSERT_TRUE(waitUntil([&] { return page->model()->heldBack() == 30; }));
    EXPECT_EQ(page->model()->rowCount(), 0);
    pause->setChecked(false);
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 30; }));
}

TEST_P(LiveFlow, ShowsWhetherLookerIsServed) {
    auto* state = page->findChild<QLabel*>(QStringLiteral("liveHubState"));
    auto* startStop = page->findChild<QPushButton*>(QStringLiteral("liveStartStop"));
    EXPECT_TRUE(state->text().startsWith(connection->name() + QStringLiteral(" · Listening")))
        << state->text().toStdString();
    EXPECT_TRUE(state->text().contains(hub->listeningUrl().toString()));
    // Only the embedded hub's port is started and stopped from the window.
    EXPECT_EQ(startStop->isVisible(), connection->isLocal());
    const QUrl url = hub->listeningUrl();
    hub->stopListening();
    fetchStatus();
    EXPECT_TRUE(state->text().startsWith(connection->name() + QStringLiteral(" · Stopped")))
        << state->text().toStdString();
    EXPECT_EQ(client.post(url, "{}", {}, 3000).status, 0) << "a stopped hub refuses connections";
    QString error;
    ASSERT_TRUE(hub->listen(&error)) << error.toStdString();
    fetchStatus();
    EXPECT_TRUE(state->text().contains(u"Listening")) << state->text().toStdString();
}

TEST_P(LiveFlow, StartStopButtonControlsTheEmbeddedHub) {
    if (!connection->isLocal())
        GTEST_SKIP() << "a remote hub's port is its server's: the window has no button for it";
    auto* startStop = page->findChild<QPushButton*>(QStringLiteral("liveStartStop"));
    ASSERT_TRUE(startStop->isVisible());
    EXPECT_EQ(startStop->text(), QStringLiteral("Stop listening"));
    startStop->click();
    EXPECT_FALSE(hub->isListening());
    EXPECT_EQ(startStop->text(), QStringLiteral("Start listening"));
    startStop->click();
    EXPECT_TRUE(hub->isListening());
    EXPECT_EQ(startStop->text(), QStringLiteral("Stop listening"));
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, LiveFlow, testing::Values(false, true),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });
