#include "countingdataplane.h"

#include "testsink.h"

#include <QDateTime>

namespace ActionDeck::Bench {

CountingDataPlane::CountingDataPlane()
    : m_sink(new TestSupport::TestSink) {
    m_thread.start();
    m_sink->setCountOnly(true);
    m_sink->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_sink,
        [this] {
            m_sink->onDelivered = [this](int messages) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
                qint64 none = 0;
                m_firstRequestNs.compare_exchange_strong(none, now);
                m_requests += 1;
                m_delivered += messages;
                m_lastDeliveryNs = now;
            };
            m_url = m_sink->listen() ? m_sink->url() : QString();
        },
        Qt::BlockingQueuedConnection);
}

CountingDataPlane::~CountingDataPlane() {
    QMetaObject::invokeMethod(
        m_sink, [this] { delete m_sink; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

qint64 CountingDataPlane::uniqueMessageIds() {
    qint64 unique = 0;
    QMetaObject::invokeMethod(
        m_sink, [&] { unique = m_sink->deliveredMessageIdSet().size(); },
        Qt::BlockingQueuedConnection);
    return unique;
}

} // namespace ActionDeck::Bench
