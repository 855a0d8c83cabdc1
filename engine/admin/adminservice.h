#pragma once

#include "admin/eventlog.h"
#include "admin/hubcounters.h"
#include "admin/hubevents.h"
#include "hub/admintokenstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ActionDeck {

class Hub;

/// What the admin API (and, later, the window through the same calls) asks of a hub: its
/// health, status and metrics. Never a secret: no write key, token or region secret is in
/// anything it returns.
class AdminService {
public:
    explicit AdminService(Hub& hub);

    /// A random id of this process: a client that sees another one knows the hub restarted.
    const QString& bootId() const { return m_bootId; }
    QJsonObject status(AdminScope callerScope, const QString& callerName) const;
    /// Prometheus text format 0.0.4, names prefixed actiondeck_.
    QByteArray metrics() const;
    EventLog& events() { return m_events; }
    /// Message events are made only while a viewer may see them (they cost a copy each).
    void addMessageViewers(int delta) { m_hubEvents.addMessageViewers(delta); }
    /// Whether some viewer takes messages now (the admin server knows its streams); while
    /// none does, the hub counts its messages rather than copying them (Hub::setLiveDemand).
    void setMessageDemand(std::function<bool()> demand);

private:
    Hub& m_hub;
    HubCounters m_counters;
    QString m_bootId;
    EventLog m_events;
    HubEvents m_hubEvents;
};

} // namespace ActionDeck
