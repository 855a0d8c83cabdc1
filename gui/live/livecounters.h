#pragma once

#include <QObject>
#include <QString>

namespace ActionDeck {

class HubConnection;

/// The Live flow page's numbers, all of one kind: rows read, messages built and messages
/// delivered since the page began (the window opened, or the hub was first shown), whatever the
/// hub did before — a restart of the hub meanwhile included — and what its outbox holds now
/// (pending, failed).
class LiveCounters : public QObject {
    Q_OBJECT

public:
    explicit LiveCounters(HubConnection& hub, QObject* parent = nullptr);

    qint64 rowsIn() const;
    qint64 messagesBuilt() const;
    qint64 delivered() const;
    qint64 pending() const;
    qint64 failed() const;
    int inFlightBatches() const;

signals:
    void changed();

private:
    /// Follows the snapshot: the first one is the base; a new process of the hub counts from
    /// zero, and delivered batches pruned from the outbox keep what was counted.
    void follow();

    HubConnection& m_hub;
    bool m_based = false;
    QString m_bootId;
    qint64 m_rowsBase = 0, m_storedBase = 0, m_deliveredBase = 0;
    qint64 m_rowsCarry = 0, m_storedCarry = 0, m_deliveredCarry = 0;
    qint64 m_lastRows = 0, m_lastStored = 0, m_lastDelivered = 0;
};

} // namespace ActionDeck
