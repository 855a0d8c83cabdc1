#pragma once

#include "connection/hubconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

namespace ActionDeck {

class HubRegistry;

/// Decides when a hub is worth a tray notification: its batches start failing (more failed
/// messages than it had), or it was connected and is not any more. Each hub's own switch
/// (the profile's notify; always on for this computer), and at most one of each kind per hub
/// every kQuietMs, so a storm of failures is one notification, not hundreds. A run that ends
/// failed is told once; when it is the third failure in a row of its schedule, that is said.
class HubNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kQuietMs = 10 * 60 * 1000;
    /// A schedule's runs failed in a row that make it worth saying so.
    static constexpr int kFailuresInARow = 3;

    explicit HubNotifier(HubRegistry& hubs, QObject* parent = nullptr);

signals:
    void notify(const QString& title, const QString& text);

private:
    struct Seen {
        qint64 failedMessages = -1; ///< -1: nothing seen yet (what failed before is not news)
        HubConnection::State state = HubConnection::State::Connecting;
        QElapsedTimer lastFailure;
        QElapsedTimer lastUnreachable;
        QSet<qint64> toldRuns; ///< failed runs already told (a run's end may come twice)
    };
    void watchAll();
    void snapshotChanged(HubConnection& hub);
    void stateChanged(HubConnection& hub);
    void runChanged(HubConnection& hub, const RunRecord& run);
    void tellFailedRun(HubConnection& hub, const RunRecord& run, bool inARow);
    bool wanted(const HubConnection& hub) const;
    static bool quiet(QElapsedTimer& last);

    HubRegistry& m_hubs;
    QHash<const HubConnection*, Seen> m_seen;
};

} // namespace ActionDeck
