// RemoteHubConnection's runs (GET /api/v1/runs, GET /api/v1/runs/{id}), apart so that
// remotehubconnection.cpp stays within its size.
#include "connection/remotehubconnection.h"
#include "outbox/runrecordjson.h"

namespace ActionDeck {

QFuture<HubReply<std::vector<RunRecord>>> RemoteHubConnection::runs(RunFilter filter) {
    QUrlQuery query;
    if (filter.planId)
        query.addQueryItem(QStringLiteral("schedule"), *filter.planId);
    if (filter.state)
        query.addQueryItem(QStringLiteral("state"), runStateName(*filter.state));
    return pages(QStringLiteral("/api/v1/runs"), query, QStringLiteral("runs"), filter.limit,
                 filter.afterId)
        .then([](const HubReply<std::vector<QJsonObject>>& page) {
            HubReply<std::vector<RunRecord>> reply{{}, page.error};
            for (const QJsonObject& json : page.value) {
                QString why;
                if (auto run = RunRecordJson::fromJson(json, &why))
                    reply.value.push_back(std::move(*run));
                else if (reply.error.isEmpty())
                    reply.error = why;
            }
            return reply;
        });
}

QFuture<HubReply<RunRecord>> RemoteHubConnection::run(qint64 id) {
    return m_client.get(QStringLiteral("/api/v1/runs/%1").arg(id))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return HubReply<RunRecord>{{}, answer.error};
            }
            QString why;
            auto run = RunRecordJson::fromJson(answer.json(), &why);
            return run ? HubReply<RunRecord>{std::move(*run), {}} : HubReply<RunRecord>{{}, why};
        });
}

} // namespace ActionDeck
