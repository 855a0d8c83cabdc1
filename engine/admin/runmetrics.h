#pragma once

#include <QtGlobal>

namespace ActionDeck {

class PrometheusText;
class RunMonitor;

/// The run families of /metrics: actiondeck_runs_total{action,outcome},
/// actiondeck_run_rows_total{action,kind}, actiondeck_schedule_last_success_timestamp_seconds
/// {plan_id} (from the store: it survives a restart; at most RunStore::kPlansKept plans) and
/// actiondeck_outbox_oldest_pending_seconds.
class RunMetrics {
public:
    static void append(PrometheusText& text, const RunMonitor* monitor, qint64 nowMs);
};

} // namespace ActionDeck
