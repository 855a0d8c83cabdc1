// `actiondeck --headless` as a server operator runs it: a subprocess, its one listening line,
// a Looker execute, the events at the data plane, SIGTERM, exit 0.
#include "httpclient.h"
#include "hub/admintokenstore.h"
#include "hub/hubtoken.h"
#include "hubprocess.h"
#include "jsondetailgenerator.h"
#include "lookerrequests.h"
#include "processrun.h"
#include "rawhttpclient.h"
#include "selfsignedcertificate.h"
#include "testsink.h"
#include "waituntil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

class Headless : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sink.listen());
    }

    /// Starts the hub on dir/data and returns its URL from the listening line (and, with
    /// `admin`, waits for the admin API's line too: headless.adminUrl).
    QUrl start(const QStringList& extra, bool admin = false) {
        return headless.start(
            QStringList{QStringLiteral("--data-dir"), dir.path() + QStringLiteral("/data")} + extra,
            admin);
    }

    QByteArray executeBody(const QString& downloadPath = {}) {
        if (downloadPath.isEmpty())
            return TestSupport::LookerRequests::withParams(
                u"wk_headless"_qs, sink.url(),
                QByteArray::fromStdString(
                    TestSupport::JsonDetailGenerator::generate({.rows = 25})));
        return TestSupport::LookerRequests::downloading(u"wk_headless"_qs, sink.url(),
                                                        sink.url() + downloadPath);
    }

    static HttpClient::Headers auth(const QByteArray& token) {
        return {{"Authorization", "Token token=\"" + token + "\""}};
    }

    QTemporaryDir dir;
    TestSink sink;
    HttpClient client;
    TestSupport::HubProcess headless{QStringLiteral(ACTIONDECK_BINARY)};
    QProcess& process = headless.process;
};

} // namespace

TEST_F(Headless, ServesAnExecuteDeliversAndExitsZeroOnSigterm) {
    const QUrl hub = start({QStringLiteral("--hub-secret"), QStringLiteral("US=the-secret")});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    EXPECT_EQ(hub.host(), QStringLiteral("127.0.0.1"));
    EXPECT_NE(hub.port(), 0);

    const QByteArray token = HubToken::generate("the-secret");
    const auto answer =
        client.post(hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
                    executeBody(), auth(token));
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(answer.body.trimmed())
                    .object()
                    .value(u"looker")
                    .toObject()
                    .value(u"success")
                    .toBool());
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 25; }, 20000));

    process.terminate(); // SIGTERM
    ASSERT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    const QByteArray err = process.readAllStandardError();
    EXPECT_FALSE(err.contains("the-secret"));
    EXPECT_FALSE(err.contains(token));
    EXPECT_FALSE(err.contains("wk_headless"));
}

TEST_F(Headless, SigtermLetsARunningExecuteFinish) {
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 40});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 1500});
    const QUrl hub = start({QStringLiteral("--token"), QStringLiteral("EU=exact-token")});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    QNetworkReply* reply = client.network().post(
        [&] {
            QNetworkRequest request(
                hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))));
            request.setRawHeader("Authorization", "Token token=\"exact-token\"");
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            return request;
        }(),
        executeBody(QStringLiteral("/slow")));
    ASSERT_TRUE(waitUntil([&] { return !sink.requests().isEmpty(); }));
    process.terminate();
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, 20000));
    const QByteArray body = reply->readAll().trimmed();
    EXPECT_TRUE(QJsonDocument::fromJson(body)
                    .object()
                    .value(u"looker")
                    .toObject()
                    .value(u"success")
                    .toBool())
        << body.toStdString();
    ASSERT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20000));
    EXPECT_EQ(process.exitCode(), 0);
    reply->deleteLater();
}

TEST_F(Headless, ReadsRegionsAndSourcesFromAConfigFile) {
    QFile config(dir.path() + QStringLiteral("/config.json"));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("regions"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("US")},
                                        {QStringLiteral("secret"), QStringLiteral("cfg-secret")}}}},
                {QStringLiteral("sources"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Prod")},
                                        {QStringLiteral("writeKey"), QStringLiteral("wk_cfg")},
                                        {QStringLiteral("dataPlaneUrl"), sink.url()}}}}})
            .toJson());
    config.close();
    const QUrl hub = start({QStringLiteral("--config"), config.fileName()});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    QJsonObject body = QJsonDocument::fromJson(executeBody()).object();
    body.insert(QStringLiteral("data"), QJsonObject());
    body.insert(QStringLiteral("form_params"),
                QJsonObject{{QStringLiteral("destination_source"), QStringLiteral("Prod")}});
    const auto answer =
        client.post(hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
                    QJsonDocument(body).toJson(), auth(HubToken::generate("cfg-secret")));
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 25; }, 20000));
    EXPECT_EQ(sink.requests().last().headers.value("authorization"),
              "Basic " + QByteArray("wk_cfg:").toBase64());
}

TEST_F(Headless, UsageErrorsExitTwoWithAClearMessage) {
    const auto run = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(ACTIONDECK_BINARY),
                QStringList{QStringLiteral("--headless")} + args);
        p.waitForFinished(20000);
        return std::make_pair(p.exitCode(), p.readAllStandardError());
    };
    auto [code, err] = run({});
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(err.contains("--hub-secret")) << err.toStdString();
    std::tie(code, err) = run({QStringLiteral("--token"), QStringLiteral("US=t"),
                               QStringLiteral("--listen"), QStringLiteral("nowhere")});
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(err.contains("HOST:PORT")) << err.toStdString();
    std::tie(code, err) = run({QStringLiteral("--token"), QStringLiteral("US")});
    EXPECT_EQ(code, 2);
    std::tie(code, err) = run({QStringLiteral("--config"), QStringLiteral("/nonexistent.json")});
    EXPECT_EQ(code, 2);
    EXPECT_TRUE(err.contains("cannot read /nonexistent.json")) << err.toStdString();
}

TEST_F(Headless, TokensFromTheTokenCommandAreAccepted) {
    QProcess token;
    token.start(QStringLiteral(ACTIONDECK_BINARY), {QStringLiteral("token")});
    ASSERT_TRUE(token.waitForStarted(10000));
    token.write("piped-secret\n");
    token.closeWriteChannel();
    ASSERT_TRUE(token.waitForFinished(10000));
    ASSERT_EQ(token.exitCode(), 0) << token.readAllStandardError().toStdString();
    const QByteArray made = token.readAllStandardOutput().trimmed();
    EXPECT_TRUE(HubToken::isSignedWith(made, "piped-secret")) << made.toStdString();
    EXPECT_EQ(HubToken::nonceOf(made).size(), 32);

    const QUrl hub = start({QStringLiteral("--hub-secret"), QStringLiteral("US=piped-secret")});
    ASSERT_TRUE(hub.isValid());
    EXPECT_EQ(client.post(hub.resolved(QUrl(QStringLiteral("/"))), {}, auth(made)).status, 200);
}

TEST_F(Headless, ThePublicUrlIsWhatTheActionsAdvertise) {
    const QUrl hub =
        start({QStringLiteral("--hub-secret"), QStringLiteral("US=s"),
               QStringLiteral("--public-url"), QStringLiteral("https://actions.example.com/")});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    const auto list =
        client.post(hub.resolved(QUrl(QStringLiteral("/"))), {}, auth(HubToken::generate("s")));
    ASSERT_EQ(list.status, 200);
    const QJsonArray actions =
        QJsonDocument::fromJson(list.body).object().value(u"integrations").toArray();
    ASSERT_FALSE(actions.isEmpty());
    for (const auto& action : actions)
        EXPECT_TRUE(action.toObject().value(u"url").toString().startsWith(
            u"https://actions.example.com/actions/"))
            << action.toObject().value(u"url").toString().toStdString();
    const auto bad = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        {QStringLiteral("--headless"), QStringLiteral("--token"), QStringLiteral("US=t"),
         QStringLiteral("--public-url"), QStringLiteral("not a url")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("--public-url")) << bad.err.toStdString();
}

TEST_F(Headless, ServesHttpsWithTlsCertAndKey) {
    auto certificate = TestSupport::SelfSignedCertificate::make();
    ASSERT_TRUE(certificate.write(dir.path(), QStringLiteral("hub")));
    const QUrl hub =
        start({QStringLiteral("--hub-secret"), QStringLiteral("US=s"), QStringLiteral("--tls-cert"),
               certificate.certificateFile, QStringLiteral("--tls-key"), certificate.keyFile});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    EXPECT_EQ(hub.scheme(), u"https");
    client.trustOnly(QSslCertificate(certificate.certificatePem));
    const auto answer =
        client.post(hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
                    executeBody(), auth(HubToken::generate("s")));
    ASSERT_EQ(answer.status, 200) << answer.error.toStdString();
    EXPECT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() == 25; }, 20000));
}

TEST_F(Headless, AWrongTlsKeyStopsTheStartWithAClearMessage) {
    auto certificate = TestSupport::SelfSignedCertificate::make();
    auto other = TestSupport::SelfSignedCertificate::make();
    ASSERT_TRUE(certificate.write(dir.path(), QStringLiteral("hub")));
    ASSERT_TRUE(other.write(dir.path(), QStringLiteral("other")));
    const QStringList base = {QStringLiteral("--headless"),
                              QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data-dir"),
                              dir.path() + QStringLiteral("/data"),
                              QStringLiteral("--hub-secret"),
                              QStringLiteral("US=s")};
    const auto wrong = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        base + QStringList{QStringLiteral("--tls-cert"), certificate.certificateFile,
                           QStringLiteral("--tls-key"), other.keyFile});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.out.isEmpty()) << "no listening line: " << wrong.out.toStdString();
    EXPECT_EQ(wrong.err, "actiondeck: the TLS key " + other.keyFile.toUtf8() +
                             " does not belong to the certificate " +
                             certificate.certificateFile.toUtf8() + " (issued to 127.0.0.1)\n");

    const auto half = TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY),
        base + QStringList{QStringLiteral("--tls-cert"), certificate.certificateFile});
    EXPECT_EQ(half.exitCode, 2);
    EXPECT_TRUE(half.err.contains("--tls-cert and --tls-key go together"))
        << half.err.toStdString();
}

TEST_F(Headless, TheAdminApiListensOnceAnAdminTokenExistsAndSaysWhere) {
    const QUrl url = start({QStringLiteral("--token"), QStringLiteral("US=t"),
                            QStringLiteral("--admin-listen"), QStringLiteral("127.0.0.1:0")});
    ASSERT_TRUE(url.isValid());
    QByteArray output;
    // No admin token yet: no admin API, so no second line.
    waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains("admin API");
        },
        1500);
    EXPECT_FALSE(output.contains("admin API")) << output.constData();

    AdminTokenStore tokens(dir.path() + QStringLiteral("/data"));
    QString error;
    ASSERT_TRUE(tokens.load(&error)) << error.toStdString();
    const QByteArray token = tokens.create(QStringLiteral("ops"), AdminScope::Read, 0, &error);
    ASSERT_TRUE(waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains('\n');
        },
        10000))
        << "the hub did not take the new token";
    ASSERT_TRUE(output.startsWith("admin API on http://127.0.0.1:")) << output.constData();
    const QUrl admin(QString::fromLatin1(output.mid(13).trimmed()));
    const auto status = client.get(admin.resolved(QUrl(QStringLiteral("/api/v1/status"))),
                                   {{"Authorization", "Bearer " + token}});
    EXPECT_EQ(status.status, 200) << status.body.constData();
    const auto refused = client.get(admin.resolved(QUrl(QStringLiteral("/api/v1/status"))));
    EXPECT_EQ(refused.status, 401);
    EXPECT_NE(admin.port(), url.port()) << "the admin API is never on Looker's port";
}

TEST_F(Headless, ANonLoopbackAdminAddressWithoutTlsIsRefused) {
    QProcess p;
    p.start(QStringLiteral(ACTIONDECK_BINARY),
            {QStringLiteral("--headless"), QStringLiteral("--token"), QStringLiteral("US=t"),
             QStringLiteral("--admin-listen"), QStringLiteral("0.0.0.0:8081"),
             QStringLiteral("--data-dir"), dir.path()});
    ASSERT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(err.contains("--admin-listen 0.0.0.0 is not a loopback address"))
        << err.constData();
    EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
}

TEST_F(Headless, SighupRereadsAdminTokensAndDoesNotStopTheHub) {
    const QUrl url = start({QStringLiteral("--token"), QStringLiteral("US=t"),
                            QStringLiteral("--admin-listen"), QStringLiteral("127.0.0.1:0")});
    ASSERT_TRUE(url.isValid());
    AdminTokenStore tokens(dir.path() + QStringLiteral("/data"));
    QString error;
    ASSERT_TRUE(tokens.load(&error));
    ASSERT_FALSE(tokens.create(QStringLiteral("ops"), AdminScope::Read, 0, &error).isEmpty());
    ::kill(pid_t(process.processId()), SIGHUP); // systemctl reload
    QByteArray output;
    EXPECT_TRUE(waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains("admin API on");
        },
        10000));
    EXPECT_EQ(process.state(), QProcess::Running);
    EXPECT_EQ(client.get(url.resolved(QUrl(QStringLiteral("/healthz")))).status, 200);
}

TEST_F(Headless, WhatTheAdminApiChangesSurvivesARestartWithoutTheCommandLinesSecrets) {
    // The packaged service's --config is a read-only credential: changes go to the data
    // directory, and --hub-secret/--token stay on the command line.
    const QString configPath = dir.path() + QStringLiteral("/config.json");
    QFile config(configPath);
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(R"({"sources": [{"name": "Prod", "writeKey": "wk_file", "dataPlaneUrl": ")" +
                 sink.url().toUtf8() + R"("}]})");
    config.close();
    ASSERT_TRUE(config.setPermissions(QFileDevice::ReadOwner));
    const QByteArray flagSecret = "flag-secret-of-the-unit-77";
    const QByteArray flagToken = HubToken::make("elsewhere", "flagnonce");
    const QString data = dir.path() + QStringLiteral("/data");
    AdminTokenStore adminTokens(data);
    QString error;
    ASSERT_TRUE(adminTokens.load(&error));
    const QByteArray admin =
        adminTokens.create(QStringLiteral("root"), AdminScope::Admin, 0, &error);
    const QStringList arguments = {
        QStringLiteral("--config"),     configPath,
        QStringLiteral("--hub-secret"), QStringLiteral("US=") + QString::fromLatin1(flagSecret),
        QStringLiteral("--token"),      QStringLiteral("EU=") + QString::fromLatin1(flagToken)};
    const auto run = [&](QUrl* looker) -> quint16 {
        *looker = start(arguments, true);
        return looker->isValid() ? quint16(headless.adminUrl.port()) : 0;
    };
    const auto call = [&](quint16 port, const QByteArray& request) {
        TestSupport::RawHttpClient raw;
        raw.connect(port);
        raw.write(request);
        return raw.read().value_or(TestSupport::RawHttpClient::Response{});
    };
    const auto getConfig = [&](quint16 port) {
        return call(port,
                    "GET /api/v1/config HTTP/1.1\r\nAuthorization: Bearer " + admin + "\r\n\r\n");
    };

    QUrl looker;
    const quint16 port = run(&looker);
    ASSERT_NE(port, 0) << process.readAllStandardError().constData();
    const QByteArray change = R"({"sources": {"Added": {"dataPlaneUrl": ")" + sink.url().toUtf8() +
                              R"(", "writeKey": "wk_added"}}})";
    const auto patched = call(port, "PATCH /api/v1/config HTTP/1.1\r\nAuthorization: Bearer " +
                                        admin + "\r\nIf-Match: " + getConfig(port).field("ETag") +
                                        "\r\nContent-Length: " + QByteArray::number(change.size()) +
                                        "\r\n\r\n" + change);
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    const auto made = call(port, "POST /api/v1/regions/US/tokens HTTP/1.1\r\nAuthorization: "
                                 "Bearer " +
                                     admin + "\r\nContent-Length: 0\r\n\r\n");
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const QByteArray token =
        QJsonDocument::fromJson(made.body).object().value(u"token").toString().toLatin1();
    process.terminate();
    ASSERT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20000));
    EXPECT_EQ(process.exitCode(), 0);
    QByteArray logs = process.readAllStandardError();

    QFile kept(data + QStringLiteral("/config-overlay.json"));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    const QByteArray written = kept.readAll();
    EXPECT_TRUE(written.contains("wk_added"));
    EXPECT_FALSE(written.contains(flagSecret)) << written.constData();
    EXPECT_FALSE(written.contains(flagToken)) << written.constData();
    EXPECT_EQ(kept.permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser),
              QFileDevice::Permissions());

    const quint16 again = run(&looker);
    ASSERT_NE(again, 0) << process.readAllStandardError().constData();
    const auto shown = getConfig(again);
    ASSERT_EQ(shown.status, 200);
    EXPECT_TRUE(shown.body.contains("\"name\":\"Added\"")) << shown.body.constData();
    EXPECT_EQ(client.post(looker, {}, auth(token)).status, 200) << "the token made lives on";
    EXPECT_EQ(client.post(looker, {}, auth(HubToken::make(flagSecret, "x"))).status, 200);
    process.terminate();
    ASSERT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20000));
    logs += process.readAllStandardError();
    for (const QByteArray& secret : {flagSecret, flagToken, token, admin, QByteArray("wk_added")})
        EXPECT_FALSE(logs.contains(secret)) << secret.constData();
}

TEST_F(Headless, KilledMidExecuteThenRunAgainEveryRowArrivesUnderOneMessageId) {
    // "Only new or changed rows" with stable messageIds, through kill -9 and a rerun of the
    // same schedule: the rows stored before the kill count as sent (and are delivered after the
    // restart), the rerun sends the rest; a batch in flight at the kill may arrive twice, with
    // the same ids.
    QFile config(dir.path() + QStringLiteral("/config.json"));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(R"({"regions": [{"name": "US", "secret": "kill-secret"}],
                     "sources": [{"name": "Prod", "writeKey": "wk_kill", "dataPlaneUrl": ")" +
                 sink.url().toUtf8() + R"(", "sendRows": "changed"}]})");
    config.close();
    constexpr int kRows = 60000;
    sink.serve("/result", {QByteArray::fromStdString(
                              TestSupport::JsonDetailGenerator::generate({.rows = kRows}))});
    const QByteArray body = R"({"type":"query","form_params":{"destination_source":"Prod"},)"
                            R"("scheduled_plan":{"scheduled_plan_id":41,"download_url":")" +
                            (sink.url() + QStringLiteral("/result")).toUtf8() + R"("}})";
    const auto post = [&](const QUrl& hub) {
        QNetworkRequest request(
            hub.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))));
        request.setRawHeader("Authorization",
                             "Token token=\"" + HubToken::generate("kill-secret") + "\"");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        return client.network().post(request, body);
    };

    QUrl hub = start({QStringLiteral("--config"), config.fileName()});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    QNetworkReply* first = post(hub);
    // The first batch goes out after 50 rows, long before 60,000 are read (the sink also serves
    // the download: wait for a delivered batch, not for any request).
    ASSERT_TRUE(waitUntil([&] { return !sink.deliveredMessageIds().isEmpty(); }, 20000));
    process.kill(); // SIGKILL
    ASSERT_TRUE(process.waitForFinished(10000));
    ASSERT_TRUE(waitUntil([&] { return first->isFinished(); }, 10000));
    first->deleteLater();

    hub = start({QStringLiteral("--config"), config.fileName()});
    ASSERT_TRUE(hub.isValid()) << process.readAllStandardError().toStdString();
    QNetworkReply* again = post(hub);
    ASSERT_TRUE(waitUntil([&] { return again->isFinished(); }, 60000));
    const QJsonObject looker =
        QJsonDocument::fromJson(again->readAll().trimmed()).object().value(u"looker").toObject();
    again->deleteLater();
    EXPECT_TRUE(looker.value(u"success").toBool())
        << looker.value(u"message").toString().toStdString();
    EXPECT_TRUE(looker.value(u"message")
                    .toString()
                    .endsWith(QStringLiteral(" of 60,000 rows changed since the last run.")))
        << looker.value(u"message").toString().toStdString();
    // What the first run stored before the kill (a batch had reached the data plane) is not
    // sent again.
    const int changed =
        looker.value(u"message").toString().section(u' ', 0, 0).remove(u',').toInt();
    EXPECT_LT(changed, kRows);

    // Every user arrives, each under one messageId.
    QHash<QString, QSet<QString>> idsByUser;
    ASSERT_TRUE(waitUntil(
        [&] {
            idsByUser.clear();
            for (const auto& request : sink.requests()) {
                if (request.answeredStatus != 200)
                    continue;
                const QJsonArray batch =
                    QJsonDocument::fromJson(request.body).object().value(u"batch").toArray();
                for (const QJsonValue& m : batch)
                    idsByUser[m.toObject().value(u"userId").toString()].insert(
                        m.toObject().value(u"messageId").toString());
            }
            return idsByUser.size() == kRows;
        },
        60000))
        << idsByUser.size() << " users arrived";
    int twice = 0;
    for (auto it = idsByUser.cbegin(); it != idsByUser.cend(); ++it)
        twice += it.value().size() > 1;
    EXPECT_EQ(twice, 0) << "users sent under two messageIds";
}
