// Runs as an operator sees them on a headless hub: three executes (all go; some rows without
// identity; a data plane that refuses) are three runs with their counts and outcomes in the
// admin API, /metrics and `actiondeck runs`, still there after a restart; the webhook hears of
// the bad ones only; and a run cut off by kill -9 says so after the restart.
#include "httpclient.h"
#include "hub/admintokenstore.h"
#include "hub/hubtoken.h"
#include "hubprocess.h"
#include "jsondetailgenerator.h"
#include "processrun.h"
#include "testsink.h"
#include "waituntil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

constexpr char kHubSecret[] = "runs-secret";
const QByteArray kHookPath = "/services/T0RUNS/B0RUNS/hook-secret-path-91";

class Runs : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sink.listen());
        ASSERT_TRUE(refusing.listen());
        ASSERT_TRUE(hook.listen());
        refusing.setDefaultResponse({400, R"({"error":"Invalid write key"})"});
        QFile config(configPath());
        ASSERT_TRUE(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{
                    {u"regions"_qs,
                     QJsonArray{QJsonObject{{u"name"_qs, u"US"_qs},
                                            {u"secret"_qs, QString::fromLatin1(kHubSecret)}}}},
                    {u"sources"_qs, QJsonArray{QJsonObject{{u"name"_qs, u"Prod"_qs},
                                                           {u"writeKey"_qs, u"wk_runs"_qs},
                                                           {u"dataPlaneUrl"_qs, sink.url()}},
                                               QJsonObject{{u"name"_qs, u"Refusing"_qs},
                                                           {u"writeKey"_qs, u"wk_refused"_qs},
                                                           {u"dataPlaneUrl"_qs, refusing.url()}}}},
                    {u"alerts"_qs,
                     QJsonObject{{u"webhookUrl"_qs, hook.url() + QString::fromLatin1(kHookPath)},
                                 {u"format"_qs, u"slack"_qs}}}})
                .toJson());
        config.close();
        AdminTokenStore tokens(dataDir());
        QString error;
        ASSERT_TRUE(tokens.load(&error)) << error.toStdString();
        adminToken = tokens.create(QStringLiteral("ops"), AdminScope::Read, 0, &error);
        ASSERT_FALSE(adminToken.isEmpty()) << error.toStdString();
    }

    QString configPath() const { return dir.path() + QStringLiteral("/config.json"); }
    QString dataDir() const { return dir.path() + QStringLiteral("/data"); }

    QUrl start() {
        const QUrl url = headless.start(
            {QStringLiteral("--config"), configPath(), QStringLiteral("--data-dir"), dataDir()},
            true);
        logs += headless.said;
        return url;
    }

    /// Stops the hub (SIGTERM) and keeps what it logged.
    void stop() {
        headless.process.terminate();
        ASSERT_TRUE(headless.process.waitForFinished(20000));
        logs += headless.process.readAllStandardOutput() + headless.process.readAllStandardError();
    }

    /// A users result of `rows` rows; the rows in `anonymous` have no user id.
    static QByteArray usersResult(int rows, int anonymousEvery = 0) {
        QJsonArray data;
        for (int i = 0; i < rows; ++i) {
            const bool anonymous = anonymousEvery > 0 && i % anonymousEvery == 7;
            data.append(QJsonObject{
                {u"u.id"_qs,
                 QJsonObject{{u"value"_qs, anonymous
                                               ? QJsonValue()
                                               : QJsonValue(QStringLiteral("user-%1").arg(i))}}},
                {u"u.plan"_qs, QJsonObject{{u"value"_qs, u"gold"_qs}}}});
        }
        return R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
               R"({"name":"u.plan"}]},"data":)" +
               QJsonDocument(data).toJson(QJsonDocument::Compact) + "}";
    }

    static QByteArray executeBody(const QByteArray& detail, int planId, const QString& title,
                                  const QString& source) {
        return QJsonDocument(
                   QJsonObject{
                       {u"type"_qs, u"query"_qs},
                       {u"form_params"_qs, QJsonObject{{u"destination_source"_qs, source}}},
                       {u"scheduled_plan"_qs,
                        QJsonObject{
                            {u"scheduled_plan_id"_qs, planId},
                            {u"title"_qs, title},
                            {u"url"_qs, QStringLiteral("https://looker.example.com/looks/%1")
                                            .arg(planId + 100)}}},
                       {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                                      {u"data"_qs, QString::fromUtf8(detail)}}}})
            .toJson(QJsonDocument::Compact);
    }

    HttpClient::Response execute(const QUrl& hub, const QByteArray& body) {
        return client.post(
            hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))), body,
            {{"Authorization", "Token token=\"" + HubToken::generate(kHubSecret) + "\""}}, 60000);
    }

    HttpClient::Response admin(const QString& path) {
        return client.get(headless.adminUrl.resolved(QUrl(path)),
                          {{"Authorization", "Bearer " + adminToken}});
    }

    QJsonArray runs() {
        const auto answer = admin(QStringLiteral("/api/v1/runs"));
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).object().value(u"runs").toArray();
    }

    /// Waits until every run has a final state; the runs.
    QJsonArray finalRuns(int count) {
        QJsonArray list;
        waitUntil(
            [&] {
                list = runs();
                if (list.size() != count)
                    return false;
                for (const QJsonValue& run : list) {
                    const QString state = run[u"state"].toString();
                    if (state == u"running" || state == u"delivering")
                        return false;
                }
                return true;
            },
            60000);
        return list;
    }

    QTemporaryDir dir;
    TestSink sink;
    TestSink refusing;
    TestSink hook;
    HttpClient client;
    QByteArray adminToken;
    QByteArray logs;
    TestSupport::HubProcess headless{QStringLiteral(ACTIONDECK_BINARY)};
};

} // namespace

TEST_F(Runs, ThreeExecutesAreThreeRunsWithTheirCountsAndOutcomesThroughARestart) {
    QUrl hub = start();
    ASSERT_TRUE(hub.isValid()) << headless.said.constData();
    ASSERT_EQ(execute(hub, executeBody(usersResult(1000), 11, u"All go"_qs, u"Prod"_qs)).status,
              200);
    ASSERT_EQ(
        execute(hub, executeBody(usersResult(1000, 100), 12, u"Some anonymous"_qs, u"Prod"_qs))
            .status,
        200);
    ASSERT_EQ(execute(hub, executeBody(usersResult(500), 13, u"Refused"_qs, u"Refusing"_qs)).status,
              200);

    const QJsonArray list = finalRuns(3);
    ASSERT_EQ(list.size(), 3) << QJsonDocument(list).toJson().constData();
    const QJsonObject all = list[0].toObject();
    EXPECT_EQ(all[u"planId"].toString(), u"11");
    EXPECT_EQ(all[u"planTitle"].toString(), u"All go");
    EXPECT_EQ(all[u"action"].toString(), u"rudder_event");
    EXPECT_EQ(all[u"source"].toString(), u"Prod");
    EXPECT_EQ(all[u"lookId"].toString(), u"111");
    EXPECT_EQ(all[u"state"].toString(), u"succeeded");
    EXPECT_TRUE(all[u"success"].toBool());
    EXPECT_EQ(all[u"rowsRead"].toInteger(), 1000);
    EXPECT_EQ(all[u"rowsSkipped"].toInteger(), 0);
    EXPECT_EQ(all[u"messagesStored"].toInteger(), 1000);
    EXPECT_EQ(all[u"delivered"].toInteger(), 1000);
    EXPECT_EQ(all[u"failed"].toInteger(), 0);
    EXPECT_EQ(all[u"pending"].toInteger(), 0);
    EXPECT_GE(all[u"finishedMs"].toInteger(), all[u"receivedMs"].toInteger());

    const QJsonObject some = list[1].toObject();
    EXPECT_EQ(some[u"state"].toString(), u"partial");
    EXPECT_FALSE(some[u"success"].toBool()) << "Looker is told of the skipped rows";
    EXPECT_EQ(some[u"rowsRead"].toInteger(), 1000);
    EXPECT_EQ(some[u"rowsSkipped"].toInteger(), 10);
    EXPECT_EQ(some[u"messagesStored"].toInteger(), 990);
    EXPECT_EQ(some[u"delivered"].toInteger(), 990);
    EXPECT_EQ(some[u"skipReasons"].toArray().size(), 10);
    EXPECT_TRUE(some[u"message"].toString().contains(u"10 of 1000 rows were skipped"))
        << some[u"message"].toString().toStdString();

    const QJsonObject refused = list[2].toObject();
    EXPECT_EQ(refused[u"state"].toString(), u"failed");
    EXPECT_TRUE(refused[u"success"].toBool()) << "stored is success; delivery failed later";
    EXPECT_EQ(refused[u"messagesStored"].toInteger(), 500);
    EXPECT_EQ(refused[u"failed"].toInteger(), 500);
    EXPECT_EQ(refused[u"delivered"].toInteger(), 0);
    EXPECT_TRUE(refused[u"failReason"].toString().contains(u"400"))
        << refused[u"failReason"].toString().toStdString();

    // Batches by run: the refused run's are all failed.
    const auto batches =
        admin(QStringLiteral("/api/v1/batches?run=%1").arg(refused[u"id"].toInteger()));
    ASSERT_EQ(batches.status, 200);
    int refusedMessages = 0;
    for (const QJsonValue& batch :
         QJsonDocument::fromJson(batches.body).object()[u"batches"].toArray()) {
        EXPECT_EQ(batch[u"state"].toString(), u"failed");
        refusedMessages += batch[u"messages"].toInt();
    }
    EXPECT_EQ(refusedMessages, 500);
    const auto one = admin(QStringLiteral("/api/v1/runs/%1").arg(some[u"id"].toInteger()));
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(one.body).object(), some);
    const auto filtered = admin(QStringLiteral("/api/v1/runs?state=failed"));
    EXPECT_EQ(QJsonDocument::fromJson(filtered.body).object()[u"runs"].toArray().size(), 1);
    const auto bySchedule = admin(QStringLiteral("/api/v1/runs?schedule=12&limit=1"));
    const QJsonObject page = QJsonDocument::fromJson(bySchedule.body).object();
    ASSERT_EQ(page[u"runs"].toArray().size(), 1);
    EXPECT_EQ(page[u"runs"][0][u"planId"].toString(), u"12");
    EXPECT_EQ(admin(QStringLiteral("/api/v1/runs?state=lost")).status, 400);
    EXPECT_EQ(admin(QStringLiteral("/api/v1/runs/999")).status, 404);

    // /metrics: the outcomes, and the scheduled plans' last success, which promtool accepts.
    const auto metrics = admin(QStringLiteral("/metrics"));
    ASSERT_EQ(metrics.status, 200);
    for (const QByteArray sample :
         {QByteArray(R"(actiondeck_runs_total{action="rudder_event",outcome="succeeded"} 1)"),
          QByteArray(R"(actiondeck_runs_total{action="rudder_event",outcome="partial"} 1)"),
          QByteArray(R"(actiondeck_runs_total{action="rudder_event",outcome="failed"} 1)"),
          QByteArray(R"(actiondeck_runs_total{action="rudder_track",outcome="failed"} 0)"),
          QByteArray(R"(actiondeck_run_rows_total{action="rudder_event",kind="skipped"} 10)"),
          QByteArray(R"(actiondeck_run_rows_total{action="rudder_event",kind="read"} 2500)")})
        EXPECT_TRUE(metrics.body.contains(sample)) << sample.constData() << "\n"
                                                   << metrics.body.constData();
    EXPECT_TRUE(metrics.body.contains(
        R"(actiondeck_schedule_last_success_timestamp_seconds{plan_id="11"} )"))
        << metrics.body.constData();
    const auto promtool =
        TestSupport::runProcess(QStringLiteral("promtool"),
                                {QStringLiteral("check"), QStringLiteral("metrics")}, metrics.body);
    EXPECT_EQ(promtool.exitCode, 0) << promtool.out.constData() << promtool.err.constData();

    // The webhook: the failed run and the partial one, each once; never the one that went.
    ASSERT_TRUE(waitUntil([&] { return hook.requests().size() >= 2; }, 30000))
        << hook.requests().size() << " webhook calls";
    QByteArrayList texts;
    for (const auto& request : hook.requests()) {
        EXPECT_EQ(request.path, kHookPath);
        texts.append(QJsonDocument::fromJson(request.body).object()[u"text"].toString().toUtf8());
    }
    waitUntil([] { return false; }, 1000); // nothing more comes
    EXPECT_EQ(hook.requests().size(), 2);
    EXPECT_TRUE(texts.join('\n').contains("\xe2\x80\x9cRefused\xe2\x80\x9d (plan 13)"))
        << texts.join('\n').constData();
    EXPECT_TRUE(texts.join('\n').contains("failed")) << texts.join('\n').constData();
    EXPECT_FALSE(texts.join('\n').contains("All go")) << texts.join('\n').constData();

    // Nothing says the webhook's URL: the configuration says there is one.
    const auto config = admin(QStringLiteral("/api/v1/config"));
    const auto status = admin(QStringLiteral("/api/v1/status"));
    for (const QByteArray& answer :
         {config.body, status.body, metrics.body, QJsonDocument(list).toJson()})
        EXPECT_FALSE(answer.contains("hook-secret-path")) << answer.constData();

    // After a restart the runs are as they were, and `actiondeck runs` reads them.
    stop();
    hub = start();
    ASSERT_TRUE(hub.isValid()) << headless.said.constData();
    EXPECT_EQ(runs(), list);
    const auto listed = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        {QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.constData();
    const QByteArrayList lines = listed.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << listed.out.constData();
    EXPECT_TRUE(lines[0].contains("succeeded") && lines[0].contains("All go (plan 11)"))
        << lines[0].constData();
    EXPECT_TRUE(lines[1].contains("partial") && lines[1].contains("1000 rows"))
        << lines[1].constData();
    EXPECT_TRUE(lines[2].contains("failed") && lines[2].contains("500 failed"))
        << lines[2].constData();
    const auto json = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        {QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json"),
         QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--schedule"), u"13"_qs});
    ASSERT_EQ(json.exitCode, 0) << json.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(json.out).object(),
              (QJsonObject{{u"runs"_qs, QJsonArray{refused}}}));
    const auto shown = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                               {QStringLiteral("runs"), QStringLiteral("show"),
                                                QString::number(some[u"id"].toInteger()),
                                                QStringLiteral("--data-dir"), dataDir()});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.constData();
    EXPECT_TRUE(shown.out.contains("1000 read, 10 skipped")) << shown.out.constData();
    EXPECT_TRUE(shown.out.contains("skipped:")) << shown.out.constData();
    stop();
    EXPECT_FALSE(logs.contains("hook-secret-path")) << logs.constData();
}

TEST_F(Runs, ARunCutOffByKillSaysSoAfterTheRestartWithCountsAsStoredAndDelivered) {
    constexpr int kRows = 200000;
    sink.serve("/result", {QByteArray::fromStdString(
                              TestSupport::JsonDetailGenerator::generate({.rows = kRows}))});
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{u"type"_qs, u"query"_qs},
                        {u"form_params"_qs, QJsonObject{{u"destination_source"_qs, u"Prod"_qs}}},
                        {u"scheduled_plan"_qs,
                         QJsonObject{{u"scheduled_plan_id"_qs, 21},
                                     {u"title"_qs, u"Large"_qs},
                                     {u"download_url"_qs, sink.url() + u"/result"_qs}}}})
            .toJson(QJsonDocument::Compact);
    QUrl hub = start();
    ASSERT_TRUE(hub.isValid()) << headless.said.constData();
    QNetworkRequest request(hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))));
    request.setRawHeader("Authorization", "Token token=\"" + HubToken::generate(kHubSecret) + "\"");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = client.network().post(request, body);
    // Some batches delivered, the result not yet read to its end.
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 1000; }, 30000));
    const QJsonArray running = runs();
    ASSERT_EQ(running.size(), 1);
    EXPECT_EQ(running[0][u"state"].toString(), u"running");
    headless.process.kill(); // SIGKILL
    ASSERT_TRUE(headless.process.waitForFinished(10000));
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, 10000));
    reply->deleteLater();

    hub = start();
    ASSERT_TRUE(hub.isValid()) << headless.said.constData();
    // Interrupted at once; delivered as its batches go out after the restart.
    QJsonArray list;
    ASSERT_TRUE(waitUntil(
        [&] {
            list = runs();
            return list.size() == 1 && list[0][u"state"].toString() == u"interrupted" &&
                   list[0][u"pending"].toInteger() == 0;
        },
        60000))
        << QJsonDocument(list).toJson().constData();
    const QJsonObject run = list[0].toObject();
    EXPECT_EQ(run[u"state"].toString(), u"interrupted");
    EXPECT_EQ(run[u"answeredMs"].toInteger(), 0) << "Looker was never answered";
    EXPECT_GT(run[u"messagesStored"].toInteger(), 0);
    EXPECT_LT(run[u"messagesStored"].toInteger(), kRows);
    // Its counts are what its batches say: stored, and delivered once the restart sent them.
    const auto batches =
        admin(QStringLiteral("/api/v1/batches?run=%1&limit=1000").arg(run[u"id"].toInteger()));
    ASSERT_EQ(batches.status, 200);
    qint64 stored = 0;
    qint64 delivered = 0;
    for (const QJsonValue& batch :
         QJsonDocument::fromJson(batches.body).object()[u"batches"].toArray()) {
        stored += batch[u"messages"].toInt();
        if (batch[u"state"].toString() == u"delivered")
            delivered += batch[u"messages"].toInt();
    }
    EXPECT_EQ(run[u"messagesStored"].toInteger(), stored);
    EXPECT_EQ(run[u"delivered"].toInteger(), delivered);
    EXPECT_EQ(run[u"delivered"].toInteger(), stored) << "all it stored was delivered";
    EXPECT_EQ(qint64(sink.deliveredMessageIdSet().size()), stored);
    const auto shown = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                               {QStringLiteral("runs"), QStringLiteral("show"),
                                                QString::number(run[u"id"].toInteger()),
                                                QStringLiteral("--data-dir"), dataDir()});
    EXPECT_TRUE(shown.out.contains("the hub stopped while reading the result"))
        << shown.out.constData();
    stop();
}
