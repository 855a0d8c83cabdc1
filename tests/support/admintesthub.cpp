#include "admintesthub.h"

#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "waituntil.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace ActionDeck::TestSupport {

AdminTestHub::AdminTestHub(QByteArray secret, QString writeKey)
    : regionSecret(std::move(secret))
    , m_writeKey(std::move(writeKey)) {}

bool AdminTestHub::startHub(QString* error) {
    if (!m_dir.isValid() || !sink.listen()) {
        *error = QStringLiteral("no temporary directory or sink");
        return false;
    }
    HubConfig config;
    config.listenPort = 0;
    config.regions.append(RegionConfig{QStringLiteral("US"), regionSecret, {}, {}, {}});
    config.sources.append(SourceConfig{QStringLiteral("Prod"), m_writeKey, sink.url()});
    config.outbox = outbox;
    config.secretsKeyFile = secretsKeyFile;
    hub = std::make_unique<Hub>(config, m_dir.path(), *hubClock, ids);
    if (!hub->start(error))
        return false;
    tokens = std::make_unique<AdminTokenStore>(m_dir.path());
    if (!tokens->load(error))
        return false;
    service = std::make_unique<AdminService>(*hub);
    layers = std::make_unique<ConfigLayers>(config, CommandLineConfig{}, m_dir.path());
    return listenAdmin(0, nullptr, error);
}

void AdminTestHub::stopHub() {
    server.reset();
    layers.reset();
    service.reset();
    tokens.reset();
    hub.reset();
}

bool AdminTestHub::listenAdmin(quint16 port, const TlsCredentials* tls, QString* error) {
    server = std::make_unique<AdminServer>(*hub, *service, *tokens, *layers);
    return server->listen(QHostAddress::LocalHost, port, tls, error);
}

std::unique_ptr<HubConnection> AdminTestHub::connectWindow(bool remote, AdminScope scope) {
    std::unique_ptr<HubConnection> connection;
    if (remote) {
        auto connectionToServer = std::make_unique<RemoteHubConnection>(
            RemoteHubSettings{QStringLiteral("staging"),
                              server->url(),
                              createToken(QStringLiteral("window"), scope),
                              {}});
        connectionToServer->setBackoff(50, 200);
        connection = std::move(connectionToServer);
    } else {
        connection = std::make_unique<LocalHubConnection>(*hub, *service);
    }
    connection->open();
    if (!waitUntil([&] { return connection->state() == HubConnection::State::Connected; }, 10000))
        return nullptr;
    // An admin's view of a server's hub is ready once its configuration has come.
    if (remote && scope == AdminScope::Admin &&
        !waitUntil([&] { return connection->configAvailable(); }, 10000))
        return nullptr;
    return connection;
}

QByteArray AdminTestHub::createToken(const QString& name, AdminScope scope) {
    QString error;
    return tokens->create(name, scope, 0, &error);
}

std::optional<RawHttpClient::Response>
AdminTestHub::adminRequest(const QByteArray& method, const QByteArray& path,
                           const QByteArray& authorization) const {
    RawHttpClient client;
    if (!client.connect(quint16(server->url().port())))
        return std::nullopt;
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: admin\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    client.write(request + "Content-Length: 0\r\n\r\n");
    return client.read();
}

RawHttpClient::Response AdminTestHub::call(const QByteArray& method, const QByteArray& path,
                                           const QByteArray& token) const {
    const auto answer = adminRequest(method, path, "Bearer " + token);
    EXPECT_TRUE(answer.has_value()) << path.constData();
    if (!answer)
        return {};
    EXPECT_FALSE(answer->body.contains(m_writeKey.toUtf8()));
    EXPECT_FALSE(answer->body.contains(regionSecret));
    return *answer;
}

void AdminTestHub::executeRows(int rows) const {
    const auto answer = execute(rows);
    ASSERT_TRUE(answer);
    ASSERT_TRUE(answer->body.contains("\"success\":true")) << answer->body.constData();
}

std::optional<RawHttpClient::Response> AdminTestHub::execute(int rows, int timeoutMs) const {
    return execute(rows, "rudder_event", {}, timeoutMs);
}

std::optional<RawHttpClient::Response> AdminTestHub::execute(int rows, const QByteArray& action,
                                                             QJsonObject formParams,
                                                             int timeoutMs) const {
    RawHttpClient client;
    if (!client.connect(quint16(hub->listeningUrl().port())))
        return std::nullopt;
    if (!formParams.contains(u"destination_source"))
        formParams.insert(u"destination_source", QStringLiteral("Prod"));
    const QByteArray result =
        QByteArray::fromStdString(JsonDetailGenerator::generate({.rows = std::uint64_t(rows)}));
    const QByteArray plan =
        scheduledPlanId.isEmpty()
            ? QByteArray()
            : R"("scheduled_plan":{"scheduled_plan_id":")" + scheduledPlanId.toUtf8() + R"("},)";
    const QByteArray body = R"({"type":"query",)" + plan + R"("form_params":)" +
                            QJsonDocument(formParams).toJson(QJsonDocument::Compact) +
                            R"(,"attachment":{"mimetype":"application/json;base64","data":")" +
                            result.toBase64() + R"("}})";
    client.write("POST /actions/" + action +
                 "/execute HTTP/1.1\r\nAuthorization: Token "
                 "token=\"" +
                 HubToken::make(regionSecret, "n1") +
                 "\"\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return client.read(timeoutMs);
}

std::optional<RawHttpClient::Response> AdminTestHub::executeDownload(int rows, int timeoutMs) {
    RawHttpClient client;
    if (!client.connect(quint16(hub->listeningUrl().port())))
        return std::nullopt;
    const QByteArray path = "/download/" + QByteArray::number(++m_downloads);
    sink.serve(path, {QByteArray::fromStdString(
                         JsonDetailGenerator::generate({.rows = std::uint64_t(rows)}))});
    const QByteArray body = R"({"type":"query","form_params":{"destination_source":"Prod"},)"
                            R"("scheduled_plan":{"scheduled_plan_id":"17","download_url":")" +
                            sink.downloadUrl(path).toUtf8() + R"("}})";
    client.write("POST /actions/rudder_event/execute HTTP/1.1\r\nAuthorization: Token "
                 "token=\"" +
                 HubToken::make(regionSecret, "n1") +
                 "\"\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return client.read(timeoutMs);
}

} // namespace ActionDeck::TestSupport
