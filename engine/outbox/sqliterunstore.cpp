#include "outbox/sqliterunstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ActionDeck {

namespace {

QString failure(const QString& why) {
    return QStringLiteral("outbox: runs: %1").arg(why);
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

RunRecord recordFrom(const QSqlQuery& query) {
    RunRecord run;
    int at = 0;
    const auto next = [&query, &at] { return query.value(at++); };
    run.id = next().toLongLong();
    run.hubId = next().toString();
    run.receivedMs = next().toLongLong();
    run.answeredMs = next().toLongLong();
    run.finishedMs = next().toLongLong();
    run.action = next().toString();
    run.region = next().toString();
    run.source = next().toString();
    run.planId = next().toString();
    run.planTitle = next().toString();
    run.lookId = next().toString();
    run.queryId = next().toString();
    run.url = next().toString();
    run.lookerInstance = next().toString();
    run.rowsRead = next().toLongLong();
    run.rowsSkipped = next().toLongLong();
    run.rowsUnchanged = next().toLongLong();
    run.messagesStored = next().toLongLong();
    run.skipReasons = RunStore::unpackReasons(next().toString());
    run.success = next().toInt() != 0;
    run.message = next().toString();
    run.delivered = next().toLongLong();
    run.failed = next().toLongLong();
    run.pending = next().toLongLong();
    run.failReason = next().toString();
    // A state this version does not know reads as interrupted rather than as a crash.
    const int state = next().toInt();
    run.state = state >= int(RunState::Running) && state <= int(RunState::Interrupted)
                    ? RunState(state)
                    : RunState::Interrupted;
    return run;
}

} // namespace

SqliteRunStore::SqliteRunStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

std::optional<qint64> SqliteRunStore::begin(const RunRecord& run, QString* error) {
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO runs (hub_id, received_ms, action, region, source, plan_id, plan_title,"
        " look_id, query_id, url, looker_instance, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, 0)"));
    for (const QVariant& value :
         {QVariant(text(run.hubId)), QVariant(run.receivedMs), QVariant(text(run.action)),
          QVariant(text(run.region)), QVariant(text(run.source)), QVariant(text(run.planId)),
          QVariant(text(run.planTitle)), QVariant(text(run.lookId)), QVariant(text(run.queryId)),
          QVariant(text(run.url)), QVariant(text(run.lookerInstance))})
        insert.addBindValue(value);
    if (!insert.exec()) {
        if (error)
            *error = failure(insert.lastError().text());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

bool SqliteRunStore::changeAndSettle(QSqlQuery& change, qint64 nowMs, qint64 runId, int* changed,
                                     QString* error) {
    if (!m_db.transaction()) {
        if (error)
            *error = failure(m_db.lastError().text());
        return false;
    }
    std::vector<qint64> finished;
    // SQLite counts the changes of the connection's last statement: read before settling.
    const bool executed = change.exec();
    const int rows = executed ? change.numRowsAffected() : 0;
    const bool ok = executed && settle(nowMs, finished, runId);
    if (changed)
        *changed = ok ? rows : 0;
    if (!ok || !m_db.commit()) {
        if (error)
            *error = failure(change.lastError().text());
        m_db.rollback();
        return false;
    }
    noteFinished(finished);
    return true;
}

bool SqliteRunStore::answer(qint64 id, const RunAnswer& answer, QString* error) {
    QSqlQuery update(m_db);
    // The answer is what happened, even to a run taken for cut off: it delivers again.
    update.prepare(QStringLiteral(
        "UPDATE runs SET answered_ms = ?, rows_read = ?, rows_skipped = ?, rows_unchanged = ?,"
        " skip_reasons = ?, success = ?, message = ?, state = 1, finished_ms = 0, dirty = 1"
        " WHERE id = ? AND answered_ms = 0"));
    update.addBindValue(answer.answeredMs);
    update.addBindValue(answer.rowsRead);
    update.addBindValue(answer.rowsSkipped);
    update.addBindValue(answer.rowsUnchanged);
    update.addBindValue(packReasons(answer.skipReasons));
    update.addBindValue(answer.success ? 1 : 0);
    update.addBindValue(text(answer.message));
    update.addBindValue(id);
    int changed = 0;
    return changeAndSettle(update, answer.answeredMs, id, &changed, error) && changed > 0;
}

qint64 SqliteRunStore::runOf(qint64 batchId) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(run_id, 0) FROM batches WHERE id = ?"));
    query.addBindValue(batchId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool SqliteRunStore::settle(qint64 nowMs, std::vector<qint64>& finished, qint64 runId) {
    const QString only = runId != 0 ? QStringLiteral(" AND id = %1").arg(runId) : QString();
    // Final: answered (or interrupted) with nothing pending.
    QSqlQuery finishing(m_db);
    finishing.prepare(QStringLiteral("UPDATE runs SET dirty = 0, finished_ms = ?, state = %1"
                                     " WHERE dirty = 1 AND state <> 0 AND pending = 0"
                                     " AND finished_ms = 0%2 RETURNING id")
                          .arg(QLatin1String(kFinalStateSql), only));
    finishing.addBindValue(nowMs);
    if (!finishing.exec())
        return false;
    while (finishing.next())
        finished.push_back(finishing.value(0).toLongLong());
    finishing.finish();
    // The rest: counters moved, or a final run has pending messages again (a retry).
    QSqlQuery rest(m_db);
    return rest.exec(
        QStringLiteral(
            "UPDATE runs SET dirty = 0, finished_ms = CASE WHEN pending > 0 THEN 0 ELSE finished_ms"
            " END, state = CASE WHEN pending > 0 AND state IN (2, 3, 4) THEN 1 ELSE state END"
            " WHERE dirty = 1%1")
            .arg(only));
}

void SqliteRunStore::noteFinished(const std::vector<qint64>& finished) {
    m_finished.insert(m_finished.end(), finished.begin(), finished.end());
}

std::vector<RunRecord> SqliteRunStore::list(const RunFilter& filter) {
    std::vector<RunRecord> runs;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE (? = 0 OR plan_id = ?)"
                                 " AND (? < 0 OR state = ?) AND id > ? ORDER BY id LIMIT ?")
                      .arg(QLatin1String(kColumns)));
    const int state = filter.state ? int(*filter.state) : -1;
    query.addBindValue(filter.planId ? 1 : 0);
    query.addBindValue(text(filter.planId.value_or(QString())));
    query.addBindValue(state);
    query.addBindValue(state);
    query.addBindValue(filter.afterId);
    query.addBindValue(filter.limit);
    if (!query.exec())
        return runs;
    while (query.next())
        runs.push_back(recordFrom(query));
    return runs;
}

std::optional<RunRecord> SqliteRunStore::get(qint64 id) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

std::vector<RunRecord> SqliteRunStore::takeFinished() {
    std::vector<RunRecord> runs;
    for (const qint64 id : std::exchange(m_finished, {})) {
        if (auto run = get(id))
            runs.push_back(std::move(*run));
    }
    return runs;
}

int SqliteRunStore::interruptOrphans(qint64 nowMs) {
    // The counters moved with the batches; what the batches say is checked again all the same,
    // since an interrupted run's counts are all it has (it never read to the end).
    QSqlQuery interrupt(m_db);
    interrupt.prepare(QStringLiteral(
        "UPDATE runs SET state = 5, dirty = 1,"
        " pending = (SELECT COALESCE(SUM(message_count), 0) FROM batches"
        " WHERE run_id = runs.id AND state = 0),"
        " delivered = MAX(delivered, (SELECT COALESCE(SUM(message_count), 0) FROM batches"
        " WHERE run_id = runs.id AND state = 1)),"
        " failed = MAX(failed, (SELECT COALESCE(SUM(message_count), 0) FROM batches"
        " WHERE run_id = runs.id AND state = 2))"
        " WHERE state = 0"));
    if (!m_db.transaction())
        return 0;
    std::vector<qint64> finished;
    QSqlQuery stored(m_db);
    const bool executed = interrupt.exec();
    const int interrupted = executed ? interrupt.numRowsAffected() : 0; // before the next
    const bool ok =
        executed &&
        stored.exec(QStringLiteral("UPDATE runs SET messages_stored = delivered + failed + pending"
                                   " WHERE dirty = 1 AND state = 5")) &&
        settle(nowMs, finished);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return 0;
    }
    noteFinished(finished);
    return interrupted;
}

int SqliteRunStore::prune(qint64 finishedBeforeMs) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM runs WHERE finished_ms > 0 AND finished_ms < ?"));
    query.addBindValue(finishedBeforeMs);
    return query.exec() ? query.numRowsAffected() : 0;
}

std::vector<PlanLastSuccess> SqliteRunStore::lastSuccessPerPlan(int limit) {
    std::vector<PlanLastSuccess> plans;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT plan_id, MAX(finished_ms) AS last_ms FROM runs WHERE plan_id <> ''"
        " AND success <> 0 AND state IN (2, 3) GROUP BY plan_id ORDER BY last_ms DESC, plan_id"
        " LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return plans;
    while (query.next())
        plans.push_back({query.value(0).toString(), query.value(1).toLongLong()});
    return plans;
}

} // namespace ActionDeck
