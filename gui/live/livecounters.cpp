#include "gui/live/livecounters.h"

#include "connection/hubconnection.h"

namespace ActionDeck {

LiveCounters::LiveCounters(HubConnection& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {
    connect(&hub, &HubConnection::snapshotChanged, this, &LiveCounters::changed);
}

qint64 LiveCounters::rowsIn() const {
    return m_hub.snapshot().rowsReceived;
}

qint64 LiveCounters::messagesBuilt() const {
    return m_hub.snapshot().messagesStored;
}

qint64 LiveCounters::delivered() const {
    return m_hub.snapshot().counts.deliveredMessages;
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
