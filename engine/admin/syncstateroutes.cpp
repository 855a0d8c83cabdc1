#include "admin/syncstateroutes.h"

#include "admin/jsonanswer.h"
#include "admin/syncscopejson.h"
#include "http/httpexchange.h"
#include "hub/hub.h"

#include <QPointer>

namespace ActionDeck {

namespace {

const QString kListPath = QStringLiteral("/api/v1/sync-state");
const QString kResetPath = QStringLiteral("/api/v1/sync-state/reset");
const QString kRowsPath = QStringLiteral("/api/v1/sync-state/rows");

} // namespace

SyncStateRoutes::SyncStateRoutes(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {}

bool SyncStateRoutes::handles(const QString& path) {
    return path == kListPath || path == kResetPath || path == kRowsPath;
}

AdminScope SyncStateRoutes::scopeFor(const QString& path) {
    // The rows are digests of customer ids: not for a read-only token, as results are not.
    return path == kListPath ? AdminScope::Read : AdminScope::Operate;
}

void SyncStateRoutes::handle(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QString path = exchange->head().path;
    const QByteArray wanted = path == kResetPath ? QByteArray("POST") : QByteArray("GET");
    if (exchange->head().method != wanted)
        return answerJson(
            exchange, 405,
            errorBody(QStringLiteral("%1 takes %2 only.").arg(path, QString::fromLatin1(wanted))),
            timer, {{QByteArrayLiteral("Allow"), wanted}});
    if (path == kResetPath)
        return reset(exchange, timer);
    if (path == kRowsPath)
        return rows(exchange, timer);
    list(exchange, timer);
}

void SyncStateRoutes::list(HttpExchange* exchange, const QElapsedTimer& timer) {
    m_hub.outbox().syncScopes().then(this, [exchange = QPointer<HttpExchange>(exchange),
                                            timer](const std::vector<SyncScopeInfo>& scopes) {
        answerJson(exchange, 200, syncScopesJson(scopes), timer);
    });
}

void SyncStateRoutes::rows(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QUrlQuery& query = exchange->head().query;
    const SyncScopeKey key{query.queryItemValue(QStringLiteral("schedule")),
                           query.queryItemValue(QStringLiteral("action")),
                           query.queryItemValue(QStringLiteral("source"))};
    if (key.planId.isEmpty() || key.action.isEmpty() || key.source.isEmpty())
        return answerJson(exchange, 400,
                          errorBody(QStringLiteral("Say which scope: ?schedule=ID&action=NAME"
                                                   "&source=NAME (as GET /api/v1/sync-state "
                                                   "lists them).")),
                          timer);
    m_hub.outbox().readSync(key).then(this, [exchange = QPointer<HttpExchange>(exchange), timer,
                                             key](const Outbox::SyncOpening& read) {
        if (!read.state)
            return answerJson(exchange, 500, errorBody(read.error), timer);
        if (read.state->scopeId == 0) {
            QJsonObject body =
                errorBody(QStringLiteral("Schedule %1 has sent nothing with %2 to source %3.")
                              .arg(key.planId, key.action, key.source));
            body.insert(QStringLiteral("scope"), QStringLiteral("unknown"));
            return answerJson(exchange, 404, body, timer);
        }
        if (!exchange || !exchange->isOpen())
            return;
        // 16 bytes a row (SyncStateStore::pack), sorted by identity; the scope's id beside.
        exchange->respond(200, QByteArrayLiteral("application/octet-stream"),
                          SyncStateStore::pack(read.state->rows),
                          {{QByteArrayLiteral("ActionDeck-Sync-Scope"),
                            QByteArray::number(read.state->scopeId)}});
        logAdminRequest(*exchange, 200, timer);
    });
}

void SyncStateRoutes::reset(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QUrlQuery& query = exchange->head().query;
    const QString schedule = query.queryItemValue(QStringLiteral("schedule"));
    const bool all = query.queryItemValue(QStringLiteral("all")) == u"1";
    if (schedule.isEmpty() == !all)
        return answerJson(
            exchange, 400,
            errorBody(QStringLiteral("Say which schedule to forget: ?schedule=ID (a scheduled "
                                     "plan id), or ?all=1 for every schedule.")),
            timer);
    m_hub.outbox()
        .resetSync(all ? std::nullopt : std::optional<QString>(schedule))
        .then(this, [exchange = QPointer<HttpExchange>(exchange), timer](int forgotten) {
            answerJson(exchange, 200, {{QStringLiteral("forgotten"), forgotten}}, timer);
        });
}

} // namespace ActionDeck
