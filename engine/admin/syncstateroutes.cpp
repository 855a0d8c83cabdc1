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

} // namespace

SyncStateRoutes::SyncStateRoutes(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {}

bool SyncStateRoutes::handles(const QString& path) {
    return path == kListPath || path == kResetPath;
}

AdminScope SyncStateRoutes::scopeFor(const QString& path) {
    return path == kResetPath ? AdminScope::Operate : AdminScope::Read;
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
    list(exchange, timer);
}

void SyncStateRoutes::list(HttpExchange* exchange, const QElapsedTimer& timer) {
    m_hub.outbox().syncScopes().then(this, [exchange = QPointer<HttpExchange>(exchange),
                                            timer](const std::vector<SyncScopeInfo>& scopes) {
        answerJson(exchange, 200, syncScopesJson(scopes), timer);
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
