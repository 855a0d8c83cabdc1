#pragma once

#include "delivery/retrypolicy.h"
#include "outbox/outbox.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkReply;

namespace ActionDeck {

class Clock;

/// How batches are sent.
struct DeliverySettings {
    int maxInFlightPerSource = 16;
    int maxInFlight = 64;
    int gzipLevel = 1; ///< 0 sends bodies uncompressed
    int requestTimeoutMs = 30000;
    int snapshotIntervalMs = 1000;
    /// Delivered batches (and their messages) are kept this long, then pruned.
    qint64 keepDeliveredMs = 24ll * 3600 * 1000;
    RetryPolicy::Settings retry;
};

/// The periodic picture of delivery for counters and charts.
struct DeliverySnapshot {
    OutboxCounts counts;
    int inFlightBatches = 0;
    qint64 timeMs = 0;
};

/// Sends the outbox's pending batches to their data planes: `POST <endpoint>` with Basic auth
/// `<write key>:`, gzip, retries with backoff for network errors, timeouts, 429 and 5xx, and
/// marks other 4xx answers failed with the data plane's reply (the write key cut out of it). Each
/// outcome is recorded in the batch's attempt history. Runs on the thread it lives in.
class DeliveryWorker : public QObject {
    Q_OBJECT

public:
    DeliveryWorker(Outbox& outbox, const Clock& clock, DeliverySettings settings,
                   QObject* parent = nullptr);

    /// Starts delivering whatever is pending, including what an earlier run left.
    void start();
    /// Sends nothing new; replies still in flight are settled as they come.
    void stop();
    int inFlight() const { return m_inFlight; }
    /// New limits, gzip level and retry settings for the batches sent from now on.
    void setSettings(const DeliverySettings& settings);
    /// While yielding, at most kYieldingPerSource requests per source are in flight: the hub
    /// yields while executes stream, so that Looker's answer (every message on disk) is not
    /// kept waiting by the gzip and HTTP work of delivery. The first batch still leaves at once.
    void setYielding(bool yielding);
    bool yielding() const { return m_yielding; }
    static constexpr int kYieldingPerSource = 2;
    /// The source of jitter, uniform in [0, 1); tests make it fixed.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

signals:
    /// Every snapshotIntervalMs while running.
    void snapshot(const ActionDeck::DeliverySnapshot& snapshot);
    /// One delivery attempt ended: `status` is the HTTP status, 0 for a network error.
    void attemptFinished(qint64 batchId, int status, bool delivered, bool willRetry);

private:
    void addNetworks();
    void pump();
    void scheduleNext();
    void publishSnapshot();
    void send(Outbox::Lease lease);
    void finished(QNetworkReply* reply, const LeasedBatch& batch);

    Outbox& m_outbox;
    const Clock& m_clock;
    DeliverySettings m_settings;
    RetryPolicy m_policy;
    // QNAM opens at most 6 connections per host; requests are spread over a few managers so
    // that maxInFlightPerSource requests can really be in flight at once.
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::size_t m_nextNetwork = 0;
    QTimer m_timer;
    QTimer m_snapshotTimer;
    QHash<qint64, int> m_inFlightPerSource;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_leasing = false;
    bool m_pumpAgain = false;
    bool m_yielding = false;
    std::function<double()> m_random;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::DeliverySnapshot)
