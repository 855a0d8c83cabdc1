#include "liveflowpage.h"

#include "admin/adminservice.h"
#include "connection/localhubconnection.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "livemessagefiltermodel.h"
#include "livemessagemodel.h"
#include "testsink.h"
#include "waituntil.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

constexpr char kSecret[] = "live flow secret";

class LiveFlow : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sink.listen());
        HubConfig config;
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        config.delivery.retry = {20, 200, 2000};
        hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        service = std::make_unique<AdminService>(*hub);
        connection = std::make_unique<LocalHubConnection>(*hub, *service);
        connection->open();
        page = std::make_unique<LiveFlowPage>(*connection);
        page->show();
    }

    HttpClient::Response execute(int rows, const QString& event) {
        const std::string result = JsonDetailGenerator::generate({std::uint64_t(rows), 3, true});
        sink.serve("/result.json", {QByteArray::fromStdString(result)});
        const QJsonObject body{
            {u"type"_qs, u"query"_qs},
            {u"data"_qs, QJsonObject{{u"rudder_write_key"_qs, u"live-key"_qs},
                                     {u"rudder_server_url"_qs, sink.url()}}},
            {u"form_params"_qs, QJsonObject{{u"event"_qs, event}}},
            {u"scheduled_plan"_qs,
             QJsonObject{{u"download_url"_qs, sink.downloadUrl("/result.json")}}}};
        const QByteArray token = HubToken::make(kSecret, "n1");
        return client.post(hub->listeningUrl().resolved(QUrl(u"/actions/rudder_track/execute"_qs)),
                           QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"Authorization", "Token token=\"" + token + "\""}});
    }

    QString counter(int i) const {
        return page->findChild<QLabel*>(QStringLiteral("liveCounter%1").arg(i))->text();
    }

    QTemporaryDir dir;
    SystemClock clock;
    RandomIdGenerator ids;
    TestSink sink;
    HttpClient client;
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<LocalHubConnection> connection;
    std::unique_ptr<LiveFlowPage> page;
};

} // namespace

TEST_F(LiveFlow, AnExecuteShowsUpInTheTableAndTheCounters) {
    const auto response = execute(120, QStringLiteral("Viewed Report"));
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    auto* table = page->findChild<QTableView*>(QStringLiteral("liveTable"));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 120; }));
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 120; }, 20000));
    const QAbstractItemModel& model = *table->model();
    EXPECT_EQ(model.index(0, LiveMessageModel::Type).data().toString(), QStringLiteral("track"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Event).data().toString(),
              QStringLiteral("Viewed Report"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Region).data().toString(), QStringLiteral("US"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Source).data().toString(),
              QStringLiteral("127.0.0.1"));
    // Every row's messageId is one the data plane received.
    const QSet<QByteArray> delivered = sink.deliveredMessageIdSet();
    for (int row = 0; row < 120; ++row) {
        const QJsonObject json =
            QJsonDocument::fromJson(
                model.index(row, 0).data(LiveMessageModel::JsonRole).toByteArray())
                .object();
        EXPECT_TRUE(delivered.contains(json.value(u"messageId").toString().toUtf8())) << row;
    }
    ASSERT_TRUE(waitUntil([&] {
        return model.index(119, LiveMessageModel::State).data().toString() == u"delivered";
    }));
    page->refreshCounters();
    ASSERT_TRUE(waitUntil([&] { return counter(2) == QLocale().toString(120); }, 5000))
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

TEST_F(LiveFlow, FilterNarrowsTheTable) {
    ASSERT_EQ(execute(60, QStringLiteral("Alpha")).status, 200);
    ASSERT_EQ(execute(40, QStringLiteral("Beta")).status, 200);
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
    const QString path = dir.filePath(QStringLiteral("export.ndjson"));
    QString error;
    ASSERT_EQ(page->exportShown(path, &error), 40) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 40);
    for (const QByteArray& line : lines)
        EXPECT_EQ(QJsonDocument::fromJson(line).object().value(u"event").toString(), u"Beta");
}

TEST_F(LiveFlow, PauseHoldsRowsUntilResumed) {
    auto* pause = page->findChild<QToolButton*>(QStringLiteral("livePause"));
    pause->setChecked(true);
    ASSERT_EQ(execute(30, QStringLiteral("Paused")).status, 200);
    ASSERT_TRUE(waitUntil([&] { return page->model()->heldBack() == 30; }));
    EXPECT_EQ(page->model()->rowCount(), 0);
    pause->setChecked(false);
    ASSERT_TRUE(waitUntil([&] { return page->model()->rowCount() == 30; }));
}

TEST_F(LiveFlow, StartStopControlsWhetherLookerIsServed) {
    auto* state = page->findChild<QLabel*>(QStringLiteral("liveHubState"));
    EXPECT_TRUE(state->text().contains(hub->listeningUrl().toString()));
    const QUrl url = hub->listeningUrl();
    hub->stopListening();
    EXPECT_TRUE(state->text().startsWith(u"This computer · Stopped"))
        << state->text().toStdString();
    EXPECT_EQ(client.post(url, "{}", {}, 3000).status, 0) << "a stopped hub refuses connections";
    QString error;
    ASSERT_TRUE(hub->listen(&error)) << error.toStdString();
    EXPECT_TRUE(state->text().contains(u"Listening"));
}
