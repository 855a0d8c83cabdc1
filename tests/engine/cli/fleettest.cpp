// Several `actiondeck --headless` processes sharing one PostgreSQL outbox (a real server, started
// for the tests): whatever any hub acknowledged is delivered by the others when it dies, a batch
// seen twice carries the same messageIds, and /status says which outbox and how many hubs.
#include "httpclient.h"
#include "hub/hubtoken.h"
#include "hubprocess.h"
#include "jsondetailgenerator.h"
#include "lookerrequests.h"
#include "postgrescluster.h"
#include "processrun.h"
#include "sanitizerscale.h"
#include "testsink.h"
#include "waituntil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

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
        keyFile = TestSupport::writeSecretsKeyFile(dir.filePath(u"fleet.key"_qs));
        ASSERT_FALSE(keyFile.isEmpty());
    }

    /// Starts a hub on the shared outbox; its URL from the listening line (invalid if none).
    /// With `admin`, its admin API listens too (on a free port), at *admin.
    QUrl start(const QStringList& extra = {}, QUrl* admin = nullptr) {
        auto& hub = hubs.emplace_back(
            std::make_unique<TestSupport::HubProcess>(QStringLiteral(ACTIONDECK_BINARY)));
        const QStringList arguments{QStringLiteral("--data-dir"),
                                    dir.filePath(QStringLiteral("hub-%1").arg(hubs.size())),
                                    QStringLiteral("--outbox"),
                                    uri,
                                    QStringLiteral("--secrets-key-file"),
                                    keyFile,
                                    QStringLiteral("--hub-secret"),
                                    QStringLiteral("US=") + QString::fromLatin1(kSecret)};
        const QUrl url = hub->start(arguments + extra, admin != nullptr);
        started = hub->said;
        if (admin && url.isValid())
            *admin = hub->adminUrl;
        return url;
    }

    /// `actiondeck COMMAND --outbox URI --secrets-key-file KEY ARGUMENTS…`
    TestSupport::ProcessRun command(const QString& name, const QStringList& arguments) {
        return TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                       QStringList{name, QStringLiteral("--outbox"), uri,
                                                   QStringLiteral("--secrets-key-file"), keyFile} +
                                           arguments);
    }

    /// `run` gives the result another ran_at, so its rows have messageIds of their own.
    HttpClient::Response execute(const QUrl& hub, int rows, int run = 0) {
        std::string result =
            TestSupport::JsonDetailGenerator::generate({.rows = std::uint64_t(rows)});
        const std::string ranAt = "2026-11-01T10:20:30";
        if (run > 0)
            result.replace(result.find(ranAt), ranAt.size(),
                           QStringLiteral("2026-11-01T10:%1:30")
                               .arg(run, 2, 10, QLatin1Char('0'))
                               .toStdString());
        return client.post(
            hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
            TestSupport::LookerRequests::withParams(u"wk_fleet"_qs, sink.url(),
                                                    QByteArray::fromStdString(result)),
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
    QString keyFile;
    std::vector<std::unique_ptr<TestSupport::HubProcess>> hubs;
    QByteArray started; ///< what the last hub started said, its first lines
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
    hubs[0]->process.kill(); // SIGKILL: no goodbye, its heartbeat just stops
    ASSERT_TRUE(hubs[0]->process.waitForFinished(10000));
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
    EXPECT_LT(sinceDeath.elapsed(), TestSupport::scaledMs(60000))
        << "the dead hub's batches within 60 s of its death";
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
        return command(QStringLiteral("outbox"), arguments);
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

namespace {

HttpClient::Headers lookerAuthorization(const QByteArray& token) {
    return {{"Authorization", "Token token=\"" + token + "\""}};
}

HttpClient::Headers bearer(const QByteArray& token) {
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

TEST_F(Fleet, ALookerTokenRevokedThroughOneHubIsRefusedByTheOthersWithinASecond) {
    const auto made = command(QStringLiteral("admin-token"),
                              {QStringLiteral("create"), QStringLiteral("--scope"),
                               QStringLiteral("admin"), QStringLiteral("--name"), u"ops"_qs});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QByteArray adminToken = made.out.trimmed().split('\n').last();
    QUrl hub[3], admin[3];
    for (int i = 0; i < 3; ++i) {
        hub[i] = start({}, &admin[i]);
        ASSERT_TRUE(hub[i].isValid()) << "hub " << i << " did not start";
    }
    const auto statusWith = [&](const QUrl& url, const QByteArray& token) {
        return client.get(url.resolved(QUrl(u"/status"_qs)), lookerAuthorization(token)).status;
    };
    const QByteArray looker = HubToken::generate(kSecret);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(statusWith(hub[i], looker), 200);
        EXPECT_EQ(
            client.get(admin[i].resolved(QUrl(u"/api/v1/status"_qs)), bearer(adminToken)).status,
            200)
            << "the admin token made once is the fleet's: hub " << i;
    }
    const QString nonce = QString::fromLatin1(HubToken::nonceOf(looker));
    const auto revoked = client.post(
        admin[0].resolved(QUrl(u"/api/v1/regions/US/tokens/"_qs + nonce + u"/revoke"_qs)), {},
        bearer(adminToken));
    ASSERT_EQ(revoked.status, 200) << revoked.body.toStdString();
    QElapsedTimer since;
    since.start();
    EXPECT_EQ(statusWith(hub[0], looker), 403);
    ASSERT_TRUE(waitUntil(
        [&] { return statusWith(hub[1], looker) == 403 && statusWith(hub[2], looker) == 403; },
        10000))
        << "the other hubs never took the revocation";
    // One second in an ordinary build; a sanitized hub polls and answers several times slower.
    EXPECT_LE(since.elapsed(), TestSupport::scaledMs(1000))
        << "the others refused it only after " << since.elapsed() << " ms";
    EXPECT_EQ(statusWith(hub[2], HubToken::generate(kSecret)), 200) << "only that nonce is revoked";

    // An admin token revoked (here by the command) is refused by every hub too.
    const auto gone = command(QStringLiteral("admin-token"), {u"revoke"_qs, u"ops"_qs});
    ASSERT_EQ(gone.exitCode, 0) << gone.err.toStdString();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(
            client.get(admin[i].resolved(QUrl(u"/api/v1/status"_qs)), bearer(adminToken)).status,
            401)
            << "hub " << i;
}

TEST_F(Fleet, SourcesAndRegionsAreTheFleetsAndADumpHoldsNoSecretInClear) {
    const QByteArray regionSecret = "eu-region-secret-4f1c";
    const QByteArray exactToken = "eu-exact-token-9d2e";
    const QByteArray writeKey = "wk-prod-sealed-77aa";
    QFile file(dir.filePath(u"first.json"_qs));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"regions": [{"name": "EU", "secret": ")" + regionSecret + R"(", "tokens": [")" +
               exactToken + R"("]}]})");
    file.close();
    const auto made = command(QStringLiteral("admin-token"),
                              {QStringLiteral("create"), QStringLiteral("--scope"),
                               QStringLiteral("admin"), QStringLiteral("--name"), u"ops"_qs});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QByteArray adminToken = made.out.trimmed().split('\n').last();
    QUrl firstAdmin, secondAdmin;
    const QUrl first = start({QStringLiteral("--config"), file.fileName()}, &firstAdmin);
    const QUrl second = start({}, &secondAdmin);
    ASSERT_TRUE(first.isValid() && second.isValid());

    // The first hub brought its region; the second, started without it, serves it.
    EXPECT_EQ(
        client.get(second.resolved(QUrl(u"/status"_qs)), lookerAuthorization(exactToken)).status,
        200);
    // A source added through the second is the first's at once.
    const auto before =
        client.get(secondAdmin.resolved(QUrl(u"/api/v1/config"_qs)), bearer(adminToken));
    ASSERT_EQ(before.status, 200);
    const QByteArray change = R"({"sources": {"Prod": {"writeKey": ")" + writeKey +
                              R"(", "dataPlaneUrl": ")" + sink.url().toUtf8() + R"("}}})";
    const auto patched =
        client.send("PATCH", secondAdmin.resolved(QUrl(u"/api/v1/config"_qs)), change,
                    bearer(adminToken) + HttpClient::Headers{{"If-Match", before.etag},
                                                             {"Content-Type", "application/json"}});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    EXPECT_TRUE(waitUntil(
        [&] {
            const auto config =
                client.get(firstAdmin.resolved(QUrl(u"/api/v1/config"_qs)), bearer(adminToken));
            return config.body.contains("\"Prod\"");
        },
        5000))
        << "the first hub never had the source";
    ASSERT_EQ(execute(first, 20).status, 200); // the outbox keeps the write key wk_fleet
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIdSet().size() == 20; }, 20000));

    QString error;
    const QByteArray dump = cluster->dump(database, &error);
    ASSERT_FALSE(dump.isEmpty()) << error.toStdString();
    EXPECT_TRUE(dump.contains("fleet_documents") && dump.contains("Prod"))
        << "the dump holds the fleet's configuration";
    // kSecret: --hub-secret of every hub, a flag, written nowhere.
    for (const QByteArray& secret :
         {regionSecret, exactToken, writeKey, QByteArray("wk_fleet"), kSecret}) {
        EXPECT_FALSE(dump.contains(secret)) << secret.toStdString() << " is in the dump in clear";
        EXPECT_FALSE(dump.contains(secret.toBase64())) << secret.toStdString();
    }
}

TEST_F(Fleet, AHubGivenAnotherKeyOrNoneIsRefusedClearly) {
    ASSERT_TRUE(start().isValid());
    const QString other = dir.filePath(u"other.key"_qs);
    QFile file(other);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64, 'f') + '\n');
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QStringList base{QStringLiteral("--headless"),
                           QStringLiteral("--data-dir"),
                           dir.filePath(u"refused"_qs),
                           QStringLiteral("--outbox"),
                           uri,
                           QStringLiteral("--hub-secret"),
                           QStringLiteral("US=s")};
    const auto wrong = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                               base + QStringList{u"--secrets-key-file"_qs, other});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains("is not the key this PostgreSQL outbox's secrets are sealed "
                                   "with"))
        << wrong.err.toStdString();
    const auto none = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY), base);
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains("give every hub of it the same --secrets-key-file"))
        << none.err.toStdString();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const auto readable = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY), base + QStringList{u"--secrets-key-file"_qs, other});
    EXPECT_TRUE(readable.err.contains("others may read it")) << readable.err.toStdString();
}

TEST_F(Fleet, APostgresRestartDuringExecutesAndDeliveryLosesNothingAcknowledged) {
    // A slow data plane: batches are being sent while the server restarts.
    TestSink::Response slow;
    slow.delayMs = 200;
    sink.setDefaultResponse(slow);
    const QUrl first = start();
    const QUrl second = start();
    ASSERT_TRUE(first.isValid() && second.isValid());
    const auto succeeded = [](const HttpClient::Response& answer) {
        return answer.status == 200 && QJsonDocument::fromJson(answer.body.trimmed())
                                           .object()
                                           .value(u"looker")
                                           .toObject()
                                           .value(u"success")
                                           .toBool();
    };
    constexpr int kRows = 10000;
    int acknowledged = 0, refused = 0, sent = 0;
    bool restarted = false, inFlight = false, duringExecute = false;
    QString restartError;
    for (int round = 0; round < 6; ++round) {
        if (round == 2) {
            // Mid-execute: the restart runs while this request's body is being read.
            QTimer::singleShot(50, [&] {
                duringExecute = inFlight;
                restarted = cluster->restart(&restartError);
            });
        }
        inFlight = true;
        const auto answer = execute(round % 2 == 0 ? first : second, kRows, round + 1);
        inFlight = false;
        sent += kRows;
        if (succeeded(answer))
            acknowledged += kRows;
        else {
            ++refused;
            // A failure says why; never success without a commit.
            EXPECT_TRUE(answer.status != 200 || answer.body.contains("\"success\":false"))
                << answer.body.toStdString();
        }
    }
    ASSERT_TRUE(restarted) << restartError.toStdString();
    EXPECT_TRUE(duringExecute) << "the restart came while no execute ran";
    EXPECT_GE(acknowledged, 4 * kRows)
        << "executes succeed again once the server is back (" << refused << " refused)";
    // Every acknowledged message arrives; none is lost to the restart, delivery resumed alone.
    EXPECT_TRUE(
        waitUntil([&] { return int(sink.deliveredMessageIdSet().size()) >= acknowledged; }, 60000))
        << sink.deliveredMessageIdSet().size() << " of " << acknowledged << " acknowledged";
    EXPECT_LE(int(sink.deliveredMessageIdSet().size()), sent);
    EXPECT_TRUE(waitUntil(
        [&] {
            return cluster
                       ->psql(database, QStringLiteral("SELECT count(*) FROM actiondeck.batches"
                                                       " WHERE state = 0"))
                       .toInt() == 0;
        },
        60000))
        << "batches are still pending after the restart";
}

TEST_F(Fleet, AHubSwitchedFromItsFileToPostgresTakesWhatWaitedThereAlong) {
    // The data plane refuses: what the hub acknowledges waits in its SQLite outbox.
    TestSink::Response refusing;
    refusing.status = 503;
    sink.setDefaultResponse(refusing);
    const QString data = dir.filePath(QStringLiteral("switched"));
    const QStringList own = {QStringLiteral("--data-dir"), data};
    const QUrl alone =
        start(own + QStringList{QStringLiteral("--outbox"), QStringLiteral("sqlite")});
    ASSERT_TRUE(alone.isValid());
    const auto answer = execute(alone, 1200);
    ASSERT_EQ(answer.status, 200);
    ASSERT_TRUE(answer.body.contains("\"success\":true")) << answer.body.toStdString();
    EXPECT_EQ(status(alone).value(u"outbox").toObject().value(u"kind").toString(), u"sqlite");
    ASSERT_TRUE(waitUntil([&] { return !sink.requests().empty(); })) << "a delivery was tried";
    hubs.back()->process.terminate();
    ASSERT_TRUE(hubs.back()->process.waitForFinished(10000));

    sink.setDefaultResponse({});
    const QUrl shared = start(own);
    ASSERT_TRUE(shared.isValid()) << hubs.back()->process.readAllStandardError().toStdString();
    QByteArray said = started.mid(started.indexOf('\n') + 1);
    EXPECT_TRUE(waitUntil([&] {
        said += hubs.back()->process.readAllStandardOutput();
        return said.contains('\n');
    })) << "the hub says what it moved";
    EXPECT_TRUE(said.startsWith("Moved ") && said.contains(" pending and 0 failed batches (1200 "
                                                           "messages, "))
        << said.toStdString();
    // Delivered from PostgreSQL, and nothing is left in the file to strand.
    EXPECT_TRUE(waitUntil([&] { return sink.deliveredMessageIdSet().size() >= 1200u; }, 30000))
        << sink.deliveredMessageIdSet().size();
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 1200u);
    const auto file = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        {QStringLiteral("outbox"), QStringLiteral("--data-dir"), data, QStringLiteral("status")});
    EXPECT_TRUE(file.out.contains("pending:   0 messages")) << file.out.toStdString();
}
