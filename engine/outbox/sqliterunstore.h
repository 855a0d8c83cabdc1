#pragma once

#include "outbox/runstore.h"

#include <QSqlDatabase>

namespace ActionDeck {

/// The runs in the SQLite outbox's `runs` table (schema 6), on the store's connection. One hub
/// holds the file, so every run still `running` when it starts was cut off by a crash.
class SqliteRunStore : public RunStore {
public:
    explicit SqliteRunStore(QSqlDatabase db = {});

    std::optional<qint64> begin(const RunRecord& run, QString* error) override;
    bool answer(qint64 id, const RunAnswer& answer, QString* error) override;
    std::vector<RunRecord> list(const RunFilter& filter) override;
    std::optional<RunRecord> get(qint64 id) override;
    std::vector<RunRecord> takeFinished() override;
    /// Every run still running: call it only from the hub that holds the file, as it starts.
    int interruptOrphans(qint64 nowMs) override;
    int prune(qint64 finishedBeforeMs) override;
    std::vector<PlanLastSuccess> lastSuccessPerPlan(int limit = kPlansKept) override;

    /// Within the caller's transaction, once batches changed: sets the runs the triggers marked
    /// (final when answered with nothing pending); `finished` gets those that became final.
    /// `runId`: only that run, found by its key (0: every run marked, found by a scan: the
    /// marks have no index, which would add a page to every settle's commit).
    bool settle(qint64 nowMs, std::vector<qint64>& finished, qint64 runId = 0);
    /// The run batch `batchId` belongs to; 0 for none.
    qint64 runOf(qint64 batchId);
    /// After the caller's commit: `finished` is told by the next takeFinished().
    void noteFinished(const std::vector<qint64>& finished);

private:
    /// Runs `change` (bound and ready) and the settle step in one transaction.
    bool changeAndSettle(class QSqlQuery& change, qint64 nowMs, qint64 runId, int* changed,
                         QString* error);

    QSqlDatabase m_db;
    std::vector<qint64> m_finished;
};

} // namespace ActionDeck
