#include "gui/live/livecounters.h"

#include "connection/hubconnection.h"

namespace ActionDeck {

LiveCounters::LiveCounters(HubConnection& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {
    follow();
    connect(&hub, &HubConnection::snapshotChanged, this, [this] {
        follow();
        emit changed();
    });
}

void LiveCounters::follow() {
    const HubSnapshot& s = m_hub.snapshot();
    if (s.bootId.isEmpty())
        return; // nothing heard from the hub yet
    const qint64 delivered = s.counts.deliveredMessages;
    if (!m_based) {
        m_based = true;
        m_bootId = s.bootId;
        m_rowsBase = s.rowsReceived;
        m_storedBase = s.messagesStored;
        m_deliveredBase = delivered;
    } else if (s.bootId != m_bootId) {
        // Another process: what the last one counted stays, the new one counts from zero.
        m_rowsCarry += m_lastRows - m_rowsBase;
        m_storedCarry += m_lastStored - m_storedBase;
        m_rowsBase = 0;
        m_storedBase = 0;
        m_bootId = s.bootId;
    }
    if (delivered < m_lastDelivered) {
        // Delivered batches pruned from the outbox (after keepDeliveredHours).
        m_deliveredCarry += m_lastDelivered - m_deliveredBase;
        m_deliveredBase = delivered;
    }
    m_lastRows = s.rowsReceived;
    m_lastStored = s.messagesStored;
    m_lastDelivered = delivered;
}

qint64 LiveCounters::rowsIn() const {
    return m_based ? m_rowsCarry + m_lastRows - m_rowsBase : 0;
}

qint64 LiveCounters::messagesBuilt() const {
    return m_based ? m_storedCarry + m_lastStored - m_storedBase : 0;
}

qint64 LiveCounters::delivered() const {
    return m_based ? std::max<qint64>(0, m_deliveredCarry + m_lastDelivered - m_deliveredBase) : 0;
}

qint64 LiveCounters::pending() const {
    return m_hub.snapshot().counts.pendingMessages;
}

qint64 LiveCounters::failed() const {
    return m_hub.snapshot().counts.failedMessages;
}

int LiveCounters::inFlightBatches() const {
    return m_hub.snapshot().inFlightBatches;
}

} // namespace ActionDeck
