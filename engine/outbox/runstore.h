#pragma once

#include "outbox/runrecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace ActionDeck {

/// The runs beside an outbox's batches: one per execute. A batch carries its run's id
/// (NewBatch::runId, stored by OutboxStore::append in the batch's own transaction), and the
/// schema's triggers move the run's message counters in the transaction that changes the
/// batch: stored, delivered, failed (a pending batch discarded counts as failed) and pending.
/// A run the triggers touched is marked `dirty`; the store's settle step, in that same
/// transaction, clears the mark and sets the final state and finishedMs once the run is
/// answered and nothing is pending. So every write is per execute or per batch, never per row.
class RunStore {
public:
    /// actiondeck_schedule_last_success_timestamp_seconds keeps one series per plan, no more.
    static constexpr int kPlansKept = 100;
    /// A skip reason's or a failure's text is cut to this many characters.
    static constexpr int kReasonChars = 500;

    virtual ~RunStore() = default;

    /// Records a run that starts reading its result (state running, receivedMs as given); its id.
    virtual std::optional<qint64> begin(const RunRecord& run, QString* error) = 0;
    /// Records how the execute ended: the run is delivering, or final at once when nothing it
    /// stored is pending. An answer for a run already answered changes nothing (false).
    virtual bool answer(qint64 id, const RunAnswer& answer, QString* error) = 0;
    /// Runs by id (see RunFilter).
    virtual std::vector<RunRecord> list(const RunFilter& filter) = 0;
    virtual std::optional<RunRecord> get(qint64 id) = 0;
    /// The runs that became final through this store (this connection) since the last call,
    /// as they are now. A run becomes final in one transaction, so on a shared outbox exactly
    /// one hub, the one that settled its last batch (or answered it), is told.
    virtual std::vector<RunRecord> takeFinished() = 0;
    /// Runs cut off by a crash become interrupted, their counts checked against the batches
    /// stored; how many. Which runs: see each store.
    virtual int interruptOrphans(qint64 nowMs) = 0;
    /// Deletes runs finished before `finishedBeforeMs` (`runDays`); how many.
    virtual int prune(qint64 finishedBeforeMs) = 0;
    /// Each scheduled plan's last good run (Looker told success, and it ended succeeded or
    /// partial), most recent first, at most `limit` plans.
    virtual std::vector<PlanLastSuccess> lastSuccessPerPlan(int limit = kPlansKept) = 0;

    // What both stores' SQL shares (the two dialects agree on these).
    /// The columns a RunRecord is read from, in its order (see readColumns in each store).
    static const char* const kColumns;
    /// The state of an answered run with nothing pending (interrupted stays interrupted).
    static const char* const kFinalStateSql;

    /// Skip reasons as stored: a JSON array of at most kSkipReasonsKept cut texts.
    static QString packReasons(const QStringList& reasons);
    static QStringList unpackReasons(const QString& stored);
};

} // namespace ActionDeck
