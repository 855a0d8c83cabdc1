#pragma once

#include "hub/admintokenstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <vector>

namespace ActionDeck {

class HttpExchange;
class Hub;
struct BatchAttempt;
struct BatchInfo;

/// The admin API's outbox routes under /api/v1/batches: lists (read scope: no message
/// contents), one batch with its messages and delivery attempts, retry, discard — one or all of
/// a state — and an export of a state's messages as JSON lines, streamed (operate scope). Never
/// a write key.
class BatchRoutes : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    explicit BatchRoutes(Hub& hub, QObject* parent = nullptr);

    /// True when `path` is one of these routes.
    static bool handles(const QString& path);
    /// The scope the route needs.
    static AdminScope scopeFor(const QByteArray& method, const QString& path);
    void handle(HttpExchange* exchange, const QElapsedTimer& timer);

private:
    void list(HttpExchange* exchange, const QElapsedTimer& timer);
    void show(HttpExchange* exchange, qint64 id, const QElapsedTimer& timer);
    void change(HttpExchange* exchange, const std::vector<qint64>& ids, bool retry,
                const QElapsedTimer& timer);
    void changeAll(HttpExchange* exchange, bool retry, const QElapsedTimer& timer);
    void exportState(HttpExchange* exchange, const QElapsedTimer& timer);
    void exportNext(QPointer<HttpExchange> exchange, std::shared_ptr<std::vector<qint64>> ids,
                    std::size_t next);
    QJsonObject describe(const BatchInfo& batch) const;
    /// Oldest first: when (ISO 8601 UTC and ms), the HTTP status, the outcome and the error.
    static QJsonArray attemptList(const std::vector<BatchAttempt>& attempts);
    /// The source whose data plane the batch goes to, when exactly one matches; else the host.
    QString destination(const QString& endpoint) const;

    Hub& m_hub;
};

} // namespace ActionDeck
