#pragma once

#include <QObject>

namespace ActionDeck {

class HubConnection;

/// The Live flow page's numbers, from the hub's snapshot: rows read and messages stored since
/// the hub's process started, and what its outbox holds.
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
    HubConnection& m_hub;
};

} // namespace ActionDeck
