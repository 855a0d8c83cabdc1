#include "hub/hubserver.h"

#include "http/httpexchange.h"
#include "hub/executeupload.h"
#include "hub/hub.h"
#include "looker/lookerversion.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <memory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(httpLog, "actiondeck.http")

/// Requests other than an execute carry a few hundred bytes of JSON at most.
constexpr qint64 kSmallBodyBytes = 1 << 20;

QJsonObject errorReply(const QString& error) {
    return {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

LookerVersion versionOf(const HttpExchange& exchange) {
    return LookerVersion::fromUserAgent(exchange.head().value("User-Agent"))
        .value_or(LookerVersion::assumed());
}

/// Method, path, status and time: never headers, bodies or parameters, which carry secrets.
void logRequest(const HttpExchange& exchange, int status, const QElapsedTimer& timer) {
    qCInfo(httpLog).noquote() << QString::fromLatin1(exchange.head().method) << exchange.head().path
                              << status << timer.elapsed() << "ms";
}

void answerJson(HttpExchange* exchange, int status, const QJsonObject& body,
                const QElapsedTimer& timer, HttpFields fields = {}) {
    exchange->respond(status, QByteArrayLiteral("application/json"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(fields));
    logRequest(*exchange, status, timer);
}

/// The routes: a path pattern and the one method it takes.
enum class Route { ActionList, Status, Health, Ready, Action, Form, Execute, None };

Route routeFor(const QString& path, QString* actionName) {
    if (path == u"/")
        return Route::ActionList;
    if (path == u"/status")
        return Route::Status;
    if (path == u"/healthz")
        return Route::Health;
    if (path == u"/readyz")
        return Route::Ready;
    static const QRegularExpression actionPath(
        QStringLiteral("^/actions/([^/]+)(/form|/execute)?$"));
    const auto match = actionPath.match(path);
    if (!match.hasMatch())
        return Route::None;
    *actionName = match.captured(1);
    if (match.captured(2) == u"/form")
        return Route::Form;
    if (match.captured(2) == u"/execute")
        return Route::Execute;
    return Route::Action;
}

} // namespace

HubServer::HubServer(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_server([this](HttpExchange* exchange) { handle(exchange); }) {}

bool HubServer::listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                       QString* error) {
    if (!m_server.listen(address, port, tls, error))
        return false;
    m_url = m_server.url();
    return true;
}

void HubServer::stopListening() {
    m_server.stopListening();
}

void HubServer::handle(HttpExchange* exchange) {
    QElapsedTimer timer;
    timer.start();
    QString name;
    const Route route = routeFor(exchange->head().path, &name);
    if (route == Route::None)
        return answerJson(exchange, 404, errorReply(QStringLiteral("Not found.")), timer);
    const bool get = route == Route::Status || route == Route::Health || route == Route::Ready;
    const QByteArray method = get ? "GET" : "POST";
    if (exchange->head().method != method)
        return answerJson(exchange, 405,
                          errorReply(QStringLiteral("%1 takes %2 only.")
                                         .arg(exchange->head().path, QString::fromLatin1(method))),
                          timer, {{QByteArrayLiteral("Allow"), method}});
    // For load balancers and probes, without a token: they say nothing but the state.
    if (route == Route::Health)
        return answerJson(exchange, 200, {{QStringLiteral("status"), QStringLiteral("alive")}},
                          timer);
    if (route == Route::Ready) {
        const QString reason = m_hub.notReadyReason();
        if (!reason.isEmpty())
            return answerJson(exchange, 503,
                              {{QStringLiteral("status"), QStringLiteral("not ready")},
                               {QStringLiteral("reason"), reason}},
                              timer);
        return answerJson(exchange, 200, {{QStringLiteral("status"), QStringLiteral("ready")}},
                          timer);
    }
    // From the header alone: a request without a valid token never has its body read.
    const auto region = m_hub.regionFor(exchange->head().value("Authorization"));
    if (!region)
        return answerJson(exchange, 403,
                          errorReply(QStringLiteral("Invalid 'Authorization' header.")), timer);

    switch (route) {
    case Route::ActionList:
        return answerAfterBody(exchange, [this, timer](HttpExchange* e) {
            answerJson(e, 200, m_hub.actionList(versionOf(*e)), timer);
        });
    case Route::Status:
        return answerJson(exchange, 200, m_hub.status(), timer);
    case Route::Action:
        return answerAfterBody(exchange, [this, name, timer](HttpExchange* e) {
            const auto action = m_hub.action(name, versionOf(*e));
            if (!action)
                return answerJson(
                    e, 404, errorReply(QStringLiteral("No action named \"%1\".").arg(name)), timer);
            answerJson(e, 200, *action, timer);
        });
    case Route::Form:
        return answerAfterBody(exchange, [this, name, timer](HttpExchange* e) {
            const auto form = m_hub.form(name);
            if (!form)
                return answerJson(e, 404, errorReply(QStringLiteral("No form defined for action.")),
                                  timer);
            answerJson(e, 200, *form, timer);
        });
    case Route::Execute:
        return execute(exchange, name, *region);
    case Route::Health:
    case Route::Ready:
    case Route::None:
        break;
    }
}

void HubServer::answerAfterBody(HttpExchange* exchange, std::function<void(HttpExchange*)> answer) {
    connect(exchange, &HttpExchange::bodyEnd, exchange,
            [exchange, answer = std::move(answer)] { answer(exchange); });
    connect(exchange, &HttpExchange::bodyFailed, exchange,
            [exchange](int status, const QString& reason) {
                QElapsedTimer timer;
                timer.start();
                answerJson(exchange, status, errorReply(reason), timer);
            });
    exchange->readBody(kSmallBodyBytes);
}

void HubServer::execute(HttpExchange* exchange, const QString& actionName, const QString& region) {
    new ExecuteUpload(m_hub, exchange, actionName, region); // lives as long as the exchange
}

} // namespace ActionDeck
