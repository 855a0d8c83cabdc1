// The admin API on its own loopback listener: health without a token, status and metrics with
// one, the right status for every wrong token, and nothing secret in any answer or log.
#include "admin/adminserver.h"

#include "admin/adminservice.h"
#include "admintesthub.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "rawhttpclient.h"
#include "testsink.h"
#include "waituntil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace ActionDeck;
using TestSupport::RawHttpClient;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-admin-tests";
const QByteArray kWriteKey = "wk_admin_never_shown_77";

class AdminApi : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    AdminApi()
        : AdminTestHub(kSecret, QString::fromLatin1(kWriteKey)) {}

    void SetUp() override {
        m_previousHandler = qInstallMessageHandler(&AdminApi::captureLog);
        s_log.clear();
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        readToken = createToken(QStringLiteral("grafana"), AdminScope::Read);
    }
    void TearDown() override {
        server.reset();
        service.reset();
        hub.reset();
        qInstallMessageHandler(m_previousHandler);
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(kWriteKey))) << "a write key was logged";
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(kSecret))) << "a secret was logged";
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(readToken))) << "a token was logged";
    }

    std::optional<RawHttpClient::Response> get(const QByteArray& path,
                                               const QByteArray& authorization = {}) {
        return adminRequest("GET", path, authorization);
    }

    QByteArray readToken;
    static inline QString s_log;

private:
    static void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) {
        s_log += message + u'\n';
    }
    QtMessageHandler m_previousHandler = nullptr;
};

/// The value of one sample line of a metrics text, e.g. `actiondeck_messages_stored_total`.
double sampleValue(const QByteArray& text, const QByteArray& sample) {
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(sample + ' '))
            return line.mid(sample.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

TEST_F(AdminApi, HealthAndReadinessNeedNoToken) {
    const auto health = get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    const auto ready = get("/readyz");
    ASSERT_TRUE(ready);
    EXPECT_EQ(ready->status, 200);
    hub->stopListening();
    const auto notReady = get("/readyz");
    ASSERT_TRUE(notReady);
    EXPECT_EQ(notReady->status, 503);
    EXPECT_EQ(QJsonDocument::fromJson(notReady->body).object().value(u"reason").toString(),
              QStringLiteral("Looker's port is not listening"));
}

TEST_F(AdminApi, StatusNeedsAnAdminTokenAndNamesTheCallersScope) {
    const auto none = get("/api/v1/status");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 401);
    EXPECT_EQ(none->field("WWW-Authenticate"), "Bearer");
    const auto looker = get("/api/v1/status", "Bearer " + HubToken::make(kSecret, "n1"));
    ASSERT_TRUE(looker);
    EXPECT_EQ(looker->status, 401) << "a Looker region token is never an admin token";
    const auto wrong = get("/api/v1/status", "Bearer adk_not-a-token");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);

    const auto status = get("/api/v1/status", "Bearer " + readToken);
    ASSERT_TRUE(status);
    ASSERT_EQ(status->status, 200) << status->body.constData();
    const QJsonObject body = QJsonDocument::fromJson(status->body).object();
    EXPECT_EQ(body.value(u"caller").toObject().value(u"scope").toString(), QStringLiteral("read"));
    EXPECT_EQ(body.value(u"caller").toObject().value(u"name").toString(),
              QStringLiteral("grafana"));
    EXPECT_EQ(body.value(u"bootId").toString(), service->bootId());
    EXPECT_TRUE(body.value(u"listening").toObject().value(u"listening").toBool());
    EXPECT_FALSE(status->body.contains(kWriteKey));
    EXPECT_FALSE(status->body.contains(kSecret));
}

TEST_F(AdminApi, AnAdminTokenIsNeverAcceptedOnLookersRoutes) {
    RawHttpClient client;
    ASSERT_TRUE(client.connect(quint16(hub->listeningUrl().port())));
    for (const QByteArray& header : {"Bearer " + readToken, "Token token=\"" + readToken + "\""}) {
        ASSERT_TRUE(client.write("GET /status HTTP/1.1\r\nAuthorization: " + header + "\r\n\r\n"));
        const auto answer = client.read();
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 403);
    }
}

TEST_F(AdminApi, RepeatedWrongTokensFromOneAddressAreSlowedDownButValidOnesAreNot) {
    for (int i = 0; i < AdminServer::kFailuresPerMinute; ++i) {
        const auto wrong = get("/api/v1/status", "Bearer adk_guess" + QByteArray::number(i));
        ASSERT_TRUE(wrong);
        EXPECT_EQ(wrong->status, 401) << i;
    }
    const auto throttled = get("/api/v1/status", "Bearer adk_one-more-guess");
    ASSERT_TRUE(throttled);
    EXPECT_EQ(throttled->status, 429);
    const int retryAfter = throttled->field("Retry-After").toInt();
    EXPECT_GT(retryAfter, 0);
    EXPECT_LE(retryAfter, 60);
    // Someone else's guesses never lock out a valid token from the same address.
    const auto valid = get("/api/v1/status", "Bearer " + readToken);
    ASSERT_TRUE(valid);
    EXPECT_EQ(valid->status, 200);
    // Health stays open to the load balancer.
    const auto health = get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
}

TEST_F(AdminApi, ATokenRevokedByAnotherProcessIsRefusedAtOnce) {
    AdminTokenStore command(tokens->path().section(u'/', 0, -2));
    QString error;
    ASSERT_TRUE(command.load(&error));
    const QByteArray fresh = command.create(QStringLiteral("laptop"), AdminScope::Admin, 0, &error);
    const auto accepted = get("/api/v1/status", "Bearer " + fresh);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->status, 200) << "a token made while the hub runs works at once";
    ASSERT_TRUE(command.revoke(QStringLiteral("laptop"), &error));
    const auto refused = get("/api/v1/status", "Bearer " + fresh);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 401);
}

TEST_F(AdminApi, MetricsPassPromtoolAndTheirCountersOnlyGrow) {
    const auto first = get("/metrics", "Bearer " + readToken);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200);
    EXPECT_TRUE(first->field("Content-Type").startsWith("text/plain; version=0.0.4"));
    executeRows(500);
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 500; }, 20000));
    const auto second = get("/metrics", "Bearer " + readToken);
    ASSERT_TRUE(second);
    ASSERT_EQ(second->status, 200);

    for (const QByteArray& text : {first->body, second->body}) {
        QProcess promtool;
        promtool.start(QStringLiteral("promtool"),
                       {QStringLiteral("check"), QStringLiteral("metrics")});
        ASSERT_TRUE(promtool.waitForStarted(5000)) << "promtool (Debian's prometheus) is needed";
        promtool.write(text);
        promtool.closeWriteChannel();
        ASSERT_TRUE(promtool.waitForFinished(10000));
        EXPECT_EQ(promtool.exitCode(), 0)
            << promtool.readAllStandardOutput().constData()
            << promtool.readAllStandardError().constData() << text.constData();
    }
    EXPECT_TRUE(second->body.contains("actiondeck_build_info{version=\""));
    EXPECT_EQ(sampleValue(second->body, "actiondeck_rows_received_total"), 500);
    EXPECT_EQ(sampleValue(second->body, "actiondeck_messages_stored_total"), 500);
    EXPECT_EQ(sampleValue(second->body, "actiondeck_executes_total{result=\"success\"}"), 1);
    EXPECT_EQ(sampleValue(second->body, "actiondeck_execute_duration_seconds_count"), 1);
    // Every counter of the first scrape is at least as high in the second.
    static const QRegularExpression counterLine(
        QStringLiteral("^(actiondeck_\\S+_total\\S*) (\\S+)$"),
        QRegularExpression::MultilineOption);
    auto it = counterLine.globalMatch(QString::fromUtf8(first->body));
    int counters = 0;
    while (it.hasNext()) {
        const auto match = it.next();
        ++counters;
        EXPECT_GE(sampleValue(second->body, match.captured(1).toUtf8()),
                  match.captured(2).toDouble())
            << match.captured(1).toStdString();
    }
    EXPECT_GE(counters, 6);
    EXPECT_FALSE(second->body.contains(kWriteKey));
}

TEST_F(AdminApi, BatchesAreListedForReadAndTheirMessagesRetryAndDiscardNeedOperate) {
    sink.setDefaultResponse({400, R"({"error":"Invalid payload"})", 0});
    executeRows(30);
    QString error;
    const QByteArray operate =
        tokens->create(QStringLiteral("ops"), AdminScope::Operate, 0, &error);
    QJsonArray failed;
    ASSERT_TRUE(waitUntil([&] {
        const auto list = get("/api/v1/batches?state=failed", "Bearer " + readToken);
        failed = list ? QJsonDocument::fromJson(list->body).object().value(u"batches").toArray()
                      : QJsonArray();
        return !failed.isEmpty();
    }));
    const QJsonObject batch = failed.first().toObject();
    EXPECT_EQ(batch.value(u"destination").toString(), QStringLiteral("Prod"));
    EXPECT_EQ(batch.value(u"lastStatus").toInt(), 400);
    EXPECT_EQ(batch.value(u"messages").toInt(), 30);
    const QByteArray id = QByteArray::number(batch.value(u"id").toInteger());

    const auto contentsForRead = get("/api/v1/batches/" + id, "Bearer " + readToken);
    ASSERT_TRUE(contentsForRead);
    EXPECT_EQ(contentsForRead->status, 403);
    EXPECT_TRUE(contentsForRead->body.contains("scope \\\"operate\\\""))
        << contentsForRead->body.constData();
    const auto contents = get("/api/v1/batches/" + id, "Bearer " + operate);
    ASSERT_TRUE(contents);
    ASSERT_EQ(contents->status, 200);
    EXPECT_EQ(
        QJsonDocument::fromJson(contents->body).object().value(u"messageList").toArray().size(),
        30);
    EXPECT_FALSE(contents->body.contains(kWriteKey));

    const auto exported = get("/api/v1/batches/export?state=failed", "Bearer " + operate);
    ASSERT_TRUE(exported);
    ASSERT_EQ(exported->status, 200);
    EXPECT_EQ(exported->body.count('\n'), 30);
    EXPECT_FALSE(exported->body.contains(kWriteKey));

    // A read token can not retry; an operate one can.
    RawHttpClient client;
    ASSERT_TRUE(client.connect(quint16(server->url().port())));
    client.write("POST /api/v1/batches/" + id + "/retry HTTP/1.1\r\nAuthorization: Bearer " +
                 readToken + "\r\nContent-Length: 0\r\n\r\n");
    const auto refused = client.read();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    sink.setDefaultResponse({200, "OK", 0});
    client.write("POST /api/v1/batches/retry?state=failed HTTP/1.1\r\nAuthorization: Bearer " +
                 operate + "\r\nContent-Length: 0\r\n\r\n");
    const auto retried = client.read();
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(retried->body).object().value(u"retried").toInt(), 1);
    EXPECT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 30; }));
}

TEST_F(AdminApi, TheConfigurationIsShownToAdminTokensWithoutASecret) {
    QString error;
    const QByteArray admin = tokens->create(QStringLiteral("root"), AdminScope::Admin, 0, &error);
    const auto forRead = get("/api/v1/config", "Bearer " + readToken);
    ASSERT_TRUE(forRead);
    EXPECT_EQ(forRead->status, 403);
    const auto config = get("/api/v1/config", "Bearer " + admin);
    ASSERT_TRUE(config);
    ASSERT_EQ(config->status, 200);
    EXPECT_FALSE(config->body.contains(kWriteKey));
    EXPECT_FALSE(config->body.contains(kSecret));
    const QJsonObject body = QJsonDocument::fromJson(config->body).object();
    EXPECT_TRUE(body.value(u"regions").toArray().first().toObject().value(u"hasSecret").toBool());
    EXPECT_TRUE(body.value(u"sources").toArray().first().toObject().value(u"hasWriteKey").toBool());
    const QByteArray etag = config->field("ETag");
    ASSERT_FALSE(etag.isEmpty());
    const auto same = get("/api/v1/config", "Bearer " + admin + "\r\nIf-None-Match: " + etag);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->status, 304);
    HubConfig changed = hub->config();
    changed.label = QStringLiteral("Staging");
    // The alert webhook's URL is a secret too: only whether there is one is said.
    changed.alerts.webhookUrl = QStringLiteral("https://hooks.example.com/services/alert-secret-1");
    ASSERT_TRUE(hub->reconfigure(changed, &error));
    const auto after = get("/api/v1/config", "Bearer " + admin);
    ASSERT_TRUE(after);
    EXPECT_NE(after->field("ETag"), etag);
    EXPECT_FALSE(after->body.contains("alert-secret-1")) << after->body.constData();
    EXPECT_TRUE(QJsonDocument::fromJson(after->body)
                    .object()
                    .value(u"alerts")
                    .toObject()
                    .value(u"hasWebhookUrl")
                    .toBool());
}

TEST_F(AdminApi, AWriteKeyIsRevealedOnlyWhenAnAdminAsksAndTheRevealIsLogged) {
    QString error;
    const QByteArray admin = tokens->create(QStringLiteral("root"), AdminScope::Admin, 0, &error);
    const auto plain = get("/api/v1/sources/Prod", "Bearer " + admin);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->status, 200);
    EXPECT_FALSE(plain->body.contains(kWriteKey));
    const auto revealed = get("/api/v1/sources/Prod?reveal=1", "Bearer " + admin);
    ASSERT_TRUE(revealed);
    EXPECT_EQ(QJsonDocument::fromJson(revealed->body).object().value(u"writeKey").toString(),
              QString::fromLatin1(kWriteKey));
    EXPECT_TRUE(s_log.contains(u"was revealed to admin token root"));
    const auto unknown = get("/api/v1/sources/Nope?reveal=1", "Bearer " + admin);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
}

TEST_F(AdminApi, BatchListsComeAPageAtATimeWithACursor) {
    executeRows(10);
    executeRows(10);
    const auto first = get("/api/v1/batches?limit=1", "Bearer " + readToken);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200);
    const QJsonObject firstPage = QJsonDocument::fromJson(first->body).object();
    ASSERT_EQ(firstPage.value(u"batches").toArray().size(), 1);
    const qint64 next = firstPage.value(u"next").toInteger();
    EXPECT_EQ(next,
              firstPage.value(u"batches").toArray().first().toObject().value(u"id").toInteger());
    const auto second =
        get("/api/v1/batches?limit=1&after=" + QByteArray::number(next), "Bearer " + readToken);
    ASSERT_TRUE(second);
    const QJsonObject secondPage = QJsonDocument::fromJson(second->body).object();
    ASSERT_EQ(secondPage.value(u"batches").toArray().size(), 1);
    EXPECT_GT(secondPage.value(u"batches").toArray().first().toObject().value(u"id").toInteger(),
              next);
    EXPECT_TRUE(secondPage.value(u"next").isNull());
    const auto bad = get("/api/v1/batches?limit=0", "Bearer " + readToken);
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
}

TEST_F(AdminApi, ABatchShowsItsDeliveryAttemptsWithoutTheWriteKey) {
    // The data plane echoes the key in its answers: the detail must still not show it.
    sink.enqueue({{500, "overloaded for " + kWriteKey, {}, 0},
                  {400, R"({"error":"Invalid payload","key":")" + kWriteKey + R"("})", {}, 0}});
    const qint64 before = clock.nowMs();
    executeRows(5);
    QString error;
    const QByteArray operate =
        tokens->create(QStringLiteral("ops"), AdminScope::Operate, 0, &error);
    QJsonArray failed;
    ASSERT_TRUE(waitUntil([&] {
        const auto list = get("/api/v1/batches?state=failed", "Bearer " + readToken);
        failed = list ? QJsonDocument::fromJson(list->body).object().value(u"batches").toArray()
                      : QJsonArray();
        return !failed.isEmpty();
    }));
    const QByteArray id = QByteArray::number(failed.first().toObject().value(u"id").toInteger());
    const auto detail = get("/api/v1/batches/" + id, "Bearer " + operate);
    ASSERT_TRUE(detail);
    ASSERT_EQ(detail->status, 200);
    EXPECT_FALSE(detail->body.contains(kWriteKey)) << detail->body.constData();
    const QJsonArray attempts =
        QJsonDocument::fromJson(detail->body).object().value(u"attemptList").toArray();
    ASSERT_EQ(attempts.size(), 2);
    const QJsonObject first = attempts[0].toObject();
    const QJsonObject second = attempts[1].toObject();
    EXPECT_EQ(first.value(u"status").toInt(), 500);
    EXPECT_EQ(first.value(u"outcome").toString(), QStringLiteral("retry"));
    EXPECT_EQ(first.value(u"error").toString(),
              QStringLiteral("HTTP 500: overloaded for [write key]"));
    EXPECT_EQ(second.value(u"status").toInt(), 400);
    EXPECT_EQ(second.value(u"outcome").toString(), QStringLiteral("failed"));
    EXPECT_TRUE(second.value(u"error").toString().startsWith(QStringLiteral("HTTP 400: ")));
    for (const QJsonObject& attempt : {first, second}) {
        const qint64 atMs = attempt.value(u"atMs").toInteger();
        EXPECT_GE(atMs, before);
        const QDateTime at =
            QDateTime::fromString(attempt.value(u"at").toString(), Qt::ISODateWithMs);
        EXPECT_EQ(at.toMSecsSinceEpoch(), atMs) << attempt.value(u"at").toString().toStdString();
        EXPECT_TRUE(attempt.value(u"at").toString().endsWith(u'Z'));
    }
}
