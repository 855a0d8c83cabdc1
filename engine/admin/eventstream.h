#pragma once

#include "admin/eventlog.h"
#include "hub/admintokenstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace ActionDeck {

class HttpExchange;

/// One viewer of GET /api/v1/events: a Server-Sent Events stream of the EventLog. A viewer that
/// reconnects with Last-Event-ID of this process gets exactly what it missed while the log still
/// holds it; else (another process, too old) it first gets `resync`. `message` events go only to
/// operate and admin scopes, and are thinned when the viewer falls behind — then a `skipped`
/// event says how many, before the next event it does get; every other type is exact. A viewer
/// that stops reading is sent `resync` and cut off, so the hub's memory stays bounded. A comment
/// line every 15 s keeps proxies from closing the stream.
class EventStream : public QObject {
    Q_OBJECT

public:
    struct Limits {
        qint64 thinAboveBytes = 1 << 20; ///< behind by this much: message events are skipped
        qint64 cutAboveBytes = 8 << 20;  ///< behind by this much: resync and close
        int commentIntervalMs = 15000;
        /// Message events a viewer is sent per second at most (bursts of one second's worth);
        /// the rest are skipped and counted. A window shows the newest 10,000 rows: a 1 M-row
        /// execute at full speed would cost the hub and the network without showing more.
        /// 0: no limit.
        int maxMessagesPerSecond = 2000;
    };

    EventStream(HttpExchange* exchange, EventLog& log, AdminScope scope, Limits limits);
    /// Ends the stream (its token was revoked, or the hub stops).
    void end();
    /// True while this viewer takes message events as they come: it may see them, and it is
    /// neither replaying nor so far behind that they would be thinned.
    bool takesMessagesNow() const;

signals:
    /// The viewer went away or was cut off.
    void ended();

private:
    void start();
    void send(const AdminEvent& event);
    /// Writes the missed events a page at a time, as the viewer takes them.
    void replay();
    bool wants(const AdminEvent& event) const;
    void write(const QByteArray& frame);
    /// Takes one message from the per-second budget; false when it is spent.
    bool takeMessageBudget();
    bool budgetLeft() const;
    void flush();
    /// What the viewer has not taken yet: queued for the network and still buffered here.
    qint64 behindBytes() const;

    static constexpr qsizetype kFlushBytes = 256 << 10;

    QPointer<HttpExchange> m_exchange;
    EventLog& m_log;
    AdminScope m_scope;
    Limits m_limits;
    QTimer m_comments;
    qint64 m_skipped = 0;
    quint64 m_lastSkippedSeq = 0;
    std::deque<AdminEvent> m_replay; ///< missed events, then live ones, while replaying
    qint64 m_replayBytes = 0;
    bool m_replaying = false;
    bool m_ended = false;
    QElapsedTimer m_budgetClock;
    double m_budget = 0; ///< messages that may be sent now (refills at maxMessagesPerSecond)
    QByteArray m_buffer; ///< frames of this turn of the event loop, written at its end
};

} // namespace ActionDeck
