// RemoteHubConnection's sync-state calls (GET /api/v1/sync-state, POST
// /api/v1/sync-state/reset, GET /api/v1/sync-state/rows), apart so that remotehubconnection.cpp
// stays within its size.
#include "admin/syncscopejson.h"
#include "connection/remotehubconnection.h"

namespace ActionDeck {

QFuture<HubReply<std::vector<SyncScopeInfo>>> RemoteHubConnection::syncScopes() {
    using Reply = HubReply<std::vector<SyncScopeInfo>>;
    return m_client.get(QStringLiteral("/api/v1/sync-state"))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return Reply{{}, answer.error};
            }
            return Reply{syncScopesFromJson(answer.json()), {}};
        });
}

QFuture<HubReply<int>> RemoteHubConnection::resetSync(std::optional<QString> planId) {
    QUrlQuery query;
    if (planId)
        query.addQueryItem(QStringLiteral("schedule"), *planId);
    else
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    return m_client.post(QStringLiteral("/api/v1/sync-state/reset"), query)
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return HubReply<int>{0, answer.error};
            }
            return HubReply<int>{answer.json().value(u"forgotten").toInt(), {}};
        });
}

QFuture<HubReply<SyncState>> RemoteHubConnection::syncState(SyncScopeKey key) {
    using Reply = HubReply<SyncState>;
    const QUrlQuery query{{QStringLiteral("schedule"), key.planId},
                          {QStringLiteral("action"), key.action},
                          {QStringLiteral("source"), key.source}};
    return m_client.get(QStringLiteral("/api/v1/sync-state/rows"), query)
        .then(this, [this](const AdminAnswer& answer) {
            // A scope that has sent nothing is not an error: every row is new.
            if (answer.status == 404 && answer.json().value(u"scope").toString() == u"unknown")
                return Reply{SyncState(), {}};
            if (!answer.ok()) {
                noteFailure(answer);
                return Reply{{}, answer.error};
            }
            SyncState state;
            state.scopeId = answer.syncScopeId.toLongLong();
            if (state.scopeId <= 0 || !SyncStateStore::unpack(answer.body, state.rows))
                return Reply{{}, tr("The hub's list of the rows sent is damaged.")};
            return Reply{std::move(state), {}};
        });
}

} // namespace ActionDeck
