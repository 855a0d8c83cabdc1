#include "gui/hubs/hubnotifier.h"

#include "gui/hubs/hubregistry.h"

#include <QLocale>
#include <QPointer>

namespace ActionDeck {

HubNotifier::HubNotifier(HubRegistry& hubs, QObject* parent)
    : QObject(parent)
    , m_hubs(hubs) {
    connect(&hubs, &HubRegistry::hubsChanged, this, &HubNotifier::watchAll);
    watchAll();
}

void HubNotifier::watchAll() {
    for (HubConnection* hub : m_hubs.hubs()) {
        if (m_seen.contains(hub))
            continue;
        Seen& seen = m_seen[hub];
        seen.state = hub->state();
        if (hub->state() == HubConnection::State::Connected)
            seen.failedMessages = hub->snapshot().counts.failedMessages;
        connect(hub, &HubConnection::snapshotChanged, this, [this, hub] { snapshotChanged(*hub); });
        connect(hub, &HubConnection::stateChanged, this, [this, hub] { stateChanged(*hub); });
        connect(hub, &HubConnection::runChanged, this,
                [this, hub](const RunRecord& run) { runChanged(*hub, run); });
        connect(hub, &QObject::destroyed, this, [this, hub] { m_seen.remove(hub); });
    }
}

bool HubNotifier::wanted(const HubConnection& hub) const {
    const RemoteHubProfile* profile = m_hubs.profile(hub);
    return !profile || profile->notify;
}

bool HubNotifier::quiet(QElapsedTimer& last) {
    if (last.isValid() && last.elapsed() < kQuietMs)
        return true;
    last.start();
    return false;
}

void HubNotifier::snapshotChanged(HubConnection& hub) {
    Seen& seen = m_seen[&hub];
    const qint64 failed = hub.snapshot().counts.failedMessages;
    const qint64 before = std::exchange(seen.failedMessages, failed);
    if (before < 0 || failed <= before || !wanted(hub) || quiet(seen.lastFailure))
        return;
    emit notify(tr("Batches are failing on %1").arg(hub.name()),
                tr("%1 messages failed: the data plane refused them. The hub's Outbox page "
                   "says why.")
                    .arg(QLocale().toString(failed)));
}

void HubNotifier::stateChanged(HubConnection& hub) {
    Seen& seen = m_seen[&hub];
    const HubConnection::State before = std::exchange(seen.state, hub.state());
    if (hub.state() == HubConnection::State::Connected) {
        // What failed while we could not see it is counted from here.
        seen.failedMessages = -1;
        return;
    }
    const bool lost = hub.state() == HubConnection::State::Reconnecting ||
                      hub.state() == HubConnection::State::Unauthorized ||
                      hub.state() == HubConnection::State::CertificateChanged;
    if (before != HubConnection::State::Connected || !lost || !wanted(hub) ||
        quiet(seen.lastUnreachable))
        return;
    emit notify(tr("%1 can't be reached").arg(hub.name()), hub.stateReason());
}

void HubNotifier::runChanged(HubConnection& hub, const RunRecord& run) {
    if (run.state != RunState::Failed || !wanted(hub))
        return;
    Seen& seen = m_seen[&hub];
    if (seen.toldRuns.contains(run.id))
        return;
    seen.toldRuns.insert(run.id);
    if (run.planId.isEmpty())
        return tellFailedRun(hub, run, false);
    // The schedule's latest runs, this one among them: a third failure in a row is news of its
    // own (a schedule that stopped working), said instead of the single failure.
    RunFilter filter;
    filter.planId = run.planId;
    hub.runs(filter).then(this, [this, hub = QPointer<HubConnection>(&hub),
                                 run](const HubReply<std::vector<RunRecord>>& reply) {
        if (!hub)
            return;
        int inARow = 0;
        for (auto it = reply.value.rbegin(); it != reply.value.rend() && inARow < kFailuresInARow;
             ++it) {
            if (it->state == RunState::Running || it->state == RunState::Delivering)
                continue;
            if (it->state != RunState::Failed)
                break;
            ++inARow;
        }
        tellFailedRun(*hub, run, reply.ok() && inARow >= kFailuresInARow);
    });
}

void HubNotifier::tellFailedRun(HubConnection& hub, const RunRecord& run, bool inARow) {
    const QString schedule =
        run.planId.isEmpty()
            ? tr("A run of %1").arg(run.action)
            : (run.planTitle.isEmpty() ? tr("Schedule %1").arg(run.planId) : run.planTitle);
    const QString why = run.failReason.isEmpty() ? run.message : run.failReason;
    if (inARow) {
        emit notify(tr("%1 failed %n times in a row", nullptr, kFailuresInARow).arg(schedule),
                    tr("Its last runs on %1 all failed: %2").arg(hub.name(), why));
        return;
    }
    emit notify(tr("%1 failed on %2").arg(schedule, hub.name()),
                tr("%n message(s) failed", nullptr, int(run.failed)) +
                    (why.isEmpty() ? QString() : QStringLiteral(": ") + why));
}

} // namespace ActionDeck
