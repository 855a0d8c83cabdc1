// RemoteHubConnection's sync-state calls (GET /api/v1/sync-state, POST
// /api/v1/sync-state/reset), apart so that remotehubconnection.cpp stays within its size.
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

} // namespace ActionDeck
