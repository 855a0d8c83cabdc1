#include "admin/runmetrics.h"

#include "admin/prometheustext.h"
#include "alerts/runmonitor.h"
#include "hub/actiondefinitions.h"

namespace ActionDeck {

void RunMetrics::append(PrometheusText& text, const RunMonitor* monitor, qint64 nowMs) {
    static const QStringList outcomes{
        runStateName(RunState::Succeeded), runStateName(RunState::Partial),
        runStateName(RunState::Failed), runStateName(RunState::Interrupted)};
    static const QStringList kinds{QStringLiteral("read"), QStringLiteral("skipped"),
                                   QStringLiteral("unchanged"), QStringLiteral("stored")};
    const RunMonitor::Tally empty;
    const RunMonitor::Tally& tally = monitor ? monitor->tally() : empty;
    // Every action's series from 0, so that increase() sees a first failure.
    QStringList actions = ActionDefinitions::names();
    for (const auto& [key, count] : tally.runs) {
        if (!actions.contains(key.first))
            actions.append(key.first);
    }
    text.family("actiondeck_runs_total", "counter",
                QStringLiteral("Runs (executes) that ended, by action and final state, each once "
                               "in a fleet."));
    for (const QString& action : actions) {
        for (const QString& outcome : outcomes) {
            const auto found = tally.runs.find({action, outcome});
            text.sample("actiondeck_runs_total", found == tally.runs.end() ? 0 : found->second,
                        {{"action", action}, {"outcome", outcome}});
        }
    }
    text.family("actiondeck_run_rows_total", "counter",
                QStringLiteral("Rows of ended runs: read, skipped, unchanged (only new or changed "
                               "rows), and messages stored."));
    for (const QString& action : actions) {
        for (const QString& kind : kinds) {
            const auto found = tally.rows.find({action, kind});
            text.sample("actiondeck_run_rows_total",
                        found == tally.rows.end() ? 0 : double(found->second),
                        {{"action", action}, {"kind", kind}});
        }
    }
    text.family("actiondeck_schedule_last_success_timestamp_seconds", "gauge",
                QStringLiteral("When each scheduled plan's last good run ended (the 100 most "
                               "recent plans)."));
    if (monitor) {
        for (const PlanLastSuccess& plan : monitor->lastSuccess())
            text.sample("actiondeck_schedule_last_success_timestamp_seconds",
                        double(plan.finishedMs) / 1000.0, {{"plan_id", plan.planId}});
    }
    text.family("actiondeck_outbox_oldest_pending_seconds", "gauge",
                QStringLiteral("How long the oldest pending batch has waited; 0 when none."));
    const auto oldest = monitor ? monitor->oldestPendingMs() : std::nullopt;
    text.sample("actiondeck_outbox_oldest_pending_seconds",
                oldest ? double(std::max<qint64>(0, nowMs - *oldest)) / 1000.0 : 0);
}

} // namespace ActionDeck
