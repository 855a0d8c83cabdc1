#pragma once

#include <QObject>

namespace ActionDeck {

class EventLog;
class Hub;
class HubCounters;

/// Turns what a hub does into the admin API's events: `message` (a stored message as the Live
/// flow shows it, while someone may see message contents), `batch` state changes, `counters`
/// at most once a second (with the process's totals of rows read and messages stored), `execute`
/// start and finish, `config` changes. No event carries a secret.
class HubEvents : public QObject {
    Q_OBJECT

public:
    HubEvents(Hub& hub, const HubCounters& counters, EventLog& log, QObject* parent = nullptr);
    /// Message events cost a copy of every message: made only while a viewer may see them.
    void addMessageViewers(int delta);

private:
    Hub& m_hub;
    const HubCounters& m_counters;
    EventLog& m_log;
    int m_messageViewers = 0;
};

} // namespace ActionDeck
