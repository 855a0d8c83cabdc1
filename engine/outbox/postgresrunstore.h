#pragma once

#include "outbox/runstore.h"

namespace ActionDeck {

class PgConnection;

/// The runs in the PostgreSQL outbox's `runs` table (schema 2), on the store's connection: a
/// run one hub took, every hub lists. A hub that crashed is known by its heartbeat, as its
/// leases are: its runs still `running` become interrupted at the next hub's start or the
/// janitor's turn.
class PostgresRunStore : public RunStore {
public:
    /// `hubId` is the store's: what begin() records and heartbeats name.
    PostgresRunStore(PgConnection& db, QString hubId);

    std::optional<qint64> begin(const RunRecord& run, QString* error) override;
    bool answer(qint64 id, const RunAnswer& answer, QString* error) override;
    std::vector<RunRecord> list(const RunFilter& filter) override;
    std::optional<RunRecord> get(qint64 id) override;
    std::vector<RunRecord> takeFinished() override;
    /// The running runs of hubs whose heartbeat stopped (or that left).
    int interruptOrphans(qint64 nowMs) override;
    int prune(qint64 finishedBeforeMs) override;
    std::vector<PlanLastSuccess> lastSuccessPerPlan(int limit = kPlansKept) override;

    /// Within the caller's transaction (see SqliteRunStore::settle); the marks have an index
    /// here (8 KB pages), for the settle steps of every run marked.
    bool settle(qint64 nowMs, std::vector<qint64>& finished, qint64 runId = 0);
    /// After the caller's commit: `finished` is told by the next takeFinished().
    void noteFinished(const std::vector<qint64>& finished);

private:
    /// Runs `sql` with `params` and the settle step (of `runId`, or every run marked) in one
    /// transaction; rows `sql` changed, or -1 when it failed.
    int changeAndSettle(const char* sql, const class PgParams& params, qint64 nowMs, QString* error,
                        qint64 runId = 0);

    PgConnection& m_db;
    QString m_hubId;
    std::vector<qint64> m_finished;
};

} // namespace ActionDeck
