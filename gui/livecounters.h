#pragma once

#include "delivery/deliveryworker.h"

#include <QObject>

namespace ActionDeck {

class Hub;

/// The Live flow page's numbers: rows read and messages built since the window opened (from
/// the hub's signals), and what the outbox holds (from the delivery worker's snapshots).
class LiveCounters : public QObject {
    Q_OBJECT

public:
    explicit LiveCounters(Hub& hub, QObject* parent = nullptr);

    qint64 rowsIn() const { return m_rowsIn; }
    qint64 messagesBuilt() const { return m_messagesBuilt; }
    qint64 delivered() const { return m_snapshot.counts.deliveredMessages; }
    qint64 pending() const { return m_snapshot.counts.pendingMessages; }
    qint64 failed() const { return m_snapshot.counts.failedMessages; }
    int inFlightBatches() const { return m_snapshot.inFlightBatches; }
    /// Connects to the hub's delivery worker; call again after the hub (re)opens its outbox.
    void attachDelivery();

signals:
    void changed();

private:
    void takeSnapshot(const ActionDeck::DeliverySnapshot& snapshot);

    Hub& m_hub;
    qint64 m_rowsIn = 0;
    qint64 m_messagesBuilt = 0;
    DeliverySnapshot m_snapshot;
};

} // namespace ActionDeck
