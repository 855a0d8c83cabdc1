#include "hub/hubserver.h"

#include "hub/executeresponsestream.h"
#include "hub/hub.h"
#include "looker/executerequest.h"
#include "looker/lookerversion.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTcpServer>

#include <memory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(httpLog, "actiondeck.http")

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

QJsonObject lookerReply(bool success, const QString& message) {
    QJsonObject looker{{QStringLiteral("success"), success},
                       {QStringLiteral("refresh_query"), false},
                       {QStringLiteral("validation_errors"), QJsonObject()}};
    if (!message.isEmpty())
        looker.insert(QStringLiteral("message"), message);
    return {{QStringLiteral("looker"), looker}};
}

QJsonObject errorReply(const QString& error) {
    return {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

LookerVersion versionOf(const QHttpServerRequest& request) {
    return LookerVersion::fromUserAgent(request.value(QByteArrayLiteral("User-Agent")))
        .value_or(LookerVersion::assumed());
}

/// Method, path, status and time: never headers, bodies or parameters, which carry secrets.
void logRequest(const QHttpServerRequest& request, int status, const QElapsedTimer& timer) {
    qCInfo(httpLog).noquote() << (request.method() == Method::Get ? "GET" : "POST")
                              << request.url().path() << status << timer.elapsed() << "ms";
}

} // namespace

HubServer::HubServer(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {
    registerRoutes();
}

bool HubServer::listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                       QString* error) {
    if (tls)
        m_server.sslSetup(*tls);
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this "
                                    "machine)")
                         .arg(address.toString())
                         .arg(port);
        return false;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    m_url = url;
    return true;
}

void HubServer::stopListening() {
    for (QTcpServer* server : m_server.servers())
        server->close();
}

void HubServer::registerRoutes() {
    // Every route goes through here: the token check first, then the handler; errors become a
    // JSON answer with the right status.
    const auto guarded = [this](auto handler) {
        return [this, handler](const QHttpServerRequest& request) {
            QElapsedTimer timer;
            timer.start();
            const auto region = m_hub.regionFor(request.value(QByteArrayLiteral("Authorization")));
            if (!region) {
                logRequest(request, 403, timer);
                return QHttpServerResponse(
                    errorReply(QStringLiteral("Invalid 'Authorization' header.")),
                    Status::Forbidden);
            }
            QHttpServerResponse response = handler(request);
            logRequest(request, int(response.statusCode()), timer);
            return response;
        };
    };

    m_server.route(QStringLiteral("/"), Method::Post,
                   guarded([this](const QHttpServerRequest& request) {
                       return QHttpServerResponse(m_hub.actionList(versionOf(request)));
                   }));

    m_server.route(
        QStringLiteral("/status"), Method::Get,
        guarded([this](const QHttpServerRequest&) { return QHttpServerResponse(m_hub.status()); }));

    m_server.route(QStringLiteral("/actions/<arg>"), Method::Post,
                   [this, guarded](const QString& name, const QHttpServerRequest& request) {
                       return guarded([this, name](const QHttpServerRequest& r) {
                           const auto action = m_hub.action(name, versionOf(r));
                           if (!action)
                               return QHttpServerResponse(
                                   errorReply(QStringLiteral("No action named \"%1\".").arg(name)),
                                   Status::NotFound);
                           return QHttpServerResponse(*action);
                       })(request);
                   });

    m_server.route(QStringLiteral("/actions/<arg>/form"), Method::Post,
                   [this, guarded](const QString& name, const QHttpServerRequest& request) {
                       return guarded([this, name](const QHttpServerRequest&) {
                           const auto form = m_hub.form(name);
                           if (!form)
                               return QHttpServerResponse(
                                   errorReply(QStringLiteral("No form defined for action.")),
                                   Status::NotFound);
                           return QHttpServerResponse(*form);
                       })(request);
                   });

    m_server.route(
        QStringLiteral("/actions/<arg>/execute"), Method::Post,
        [this](const QString& name, const QHttpServerRequest& request,
               QHttpServerResponder&& responder) {
            QElapsedTimer timer;
            timer.start();
            auto stream = std::make_shared<ExecuteResponseStream>(std::move(responder),
                                                                  m_hub.config().keepAliveMs);
            const auto refuse = [&](Status status, const QJsonObject& body) {
                stream->respond(status, body);
                logRequest(request, int(status), timer);
            };
            const auto region = m_hub.regionFor(request.value(QByteArrayLiteral("Authorization")));
            if (!region)
                return refuse(Status::Forbidden,
                              errorReply(QStringLiteral("Invalid 'Authorization' header.")));
            const QByteArray body = request.body();
            if (body.size() > m_hub.config().maxBodyBytes)
                return refuse(
                    Status::PayloadTooLarge,
                    lookerReply(false, QStringLiteral("The request body is %1 MB, over this "
                                                      "hub's limit of %2 MB.")
                                           .arg(body.size() >> 20)
                                           .arg(m_hub.config().maxBodyBytes >> 20)));
            ParseError parseError;
            auto parsed = ExecuteRequestReader::read(
                std::string_view(body.constData(), std::size_t(body.size())), &parseError);
            if (!parsed)
                return refuse(
                    Status::BadRequest,
                    lookerReply(false, QStringLiteral("The request body is not valid JSON: %1.")
                                           .arg(QString::fromStdString(parseError.message))));
            const Hub::ExecuteStart start = m_hub.execute(
                name, *region, std::move(*parsed),
                [stream, request = request.url().path(), timer](const ExecuteResult& result) {
                    stream->finish(lookerReply(result.success, result.message));
                    qCInfo(httpLog).noquote() << "POST" << request << 200 << timer.elapsed() << "ms"
                                              << result.messages << "messages";
                });
            if (!start.error.isEmpty())
                return refuse(Status(start.httpStatus), lookerReply(false, start.error));
            stream->begin();
        });
}

} // namespace ActionDeck
