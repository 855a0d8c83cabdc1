#include "lookerstandin.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

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
    , m_clientSecret(std::move(clientSecret)) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool LookerStandIn::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LookerStandIn::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
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

void LookerStandIn::answer(QTcpSocket* socket, const LoopbackHttpRequest& request) {
    const auto respond = [socket](int status, const QByteArray& body) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Status\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
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
    if (!path.startsWith(QLatin1String("/api/4.0/")))
        return respond(404, "<html>not here</html>");
    if (!authorized(request))
        return respond(401, json(lookerError(QStringLiteral("Requires authentication."))));
    if (path == u"/api/4.0/logout" && request.method == "DELETE") {
        ++m_logouts;
        m_tokens.remove(request.headers.value("authorization").mid(6));
        return respond(204, {});
    }
    if (path == u"/api/4.0/user" && request.method == "GET")
        return respond(200, json({{QStringLiteral("id"), QStringLiteral("7")},
                                  {QStringLiteral("display_name"), QStringLiteral("Ada Admin")},
                                  {QStringLiteral("email"), QStringLiteral("ada@example.com")}}));
    respond(404, json(lookerError(QStringLiteral("Not found"))));
}

} // namespace ActionDeck::TestSupport
