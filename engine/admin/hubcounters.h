#pragma once

#include <QList>
#include <QObject>

namespace ActionDeck {

class Hub;
struct ExecuteSummary;

/// Counts what a hub did since the process started, for /metrics and the admin status: rows
/// received, messages stored, executes by result and their durations, delivery attempts by
/// outcome. Only ever grows (Prometheus counters).
class HubCounters : public QObject {
    Q_OBJECT

public:
    /// Upper bounds of the execute-duration histogram, in seconds.
    static const QList<double>& durationBounds();

    /// Counts from now on; delivery attempts only when the hub's outbox is open already.
    explicit HubCounters(Hub& hub, QObject* parent = nullptr);

    qint64 rowsReceived() const { return m_rows; }
    qint64 messagesStored() const { return m_stored; }
    qint64 executesSucceeded() const { return m_succeeded; }
    qint64 executesFailed() const { return m_failed; }
    qint64 attemptsDelivered() const { return m_attemptsDelivered; }
    qint64 attemptsRetried() const { return m_attemptsRetried; }
    qint64 attemptsFailed() const { return m_attemptsFailed; }
    /// Cumulative counts per bound of durationBounds().
    const QList<qint64>& durationCounts() const { return m_durationCounts; }
    double durationSumSeconds() const { return m_durationSum; }

private:
    void executeFinished(const ExecuteSummary& summary);

    qint64 m_rows = 0;
    qint64 m_stored = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
    qint64 m_attemptsDelivered = 0;
    qint64 m_attemptsRetried = 0;
    qint64 m_attemptsFailed = 0;
    QList<qint64> m_durationCounts;
    double m_durationSum = 0;
};

} // namespace ActionDeck
