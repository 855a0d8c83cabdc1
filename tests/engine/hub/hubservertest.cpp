// The Action API over real HTTP: a Hub listening on 127.0.0.1 (ephemeral port), a real client,
// and TestSink playing both the RudderStack data plane and Looker's download URL.
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "lookerrequests.h"
#include "testdata.h"
#include "testsink.h"
#include "waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "hub-secret-for-tests";
const QByteArray kWriteKey = "wk_never_logged_42";

QJsonObject json(const QByteArray& body) {
    return QJsonDocument::fromJson(body).object();
}

class HubHttp : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(sink.listen());
        m_previousHandler = qInstallMessageHandler(&HubHttp::captureLog);
        s_log.clear();
    }
    void TearDown() override {
        hub.reset();
        qInstallMessageHandler(m_previousHandler);
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(kWriteKey))) << "a write key was logged";
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(kSecret))) << "the hub secret was logged";
        EXPECT_FALSE(s_log.contains(QString::fromLatin1(m_token))) << "a token was logged";
    }

    void startHub(HubConfig config = {}) {
        config.listenPort = 0;
        if (config.regions.isEmpty())
            config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        config.delivery.retry = {20, 200, 2000};
        hub = std::make_unique<Hub>(config, m_dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        m_token = HubToken::make(kSecret, "nonce1");
    }

    QUrl url(const QString& path) const { return hub->listeningUrl().resolved(QUrl(path)); }

    HttpClient::Headers auth(const QByteArray& version = "7.20.0") const {
        return {{"Authorization", "Token token=\"" + m_token + "\""},
                {"User-Agent", "LookerOutgoingWebhook/" + version}};
    }

    /// A reference request body with the data plane pointed at the sink.
    QByteArray referenceRequest(const char* name) const {
        return TestSupport::LookerRequests::reference(name, QString::fromLatin1(kWriteKey),
                                                      sink.url());
    }

    QByteArray downloadRequest(const QByteArray& path, const QString& event = {}) const {
        QJsonObject form;
        if (!event.isEmpty())
            form.insert(u"event", event);
        return TestSupport::LookerRequests::downloading(QString::fromLatin1(kWriteKey), sink.url(),
                                                        sink.downloadUrl(path), form);
    }

    /// The final JSON of a (possibly keep-alive padded) execute answer.
    static QJsonObject looker(const HttpClient::Response& response) {
        return json(response.body.trimmed()).value(u"looker").toObject();
    }

    bool delivered(int messages) {
        return waitUntil([&] { return sink.deliveredMessageIds().size() >= messages; }, 20000);
    }

    SystemClock clock;
    RandomIdGenerator ids;
    TestSink sink;
    HttpClient client;
    std::unique_ptr<Hub> hub;
    QByteArray m_token;
    QTemporaryDir m_dir;

private:
    static void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) {
        s_log += message + u'\n';
    }
    static inline QString s_log;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

TEST_F(HubHttp, EveryRouteRefusesRequestsWithoutAValidToken) {
    startHub();
    const QList<QByteArray> badHeaders = {
        "",
        "Token token=\"\"",
        "Bearer " + m_token,
        "Token token=\"" + HubToken::make("other secret", "nonce1") + "\"",
        "Token token=\"nonce1\"",
        "Token token=\"nonce1/abc\"",
        "Token token=\"nonce1/" + QByteArray(128, 'z') + "\"",
        "Token token=\"/" + QByteArray(128, 'a') + "\"",
        "Token token=\"" + QByteArray(5000, 'x') + "\"",
        "Token token=\"" + m_token + "\"x",
    };
    for (const QByteArray& header : badHeaders) {
        for (const char* path : {"/", "/actions/rudder_event", "/actions/rudder_track/form",
                                 "/actions/rudder_event/execute"}) {
            const auto response =
                client.post(url(QString::fromLatin1(path)), referenceRequest("track_calls_track"),
                            {{"Authorization", header}});
            EXPECT_EQ(response.status, 403) << path << " " << header.left(60).toStdString();
            EXPECT_EQ(json(response.body).value(u"error").toString(),
                      QStringLiteral("Invalid 'Authorization' header."));
        }
        EXPECT_EQ(client.get(url(QStringLiteral("/status")), {{"Authorization", header}}).status,
                  403);
    }
    EXPECT_TRUE(sink.requests().isEmpty());
    EXPECT_EQ(client.post(url(QStringLiteral("/")), {}, auth()).status, 200);
}

TEST_F(HubHttp, TokensFromAnExistingHubsSecretWorkAndRevokedNoncesDoNot) {
    HubConfig config;
    config.regions.append(
        RegionConfig{QStringLiteral("EU"), "eu-secret", {"exact-token"}, {"revoked"}, {}});
    config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
    startHub(config);
    const auto with = [this](const QByteArray& token) {
        return client
            .post(url(QStringLiteral("/")), {},
                  {{"Authorization", "Token token=\"" + token + "\""}})
            .status;
    };
    EXPECT_EQ(with(HubToken::make("eu-secret", "anything")), 200);
    EXPECT_EQ(
        with(HubToken::make("eu-secret", "anything").toUpper().replace("ANYTHING", "anything")),
        200);
    EXPECT_EQ(with(HubToken::generate(kSecret)), 200);
    EXPECT_EQ(with("exact-token"), 200);
    EXPECT_EQ(with(HubToken::make("eu-secret", "revoked")), 403);
    EXPECT_EQ(with(HubToken::make("wrong", "anything")), 403);
}

TEST_F(HubHttp, ActionListFollowsTheLookerVersion) {
    startHub();
    const auto names = [this](const QByteArray& version) {
        const auto response = client.post(url(QStringLiteral("/")), {}, auth(version));
        EXPECT_EQ(response.status, 200);
        QStringList result;
        for (const auto& action : json(response.body).value(u"integrations").toArray())
            result.append(action.toObject().value(u"name").toString() + u':' +
                          action.toObject().value(u"supported_formats").toArray().at(0).toString());
        return result;
    };
    EXPECT_EQ(names("4.20.0"), QStringList{QStringLiteral("rudder_event:json_detail")});
    EXPECT_EQ(names("6.1.9"), (QStringList{QStringLiteral("rudder_event:json_detail"),
                                           QStringLiteral("rudder_track:json_detail"),
                                           QStringLiteral("rudder_group:json_detail"),
                                           QStringLiteral("rudder_system_activity:json_detail")}));
    EXPECT_EQ(names("6.2.0"),
              (QStringList{QStringLiteral("rudder_event:json_detail_lite_stream"),
                           QStringLiteral("rudder_track:json_detail_lite_stream"),
                           QStringLiteral("rudder_group:json_detail_lite_stream"),
                           QStringLiteral("rudder_system_activity:json_detail_lite_stream")}));
    // Without a Looker version the hub assumes 5.5.0.
    EXPECT_EQ(names("").size(), 4);
    EXPECT_EQ(
        json(client.post(url(QStringLiteral("/")), {}, auth()).body).value(u"label").toString(),
        QStringLiteral("ActionDeck"));
}

TEST_F(HubHttp, ActionDefinitionsMatchTheReferenceHub) {
    startHub();
    const std::string capture = TestSupport::readTestData("reference/api/list_ua_6.2.0.txt");
    const QJsonArray reference = json(QByteArray::fromStdString(capture.substr(
                                          capture.find("{", capture.find("### RESPONSE")))))
                                     .value(u"integrations")
                                     .toArray();
    const auto ours = json(client.post(url(QStringLiteral("/")), {}, auth("6.2.0")).body)
                          .value(u"integrations")
                          .toArray();
    int compared = 0;
    for (const auto& value : reference) {
        QJsonObject expected = value.toObject();
        if (!expected.value(u"name").toString().startsWith(u"rudder_"))
            continue;
        for (const auto& candidate : ours) {
            QJsonObject actual = candidate.toObject();
            if (actual.value(u"name") != expected.value(u"name"))
                continue;
            // The icon is ActionDeck's own; URLs point at this hub.
            EXPECT_TRUE(actual.value(u"icon_data_uri")
                            .toString()
                            .startsWith(u"data:image/svg+xml;base64,"));
            EXPECT_EQ(
                actual.value(u"url").toString(),
                url(QStringLiteral("/actions/%1/execute").arg(actual.value(u"name").toString()))
                    .toString());
            for (const char* key : {"icon_data_uri", "url", "form_url"}) {
                expected.remove(QLatin1String(key));
                actual.remove(QLatin1String(key));
            }
            EXPECT_EQ(actual, expected) << actual.value(u"name").toString().toStdString();
            ++compared;
        }
    }
    EXPECT_EQ(compared, 3);
    const auto single =
        client.post(url(QStringLiteral("/actions/rudder_event")), {}, auth("6.2.0"));
    EXPECT_EQ(single.status, 200);
    EXPECT_EQ(json(single.body).value(u"label").toString(), QStringLiteral("Rudder Identify"));
    EXPECT_EQ(client.post(url(QStringLiteral("/actions/segment_event")), {}, auth()).status, 404);
}

TEST_F(HubHttp, TheDataPlaneParamsAreRequiredOnlyWhenTheHubHasNoSource) {
    // Whether each action's write key and data plane URL are required, in the list (POST /) and
    // in the action alone (POST /actions/{name}): "list rudder_event rudder_write_key" → true.
    const auto required = [this] {
        QMap<QString, bool> params;
        const auto list = client.post(url(QStringLiteral("/")), {}, auth("6.2.0"));
        EXPECT_EQ(list.status, 200);
        for (const auto& value : json(list.body).value(u"integrations").toArray()) {
            const QString name = value.toObject().value(u"name").toString();
            const auto single =
                client.post(url(QStringLiteral("/actions/") + name), {}, auth("6.2.0"));
            EXPECT_EQ(single.status, 200) << name.toStdString();
            const QList<QPair<QString, QJsonObject>> definitions{{u"list"_qs, value.toObject()},
                                                                 {u"single"_qs, json(single.body)}};
            for (const auto& [where, definition] : definitions) {
                for (const auto& param : definition.value(u"params").toArray())
                    params.insert(where + u' ' + name + u' ' +
                                      param.toObject().value(u"name").toString(),
                                  param.toObject().value(u"required").toBool());
            }
        }
        return params;
    };
    const QStringList names{u"rudder_write_key"_qs, u"rudder_server_url"_qs};

    // Without a source the params are the only way to a data plane: Looker must ask for them.
    startHub();
    QMap<QString, bool> params = required();
    ASSERT_EQ(params.size(), 4 * 2 * 2); // four actions, two params, list and single
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        EXPECT_TRUE(names.contains(it.key().section(u' ', 2))) << it.key().toStdString();
        EXPECT_TRUE(it.value()) << it.key().toStdString();
    }

    // With one, each schedule may pick a Destination source instead and leave them empty.
    hub.reset();
    HubConfig config;
    config.sources.append({QStringLiteral("Prod"), QString::fromLatin1(kWriteKey), sink.url()});
    startHub(config);
    params = required();
    ASSERT_EQ(params.size(), 4 * 2 * 2);
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        EXPECT_FALSE(it.value()) << it.key().toStdString();
}

TEST_F(HubHttp, TrackHasAnEventFormAndSourcesAddADestinationSelect) {
    startHub();
    const auto track = client.post(url(QStringLiteral("/actions/rudder_track/form")), {}, auth());
    ASSERT_EQ(track.status, 200);
    const QJsonArray fields = json(track.body).value(u"fields").toArray();
    ASSERT_EQ(fields.size(), 4); // and the three sync options (syncoptionsformtest)
    EXPECT_EQ(fields[0].toObject().value(u"name").toString(), QStringLiteral("event"));
    EXPECT_TRUE(fields[0].toObject().value(u"required").toBool());
    const auto identify =
        client.post(url(QStringLiteral("/actions/rudder_event/form")), {}, auth());
    EXPECT_EQ(identify.status, 200);
    EXPECT_FALSE(identify.body.contains("destination_source"));
    EXPECT_EQ(client.post(url(QStringLiteral("/actions/segment_event/form")), {}, auth()).status,
              404);

    hub.reset();
    HubConfig config;
    config.sources.append(
        {QStringLiteral("Production"), QString::fromLatin1(kWriteKey), sink.url()});
    config.sources.append({QStringLiteral("Staging"), QStringLiteral("wk_staging"), sink.url()});
    startHub(config);
    const auto withSources =
        client.post(url(QStringLiteral("/actions/rudder_event/form")), {}, auth());
    ASSERT_EQ(withSources.status, 200);
    const QJsonObject select = json(withSources.body).value(u"fields").toArray().at(0).toObject();
    EXPECT_EQ(select.value(u"name").toString(), QStringLiteral("destination_source"));
    EXPECT_EQ(select.value(u"type").toString(), QStringLiteral("select"));
    EXPECT_EQ(select.value(u"options").toArray().size(), 2);
    EXPECT_FALSE(withSources.body.contains(kWriteKey));
}

TEST_F(HubHttp, ExecuteWithAnInlineAttachmentDeliversTheReferenceMessages) {
    startHub();
    for (const char* name : {"identify_works_with_email_user_id_anonymous_id_and_trait",
                             "identify_works_with_pivoted_values", "track_calls_track",
                             "group_works_with_rudder_group_id_user_id_and_email"}) {
        const QString action = QString::fromLatin1(name).startsWith(u"track") ? u"rudder_track"_qs
                               : QString::fromLatin1(name).startsWith(u"group")
                                   ? u"rudder_group"_qs
                                   : u"rudder_event"_qs;
        const auto response = client.post(url(QStringLiteral("/actions/%1/execute").arg(action)),
                                          referenceRequest(name), auth());
        EXPECT_EQ(response.status, 200) << name;
        EXPECT_TRUE(looker(response).value(u"success").toBool())
            << name << response.body.toStdString();
    }
    ASSERT_TRUE(delivered(4));
    for (const auto& request : sink.requests())
        EXPECT_EQ(request.headers.value("authorization"), "Basic " + (kWriteKey + ':').toBase64());
}

namespace {

/// Members that differ on every run or name the sender are masked on both sides.
QJsonObject masked(QJsonObject message, bool ranAt) {
    for (const char* key : {"messageId", "originalTimestamp", "sentAt", "_metadata"})
        message.insert(QLatin1String(key), QStringLiteral("<varies>"));
    if (!ranAt)
        message.insert(u"timestamp", QStringLiteral("<varies>"));
    QJsonObject context = message.value(u"context").toObject();
    context.insert(u"library", QStringLiteral("<sender>"));
    QJsonObject app = context.value(u"app").toObject();
    app.insert(u"version", QStringLiteral("<sender>"));
    context.insert(u"app", app);
    message.insert(u"context", context);
    return message;
}

QList<QJsonObject> capturedMessages(const std::string& name, bool ranAt) {
    QList<QJsonObject> messages;
    const QByteArray lines = QByteArray::fromStdString(
        TestSupport::readTestData("reference/" + name + ".batches.jsonl"));
    for (const QByteArray& line : lines.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        for (const auto& m : json(line).value(u"body").toObject().value(u"batch").toArray())
            messages.append(masked(m.toObject(), ranAt));
    }
    return messages;
}

} // namespace

TEST_F(HubHttp, TheReferenceCapturesAreReproducedAtTheDataPlane) {
    startHub();
    // The download case's result, rebuilt from what the reference sent for it.
    sink.serve(
        "/small.json",
        {R"({"ran_at":"2017-07-28T02:25:19+00:00","fields":{"dimensions":[)"
         R"({"name":"users.id","tags":["user_id"]},{"name":"t","tags":[]}]},"data":[)"
         R"({"users.id":{"value":"u1"},"t":{"value":"a"}},{"users.id":{"value":"u2"},"t":{"value":7}}]})"});
    struct Case {
        const char* name;
        const char* action;
        bool ranAt;
    };
    for (const Case& c :
         {Case{"identify_works_with_email_user_id_anonymous_id_and_trait", "rudder_event", false},
          Case{"identify_works_with_pivoted_values", "rudder_event", false},
          Case{"track_calls_track", "rudder_track", false},
          Case{"group_works_with_rudder_group_id_user_id_and_email", "rudder_group", false},
          Case{"extra_identify_download_url", "rudder_event", true}}) {
        const int before = int(sink.deliveredMessageIds().size());
        QJsonObject body = json(referenceRequest(c.name));
        if (body.contains(u"scheduled_plan")) {
            QJsonObject plan = body.value(u"scheduled_plan").toObject();
            plan.insert(u"download_url", sink.downloadUrl("/small.json"));
            body.insert(u"scheduled_plan", plan);
        }
        const auto response =
            client.post(url(QStringLiteral("/actions/%1/execute").arg(QLatin1String(c.action))),
                        QJsonDocument(body).toJson(), auth());
        ASSERT_TRUE(looker(response).value(u"success").toBool())
            << c.name << response.body.toStdString();
        const QList<QJsonObject> expected = capturedMessages(c.name, c.ranAt);
        ASSERT_TRUE(waitUntil([&] {
            return sink.deliveredMessageIds().size() >= before + expected.size();
        })) << c.name;
        QList<QJsonObject> actual;
        for (const auto& request : sink.requests()) {
            if (request.method != "POST")
                continue;
            for (const auto& m : json(request.body).value(u"batch").toArray())
                actual.append(masked(m.toObject(), c.ranAt));
        }
        EXPECT_EQ(actual.mid(before), expected) << c.name;
    }
}

TEST_F(HubHttp, ExecuteStreamsTheResultFromTheDownloadUrl) {
    startHub();
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 3000});
    sink.serve("/download/big", {QByteArray::fromStdString(detail)});
    const auto response =
        client.post(url(QStringLiteral("/actions/rudder_track/execute")),
                    downloadRequest("/download/big", QStringLiteral("Seen")), auth());
    ASSERT_EQ(response.status, 200);
    EXPECT_TRUE(looker(response).value(u"success").toBool()) << response.body.toStdString();
    ASSERT_TRUE(delivered(3000));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 3000);
}

TEST_F(HubHttp, DownloadFailuresAreReportedToLooker) {
    HubConfig config;
    config.downloadTimeoutMs = 500;
    startHub(config);
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 200});
    sink.serve("/gone", {"expired", 404});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 3000});
    sink.serve("/cut", {QByteArray::fromStdString(detail), 200, 0, qsizetype(detail.size() / 2)});

    const auto gone = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                  downloadRequest("/gone"), auth());
    EXPECT_FALSE(looker(gone).value(u"success").toBool());
    EXPECT_TRUE(looker(gone).value(u"message").toString().contains(u"answered HTTP 404"))
        << gone.body.toStdString();

    const auto slow = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                  downloadRequest("/slow"), auth());
    EXPECT_FALSE(looker(slow).value(u"success").toBool());
    EXPECT_TRUE(looker(slow).value(u"message").toString().contains(u"could not be downloaded"))
        << slow.body.toStdString();

    const auto cut = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                 downloadRequest("/cut"), auth());
    EXPECT_FALSE(looker(cut).value(u"success").toBool());
    const QString message = looker(cut).value(u"message").toString();
    EXPECT_TRUE(message.contains(u"truncated") || message.contains(u"could not be downloaded"))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"will be sent")) << message.toStdString();
}

TEST_F(HubHttp, BadRequestsGetSpecificErrorsAndStatuses) {
    HubConfig config;
    config.maxBodyBytes = 1 << 20;
    startHub(config);
    const QUrl execute = url(QStringLiteral("/actions/rudder_event/execute"));
    const auto expectError = [&](const QByteArray& body, int status, const QString& fragment,
                                 const QUrl& target) {
        const auto response = client.post(target, body, auth());
        EXPECT_EQ(response.status, status) << body.left(80).toStdString();
        const QString message = looker(response).value(u"message").toString();
        EXPECT_TRUE(message.contains(fragment)) << message.toStdString();
        EXPECT_FALSE(response.body.contains(kWriteKey));
        EXPECT_FALSE(looker(response).value(u"success").toBool(true));
    };
    expectError(R"({"type":"query", "data": {)", 400, u"not valid JSON: truncated JSON"_qs,
                execute);
    expectError(R"({"type":"query" "data": {}})", 400, u"expected ',' or '}'"_qs, execute);
    expectError(QByteArray(2 << 20, ' ') + "{}", 413, u"over this hub's limit"_qs, execute);
    expectError(referenceRequest("track_calls_track"), 404, u"no action named \"rudder_nope\""_qs,
                url(QStringLiteral("/actions/rudder_nope/execute")));
    expectError(R"({"type":"cell","data":{"rudder_write_key":"k","rudder_server_url":"http://x"}})",
                400, u"not \"cell\""_qs, execute);
    expectError(
        R"({"type":"query","data":{"rudder_server_url":"http://x"},"attachment":{"data":"{}"}})",
        400, u"Write Key is missing"_qs, execute);
    expectError(R"({"type":"query","data":{"rudder_write_key":"k"},"attachment":{"data":"{}"}})",
                400, u"Data Plane URL is missing"_qs, execute);
    expectError(
        R"({"type":"query","data":{"rudder_write_key":"k","rudder_server_url":"ftp://x"},"attachment":{"data":"{}"}})",
        400, u"can not be used"_qs, execute);
    expectError(
        R"({"type":"query","data":{"rudder_write_key":"k","rudder_server_url":"http://x"}})", 400,
        u"neither an attachment nor a download URL"_qs, execute);
    QByteArray noEvent = referenceRequest("track_calls_track");
    noEvent.replace("funevent", "");
    expectError(noEvent, 400, u"Track requires an event name"_qs,
                url(QStringLiteral("/actions/rudder_track/execute")));
}

TEST_F(HubHttp, RequestLevelErrorsAreLookerMessages) {
    startHub();
    const std::string real = TestSupport::readTestData("looker/json_detail_example.json");
    QJsonObject body{{u"type"_qs, u"query"_qs},
                     {u"data"_qs, QJsonObject{{u"rudder_write_key"_qs, u"k"_qs},
                                              {u"rudder_server_url"_qs, sink.url()}}},
                     {u"attachment"_qs, QJsonObject{{u"data"_qs, QString::fromStdString(real)}}}};
    const auto response = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                      QJsonDocument(body).toJson(), auth());
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(
        looker(response).value(u"message").toString(),
        QStringLiteral("Query requires a field tagged email or user_id or rudder_anonymous_id."));
}

TEST_F(HubHttp, ExecutesRunConcurrently) {
    HubConfig config;
    config.maxConcurrentExecutes = 4;
    startHub(config);
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 100});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 600});
    int maxRunning = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout,
                     [&] { maxRunning = std::max(maxRunning, hub->runningExecutes()); });
    watch.start(10);
    for (int i = 0; i < 4; ++i)
        client.postAndAbandon(url(QStringLiteral("/actions/rudder_event/execute")),
                              downloadRequest("/slow"), auth(), 20000);
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 400; }, 20000));
    EXPECT_GE(maxRunning, 2);
}

TEST_F(HubHttp, DeliveryYieldsWhileAnExecuteStreamsAndNotAfter) {
    startHub();
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 100});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 600});
    EXPECT_FALSE(hub->deliveryYielding());
    bool yieldedWhileRunning = false;
    bool yieldedWhileIdle = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        (hub->runningExecutes() > 0 ? yieldedWhileRunning : yieldedWhileIdle) |=
            hub->deliveryYielding();
    });
    watch.start(10);
    const auto answer = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                    downloadRequest("/slow"), auth(), 20000);
    EXPECT_EQ(answer.status, 200);
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 100; }, 20000));
    EXPECT_TRUE(yieldedWhileRunning);
    EXPECT_FALSE(yieldedWhileIdle);
    EXPECT_FALSE(hub->deliveryYielding());
}

TEST_F(HubHttp, AClientThatGoesAwayMidExecuteDoesNotHurtTheHub) {
    HubConfig config;
    config.keepAliveMs = 1000;
    startHub(config);
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 50});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 1500});
    client.postAndAbandon(url(QStringLiteral("/actions/rudder_event/execute")),
                          downloadRequest("/slow"), auth(), 200);
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 50; }, 20000));
    EXPECT_EQ(client.post(url(QStringLiteral("/")), {}, auth()).status, 200);
}

TEST_F(HubHttp, LongExecutesWriteKeepAliveNewlinesBeforeTheAnswer) {
    HubConfig config;
    config.keepAliveMs = 1000;
    startHub(config);
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 10});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 2500});
    const auto response = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                      downloadRequest("/slow"), auth());
    EXPECT_EQ(response.status, 200);
    EXPECT_TRUE(response.body.startsWith("\n\n")) << response.body.toStdString();
    EXPECT_TRUE(looker(response).value(u"success").toBool());
}

TEST_F(HubHttp, StatusReportsHealthWithoutSecrets) {
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
    config.sources.append(
        {QStringLiteral("Production"), QString::fromLatin1(kWriteKey), sink.url()});
    startHub(config);
    const auto response = client.get(url(QStringLiteral("/status")), auth());
    ASSERT_EQ(response.status, 200);
    const QJsonObject status = json(response.body);
    EXPECT_FALSE(status.value(u"version").toString().isEmpty());
    EXPECT_TRUE(status.contains(u"uptime_seconds"));
    EXPECT_TRUE(status.value(u"queue").toObject().contains(u"pending_messages"));
    EXPECT_EQ(status.value(u"queue").toObject().value(u"delivery_yielding"), QJsonValue(false));
    EXPECT_FALSE(response.body.contains(kWriteKey));
    EXPECT_FALSE(response.body.contains(kSecret));
}

TEST_F(HubHttp, SurvivesThousandsOfRandomAndMutatedRequests) {
    startHub();
    QRandomGenerator random(20261123);
    const QByteArray seed = referenceRequest("identify_works_with_pivoted_values");
    const QList<QByteArray> paths = {"/",
                                     "/actions/rudder_event",
                                     "/actions/rudder_track/form",
                                     "/actions/rudder_event/execute",
                                     "/actions/rudder_group/execute",
                                     "/actions/%2e%2e/execute",
                                     "/status",
                                     "/actions//execute"};
    int answered = 0;
    const int rounds = 1500;
    for (int i = 0; i < rounds; ++i) {
        QByteArray body = seed;
        const int mutations = int(random.bounded(1, 8));
        for (int m = 0; m < mutations && !body.isEmpty(); ++m) {
            const qsizetype at = random.bounded(body.size());
            switch (random.bounded(4)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.truncate(at);
                break;
            case 2:
                body.insert(at,
                            QByteArray(int(random.bounded(1, 5)), "{[\"\\,:}]"[random.bounded(8)]));
                break;
            default:
                body.remove(at, random.bounded(1, 20));
                break;
            }
        }
        HttpClient::Headers headers = auth();
        if (random.bounded(5) == 0)
            headers[0].second =
                "Token token=\"" + m_token.left(random.bounded(m_token.size())) + "\"";
        if (random.bounded(7) == 0)
            headers[1].second =
                "LookerOutgoingWebhook/" + QByteArray::number(random.bounded(100)) + ".x";
        const QByteArray& path = paths[random.bounded(paths.size())];
        const auto response = client.post(url(QString::fromLatin1(path)), body, headers, 10000);
        answered += response.status > 0;
    }
    EXPECT_EQ(answered, rounds);
    EXPECT_EQ(client.post(url(QStringLiteral("/")), {}, auth()).status, 200);
}

TEST_F(HubHttp, AnExecuteThatFailsAtOnceStillGetsAWholeAnswer) {
    startHub();
    const QByteArray body =
        R"({"type":"query","data":{"rudder_write_key":"k","rudder_server_url":")" +
        sink.url().toUtf8() +
        R"("},"attachment":{"mimetype":"application/json;base64","data":"!!!"}})";
    const auto response =
        client.post(url(QStringLiteral("/actions/rudder_event/execute")), body, auth());
    EXPECT_EQ(response.status, 200) << response.error.toStdString();
    EXPECT_FALSE(looker(response).value(u"success").toBool(true));
    EXPECT_TRUE(looker(response).value(u"message").toString().contains(u"not valid base64"))
        << response.body.toStdString();
}

TEST_F(HubHttp, EventsOver32KBAreReportedToLookerAndTheOthersSent) {
    startHub();
    const QString big(40 * 1024, u'x');
    const QJsonObject detail{
        {u"fields"_qs, QJsonObject{{u"dimensions"_qs,
                                    QJsonArray{QJsonObject{{u"name"_qs, u"u.id"_qs},
                                                           {u"tags"_qs, QJsonArray{u"user_id"_qs}}},
                                               QJsonObject{{u"name"_qs, u"u.note"_qs}}}}}},
        {u"data"_qs,
         QJsonArray{QJsonObject{{u"u.id"_qs, QJsonObject{{u"value"_qs, u"a"_qs}}},
                                {u"u.note"_qs, QJsonObject{{u"value"_qs, u"short"_qs}}}},
                    QJsonObject{{u"u.id"_qs, QJsonObject{{u"value"_qs, u"b"_qs}}},
                                {u"u.note"_qs, QJsonObject{{u"value"_qs, big}}}}}}};
    const QJsonObject body{
        {u"type"_qs, u"query"_qs},
        {u"data"_qs,
         QJsonObject{{u"rudder_write_key"_qs, u"k"_qs}, {u"rudder_server_url"_qs, sink.url()}}},
        {u"attachment"_qs,
         QJsonObject{{u"data"_qs, QString::fromUtf8(QJsonDocument(detail).toJson())}}}};
    const auto response = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                      QJsonDocument(body).toJson(), auth());
    EXPECT_FALSE(looker(response).value(u"success").toBool(true));
    EXPECT_TRUE(looker(response)
                    .value(u"message")
                    .toString()
                    .contains(u"over RudderStack's limit of 32 KB"))
        << response.body.toStdString();
    ASSERT_TRUE(delivered(1));
    EXPECT_EQ(sink.deliveredMessageIds().size(), 1);
    EXPECT_EQ(hub->outbox().counts().result().failedMessages, 1);
}

TEST_F(HubHttp, DownloadUrlsMustBeWebUrls) {
    startHub();
    for (const char* target : {"file:///etc/passwd", "qrc:/catalog/catalog.json", "ftp://host/x"}) {
        QJsonObject body = json(downloadRequest("/x"));
        body.insert(u"scheduled_plan",
                    QJsonObject{{u"download_url"_qs, QString::fromLatin1(target)}});
        const auto response = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                          QJsonDocument(body).toJson(), auth());
        EXPECT_EQ(response.status, 400) << target;
        EXPECT_TRUE(looker(response).value(u"message").toString().contains(u"http or https"))
            << target;
    }
}

TEST_F(HubHttp, AnEmptyTokenNeverAuthenticates) {
    HubConfig config;
    // As a configuration built in code (the file format refuses empty tokens) could have it.
    config.regions.append(RegionConfig{QStringLiteral("US"), {}, {QByteArray()}, {}, {}});
    startHub(config);
    for (const QByteArray& header : {QByteArray("Token token=\"\""), QByteArray("Token token=\"")})
        EXPECT_EQ(client.post(url(QStringLiteral("/")), {}, {{"Authorization", header}}).status,
                  403);
}

TEST_F(HubHttp, ShuttingDownAnswersQueuedExecutes) {
    HubConfig config;
    config.maxConcurrentExecutes = 1;
    startHub(config);
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 20});
    sink.serve("/slow", {QByteArray::fromStdString(detail), 200, 1000});
    QNetworkRequest request(url(QStringLiteral("/actions/rudder_event/execute")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : auth())
        request.setRawHeader(name, value);
    QNetworkReply* running = client.network().post(request, downloadRequest("/slow"));
    ASSERT_TRUE(waitUntil([&] { return hub->runningExecutes() == 1; }));
    QNetworkReply* queued = client.network().post(request, downloadRequest("/slow"));
    ASSERT_TRUE(waitUntil(
        [&] { return hub->status().value(u"executes").toObject().value(u"queued").toInt() == 1; }));
    bool done = false;
    hub->shutdown([&done] { done = true; });
    ASSERT_TRUE(
        waitUntil([&] { return running->isFinished() && queued->isFinished() && done; }, 20000));
    const auto answer = [](QNetworkReply* reply) {
        return json(reply->readAll().trimmed()).value(u"looker").toObject();
    };
    EXPECT_TRUE(answer(running).value(u"success").toBool());
    const QJsonObject refused = answer(queued);
    EXPECT_FALSE(refused.value(u"success").toBool(true));
    EXPECT_TRUE(refused.value(u"message").toString().contains(u"shutting down"))
        << refused.value(u"message").toString().toStdString();
    running->deleteLater();
    queued->deleteLater();
}

TEST_F(HubHttp, ASecondHubOnTheSameDataDirectoryIsRefusedAndSaysWhoHoldsIt) {
    startHub();
    // Two hubs on one SQLite file would each send batches the other leased.
    Hub second(hub->config(), m_dir.path(), clock, ids);
    QString error;
    EXPECT_FALSE(second.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())))
        << error.toStdString();
    EXPECT_TRUE(error.contains(m_dir.path())) << error.toStdString();
    EXPECT_FALSE(second.isOpen());
    // Once the first stops, the directory is free again.
    hub.reset();
    Hub third(second.config(), m_dir.path(), clock, ids);
    EXPECT_TRUE(third.start(&error)) << error.toStdString();
}
