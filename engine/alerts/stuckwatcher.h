#pragma once

#include "alerts/alertnotice.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ActionDeck {

/// Whether delivery to a source is stuck: its oldest pending batch has waited longer than the
/// limit. Told what is pending now and then, it gives one notice when a source becomes stuck
/// and one when it recovers, never one per look.
class StuckWatcher {
public:
    explicit StuckWatcher(int stuckMinutes = 30)
        : m_stuckMs(qint64(stuckMinutes) * 60'000) {}

    void setStuckMinutes(int minutes) { m_stuckMs = qint64(minutes) * 60'000; }
    /// Each source's oldest pending batch (ms since the epoch; a source with nothing pending is
    /// absent) at `nowMs`; the notices of the sources whose state changed since the last look.
    QList<AlertNotice> observe(const QHash<QString, qint64>& oldestPendingMs, qint64 nowMs);
    bool isStuck(const QString& source) const { return m_stuck.contains(source); }

private:
    qint64 m_stuckMs;
    QSet<QString> m_stuck;
};

} // namespace ActionDeck
