#include "alerts/runmonitor.h"

#include "alerts/runnotice.h"
#include "core/clock.h"
#include "outbox/outbox.h"

#include <QUrl>

namespace ActionDeck {

RunMonitor::RunMonitor(Outbox& outbox, QNetworkAccessManager& network, const Clock& clock,
                       QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_webhook(network) {
    connect(&m_outbox, &Outbox::runsFinished, this, &RunMonitor::onRunsFinished);
    connect(&m_timer, &QTimer::timeout, this, &RunMonitor::check);
}

void RunMonitor::setSettings(const AlertSettings& alerts) {
    m_webhook.setSettings(alerts);
    m_stuck.setStuckMinutes(alerts.stuckMinutes);
}

void RunMonitor::start(int intervalMs) {
    m_timer.start(intervalMs);
    check();
}

void RunMonitor::onRunsFinished(const QList<RunRecord>& runs) {
    bool succeeded = false;
    for (const RunRecord& run : runs) {
        const QString outcome = runStateName(run.state);
        ++m_tally.runs[{run.action, outcome}];
        m_tally.rows[{run.action, QStringLiteral("read")}] += run.rowsRead;
        m_tally.rows[{run.action, QStringLiteral("skipped")}] += run.rowsSkipped;
        m_tally.rows[{run.action, QStringLiteral("unchanged")}] += run.rowsUnchanged;
        m_tally.rows[{run.action, QStringLiteral("stored")}] += run.messagesStored;
        succeeded =
            succeeded || (!run.planId.isEmpty() && run.success &&
                          (run.state == RunState::Succeeded || run.state == RunState::Partial));
        if (const auto notice = RunNotice::of(run))
            m_webhook.send(*notice);
        emit runFinished(run);
    }
    if (succeeded)
        readLastSuccess();
}

void RunMonitor::readLastSuccess() {
    m_outbox.lastSuccessPerPlan().then(
        this, [this](const std::vector<PlanLastSuccess>& plans) { m_lastSuccess = plans; });
}

void RunMonitor::check() {
    readLastSuccess();
    m_outbox.oldestPendingByEndpoint().then(this, [this](const std::map<QString, qint64>& oldest) {
        QHash<QString, qint64> bySource;
        m_oldestPendingMs.reset();
        for (const auto& [endpoint, storedMs] : oldest) {
            const QString source = m_sourceNamer ? m_sourceNamer(endpoint) : QUrl(endpoint).host();
            const auto known = bySource.constFind(source);
            bySource[source] = known == bySource.constEnd() ? storedMs : std::min(*known, storedMs);
            m_oldestPendingMs = std::min(m_oldestPendingMs.value_or(storedMs), storedMs);
        }
        for (const AlertNotice& notice : m_stuck.observe(bySource, m_clock.nowMs()))
            m_webhook.send(notice);
    });
}

} // namespace ActionDeck
