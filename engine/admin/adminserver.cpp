#include "admin/adminserver.h"

#include "admin/adminservice.h"
#include "http/httpexchange.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(adminLog, "actiondeck.admin")

constexpr qint64 kFailureWindowMs = 60'000;

/// Method, path, status and time: never the token or the query.
void logRequest(const HttpExchange& exchange, int status, const QElapsedTimer& timer) {
    qCInfo(adminLog).noquote() << QString::fromLatin1(exchange.head().method)
                               << exchange.head().path << status << timer.elapsed() << "ms";
}

void answerJson(HttpExchange* exchange, int status, const QJsonObject& body,
                const QElapsedTimer& timer, HttpFields fields = {}) {
    exchange->respond(status, QByteArrayLiteral("application/json"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(fields));
    logRequest(*exchange, status, timer);
}

QJsonObject errorBody(const QString& message) {
    return {{QStringLiteral("error"), message}};
}

} // namespace

AdminServer::AdminServer(Hub& hub, AdminService& service, AdminTokenStore& tokens, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_tokens(tokens)
    , m_server([this](HttpExchange* exchange) { handle(exchange); })
    , m_batches(hub)
    , m_config(hub, service.bootId()) {}

bool AdminServer::listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                         QString* error) {
    return m_server.listen(address, port, tls, error);
}

void AdminServer::handle(HttpExchange* exchange) {
    QElapsedTimer timer;
    timer.start();
    const QString path = exchange->head().path;
    struct Route {
        const char16_t* path;
        std::optional<AdminScope> scope; ///< none: no token needed
    };
    static const Route routes[] = {{u"/healthz", std::nullopt},
                                   {u"/readyz", std::nullopt},
                                   {u"/metrics", AdminScope::Read},
                                   {u"/api/v1/status", AdminScope::Read},
                                   {u"/api/v1/events", AdminScope::Read}};
    const Route* route = nullptr;
    for (const Route& candidate : routes) {
        if (path == QStringView(candidate.path))
            route = &candidate;
    }
    if (!route && ConfigRoutes::handles(path)) {
        if (const auto caller = authorize(exchange, AdminScope::Admin, timer))
            m_config.handle(exchange, caller->name, timer);
        return;
    }
    if (!route && BatchRoutes::handles(path)) {
        const auto caller =
            authorize(exchange, BatchRoutes::scopeFor(exchange->head().method, path), timer);
        if (caller)
            m_batches.handle(exchange, timer);
        return;
    }
    if (!route)
        return answerJson(exchange, 404, errorBody(QStringLiteral("Not found.")), timer);
    if (exchange->head().method != "GET")
        return answerJson(exchange, 405, errorBody(QStringLiteral("%1 takes GET only.").arg(path)),
                          timer, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
    if (path == u"/healthz")
        return answerJson(exchange, 200, {{QStringLiteral("status"), QStringLiteral("alive")}},
                          timer);
    if (path == u"/readyz") {
        const QString reason = m_service.notReadyReason();
        if (!reason.isEmpty())
            return answerJson(exchange, 503,
                              {{QStringLiteral("status"), QStringLiteral("not ready")},
                               {QStringLiteral("reason"), reason}},
                              timer);
        return answerJson(exchange, 200, {{QStringLiteral("status"), QStringLiteral("ready")}},
                          timer);
    }
    const auto caller = authorize(exchange, *route->scope, timer);
    if (!caller)
        return;
    if (path == u"/api/v1/events") {
        auto* stream = new EventStream(exchange, m_service.events(), caller->scope, m_streamLimits);
        logRequest(*exchange, 200, timer);
        if (caller->scope >= AdminScope::Operate) {
            m_service.setMessageViewers(++m_messageViewers);
            connect(stream, &QObject::destroyed, this,
                    [this] { m_service.setMessageViewers(--m_messageViewers); });
        }
        return;
    }
    if (path == u"/metrics") {
        exchange->respond(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                          m_service.metrics());
        return logRequest(*exchange, 200, timer);
    }
    answerJson(exchange, 200, m_service.status(caller->scope, caller->name), timer);
}

std::optional<AdminTokenInfo> AdminServer::authorize(HttpExchange* exchange, AdminScope needed,
                                                     const QElapsedTimer& timer) {
    const QHostAddress client = exchange->head().client;
    if (throttled(client)) {
        answerJson(exchange, 429,
                   errorBody(QStringLiteral("Too many wrong tokens from this address; try again "
                                            "in a minute.")),
                   timer, {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60")}});
        return std::nullopt;
    }
    const QByteArray authorization = exchange->head().value("Authorization");
    const QByteArray token =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    // A token made or revoked by `actiondeck admin-token` while the hub runs counts at once.
    m_tokens.refresh();
    const auto caller = m_tokens.verify(token);
    if (!caller) {
        countFailure(client);
        answerJson(exchange, 401,
                   errorBody(QStringLiteral("An admin token is needed: Authorization: Bearer "
                                            "<token> (actiondeck admin-token create).")),
                   timer, {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
        return std::nullopt;
    }
    if (caller->scope < needed) {
        answerJson(exchange, 403,
                   errorBody(QStringLiteral("This needs a token of scope \"%1\"; \"%2\" is %3.")
                                 .arg(adminScopeName(needed), caller->name,
                                      adminScopeName(caller->scope))),
                   timer);
        return std::nullopt;
    }
    return caller;
}

bool AdminServer::throttled(const QHostAddress& client) {
    const auto it = m_failures.find(client.toString());
    if (it == m_failures.end())
        return false;
    if (it->window.elapsed() > kFailureWindowMs) {
        m_failures.erase(it);
        return false;
    }
    return it->count >= kFailuresPerMinute;
}

void AdminServer::countFailure(const QHostAddress& client) {
    Failures& failures = m_failures[client.toString()];
    if (!failures.window.isValid() || failures.window.elapsed() > kFailureWindowMs) {
        failures.window.start();
        failures.count = 0;
    }
    ++failures.count;
}

} // namespace ActionDeck
