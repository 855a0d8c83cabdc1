#include "outbox/postgresrunstore.h"

#include "outbox/pgconnection.h"
#include "outbox/postgresoutboxstore.h"

#include <algorithm>

namespace ActionDeck {

namespace {

QString failure(const QString& why) {
    return QStringLiteral("outbox: runs: %1").arg(why);
}

RunRecord recordFrom(const PgResult& result, int row) {
    RunRecord run;
    int at = 0;
    const auto number = [&] { return result.int64(row, at++); };
    const auto text = [&] { return result.text(row, at++); };
    run.id = number();
    run.hubId = text();
    run.receivedMs = number();
    run.answeredMs = number();
    run.finishedMs = number();
    run.action = text();
    run.region = text();
    run.source = text();
    run.planId = text();
    run.planTitle = text();
    run.lookId = text();
    run.queryId = text();
    run.url = text();
    run.lookerInstance = text();
    run.rowsRead = number();
    run.rowsSkipped = number();
    run.rowsUnchanged = number();
    run.messagesStored = number();
    run.skipReasons = RunStore::unpackReasons(text());
    run.success = number() != 0;
    run.message = text();
    run.delivered = number();
    run.failed = number();
    run.pending = number();
    run.failReason = text();
    // A state this version does not know reads as interrupted rather than as a crash.
    const qint64 state = number();
    run.state = state >= int(RunState::Running) && state <= int(RunState::Interrupted)
                    ? RunState(state)
                    : RunState::Interrupted;
    return run;
}

} // namespace

PostgresRunStore::PostgresRunStore(PgConnection& db, QString hubId)
    : m_db(db)
    , m_hubId(std::move(hubId)) {}

std::optional<qint64> PostgresRunStore::begin(const RunRecord& run, QString* error) {
    PgParams params;
    // The store's own id: the one its heartbeat keeps alive.
    params.add(m_hubId).add(run.receivedMs).add(run.action).add(run.region).add(run.source);
    params.add(run.planId).add(run.planTitle).add(run.lookId).add(run.queryId).add(run.url);
    params.add(run.lookerInstance);
    const PgResult inserted = m_db.exec(
        "INSERT INTO runs (hub_id, received_ms, action, region, source, plan_id, plan_title,"
        " look_id, query_id, url, looker_instance, state) VALUES ($1, $2, $3, $4, $5, $6, $7,"
        " $8, $9, $10, $11, 0) RETURNING id",
        params);
    if (!inserted.ok() || inserted.rows() != 1) {
        if (error)
            *error = failure(inserted.error());
        return std::nullopt;
    }
    return inserted.int64(0, 0);
}

int PostgresRunStore::changeAndSettle(const char* sql, const PgParams& params, qint64 nowMs,
                                      QString* error, qint64 runId) {
    QString why;
    if (!m_db.begin(&why)) {
        if (error)
            *error = failure(why);
        return -1;
    }
    std::vector<qint64> finished;
    const PgResult changed = m_db.exec(sql, params);
    if (!changed.ok() || !settle(nowMs, finished, runId) || !m_db.commit(&why)) {
        m_db.rollback();
        if (error)
            *error =
                failure(changed.ok() ? (why.isEmpty() ? m_db.lastError() : why) : changed.error());
        return -1;
    }
    noteFinished(finished);
    return changed.affected();
}

bool PostgresRunStore::answer(qint64 id, const RunAnswer& answer, QString* error) {
    PgParams params;
    params.add(id).add(answer.answeredMs).add(answer.rowsRead).add(answer.rowsSkipped);
    params.add(answer.rowsUnchanged).add(packReasons(answer.skipReasons));
    params.add(answer.success ? 1 : 0).add(answer.message);
    // The answer is what happened, even to a run taken for cut off: it delivers again.
    return changeAndSettle(
               "UPDATE runs SET answered_ms = $2, rows_read = $3, rows_skipped = $4,"
               " rows_unchanged = $5, skip_reasons = $6, success = $7, message = $8, state = 1,"
               " finished_ms = 0, dirty = 1 WHERE id = $1 AND answered_ms = 0",
               params, answer.answeredMs, error, id) > 0;
}

bool PostgresRunStore::settle(qint64 nowMs, std::vector<qint64>& finished, qint64 runId) {
    PgParams now;
    now.add(nowMs).add(runId);
    // The row lock the batch's trigger took makes this hub the only one that can see the run's
    // pending count reach 0 here: another hub settling its last batch at once waited for it.
    const QByteArray sql = QByteArray("UPDATE runs SET dirty = 0, finished_ms = $1, state = ") +
                           kFinalStateSql +
                           " WHERE dirty = 1 AND state <> 0 AND pending = 0 AND finished_ms = 0"
                           " AND ($2 = 0 OR id = $2) RETURNING id";
    const PgResult finishing = m_db.exec(sql.constData(), now);
    if (!finishing.ok())
        return false;
    for (int row = 0; row < finishing.rows(); ++row)
        finished.push_back(finishing.int64(row, 0));
    // The rest: counters moved, or a final run has pending messages again (a retry).
    PgParams run;
    run.add(runId);
    return m_db
        .exec("UPDATE runs SET dirty = 0, finished_ms = CASE WHEN pending > 0 THEN 0 ELSE"
              " finished_ms END, state = CASE WHEN pending > 0 AND state IN (2, 3, 4) THEN 1"
              " ELSE state END WHERE dirty = 1 AND ($1 = 0 OR id = $1)",
              run)
        .ok();
}

void PostgresRunStore::noteFinished(const std::vector<qint64>& finished) {
    m_finished.insert(m_finished.end(), finished.begin(), finished.end());
}

std::vector<RunRecord> PostgresRunStore::list(const RunFilter& filter) {
    std::vector<RunRecord> runs;
    PgParams params;
    params.add(filter.planId ? 1 : 0).add(filter.planId.value_or(QString()));
    params.add(filter.state ? int(*filter.state) : -1).add(filter.afterId);
    params.add(qint64(filter.limit));
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM runs WHERE ($1 = 0 OR plan_id = $2) AND ($3 < 0 OR state = $3)"
                           " AND id > $4 ORDER BY id LIMIT CASE WHEN $5 < 0 THEN NULL ELSE $5 END";
    const PgResult rows = m_db.exec(sql.constData(), params);
    for (int row = 0; row < rows.rows(); ++row)
        runs.push_back(recordFrom(rows, row));
    return runs;
}

std::optional<RunRecord> PostgresRunStore::get(qint64 id) {
    PgParams params;
    params.add(id);
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM runs WHERE id = $1";
    const PgResult rows = m_db.exec(sql.constData(), params);
    if (rows.rows() != 1)
        return std::nullopt;
    return recordFrom(rows, 0);
}

std::vector<RunRecord> PostgresRunStore::takeFinished() {
    std::vector<RunRecord> runs;
    for (const qint64 id : std::exchange(m_finished, {})) {
        if (auto run = get(id))
            runs.push_back(std::move(*run));
    }
    return runs;
}

int PostgresRunStore::interruptOrphans(qint64 nowMs) {
    PgParams params;
    params.add(PostgresOutboxStore::kDeadHubMs);
    // A hub is gone as its leases are: no fresh heartbeat (or none at all: it left). The
    // counters moved with the batches; what the batches say is checked again all the same,
    // since an interrupted run's counts are all it has. Two hubs at once: the row locks make
    // the second find the runs no longer running.
    const int interrupted = changeAndSettle(
        "UPDATE runs r SET state = 5, dirty = 1, pending = c.pending,"
        " delivered = GREATEST(r.delivered, c.delivered), failed = GREATEST(r.failed, c.failed),"
        " messages_stored = c.pending + GREATEST(r.delivered, c.delivered)"
        " + GREATEST(r.failed, c.failed)"
        " FROM (SELECT o.id,"
        " coalesce(sum(b.message_count) FILTER (WHERE b.state = 0), 0) AS pending,"
        " coalesce(sum(b.message_count) FILTER (WHERE b.state = 1), 0) AS delivered,"
        " coalesce(sum(b.message_count) FILTER (WHERE b.state = 2), 0) AS failed"
        " FROM runs o LEFT JOIN batches b ON b.run_id = o.id WHERE o.state = 0 AND o.hub_id"
        " NOT IN (SELECT id FROM hubs WHERE heartbeat_ms >= actiondeck_now_ms() - $1)"
        " GROUP BY o.id) c WHERE r.id = c.id AND r.state = 0",
        params, nowMs, nullptr);
    return std::max(interrupted, 0);
}

int PostgresRunStore::prune(qint64 finishedBeforeMs) {
    PgParams params;
    params.add(finishedBeforeMs);
    return m_db.exec("DELETE FROM runs WHERE finished_ms > 0 AND finished_ms < $1", params)
        .affected();
}

std::vector<PlanLastSuccess> PostgresRunStore::lastSuccessPerPlan(int limit) {
    std::vector<PlanLastSuccess> plans;
    PgParams params;
    params.add(qint64(limit));
    const PgResult rows =
        m_db.exec("SELECT plan_id, max(finished_ms) AS last_ms FROM runs WHERE plan_id <> ''"
                  " AND success <> 0 AND state IN (2, 3) GROUP BY plan_id"
                  " ORDER BY last_ms DESC, plan_id LIMIT $1",
                  params);
    for (int row = 0; row < rows.rows(); ++row)
        plans.push_back({rows.text(row, 0), rows.int64(row, 1)});
    return plans;
}

} // namespace ActionDeck
