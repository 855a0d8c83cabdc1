#include "admin/adminserver.h"

#include "admin/adminservice.h"
#include "admin/jsonanswer.h"
#include "http/httpexchange.h"
#include "hub/hub.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace ActionDeck {

namespace {

constexpr qint64 kFailureWindowMs = 60'000;

} // namespace

AdminServer::AdminServer(Hub& hub, AdminService& service, AdminTokenStore& tokens,
                         ConfigLayers& layers, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_service(service)
    , m_tokens(tokens)
    , m_server([this](HttpExchange* exchange) { handle(exchange); })
    , m_batches(hub)
    , m_runs(hub)
    , m_config(hub, layers, service.bootId())
    , m_regionTokens(hub, layers)
    , m_sources(hub)
    , m_requests(hub)
    , m_syncState(hub) {
    // A stream whose token was revoked ends: it must not go on showing message contents.
    connect(&m_tokenCheck, &QTimer::timeout, this, &AdminServer::endRevokedStreams);
    m_tokenCheck.start(2000);
    m_service.setMessageDemand([this] {
        return std::any_of(m_streams.cbegin(), m_streams.cend(), [](const auto& entry) {
            return entry.first && entry.first->takesMessagesNow();
        });
    });
}

AdminServer::~AdminServer() {
    m_service.setMessageDemand({});
    // The streams die with the server's exchanges: nothing of this half-destroyed object may
    // run for them.
    for (const auto& [stream, name] : std::as_const(m_streams)) {
        if (stream)
            QObject::disconnect(stream, nullptr, this, nullptr);
    }
}

void AdminServer::endRevokedStreams() {
    m_tokens.refresh();
    QSet<QString> names;
    for (const AdminTokenInfo& info : m_tokens.list())
        names.insert(info.name);
    for (const auto& [stream, name] : std::as_const(m_streams)) {
        if (stream && !names.contains(name))
            stream->end();
    }
    m_streams.removeIf([](const auto& entry) { return entry.first.isNull(); });
}

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
    if (!route && SourceRoutes::handles(path)) {
        if (const auto caller = authorize(exchange, SourceRoutes::scopeFor(path), timer))
            m_sources.handle(exchange, caller->name, timer);
        return;
    }
    if (!route && RegionTokenRoutes::handles(path)) {
        if (const auto caller = authorize(exchange, AdminScope::Admin, timer))
            m_regionTokens.handle(exchange, caller->name, timer);
        return;
    }
    if (!route && RequestRoutes::handles(path)) {
        if (authorize(exchange, AdminScope::Operate, timer))
            m_requests.handle(exchange, timer);
        return;
    }
    if (!route && SyncStateRoutes::handles(path)) {
        if (authorize(exchange, SyncStateRoutes::scopeFor(path), timer))
            m_syncState.handle(exchange, timer);
        return;
    }
    if (!route && RunRoutes::handles(path)) {
        if (authorize(exchange, AdminScope::Read, timer))
            m_runs.handle(exchange, timer);
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
        const QString reason = m_hub.notReadyReason();
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
        // ?messages=0: a viewer that shows no messages now (a window on another page) neither
        // gets them nor makes the hub copy them.
        const bool messages =
            exchange->head().query.queryItemValue(QStringLiteral("messages")) != u"0";
        const AdminScope streamScope = messages ? caller->scope : AdminScope::Read;
        auto* stream = new EventStream(exchange, m_service.events(), streamScope, m_streamLimits);
        m_streams.append({QPointer<EventStream>(stream), caller->name});
        logAdminRequest(*exchange, 200, timer);
        if (streamScope >= AdminScope::Operate) {
            m_service.addMessageViewers(1);
            connect(stream, &QObject::destroyed, this, [this] { m_service.addMessageViewers(-1); });
        }
        return;
    }
    if (path == u"/metrics") {
        exchange->respond(200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                          m_service.metrics());
        return logAdminRequest(*exchange, 200, timer);
    }
    answerJson(exchange, 200, m_service.status(caller->scope, caller->name), timer);
}

std::optional<AdminTokenInfo> AdminServer::authorize(HttpExchange* exchange, AdminScope needed,
                                                     const QElapsedTimer& timer) {
    const QHostAddress client = exchange->head().client;
    const QByteArray authorization = exchange->head().value("Authorization");
    const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const QByteArray token = bearer ? authorization.mid(7).trimmed() : QByteArray();
    // A token made or revoked by `actiondeck admin-token` while the hub runs counts at once.
    m_tokens.refresh();
    // Checked first: a valid token is never slowed down by someone else's wrong guesses.
    const auto caller = m_tokens.verify(token);
    if (!caller) {
        if (const qint64 wait = throttledForMs(client); wait > 0) {
            answerJson(
                exchange, 429,
                errorBody(QStringLiteral("Too many wrong tokens from this address; try "
                                         "again later.")),
                timer,
                {{QByteArrayLiteral("Retry-After"), QByteArray::number((wait + 999) / 1000)}});
            return std::nullopt;
        }
        if (!token.isEmpty())
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

qint64 AdminServer::throttledForMs(const QHostAddress& client) {
    const auto it = m_failures.find(client.toString());
    if (it == m_failures.end())
        return 0;
    const qint64 left = kFailureWindowMs - it->window.elapsed();
    if (left <= 0) {
        m_failures.erase(it);
        return 0;
    }
    return it->count >= kFailuresPerMinute ? left : 0;
}

void AdminServer::countFailure(const QHostAddress& client) {
    // Bounded whatever the number of addresses: expired windows go first, then everything.
    if (m_failures.size() >= kMaxTrackedAddresses) {
        m_failures.removeIf(
            [](const auto& entry) { return entry.value().window.elapsed() > kFailureWindowMs; });
        if (m_failures.size() >= kMaxTrackedAddresses)
            m_failures.clear();
    }
    Failures& failures = m_failures[client.toString()];
    if (!failures.window.isValid() || failures.window.elapsed() > kFailureWindowMs) {
        failures.window.start();
        failures.count = 0;
    }
    ++failures.count;
}

} // namespace ActionDeck
