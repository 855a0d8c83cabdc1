#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace ActionDeck::TestSupport {
class TestSink;
}

namespace ActionDeck::Bench {

/// The data plane of the end-to-end benchmarks: a TestSink that only counts, on a thread of its
/// own so that counting does not slow the hubs' clients. The figures are read from any thread.
class CountingDataPlane {
public:
    CountingDataPlane();
    ~CountingDataPlane();
    CountingDataPlane(const CountingDataPlane&) = delete;
    CountingDataPlane& operator=(const CountingDataPlane&) = delete;

    /// Where the hubs send (empty when it could not listen).
    const QString& url() const { return m_url; }
    qint64 delivered() const { return m_delivered; }
    qint64 requests() const { return m_requests; }
    /// ns since the epoch of the first request and of the last delivery (0 before any).
    qint64 firstRequestNs() const { return m_firstRequestNs; }
    qint64 lastDeliveryNs() const { return m_lastDeliveryNs; }
    /// Distinct messageIds received (asks the sink's thread).
    qint64 uniqueMessageIds();

private:
    QThread m_thread;
    TestSupport::TestSink* m_sink;
    QString m_url;
    std::atomic<qint64> m_delivered{0};
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_firstRequestNs{0};
    std::atomic<qint64> m_lastDeliveryNs{0};
};

} // namespace ActionDeck::Bench
