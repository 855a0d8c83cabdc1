// Changing the configuration through the admin API: PATCH with If-Match (428, 412, 200 and a
// new ETag), sources added, changed and removed at once, Looker tokens made and revoked on
// Looker's port, everything kept in the data directory — and no secret in an answer or a log
// but the one token shown when it is made.
#include "admin/adminserver.h"
#include "admin/adminservice.h"
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

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace ActionDeck;
using TestSupport::RawHttpClient;
using TestSupport::waitUntil;

namespace {

const QByteArray kFlagSecret = "us-secret-from-the-command-line";
const QByteArray kWriteKey = "wk_prod_never_shown_41";
const QByteArray kNewWriteKey = "wk_new_never_shown_42";

class ConfigChanges : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(sink.listen());
        m_previousHandler = qInstallMessageHandler(&ConfigChanges::captureLog);
        s_log.clear();
        // As the service runs: sources in the file, the region's secret on the command line.
        HubConfig file;
        file.listenPort = 0;
        file.sources.append(
            SourceConfig{QStringLiteral("Prod"), QString::fromLatin1(kWriteKey), sink.url()});
        CommandLineConfig flags;
        flags.secrets.append({QStringLiteral("US"), kFlagSecret});
        layers = std::make_unique<ConfigLayers>(file, flags, m_dir.path());
        QString error;
        ASSERT_TRUE(layers->load(&error)) << error.toStdString();
        hub = std::make_unique<Hub>(layers->effective(), m_dir.path(), clock, ids);
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        tokens = std::make_unique<AdminTokenStore>(m_dir.path());
        ASSERT_TRUE(tokens->load(&error));
        admin = tokens->create(QStringLiteral("root"), AdminScope::Admin, 0, &error);
        operate = tokens->create(QStringLiteral("ops"), AdminScope::Operate, 0, &error);
        service = std::make_unique<AdminService>(*hub);
        server = std::make_unique<AdminServer>(*hub, *service, *tokens, *layers);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0, nullptr, &error))
            << error.toStdString();
    }
    void TearDown() override {
        server.reset();
        service.reset();
        hub.reset();
        qInstallMessageHandler(m_previousHandler);
        for (const QByteArray& secret :
             QList<QByteArray>{kFlagSecret, kWriteKey, kNewWriteKey, admin, operate} + lookerTokens)
            EXPECT_FALSE(s_log.contains(QString::fromLatin1(secret)))
                << "logged: " << secret.constData();
    }

    std::optional<RawHttpClient::Response> call(const QByteArray& method, const QByteArray& path,
                                                const QByteArray& token,
                                                const QByteArray& body = {},
                                                const QByteArray& fields = {}) {
        RawHttpClient client;
        if (!client.connect(quint16(server->url().port())))
            return std::nullopt;
        client.write(method + ' ' + path + " HTTP/1.1\r\nHost: admin\r\nAuthorization: Bearer " +
                     token + "\r\n" + fields +
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        auto answer = client.read();
        if (answer)
            answers.append(answer->body);
        return answer;
    }
    QByteArray currentEtag() {
        const auto config = call("GET", "/api/v1/config", admin);
        return config ? config->field("ETag") : QByteArray();
    }
    std::optional<RawHttpClient::Response> patch(const QByteArray& body) {
        return call("PATCH", "/api/v1/config", admin, body, "If-Match: " + currentEtag() + "\r\n");
    }
    QJsonObject configNow() {
        const auto config = call("GET", "/api/v1/config", admin);
        return config ? QJsonDocument::fromJson(config->body).object() : QJsonObject();
    }
    static QJsonObject named(const QJsonObject& config, QStringView list, const QString& name) {
        for (const QJsonValue& entry : config.value(list).toArray()) {
            if (entry.toObject().value(u"name").toString() == name)
                return entry.toObject();
        }
        return {};
    }
    /// Looker's action list (POST /) with `token`: its status.
    int actionList(const QByteArray& token) {
        RawHttpClient client;
        if (!client.connect(quint16(hub->listeningUrl().port())))
            return 0;
        client.write("POST / HTTP/1.1\r\nAuthorization: Token token=\"" + token +
                     "\"\r\nContent-Length: 0\r\n\r\n");
        const auto answer = client.read();
        return answer ? answer->status : 0;
    }

    SystemClock clock;
    RandomIdGenerator ids;
    TestSupport::TestSink sink;
    std::unique_ptr<ConfigLayers> layers;
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminTokenStore> tokens;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<AdminServer> server;
    QByteArray admin;
    QByteArray operate;
    QList<QByteArray> lookerTokens; ///< made by a test: in its one answer only
    QList<QByteArray> answers;      ///< every answer's body, for the secrets they must not hold
    static inline QString s_log;

private:
    static void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) {
        s_log += message + u'\n';
    }
    QtMessageHandler m_previousHandler = nullptr;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ConfigChanges, AChangeNeedsTheETagOfTheConfigurationItChanges) {
    const QByteArray etag = currentEtag();
    ASSERT_FALSE(etag.isEmpty());
    const QByteArray body = R"({"label": "Staging"})";
    const auto without = call("PATCH", "/api/v1/config", admin, body);
    ASSERT_TRUE(without);
    EXPECT_EQ(without->status, 428);
    EXPECT_TRUE(without->body.contains("If-Match")) << without->body.constData();
    const auto stale = call("PATCH", "/api/v1/config", admin, body, "If-Match: \"old-1\"\r\n");
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->status, 412);
    EXPECT_EQ(stale->field("ETag"), etag) << "the 412 says which ETag is current";

    const auto applied = call("PATCH", "/api/v1/config", admin, body, "If-Match: " + etag + "\r\n");
    ASSERT_TRUE(applied);
    ASSERT_EQ(applied->status, 200) << applied->body.constData();
    EXPECT_NE(applied->field("ETag"), etag);
    EXPECT_EQ(applied->field("ETag"), currentEtag());
    EXPECT_EQ(QJsonDocument::fromJson(applied->body).object().value(u"label").toString(),
              QStringLiteral("Staging"));
    EXPECT_EQ(hub->config().label, QStringLiteral("Staging"));
    // The same edit again, on the ETag it was made on, would undo whatever came between.
    const auto again = call("PATCH", "/api/v1/config", admin, body, "If-Match: " + etag + "\r\n");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 412);
}

TEST_F(ConfigChanges, AChangeAppliedWhileAnotherWasBeingSentMakesThatOne412) {
    const QByteArray etag = currentEtag();
    const QByteArray body = R"({"label": "Second"})";
    RawHttpClient slow;
    ASSERT_TRUE(slow.connect(quint16(server->url().port())));
    slow.write("PATCH /api/v1/config HTTP/1.1\r\nAuthorization: Bearer " + admin +
               "\r\nIf-Match: " + etag + "\r\nExpect: 100-continue\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n");
    // 100 Continue: its ETag was checked and its body is awaited.
    ASSERT_TRUE(waitUntil([&] { return slow.socket().peek(12) == "HTTP/1.1 100"; }));
    const auto first = call("PATCH", "/api/v1/config", admin, R"({"label": "First"})",
                            "If-Match: " + etag + "\r\n");
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 200);
    slow.write(body);
    const auto late = slow.read();
    ASSERT_TRUE(late);
    EXPECT_EQ(late->status, 412);
    EXPECT_EQ(hub->config().label, QStringLiteral("First"));
}

TEST_F(ConfigChanges, OnlyAnAdminTokenMayChangeTheConfigurationOrMakeTokens) {
    QString error;
    const QByteArray read = tokens->create(QStringLiteral("grafana"), AdminScope::Read, 0, &error);
    const QByteArray etag = currentEtag();
    for (const QByteArray& token : {read, operate}) {
        const auto changed = call("PATCH", "/api/v1/config", token, R"({"label": "X"})",
                                  "If-Match: " + etag + "\r\n");
        ASSERT_TRUE(changed);
        EXPECT_EQ(changed->status, 403);
        const auto made = call("POST", "/api/v1/regions/US/tokens", token);
        ASSERT_TRUE(made);
        EXPECT_EQ(made->status, 403);
        const auto revoked = call("POST", "/api/v1/regions/US/tokens/abc/revoke", token);
        ASSERT_TRUE(revoked);
        EXPECT_EQ(revoked->status, 403);
    }
    EXPECT_EQ(hub->config().label, QStringLiteral("ActionDeck"));
    EXPECT_EQ(hub->config().regions.first().tokens.size(), 0);
}

TEST_F(ConfigChanges, SourcesAreAddedChangedAndRemovedAtOnceAndKept) {
    const auto added = patch(R"({"sources": {"New": {"dataPlaneUrl": ")" + sink.url().toUtf8() +
                             R"(", "writeKey": ")" + kNewWriteKey + R"("}}})");
    ASSERT_TRUE(added);
    ASSERT_EQ(added->status, 200) << added->body.constData();
    const QJsonObject shown =
        named(QJsonDocument::fromJson(added->body).object(), u"sources", QStringLiteral("New"));
    EXPECT_TRUE(shown.value(u"hasWriteKey").toBool());
    EXPECT_FALSE(shown.contains(u"writeKey"));
    // Looker's next execute can name it.
    RawHttpClient looker;
    ASSERT_TRUE(looker.connect(quint16(hub->listeningUrl().port())));
    const QByteArray result =
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 5}));
    const QByteArray execute = R"({"type":"query","form_params":{"destination_source":"New"},)"
                               R"("attachment":{"mimetype":"application/json;base64","data":")" +
                               result.toBase64() + R"("}})";
    looker.write("POST /actions/rudder_event/execute HTTP/1.1\r\nAuthorization: Token token=\"" +
                 HubToken::make(kFlagSecret, "n1") + "\"\r\nContent-Length: " +
                 QByteArray::number(execute.size()) + "\r\n\r\n" + execute);
    const auto executed = looker.read(30000);
    ASSERT_TRUE(executed);
    EXPECT_TRUE(executed->body.contains("\"success\":true")) << executed->body.constData();
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 5; }, 20000));

    const auto moved = patch(R"({"sources": {"New": {"dataPlaneUrl": "https://moved.example.com"},
                                              "Prod": null}})");
    ASSERT_TRUE(moved);
    ASSERT_EQ(moved->status, 200) << moved->body.constData();
    const QJsonObject config = configNow();
    EXPECT_TRUE(named(config, u"sources", QStringLiteral("Prod")).isEmpty());
    EXPECT_EQ(named(config, u"sources", QStringLiteral("New")).value(u"dataPlaneUrl").toString(),
              QStringLiteral("https://moved.example.com"));
    ASSERT_NE(hub->config().source(QStringLiteral("New")), nullptr);
    EXPECT_EQ(hub->config().source(QStringLiteral("New"))->writeKey,
              QString::fromLatin1(kNewWriteKey))
        << "a source given without its key keeps it";

    QFile kept(layers->path());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    const QJsonObject file = QJsonDocument::fromJson(kept.readAll()).object();
    EXPECT_TRUE(file.value(u"sources").toObject().value(u"Prod").isNull());
    EXPECT_EQ(file.value(u"sources").toObject().value(u"New").toObject().value(u"writeKey"),
              QString::fromLatin1(kNewWriteKey));
    EXPECT_TRUE(s_log.contains(u"configuration changed by admin token root"));
    for (const QByteArray& answer : std::as_const(answers))
        EXPECT_FALSE(answer.contains(kNewWriteKey) || answer.contains(kWriteKey))
            << answer.constData();
}

TEST_F(ConfigChanges, AWrongChangeIsRefusedNamingWhatIsWrongAndChangesNothing) {
    const QByteArray etag = currentEtag();
    const QList<std::pair<QByteArray, QByteArray>> wrong = {
        {R"({"sources": {"Prod": {"dataPlaneUrl": "ftp://x"}}})", "sources.Prod.dataPlaneUrl"},
        {R"({"sources": {"Prod": {"writekey": "x"}}})", "sources.Prod.writekey: unknown field"},
        {R"({"colour": "blue"})", "unknown field \\\"colour\\\""},
        {R"({"listen": "0.0.0.0:80"})", "listen is not changed through the admin API"},
        {R"({"label": )", "not valid JSON"},
        {R"(["label"])", "must be a JSON object"}};
    for (const auto& [body, expected] : wrong) {
        const auto answer =
            call("PATCH", "/api/v1/config", admin, body, "If-Match: " + etag + "\r\n");
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 400) << body.constData();
        EXPECT_TRUE(answer->body.contains(expected)) << answer->body.constData();
    }
    // The command line's secret is the command line's to change.
    const auto flagged =
        call("PATCH", "/api/v1/config", admin, R"({"regions": {"US": {"secret": "mine"}}})",
             "If-Match: " + etag + "\r\n");
    ASSERT_TRUE(flagged);
    EXPECT_EQ(flagged->status, 409);
    EXPECT_TRUE(flagged->body.contains("--hub-secret")) << flagged->body.constData();
    EXPECT_EQ(currentEtag(), etag);
    EXPECT_FALSE(QFile::exists(layers->path()));
}

TEST_F(ConfigChanges, ATokenMadeHereOpensLookersPortAndItsRevocationClosesItAtOnce) {
    const auto made = call("POST", "/api/v1/regions/US/tokens", admin);
    ASSERT_TRUE(made);
    ASSERT_EQ(made->status, 201) << made->body.constData();
    EXPECT_EQ(made->field("Cache-Control"), "no-store");
    const QJsonObject body = QJsonDocument::fromJson(made->body).object();
    const QByteArray token = body.value(u"token").toString().toLatin1();
    const QByteArray nonce = body.value(u"nonce").toString().toLatin1();
    lookerTokens.append(token);
    ASSERT_EQ(HubToken::nonceOf(token), nonce);
    EXPECT_TRUE(HubToken::isSignedWith(token, kFlagSecret));
    EXPECT_EQ(actionList(token), 200);
    EXPECT_TRUE(s_log.contains(u"a Looker token was made for region US by admin token root"));
    // Listed by nonce only, and kept without the command line's secret.
    const auto config = call("GET", "/api/v1/config", admin);
    ASSERT_TRUE(config);
    EXPECT_FALSE(config->body.contains(token));
    EXPECT_EQ(
        named(QJsonDocument::fromJson(config->body).object(), u"regions", QStringLiteral("US"))
            .value(u"tokenNonces")
            .toArray(),
        QJsonArray{QString::fromLatin1(nonce)});
    QFile kept(layers->path());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_FALSE(kept.readAll().contains(kFlagSecret));

    const auto revoked = call("POST", "/api/v1/regions/US/tokens/" + nonce + "/revoke", admin);
    ASSERT_TRUE(revoked);
    ASSERT_EQ(revoked->status, 200) << revoked->body.constData();
    EXPECT_EQ(QJsonDocument::fromJson(revoked->body).object().value(u"removedTokens").toInt(), 1);
    EXPECT_EQ(actionList(token), 403);
    EXPECT_EQ(actionList(HubToken::make(kFlagSecret, "other")), 200)
        << "only that nonce is refused";

    const auto unknown = call("POST", "/api/v1/regions/Nowhere/tokens", admin);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
    const auto badNonce = call("POST", "/api/v1/regions/US/tokens/a%20b/revoke", admin);
    ASSERT_TRUE(badNonce);
    EXPECT_EQ(badNonce->status, 400);
    const auto get = call("GET", "/api/v1/regions/US/tokens", admin);
    ASSERT_TRUE(get);
    EXPECT_EQ(get->status, 405);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!answers[i].contains("\"token\":")) {
            EXPECT_FALSE(answers[i].contains(token)) << answers[i].constData();
        }
        EXPECT_FALSE(answers[i].contains(kFlagSecret)) << answers[i].constData();
    }
}

TEST_F(ConfigChanges, ARegionAddedHereSignsItsOwnTokens) {
    const auto added = patch(R"({"regions": {"EU": {}}})");
    ASSERT_TRUE(added);
    ASSERT_EQ(added->status, 200) << added->body.constData();
    EXPECT_TRUE(
        named(QJsonDocument::fromJson(added->body).object(), u"regions", QStringLiteral("EU"))
            .value(u"hasSecret")
            .toBool());
    const auto made = call("POST", "/api/v1/regions/EU/tokens", admin);
    ASSERT_TRUE(made);
    ASSERT_EQ(made->status, 201);
    const QByteArray token =
        QJsonDocument::fromJson(made->body).object().value(u"token").toString().toLatin1();
    lookerTokens.append(token);
    EXPECT_EQ(actionList(token), 200);
    EXPECT_FALSE(HubToken::isSignedWith(token, kFlagSecret)) << "never another region's secret";
}

TEST_F(ConfigChanges, ASourcesSyncOptionsAreShownChangedAndUsedByTheNextExecute) {
    // GET shows every option of every source, the defaults too.
    const QJsonObject before = named(configNow(), u"sources", QStringLiteral("Prod"));
    EXPECT_EQ(before.value(u"propertyNames").toString(), QStringLiteral("looker"));
    EXPECT_EQ(before.value(u"rename"), QJsonValue(QJsonObject()));
    EXPECT_EQ(before.value(u"sendRows").toString(), QStringLiteral("all"));
    EXPECT_EQ(before.value(u"lookerContext"), QJsonValue(false));

    const auto wrong = patch(R"({"sources": {"Prod": {"propertyNames": "kebab"}}})");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 400);
    EXPECT_TRUE(wrong->body.contains("sources.Prod.propertyNames must be looker, field, "
                                     "snake_label or camel_label"))
        << wrong->body.constData();

    const auto changed = patch(R"({"sources": {"Prod": {"propertyNames": "field",
        "rename": {"users.city": "town"}, "lookerContext": true}}})");
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed->status, 200) << changed->body.constData();
    const QJsonObject shown =
        named(QJsonDocument::fromJson(changed->body).object(), u"sources", QStringLiteral("Prod"));
    EXPECT_EQ(shown.value(u"propertyNames").toString(), QStringLiteral("field"));
    EXPECT_EQ(shown.value(u"rename").toObject().value(u"users.city").toString(),
              QStringLiteral("town"));
    EXPECT_EQ(shown.value(u"lookerContext"), QJsonValue(true));
    EXPECT_EQ(shown.value(u"sendRows").toString(), QStringLiteral("all"));
    EXPECT_TRUE(shown.value(u"hasWriteKey").toBool()) << "the write key was kept";
    const auto one = call("GET", "/api/v1/sources/Prod", admin);
    ASSERT_TRUE(one);
    EXPECT_EQ(QJsonDocument::fromJson(one->body).object().value(u"propertyNames").toString(),
              QStringLiteral("field"));
    ASSERT_NE(hub->config().source(QStringLiteral("Prod")), nullptr);
    EXPECT_EQ(hub->config().source(QStringLiteral("Prod"))->propertyNames, PropertyNames::Field);
    QFile kept(layers->path());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(kept.readAll())
                  .object()
                  .value(u"sources")
                  .toObject()
                  .value(u"Prod")
                  .toObject()
                  .value(u"propertyNames")
                  .toString(),
              QStringLiteral("field"));

    // An execute whose form does not name the options gets Prod's.
    RawHttpClient looker;
    ASSERT_TRUE(looker.connect(quint16(hub->listeningUrl().port())));
    const QByteArray result =
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 2}));
    const QByteArray execute = R"({"type":"query","form_params":{"destination_source":"Prod"},)"
                               R"("attachment":{"mimetype":"application/json;base64","data":")" +
                               result.toBase64() + R"("}})";
    looker.write("POST /actions/rudder_event/execute HTTP/1.1\r\nAuthorization: Token token=\"" +
                 HubToken::make(kFlagSecret, "n2") + "\"\r\nContent-Length: " +
                 QByteArray::number(execute.size()) + "\r\n\r\n" + execute);
    const auto executed = looker.read(30000);
    ASSERT_TRUE(executed);
    EXPECT_TRUE(executed->body.contains("\"success\":true")) << executed->body.constData();
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 2; }, 20000));
    const QJsonObject traits = QJsonDocument::fromJson(sink.requests().last().body)
                                   .object()
                                   .value(u"batch")
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"traits")
                                   .toObject();
    EXPECT_TRUE(traits.contains(u"town")) << QJsonDocument(traits).toJson().constData();
    EXPECT_TRUE(traits.contains(u"created_date"));
    EXPECT_FALSE(traits.contains(u"users.created_date"));
}

TEST_F(ConfigChanges, TheWindowsLookerConnectionIsNeverShown) {
    HubConfig withLooker = hub->config();
    withLooker.looker = {QStringLiteral("https://acme.looker.com"), QStringLiteral("cid"),
                         "looker-secret-never-shown", true};
    QString error;
    ASSERT_TRUE(hub->reconfigure(withLooker, &error)) << error.toStdString();
    const auto config = call("GET", "/api/v1/config", admin);
    ASSERT_TRUE(config);
    EXPECT_FALSE(config->body.contains("looker-secret-never-shown"));
    EXPECT_FALSE(QJsonDocument::fromJson(config->body).object().contains(u"looker"));
    // Nor set through the API: a hub has no use for it.
    const auto patched = patch(R"({"looker": {"clientSecret": "x"}})");
    ASSERT_TRUE(patched);
    EXPECT_EQ(patched->status, 400) << patched->body.constData();
}

TEST_F(ConfigChanges, TheConfigurationSaysWhatTheHubsFlagsSet) {
    const QJsonArray fixed = configNow().value(u"setByFlags").toArray();
    EXPECT_EQ(fixed, QJsonArray{QStringLiteral("regions.US.secret")});
}

TEST_F(ConfigChanges, ASourceIsTestedFromTheHubAndTheAnswerSaysWhatTheDataPlaneSaid) {
    sink.enqueue({{400, "Request body has no events", {}, 0}});
    const auto tested = call("POST", "/api/v1/sources/Prod/test", admin);
    ASSERT_TRUE(tested);
    ASSERT_EQ(tested->status, 200) << tested->body.constData();
    const QJsonObject answer = QJsonDocument::fromJson(tested->body).object();
    EXPECT_EQ(answer.value(u"outcome").toString(), QStringLiteral("emptyRefused"));
    EXPECT_EQ(answer.value(u"status").toInt(), 400);
    ASSERT_FALSE(sink.requests().isEmpty());
    EXPECT_EQ(sink.requests().last().body, QByteArray(R"({"batch":[]})"));
    EXPECT_EQ(sink.requests().last().headers.value("authorization"),
              "Basic " + (kWriteKey + ":").toBase64());

    // What a form has typed, before it is saved: another key, another URL.
    sink.enqueue({{401, "Invalid write key", {}, 0}});
    const auto typed = call("POST", "/api/v1/sources/Prod/test", admin,
                            R"({"writeKey":")" + kNewWriteKey + R"("})");
    ASSERT_TRUE(typed && typed->status == 200);
    EXPECT_EQ(QJsonDocument::fromJson(typed->body).object().value(u"outcome").toString(),
              QStringLiteral("keyRefused"));
    EXPECT_EQ(sink.requests().last().headers.value("authorization"),
              "Basic " + (kNewWriteKey + ":").toBase64());
    const auto unreachable = call("POST", "/api/v1/sources/Prod/test", admin,
                                  R"({"dataPlaneUrl":"http://127.0.0.1:9"})");
    ASSERT_TRUE(unreachable && unreachable->status == 200);
    EXPECT_EQ(QJsonDocument::fromJson(unreachable->body).object().value(u"outcome").toString(),
              QStringLiteral("unreachable"));

    // It uses the write key: an admin's alone. Mistakes are named.
    EXPECT_EQ(call("POST", "/api/v1/sources/Prod/test", operate)->status, 403);
    EXPECT_EQ(call("POST", "/api/v1/sources/Nope/test", admin)->status, 404);
    EXPECT_EQ(call("GET", "/api/v1/sources/Prod/test", admin)->status, 405);
    const auto bad = call("POST", "/api/v1/sources/Prod/test", admin, R"({"secret":"x"})");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    EXPECT_TRUE(bad->body.contains("secret: only dataPlaneUrl and writeKey")) << bad->body.data();
    for (const QByteArray& body : answers) {
        EXPECT_FALSE(body.contains(kWriteKey)) << body.constData();
        EXPECT_FALSE(body.contains(kNewWriteKey)) << body.constData();
    }
}

TEST_F(ConfigChanges, PreviewedMessagesAreStoredForASourceByteForByte) {
    const QByteArray first =
        R"({"type":"identify","userId":"u-1","messageId":"m-preview-1","traits":{"plan":"pro"}})";
    const QByteArray second =
        R"({"type":"identify","userId":"u-2","messageId":"m-preview-2","traits":{"b":1,"a":2}})";
    const auto stored =
        call("POST", "/api/v1/sources/Prod/messages?origin=preview%20identify", operate,
             first + "\n" + second + "\n", "Content-Type: application/x-ndjson\r\n");
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->status, 201) << stored->body.constData();
    EXPECT_EQ(QJsonDocument::fromJson(stored->body).object().value(u"stored").toInt(), 2);
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 2; }, 20000));
    EXPECT_TRUE(sink.deliveredMessageIdSet().contains("m-preview-1"));
    // The keys keep the order they were previewed in.
    bool found = false;
    for (const auto& request : sink.requests())
        found = found || request.body.contains(R"("traits":{"b":1,"a":2})");
    EXPECT_TRUE(found);

    const auto notObject =
        call("POST", "/api/v1/sources/Prod/messages", operate, first + "\n[1,2]\n");
    ASSERT_TRUE(notObject);
    EXPECT_EQ(notObject->status, 400);
    EXPECT_TRUE(notObject->body.contains("Line 2 is not a JSON object")) << notObject->body.data();
    EXPECT_EQ(call("POST", "/api/v1/sources/Prod/messages", operate, "\n")->status, 400);
    EXPECT_EQ(call("POST", "/api/v1/sources/Nope/messages", operate, first)->status, 404);
    QString error;
    const QByteArray reader = tokens->create(QStringLiteral("eyes"), AdminScope::Read, 0, &error);
    EXPECT_EQ(call("POST", "/api/v1/sources/Prod/messages", reader, first)->status, 403);
    // At most the hub's body limit, as for an execute.
    HubConfig small = hub->config();
    small.maxBodyBytes = 64;
    ASSERT_TRUE(hub->reconfigure(small, &error)) << error.toStdString();
    EXPECT_EQ(call("POST", "/api/v1/sources/Prod/messages", operate, first + "\n" + second)->status,
              413);
}
