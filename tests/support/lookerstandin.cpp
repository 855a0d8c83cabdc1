#include "lookerstandin.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace ActionDeck::TestSupport {

namespace {

const QString kDocs = QStringLiteral("https://cloud.google.com/looker/docs/r/api/support");

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject lookerError(const QString& message) {
    return {{QStringLiteral("message"), message}, {QStringLiteral("documentation_url"), kDocs}};
}

} // namespace

LookerStandIn::LookerStandIn(QString clientId, QByteArray clientSecret, QObject* parent)
    : QObject(parent)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret)) {}

LookerStandIn::~LookerStandIn() {
    // The sockets go with the server, after the members their slots use.
    if (m_server) {
        for (QTcpSocket* socket : m_server->findChildren<QTcpSocket*>())
            socket->disconnect(this);
    }
}

bool LookerStandIn::listen(const QByteArray& certificatePem, const QByteArray& keyPem,
                           quint16 port) {
    if (certificatePem.isEmpty()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(certificatePem));
        ssl.setPrivateKey(QSslKey(keyPem, QSsl::Ec));
        server->setSslConfiguration(ssl);
        m_server = std::move(server);
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl LookerStandIn::url() const {
    const bool tls = qobject_cast<QSslServer*>(m_server.get()) != nullptr;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server->serverPort()));
}

void LookerStandIn::readFrom(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (auto request = LoopbackHttpRequest::take(buffer)) {
        m_requests.append(*request);
        answer(socket, *request);
    }
}

bool LookerStandIn::authorized(const LoopbackHttpRequest& request) const {
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("token "))
        return false;
    const auto it = m_tokens.find(header.mid(6));
    return it != m_tokens.end() && QDateTime::currentMSecsSinceEpoch() < it.value();
}

void LookerStandIn::respond(QTcpSocket* socket, int status, const QByteArray& body) {
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " Status\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

QJsonObject LookerStandIn::hubJson(const IntegrationHub& hub) {
    return {{QStringLiteral("id"), hub.id},
            {QStringLiteral("url"), hub.url},
            {QStringLiteral("label"), QStringLiteral("ActionDeck")},
            {QStringLiteral("official"), false},
            {QStringLiteral("fetch_error_message"),
             hub.fetchError.isEmpty() ? QJsonValue() : QJsonValue(hub.fetchError)},
            {QStringLiteral("has_authorization_token"), !hub.token.isEmpty()},
            {QStringLiteral("legal_agreement_signed"), false},
            {QStringLiteral("legal_agreement_required"), false}};
}

void LookerStandIn::fetchActions(IntegrationHub& hub, std::function<void()> done) {
    QNetworkRequest request{QUrl(hub.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("LookerOutgoingWebhook/25.6.12"));
    request.setRawHeader("Authorization", "Token token=\"" + hub.token + "\"");
    request.setTransferTimeout(5000);
    QNetworkReply* reply = m_network.post(request, QByteArrayLiteral("{}"));
    const QString id = hub.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, done] {
        reply->deleteLater();
        for (IntegrationHub& kept : m_hubs) {
            if (kept.id != id)
                continue;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject list = QJsonDocument::fromJson(reply->readAll()).object();
            kept.integrations = {};
            if (status == 0)
                kept.fetchError = QStringLiteral("Could not connect to the integration hub: %1")
                                      .arg(reply->errorString());
            else if (status != 200)
                kept.fetchError =
                    QStringLiteral("Integration Hub responded with HTTP %1").arg(status);
            else {
                kept.fetchError.clear();
                for (const QJsonValue& action : list.value(u"integrations").toArray()) {
                    const QJsonObject a = action.toObject();
                    QJsonObject integration{{QStringLiteral("id"), id + QStringLiteral("::") +
                                                                       a.value(u"name").toString()},
                                            {QStringLiteral("integration_hub_id"), id},
                                            {QStringLiteral("label"), a.value(u"label")},
                                            {QStringLiteral("enabled"), false},
                                            {QStringLiteral("params"), a.value(u"params")}};
                    kept.integrations.append(integration);
                }
            }
        }
        done();
    });
}

bool LookerStandIn::answerHubs(QTcpSocket* socket, const LoopbackHttpRequest& request,
                               const QString& path) {
    static const QString prefix = QStringLiteral("/api/4.0/integration_hubs");
    const QPointer<QTcpSocket> target(socket);
    if (path == u"/api/4.0/integrations" && request.method == "GET") {
        const QString hubId = QUrlQuery(QUrl(QString::fromUtf8(request.path)).query())
                                  .queryItemValue(QStringLiteral("integration_hub_id"));
        QJsonArray all;
        for (const IntegrationHub& hub : m_hubs)
            if (hub.id == hubId || hubId.isEmpty())
                for (const QJsonValue& integration : hub.integrations)
                    all.append(integration);
        respond(socket, 200, QJsonDocument(all).toJson(QJsonDocument::Compact));
        return true;
    }
    static const QString integrations = QStringLiteral("/api/4.0/integrations/");
    if (path.startsWith(integrations))
        return answerIntegration(socket, request, path.mid(integrations.size()));
    if (!path.startsWith(prefix))
        return false;
    const QStringList rest = path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (rest.isEmpty() && request.method == "GET") {
        QJsonArray all;
        for (const IntegrationHub& hub : m_hubs)
            all.append(hubJson(hub));
        respond(socket, 200, QJsonDocument(all).toJson(QJsonDocument::Compact));
        return true;
    }
    if (rest.isEmpty() && request.method == "POST") {
        const QString url = body.value(u"url").toString();
        for (const IntegrationHub& hub : m_hubs) {
            if (hub.url == url) {
                respond(socket, 409,
                        json(lookerError(QStringLiteral("Integration hub already "
                                                        "exists"))));
                return true;
            }
        }
        if (!QUrl(url).isValid() || url.isEmpty()) {
            QJsonObject invalid = lookerError(QStringLiteral("Validation Failed"));
            invalid.insert(u"errors",
                           QJsonArray{QJsonObject{
                               {QStringLiteral("field"), QStringLiteral("url")},
                               {QStringLiteral("code"), QStringLiteral("invalid")},
                               {QStringLiteral("message"), QStringLiteral("is not a valid URL")}}});
            respond(socket, 422, json(invalid));
            return true;
        }
        m_hubs.append({QString::number(m_nextHubId++),
                       url,
                       body.value(u"authorization_token").toString().toLatin1(),
                       {},
                       {}});
        const QString id = m_hubs.last().id;
        // Looker reads the action list before it answers.
        fetchActions(m_hubs.last(), [this, target, id] {
            for (const IntegrationHub& hub : m_hubs)
                if (hub.id == id && target)
                    respond(target, 200, json(hubJson(hub)));
        });
        return true;
    }
    const auto it = std::find_if(m_hubs.begin(), m_hubs.end(), [&](const IntegrationHub& hub) {
        return !rest.isEmpty() && hub.id == rest[0];
    });
    if (it == m_hubs.end()) {
        respond(socket, 404, json(lookerError(QStringLiteral("Not found"))));
        return true;
    }
    if (rest.size() == 2 && rest[1] == u"health" && request.method == "GET") {
        respond(socket, 200,
                json({{QStringLiteral("success"), it->fetchError.isEmpty()},
                      {QStringLiteral("message"),
                       it->fetchError.isEmpty() ? QStringLiteral("Connected") : it->fetchError}}));
        return true;
    }
    if (rest.size() != 1) {
        respond(socket, 404, json(lookerError(QStringLiteral("Not found"))));
        return true;
    }
    if (request.method == "GET") {
        respond(socket, 200, json(hubJson(*it)));
    } else if (request.method == "DELETE") {
        m_hubs.erase(it);
        respond(socket, 204, {});
    } else if (request.method == "PATCH") {
        if (body.contains(u"authorization_token"))
            it->token = body.value(u"authorization_token").toString().toLatin1();
        const QString id = it->id;
        fetchActions(*it, [this, target, id] {
            for (const IntegrationHub& hub : m_hubs)
                if (hub.id == id && target)
                    respond(target, 200, json(hubJson(hub)));
        });
    } else {
        respond(socket, 405, json(lookerError(QStringLiteral("Method not allowed"))));
    }
    return true;
}

bool LookerStandIn::findIntegration(const QString& id, int* hubIndex, int* itemIndex) const {
    for (int h = 0; h < m_hubs.size(); ++h) {
        for (int i = 0; i < m_hubs[h].integrations.size(); ++i) {
            if (m_hubs[h].integrations[i].toObject().value(u"id").toString() == id) {
                *hubIndex = h;
                *itemIndex = i;
                return true;
            }
        }
    }
    return false;
}

bool LookerStandIn::answerIntegration(QTcpSocket* socket, const LoopbackHttpRequest& request,
                                      const QString& rest) {
    const bool test = rest.endsWith(QLatin1String("/test"));
    const QString id = test ? rest.chopped(5) : rest;
    int hubIndex = -1;
    int itemIndex = -1;
    if (!findIntegration(id, &hubIndex, &itemIndex)) {
        respond(socket, 404, json(lookerError(QStringLiteral("Not found"))));
        return true;
    }
    IntegrationHub* hub = &m_hubs[hubIndex];
    QJsonObject item = hub->integrations[itemIndex].toObject();
    const auto store = [hub, itemIndex](const QJsonObject& changed) {
        hub->integrations[itemIndex] = changed;
    };
    if (!test && request.method == "PATCH") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.contains(u"enabled"))
            item.insert(u"enabled", body.value(u"enabled").toBool());
        QJsonArray params = item.value(u"params").toArray();
        for (const QJsonValue& change : body.value(u"params").toArray()) {
            const QJsonObject c = change.toObject();
            for (qsizetype i = 0; i < params.size(); ++i) {
                QJsonObject p = params[i].toObject();
                if (p.value(u"name") != c.value(u"name") || c.value(u"value").isNull())
                    continue;
                const QString value = c.value(u"value").toString();
                // Sensitive values are kept and never shown again: only has_value says so.
                m_paramValues.insert(id + u'/' + p.value(u"name").toString(), value);
                p.insert(u"has_value", !value.isEmpty());
                p.insert(u"value",
                         p.value(u"sensitive").toBool() ? QJsonValue() : QJsonValue(value));
                params[i] = p;
            }
        }
        item.insert(u"params", params);
        store(item);
        respond(socket, 200, json(item));
        return true;
    }
    if (!test || request.method != "POST") {
        respond(socket, 405, json(lookerError(QStringLiteral("Method not allowed"))));
        return true;
    }
    const auto result = [this, socket](bool success, const QString& message) {
        respond(socket, 200,
                json({{QStringLiteral("success"), success},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("delegate_oauth_result"), QJsonArray()}}));
    };
    if (!item.value(u"enabled").toBool()) {
        result(false, QStringLiteral("Integration is disabled"));
        return true;
    }
    for (const QJsonValue& param : item.value(u"params").toArray()) {
        const QJsonObject p = param.toObject();
        if (p.value(u"required").toBool() && !p.value(u"has_value").toBool()) {
            result(false, QStringLiteral("Required setting \"%1\" not specified in action "
                                         "settings")
                              .arg(p.value(u"label").toString()));
            return true;
        }
    }
    // (inference) Looker's test reaches the action: its form, with the hub's token.
    QNetworkRequest form{QUrl(hub->url + QStringLiteral("/actions/") + id.section(u"::"_qs, 1) +
                              QStringLiteral("/form"))};
    form.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    form.setRawHeader("Authorization", "Token token=\"" + hub->token + "\"");
    form.setTransferTimeout(5000);
    QNetworkReply* reply = m_network.post(form, QByteArrayLiteral("{}"));
    const QPointer<QTcpSocket> target(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target] {
        reply->deleteLater();
        if (!target)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        respond(target, 200,
                json({{QStringLiteral("success"), status == 200},
                      {QStringLiteral("message"),
                       status == 200
                           ? QStringLiteral("Integration tested successfully")
                           : QStringLiteral("Integration Hub responded with HTTP %1").arg(status)},
                      {QStringLiteral("delegate_oauth_result"), QJsonArray()}}));
    });
    return true;
}

bool LookerStandIn::runOnce(QTcpSocket* socket, const LoopbackHttpRequest& request,
                            const QString& path) {
    static const QRegularExpression route(
        QStringLiteral("^/api/4.0/scheduled_plans/([^/]+)/run_once$"));
    const auto match = route.match(path);
    if (!match.hasMatch() || request.method != "POST")
        return false;
    const QJsonObject* plan = m_content.plan(match.captured(1));
    if (!plan) {
        respond(socket, 404, json(lookerError(QStringLiteral("Not found"))));
        return true;
    }
    m_content.runOnce().append(match.captured(1));
    const QString lookId = plan->value(u"look_id").toString();
    for (const QJsonValue& value : plan->value(u"scheduled_plan_destination").toArray()) {
        const QJsonObject destination = value.toObject();
        const QString type = destination.value(u"type").toString();
        static const QRegularExpression integration(
            QStringLiteral("^looker-integration://([^:]+)::(.+)$"));
        const auto target = integration.match(type);
        const auto hub = std::find_if(m_hubs.begin(), m_hubs.end(), [&](const IntegrationHub& h) {
            return target.hasMatch() && h.id == target.captured(1);
        });
        if (hub == m_hubs.end())
            continue;
        const QString action = target.captured(2);
        const QString id = hub->id + QStringLiteral("::") + action;
        QJsonObject data;
        for (const char* name : {"rudder_write_key", "rudder_server_url"}) {
            const QString kept = paramValue(id, QLatin1String(name));
            if (!kept.isEmpty())
                data.insert(QLatin1String(name), kept);
        }
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("query")},
            {QStringLiteral("data"), data},
            {QStringLiteral("form_params"),
             QJsonDocument::fromJson(destination.value(u"parameters").toString().toUtf8())
                 .object()},
            {QStringLiteral("scheduled_plan"),
             QJsonObject{
                 {QStringLiteral("scheduled_plan_id"), plan->value(u"id")},
                 {QStringLiteral("title"), plan->value(u"name")},
                 {QStringLiteral("type"), QStringLiteral("Look")},
                 {QStringLiteral("url"), url().toString() + QStringLiteral("/looks/") + lookId},
                 {QStringLiteral("download_url"),
                  url().toString() + QStringLiteral("/download/") + lookId}}}};
        QString base = hub->url;
        while (base.endsWith(u'/'))
            base.chop(1);
        QNetworkRequest execute{
            QUrl(base + QStringLiteral("/actions/") + action + QStringLiteral("/execute"))};
        execute.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        execute.setRawHeader("Authorization", "Token token=\"" + hub->token + "\"");
        QNetworkReply* reply = m_network.post(execute, json(body));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    QJsonObject copy = *plan;
    copy.insert(u"id", QStringLiteral("9%1").arg(m_content.runOnce().size()));
    respond(socket, 200, json(copy));
    return true;
}

QString LookerStandIn::paramValue(const QString& integrationId, const QString& name) const {
    return m_paramValues.value(integrationId + u'/' + name);
}

void LookerStandIn::answer(QTcpSocket* socket, const LoopbackHttpRequest& request) {
    const auto respond = [this, socket](int status, const QByteArray& body) {
        this->respond(socket, status, body);
    };
    const QString path = QUrl(QString::fromUtf8(request.path)).path();
    if (m_refuseNext > 0) {
        --m_refuseNext;
        return respond(429, json(lookerError(QStringLiteral("Too many requests"))));
    }
    if (path == u"/api/versions") {
        if (m_versionsMissing)
            return respond(404, json(lookerError(QStringLiteral("Not found"))));
        return respond(
            200, json({{QStringLiteral("looker_release_version"), QStringLiteral("25.6.12")},
                       {QStringLiteral("current_version"),
                        QJsonObject{{QStringLiteral("version"), QStringLiteral("4.0")},
                                    {QStringLiteral("full_version"), QStringLiteral("4.0.25.6")},
                                    {QStringLiteral("status"), QStringLiteral("current")}}}}));
    }
    if (path == u"/api/4.0/login" && request.method == "POST") {
        // Form-encoded, as the spec has it; a refused login is a 404, as Looker answers it.
        const QUrlQuery form(QString::fromUtf8(request.body));
        const bool form_encoded =
            request.headers.value("content-type").startsWith("application/x-www-form-urlencoded");
        if (!form_encoded ||
            form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != m_clientId ||
            form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8() !=
                m_clientSecret)
            return respond(404, json(lookerError(QStringLiteral("Not found"))));
        ++m_logins;
        const QByteArray token = "standin-token-" + QByteArray::number(++m_issued);
        m_tokens.insert(token, QDateTime::currentMSecsSinceEpoch() + m_tokenLifetime * 1000ll);
        return respond(200, json({{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), m_tokenLifetime}}));
    }
    // A run's download URL: the Look's json_detail, without a token (it is the URL's secret).
    if (path.startsWith(QLatin1String("/download/")) && request.method == "GET") {
        const LookerStandInContent::Look* look = m_content.look(path.mid(10));
        return look ? respond(200, look->jsonDetail)
                    : respond(404, json(lookerError(QStringLiteral("Gone"))));
    }
    if (!path.startsWith(QLatin1String("/api/4.0/")))
        return respond(404, "<html>not here</html>");
    if (!authorized(request))
        return respond(401, json(lookerError(QStringLiteral("Requires authentication."))));
    if (path == u"/api/4.0/logout" && request.method == "DELETE") {
        ++m_logouts;
        m_tokens.remove(request.headers.value("authorization").mid(6));
        return respond(204, {});
    }
    if (answerHubs(socket, request, path) || runOnce(socket, request, path))
        return;
    if (request.method == "POST" && path.startsWith(u"/api/4.0/queries/run/")) {
        if (const auto ran =
                m_content.runQuery(path.mid(21), QJsonDocument::fromJson(request.body).object()))
            return respond(ran->status, ran->body);
    }
    if (const auto answered = m_content.answer(
            request.method, path, QUrlQuery(QUrl(QString::fromUtf8(request.path)).query())))
        return respond(answered->status, answered->body);
    if (path == u"/api/4.0/user" && request.method == "GET")
        return respond(200, json({{QStringLiteral("id"), QStringLiteral("7")},
                                  {QStringLiteral("display_name"), QStringLiteral("Ada Admin")},
                                  {QStringLiteral("email"), QStringLiteral("ada@example.com")}}));
    respond(404, json(lookerError(QStringLiteral("Not found"))));
}

} // namespace ActionDeck::TestSupport
