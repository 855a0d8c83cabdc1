#include "admin/runroutes.h"

#include "admin/jsonanswer.h"
#include "http/httpexchange.h"
#include "hub/hub.h"
#include "outbox/runrecordjson.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

namespace ActionDeck {

namespace {

const QRegularExpression& runPath() {
    static const QRegularExpression path(QStringLiteral("^/api/v1/runs(?:/(\\d+))?$"));
    return path;
}

} // namespace

RunRoutes::RunRoutes(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {}

bool RunRoutes::handles(const QString& path) {
    return runPath().match(path).hasMatch();
}

void RunRoutes::handle(HttpExchange* exchange, const QElapsedTimer& timer) {
    if (exchange->head().method != "GET")
        return answerJson(
            exchange, 405,
            errorBody(QStringLiteral("%1 takes GET only.").arg(exchange->head().path)), timer,
            {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
    if (!m_hub.isOpen())
        return answerJson(exchange, 503, errorBody(QStringLiteral("The outbox is not open.")),
                          timer);
    const QString id = runPath().match(exchange->head().path).captured(1);
    if (!id.isEmpty())
        return show(exchange, id.toLongLong(), timer);
    list(exchange, timer);
}

void RunRoutes::list(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QUrlQuery& query = exchange->head().query;
    RunFilter filter;
    if (query.hasQueryItem(QStringLiteral("schedule")))
        filter.planId = query.queryItemValue(QStringLiteral("schedule"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("state"))) {
        filter.state = runStateNamed(query.queryItemValue(QStringLiteral("state")));
        if (!filter.state)
            return answerJson(exchange, 400,
                              errorBody(QStringLiteral("state is running, delivering, "
                                                       "succeeded, partial, failed or "
                                                       "interrupted.")),
                              timer);
    }
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("after")))
        filter.afterId = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || filter.afterId < 0)
        return answerJson(exchange, 400,
                          errorBody(QStringLiteral("after is the id of the last run of a page.")),
                          timer);
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                          : kDefaultLimit;
    if (!ok || limit < 1 || limit > kMaxLimit)
        return answerJson(exchange, 400,
                          errorBody(QStringLiteral("limit is 1 to %1.").arg(kMaxLimit)), timer);
    // One more than a page: whether there is a next one.
    filter.limit = limit + 1;
    m_hub.outbox().runs(filter).then(this, [exchange = QPointer<HttpExchange>(exchange), limit,
                                            timer](const std::vector<RunRecord>& runs) {
        QJsonArray page;
        for (std::size_t i = 0; i < runs.size() && i < std::size_t(limit); ++i)
            page.append(RunRecordJson::toJson(runs[i]));
        QJsonObject body{{QStringLiteral("runs"), page}};
        body.insert(u"next", runs.size() > std::size_t(limit)
                                 ? QJsonValue(double(runs[std::size_t(limit) - 1].id))
                                 : QJsonValue());
        answerJson(exchange, 200, body, timer);
    });
}

void RunRoutes::show(HttpExchange* exchange, qint64 id, const QElapsedTimer& timer) {
    m_hub.outbox().run(id).then(this, [exchange = QPointer<HttpExchange>(exchange), id,
                                       timer](const std::optional<RunRecord>& run) {
        if (!run)
            return answerJson(exchange, 404, errorBody(QStringLiteral("No run %1.").arg(id)),
                              timer);
        answerJson(exchange, 200, RunRecordJson::toJson(*run), timer);
    });
}

} // namespace ActionDeck
