#pragma once

#include "outbox/outboxtypes.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ActionDeck {

/// What a hub says of itself (GET /api/v1/status, or the same call in-process), kept current
/// between calls by the `counters` events. Never a secret.
struct HubSnapshot {
    QString version;
    QString bootId;
    qint64 uptimeSeconds = 0;
    bool listening = false;
    QString url;            ///< where Looker sends requests
    QString listenError;    ///< why it does not listen, when it tried
    QString notReadyReason; ///< empty while it serves
    QStringList regions;
    QStringList sources; ///< the destination sources' names
    int executesRunning = 0;
    int executesQueued = 0;
    OutboxCounts counts;
    int inFlightBatches = 0;
    bool deliveryYielding = false;
    qint64 rowsReceived = 0;   ///< since the hub's process started
    qint64 messagesStored = 0; ///< since the hub's process started
    QString callerScope;       ///< read, operate or admin
    QString outboxKind;        ///< sqlite (the hub's own) or postgresql (shared)
    QString outboxLocation;    ///< the file, or the URI without password or query
    QString hubId;             ///< the hub's name in a shared outbox's leases
    QString outboxId;          ///< names a shared outbox, whatever URI reaches it
    int liveHubs = 1;          ///< hubs working on its outbox, itself included

    /// Its outbox is shared with other hubs (they may hold its batches' leases).
    bool sharedOutbox() const { return outboxKind == u"postgresql"; }

    /// Reads an admin status answer; missing members stay at their defaults.
    static HubSnapshot fromStatus(const QJsonObject& status);
    /// Takes what a `counters` event carries.
    void applyCounters(const QJsonObject& counters);
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::HubSnapshot)
