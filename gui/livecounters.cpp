#include "livecounters.h"

#include "hub/hub.h"

namespace ActionDeck {

LiveCounters::LiveCounters(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {
    connect(&hub, &Hub::messagesStored, this, [this](const QString&, const QString&, int count) {
        m_messagesBuilt += count;
        emit changed();
    });
    connect(&hub, &Hub::executeFinished, this, [this](const ExecuteSummary& summary) {
        m_rowsIn += summary.result.rows;
        emit changed();
    });
    attachDelivery();
}

void LiveCounters::attachDelivery() {
    if (!m_hub.isOpen())
        return;
    // A member function: UniqueConnection does not work with lambdas.
    connect(&m_hub.delivery(), &DeliveryWorker::snapshot, this, &LiveCounters::takeSnapshot,
            Qt::UniqueConnection);
}

void LiveCounters::takeSnapshot(const DeliverySnapshot& snapshot) {
    m_snapshot = snapshot;
    emit changed();
}

} // namespace ActionDeck
