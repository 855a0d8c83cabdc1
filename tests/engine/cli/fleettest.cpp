// Several `actiondeck --headless` processes sharing one PostgreSQL outbox (a real server, started
// for the tests): whatever any hub acknowledged is delivered by the others when it dies, a batch
// seen twice carries the same messageIds, and /status says which outbox and how many hubs.
#include "httpclient.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "postgrescluster.h"
#include "processrun.h"
#include "testsink.h"
#include "waituntil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "fleet-secret";

class Fleet : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sink.listen());
        QString error;
        cluster = TestSupport::sharedPostgresCluster(&error);
        ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: " << error.toStdString();
        static int serial = 0;
        database = QStringLiteral("fleet_%1").arg(++serial);
        uri = cluster->createDatabase(database, &error);
        ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    }
    void TearDown() override {
        for (auto& hub : hubs) {
            if (hub->state() != QProcess::NotRunning) {
                hub->kill();
                hub->waitForFinished(5000);
            }
        }
    }

    /// Starts a hub on the shared outbox; its URL from the listening line (invalid if none).
    QUrl start() {
        auto& process = hubs.emplace_back(std::make_unique<QProcess>());
        const QString data = dir.filePath(QStringLiteral("hub-%1").arg(hubs.size()));
        process->start(QStringLiteral(ACTIONDECK_BINARY),
                       {QStringLiteral("--headless"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), data,
                        QStringLiteral("--outbox"), uri, QStringLiteral("--hub-secret"),
                        QStringLiteral("US=") + QString::fromLatin1(kSecret)});
        if (!process->waitForStarted(10000))
            return {};
        QByteArray line;
        waitUntil([&] {
            line += process->readAllStandardOutput();
            return line.contains('\n') || process->state() == QProcess::NotRunning;
        });
        const QByteArray first = line.left(line.indexOf('\n'));
        if (!first.startsWith("listening on "))
            return {};
        return QUrl(QString::fromLatin1(first.mid(13)));
    }

    HttpClient::Response execute(const QUrl& hub, int rows) {
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("query")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("rudder_write_key"), QStringLiteral("wk_fleet")},
                         {QStringLiteral("rudder_server_url"), sink.url()}}},
            {QStringLiteral("attachment"),
             QJsonObject{{QStringLiteral("data"),
                          QString::fromStdString(TestSupport::JsonDetailGenerator::generate(
                              {.rows = std::uint64_t(rows)}))}}}};
        return client.post(
            hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Token token=\"" + HubToken::generate(kSecret) + "\""}});
    }

    QJsonObject status(const QUrl& hub) {
        const auto answer =
            client.get(hub.resolved(QUrl(QStringLiteral("/status"))),
                       {{"Authorization", "Token token=\"" + HubToken::generate(kSecret) + "\""}});
        return QJsonDocument::fromJson(answer.body).object();
    }

    QTemporaryDir dir;
    TestSink sink;
    HttpClient client;
    TestSupport::PostgresCluster* cluster = nullptr;
    QString database;
    QString uri;
    std::vector<std::unique_ptr<QProcess>> hubs;
};

} // namespace

TEST_F(Fleet, WhatADeadHubAcknowledgedIsDeliveredByTheOthersWithTheSameMessageIds) {
    // A slow data plane: the first hub still holds leases, its requests unanswered, at its death.
    TestSink::Response slow;
    slow.delayMs = 3000;
    sink.setDefaultResponse(slow);
    const QUrl first = start();
    const QUrl second = start();
    const QUrl third = start();
    ASSERT_TRUE(first.isValid() && second.isValid() && third.isValid());
    const QString firstId = status(first).value(u"outbox").toObject().value(u"hub_id").toString();
    ASSERT_FALSE(firstId.isEmpty());

    constexpr int kRows = 20000;
    const auto answer = execute(first, kRows);
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    ASSERT_TRUE(QJsonDocument::fromJson(answer.body.trimmed())
                    .object()
                    .value(u"looker")
                    .toObject()
                    .value(u"success")
                    .toBool())
        << answer.body.toStdString();
    const auto held = [&] {
        return cluster
            ->psql(database, QStringLiteral("SELECT count(*) FROM actiondeck.batches WHERE"
                                            " state = 0 AND lease_hub = '%1'")
                                 .arg(firstId))
            .toInt();
    };
    ASSERT_TRUE(waitUntil([&] { return held() > 0; }, 10000));
    hubs[0]->kill(); // SIGKILL: no goodbye, its heartbeat just stops
    ASSERT_TRUE(hubs[0]->waitForFinished(10000));
    QElapsedTimer sinceDeath;
    sinceDeath.start();
    EXPECT_GT(held(), 0) << "the dead hub held batches whose requests it never saw answered";

    // Only live hubs settle batches: every one delivered means the others took the dead hub's.
    const auto delivered = [&] {
        return cluster
            ->psql(database, QStringLiteral("SELECT count(*) FILTER (WHERE state = 1) || ' '"
                                            " || count(*) FROM actiondeck.batches"))
            .split(u' ');
    };
    ASSERT_TRUE(waitUntil([&] { return delivered().at(0) == delivered().at(1); }, 90000))
        << delivered().join(u" of ").toStdString() << " batches delivered";
    EXPECT_LT(sinceDeath.elapsed(), 60000) << "the dead hub's batches within 60 s of its death";
    EXPECT_EQ(held(), 0);
    // A batch seen twice (posted by the dead hub, then again) carries the same messageIds:
    // every user arrived, under exactly one.
    QHash<QString, QSet<QString>> idsByUser;
    for (const auto& request : sink.requests()) {
        const QJsonArray batch =
            QJsonDocument::fromJson(request.body).object().value(u"batch").toArray();
        for (const QJsonValue& message : batch)
            idsByUser[message.toObject().value(u"userId").toString()].insert(
                message.toObject().value(u"messageId").toString());
    }
    EXPECT_EQ(idsByUser.size(), kRows);
    int users = 0;
    for (auto it = idsByUser.cbegin(); it != idsByUser.cend(); ++it)
        users += it.value().size() == 1 ? 1 : 0;
    EXPECT_EQ(users, kRows) << "users that arrived under one messageId";
    EXPECT_EQ(status(second).value(u"outbox").toObject().value(u"live_hubs").toInt(), 2);
}

TEST_F(Fleet, StatusNamesTheSharedOutboxAndItsLiveHubsWithoutAPassword) {
    const QUrl first = start();
    const QUrl second = start();
    ASSERT_TRUE(first.isValid() && second.isValid());
    QJsonObject outbox;
    ASSERT_TRUE(waitUntil(
        [&] {
            outbox = status(first).value(u"outbox").toObject();
            return outbox.value(u"live_hubs").toInt() == 2;
        },
        20000))
        << QJsonDocument(outbox).toJson().toStdString();
    EXPECT_EQ(outbox.value(u"kind").toString(), QStringLiteral("postgresql"));
    EXPECT_EQ(outbox.value(u"location").toString(),
              QStringLiteral("postgresql://actiondeck@/") + database);
    EXPECT_NE(outbox.value(u"hub_id").toString(),
              status(second).value(u"outbox").toObject().value(u"hub_id").toString());
}

TEST_F(Fleet, AnOutboxUriWithAPasswordIsRefusedWithoutShowingIt) {
    const auto run = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        {QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.filePath(u"d"_qs),
         QStringLiteral("--hub-secret"), QStringLiteral("US=s"), QStringLiteral("--outbox"),
         QStringLiteral("postgresql://hub:hunter2@db.example.com/actiondeck")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("the outbox URI carries a password")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("hunter2"));
}

TEST_F(Fleet, TheOutboxCommandWorksOnTheSharedOutbox) {
    TestSink::Response refused;
    refused.status = 400;
    refused.body = "bad write key";
    sink.setDefaultResponse(refused);
    const QUrl hub = start();
    ASSERT_TRUE(hub.isValid());
    ASSERT_EQ(execute(hub, 30).status, 200);
    const auto outbox = [&](const QStringList& arguments) {
        return TestSupport::runProcess(
            QStringLiteral(ACTIONDECK_BINARY),
            QStringList{QStringLiteral("outbox"), QStringLiteral("--outbox"), uri} + arguments);
    };
    ASSERT_TRUE(waitUntil(
        [&] { return outbox({QStringLiteral("status")}).out.contains("failed:    30 messages"); },
        20000))
        << outbox({QStringLiteral("status")}).out.toStdString();
    const auto status = outbox({QStringLiteral("status")});
    EXPECT_TRUE(
        status.out.startsWith("outbox:    postgresql://actiondeck@/" + database.toUtf8() + "\n"))
        << status.out.toStdString();
    const auto exported = outbox({QStringLiteral("export"), QStringLiteral("-")});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out.count('\n'), 30);
    EXPECT_FALSE(exported.out.contains("wk_fleet")) << "write keys are never exported";
    sink.setDefaultResponse({});
    const auto retried = outbox({QStringLiteral("retry"), QStringLiteral("--all")});
    EXPECT_EQ(retried.exitCode, 0) << retried.err.toStdString();
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIdSet().size() == 30; }, 20000))
        << "the running hub sends what the command retried";
}
