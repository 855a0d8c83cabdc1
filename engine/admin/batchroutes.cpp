#include "admin/batchroutes.h"

#include "admin/jsonanswer.h"
#include "core/isotime.h"
#include "http/httpexchange.h"
#include "hub/hub.h"
#include "rudder/dataplaneurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace ActionDeck {

namespace {

const QString kIdsError = QStringLiteral("ids is a comma-separated list of 1 to %1 batch ids.");

const QRegularExpression& batchPath() {
    static const QRegularExpression path(QStringLiteral(
        "^/api/v1/batches(?:/(\\d+)(?:/(retry|discard))?|/(retry|discard|export))?$"));
    return path;
}

/// `ids=1,2,3` of a bulk call: nullopt when absent, an empty list when malformed.
std::optional<std::vector<qint64>> idsOf(const QUrlQuery& query) {
    if (!query.hasQueryItem(QStringLiteral("ids")))
        return std::nullopt;
    std::vector<qint64> ids;
    const QStringList parts = query.queryItemValue(QStringLiteral("ids")).split(u',');
    if (parts.size() > BatchRoutes::kMaxLimit)
        return std::vector<qint64>();
    for (const QString& part : parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::vector<qint64>();
        ids.push_back(id);
    }
    return ids;
}

} // namespace

BatchRoutes::BatchRoutes(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {}

bool BatchRoutes::handles(const QString& path) {
    return batchPath().match(path).hasMatch();
}

AdminScope BatchRoutes::scopeFor(const QByteArray& method, const QString& path) {
    // Lists say what is queued; messages, exports and changes need operate.
    return method == "GET" && path == u"/api/v1/batches" ? AdminScope::Read : AdminScope::Operate;
}

void BatchRoutes::handle(HttpExchange* exchange, const QElapsedTimer& timer) {
    const auto match = batchPath().match(exchange->head().path);
    const QByteArray method = exchange->head().method;
    const QString idText = match.captured(1);
    const QString idAction = match.captured(2);
    const QString bulk = match.captured(3);
    const bool get = method == "GET";
    const bool wantsGet = idAction.isEmpty() && (bulk.isEmpty() || bulk == u"export");
    if (get != wantsGet)
        return answerJson(
            exchange, 405,
            errorBody(QStringLiteral("%1 takes %2.")
                          .arg(exchange->head().path,
                               wantsGet ? QStringLiteral("GET") : QStringLiteral("POST"))),
            timer);
    if (!idText.isEmpty() && idAction.isEmpty())
        return show(exchange, idText.toLongLong(), timer);
    if (!idText.isEmpty())
        return change(exchange, {idText.toLongLong()}, idAction == u"retry", timer);
    if (bulk == u"export")
        return exportState(exchange, timer);
    if (!bulk.isEmpty())
        return changeAll(exchange, bulk == u"retry", timer);
    list(exchange, timer);
}

QString BatchRoutes::destination(const QString& endpoint) const {
    QString found;
    int matches = 0;
    for (const SourceConfig& source : m_hub.config().sources) {
        if (batchEndpoint(source.dataPlaneUrl).toString() == endpoint) {
            found = source.name;
            ++matches;
        }
    }
    return matches == 1 ? found : QUrl(endpoint).host();
}

QJsonObject BatchRoutes::describe(const BatchInfo& batch) const {
    return {{QStringLiteral("id"), double(batch.id)},
            {QStringLiteral("state"), batchStateName(batch.state)},
            {QStringLiteral("destination"), destination(batch.endpoint)},
            {QStringLiteral("endpoint"), batch.endpoint},
            {QStringLiteral("messages"), batch.messageCount},
            {QStringLiteral("attempts"), batch.attempts},
            {QStringLiteral("createdMs"), double(batch.createdMs)},
            {QStringLiteral("nextAttemptMs"), double(batch.nextAttemptMs)},
            {QStringLiteral("deliveredMs"), double(batch.deliveredMs)},
            {QStringLiteral("lastStatus"), batch.lastStatus},
            {QStringLiteral("lastError"), batch.lastError},
            {QStringLiteral("origin"), batch.origin},
            {QStringLiteral("leaseHolder"), batch.leaseHolder},
            {QStringLiteral("runId"), double(batch.runId)}};
}

QJsonArray BatchRoutes::attemptList(const std::vector<BatchAttempt>& attempts) {
    QJsonArray list;
    IsoTime time;
    for (const BatchAttempt& attempt : attempts) {
        std::string at;
        time.append(attempt.atMs, at);
        // The error text was stored without the write key (DeliveryWorker cuts it out).
        list.append(QJsonObject{{QStringLiteral("at"), QString::fromStdString(at)},
                                {QStringLiteral("atMs"), double(attempt.atMs)},
                                {QStringLiteral("status"), attempt.status},
                                {QStringLiteral("outcome"), attemptOutcomeName(attempt.outcome)},
                                {QStringLiteral("error"), attempt.error}});
    }
    return list;
}

void BatchRoutes::list(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QUrlQuery& query = exchange->head().query;
    std::optional<BatchState> state;
    if (query.hasQueryItem(QStringLiteral("state"))) {
        state = batchStateNamed(query.queryItemValue(QStringLiteral("state")));
        if (!state)
            return answerJson(exchange, 400,
                              errorBody(QStringLiteral("state is pending, failed or delivered.")),
                              timer);
    }
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    bool ok = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok)
                          : kDefaultLimit;
    if (!ok || limit < 1 || limit > kMaxLimit)
        return answerJson(exchange, 400,
                          errorBody(QStringLiteral("limit is 1 to %1.").arg(kMaxLimit)), timer);
    const qint64 run = query.queryItemValue(QStringLiteral("run")).toLongLong(&ok);
    if (query.hasQueryItem(QStringLiteral("run")) && (!ok || run <= 0))
        return answerJson(exchange, 400, errorBody(QStringLiteral("run is a run's id.")), timer);
    // One more than a page: whether there is a next one.
    m_hub.outbox()
        .list(state, limit + 1, after, run)
        .then(this, [this, exchange = QPointer<HttpExchange>(exchange), limit,
                     timer](const std::vector<BatchInfo>& batches) {
            QJsonArray page;
            for (std::size_t i = 0; i < batches.size() && i < std::size_t(limit); ++i)
                page.append(describe(batches[i]));
            QJsonObject body{{QStringLiteral("batches"), page}};
            body.insert(u"next", batches.size() > std::size_t(limit)
                                     ? QJsonValue(double(batches[std::size_t(limit) - 1].id))
                                     : QJsonValue());
            answerJson(exchange, 200, body, timer);
        });
}

void BatchRoutes::show(HttpExchange* exchange, qint64 id, const QElapsedTimer& timer) {
    m_hub.outbox().info(id).then(this, [this, exchange = QPointer<HttpExchange>(exchange), id,
                                        timer](const std::optional<BatchInfo>& batch) {
        if (!batch)
            return answerJson(exchange, 404, errorBody(QStringLiteral("No batch %1.").arg(id)),
                              timer);
        const QJsonObject description = describe(*batch);
        m_hub.outbox().payload(id).then(
            this, [this, exchange, id, description, timer](const Outbox::Messages& messages) {
                QJsonObject body = description;
                QJsonArray list;
                if (messages.text) {
                    for (const QByteArray& line :
                         QByteArray::fromStdString(*messages.text).split('\n')) {
                        if (!line.trimmed().isEmpty())
                            list.append(QJsonDocument::fromJson(line).object());
                    }
                }
                body.insert(u"messageList", list);
                if (!messages.damage.isEmpty())
                    body.insert(u"damage", messages.damage);
                m_hub.outbox().attempts(id).then(
                    this, [exchange, body, timer](const std::vector<BatchAttempt>& attempts) {
                        QJsonObject full = body;
                        full.insert(u"attemptList", attemptList(attempts));
                        answerJson(exchange, 200, full, timer);
                    });
            });
    });
}

void BatchRoutes::change(HttpExchange* exchange, const std::vector<qint64>& ids, bool retry,
                         const QElapsedTimer& timer) {
    auto future = retry ? m_hub.outbox().retry(ids) : m_hub.outbox().discard(ids);
    future.then(this, [exchange = QPointer<HttpExchange>(exchange), retry, timer](int changed) {
        answerJson(exchange, changed > 0 ? 200 : 404,
                   {{retry ? QStringLiteral("retried") : QStringLiteral("discarded"), changed}},
                   timer);
    });
}

void BatchRoutes::changeAll(HttpExchange* exchange, bool retry, const QElapsedTimer& timer) {
    // The window's selection: many batches in one call rather than one call each.
    if (const auto ids = idsOf(exchange->head().query)) {
        if (ids->empty())
            return answerJson(exchange, 400, errorBody(kIdsError.arg(kMaxLimit)), timer);
        auto future = retry ? m_hub.outbox().retry(*ids) : m_hub.outbox().discard(*ids);
        future.then(this, [exchange = QPointer<HttpExchange>(exchange), retry, timer](int changed) {
            answerJson(exchange, 200,
                       {{retry ? QStringLiteral("retried") : QStringLiteral("discarded"), changed}},
                       timer);
        });
        return;
    }
    const auto state =
        batchStateNamed(exchange->head().query.queryItemValue(QStringLiteral("state")));
    if (!state || (retry && *state != BatchState::Failed))
        return answerJson(
            exchange, 400,
            errorBody(retry ? QStringLiteral("Bulk retry takes state=failed.")
                            : QStringLiteral("Bulk discard takes state=pending, failed or "
                                             "delivered.")),
            timer);
    m_hub.outbox().list(state).then(this, [this, exchange = QPointer<HttpExchange>(exchange), retry,
                                           timer](const std::vector<BatchInfo>& batches) {
        std::vector<qint64> ids;
        for (const BatchInfo& batch : batches)
            ids.push_back(batch.id);
        auto future = retry ? m_hub.outbox().retry(ids) : m_hub.outbox().discard(ids);
        future.then(this, [exchange, retry, timer](int changed) {
            answerJson(exchange, 200,
                       {{retry ? QStringLiteral("retried") : QStringLiteral("discarded"), changed}},
                       timer);
        });
    });
}

void BatchRoutes::exportState(HttpExchange* exchange, const QElapsedTimer& timer) {
    if (const auto ids = idsOf(exchange->head().query)) {
        if (ids->empty())
            return answerJson(exchange, 400, errorBody(kIdsError.arg(kMaxLimit)), timer);
        exchange->beginStream(200, QByteArrayLiteral("application/x-ndjson"));
        qCInfo(adminLog).noquote()
            << "GET" << exchange->head().path << 200 << timer.elapsed() << "ms";
        // In the order asked: the window writes them in the order it shows them.
        exportNext(exchange, std::make_shared<std::vector<qint64>>(*ids), 0);
        return;
    }
    const auto state =
        batchStateNamed(exchange->head().query.queryItemValue(QStringLiteral("state")));
    if (!state)
        return answerJson(exchange, 400,
                          errorBody(QStringLiteral("state is pending, failed or delivered.")),
                          timer);
    m_hub.outbox().list(state).then(this, [this, exchange = QPointer<HttpExchange>(exchange),
                                           timer](const std::vector<BatchInfo>& batches) {
        if (!exchange || !exchange->isOpen())
            return;
        auto ids = std::make_shared<std::vector<qint64>>();
        for (const BatchInfo& batch : batches)
            ids->push_back(batch.id);
        std::sort(ids->begin(), ids->end());
        exchange->beginStream(200, QByteArrayLiteral("application/x-ndjson"));
        qCInfo(adminLog).noquote()
            << "GET" << exchange->head().path << 200 << timer.elapsed() << "ms";
        exportNext(exchange, ids, 0);
    });
}

void BatchRoutes::exportNext(QPointer<HttpExchange> exchange,
                             std::shared_ptr<std::vector<qint64>> ids, std::size_t next) {
    if (!exchange || !exchange->isOpen())
        return;
    if (next >= ids->size())
        return exchange->endStream();
    // One batch at a time, and only once the client has taken most of the last: memory stays
    // bounded whatever the outbox holds.
    if (exchange->pendingWriteBytes() > (4 << 20)) {
        QTimer::singleShot(20, this,
                           [this, exchange, ids, next] { exportNext(exchange, ids, next); });
        return;
    }
    m_hub.outbox()
        .payload((*ids)[next])
        .then(this, [this, exchange, ids, next](const Outbox::Messages& messages) {
            if (!exchange || !exchange->isOpen())
                return;
            if (messages.text) {
                QByteArray text = QByteArray::fromStdString(*messages.text);
                if (!text.endsWith('\n'))
                    text += '\n';
                exchange->writeStream(text);
            }
            exportNext(exchange, ids, next + 1);
        });
}

} // namespace ActionDeck
