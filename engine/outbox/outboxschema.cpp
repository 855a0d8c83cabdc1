#include "outbox/outboxschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace ActionDeck {

namespace {

// Step N takes the schema from version N to N + 1. Never edit a released step: add one.
const std::vector<std::vector<QString>>& migrationSteps() {
    static const std::vector<std::vector<QString>> steps = {
        {
            QStringLiteral("CREATE TABLE sources ("
                           " id INTEGER PRIMARY KEY,"
                           " endpoint TEXT NOT NULL,"
                           " write_key TEXT NOT NULL,"
                           " UNIQUE (endpoint, write_key))"),
            QStringLiteral("CREATE TABLE batches ("
                           " id INTEGER PRIMARY KEY,"
                           " source_id INTEGER NOT NULL REFERENCES sources(id),"
                           " state INTEGER NOT NULL,"
                           " message_count INTEGER NOT NULL,"
                           " payload BLOB NOT NULL,"
                           " origin TEXT NOT NULL DEFAULT '',"
                           " created_ms INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
                           " delivered_ms INTEGER NOT NULL DEFAULT 0,"
                           " last_status INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX batches_by_state ON batches (state, next_attempt_ms)"),
        },
        // 1 → 2: payloads in a table of their own. A state change rewrites its whole row, and a
        // row holding a 450 KB payload meant reading and writing the payload again for every
        // attempt, and the checkpoint copying it once more.
        {
            QStringLiteral("CREATE TABLE payloads ("
                           " batch_id INTEGER PRIMARY KEY REFERENCES batches(id) ON DELETE CASCADE,"
                           " body BLOB NOT NULL)"),
            QStringLiteral("INSERT INTO payloads (batch_id, body) SELECT id, payload FROM batches"),
            QStringLiteral("ALTER TABLE batches DROP COLUMN payload"),
        },
        // 2 → 3: payloads may be stored compressed (PayloadCodec::Encoding); old ones are plain.
        {
            QStringLiteral("ALTER TABLE payloads ADD COLUMN encoding INTEGER NOT NULL DEFAULT 0"),
        },
        // 3 → 4: each batch's delivery attempts, so that every viewer (and a restarted hub)
        // sees why a batch is where it is. Older batches simply have none. Rows go with their
        // batch (ON DELETE CASCADE: discard and prune); the index serves both the detail view
        // and those deletes.
        {
            QStringLiteral("CREATE TABLE attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
                           " at_ms INTEGER NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " outcome INTEGER NOT NULL,"
                           " error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX attempts_by_batch ON attempts (batch_id)"),
        },
        // 4 → 5: the sync state of "only new or changed rows" (SyncStateStore). A scope is one
        // (scheduled plan, action, destination source); its rows are kept a blob per batch that
        // sent them, in the order sent. A batch that ends failed or is discarded takes its rows
        // with it (the triggers), so the next run sends them again; a delivered batch pruned
        // leaves them (its batch_id is only a reference then).
        {
            QStringLiteral("CREATE TABLE sync_scopes ("
                           " id INTEGER PRIMARY KEY,"
                           " key TEXT NOT NULL UNIQUE,"
                           " plan_id TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " last_run_ms INTEGER NOT NULL,"
                           " remembered INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE sync_rows ("
                " id INTEGER PRIMARY KEY,"
                " scope_id INTEGER NOT NULL REFERENCES sync_scopes(id) ON DELETE CASCADE,"
                " batch_id INTEGER,"
                " ord INTEGER NOT NULL,"
                " body BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_rows_by_scope ON sync_rows (scope_id, ord)"),
            QStringLiteral("CREATE INDEX sync_rows_by_batch ON sync_rows (batch_id)"),
            QStringLiteral("CREATE TRIGGER sync_forget_failed AFTER UPDATE OF state ON batches"
                           " WHEN NEW.state = 2 BEGIN"
                           " DELETE FROM sync_rows WHERE batch_id = NEW.id; END"),
            QStringLiteral("CREATE TRIGGER sync_forget_discarded AFTER DELETE ON batches"
                           " WHEN OLD.state IN (0, 2) BEGIN"
                           " DELETE FROM sync_rows WHERE batch_id = OLD.id; END"),
        },
        // 5 → 6: runs, one per execute (RunStore), and each batch's run. The triggers move a
        // run's message counters in the transaction that stores, settles, retries or discards
        // its batch (a pending batch discarded counts as failed; a reason is cut to 500
        // characters, RunStore::kReasonChars), and mark it `dirty` for the store's settle step,
        // which sets the final state. The marks have no index: the settle step finds its run by
        // id, and an index would add a 64 KB page to every settle's commit. Older batches have
        // no run; a run pruned leaves its batches' run_id a plain reference, as sync_rows'
        // batch_id is.
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id INTEGER PRIMARY KEY,"
                           " hub_id TEXT NOT NULL DEFAULT '',"
                           " received_ms INTEGER NOT NULL,"
                           " answered_ms INTEGER NOT NULL DEFAULT 0,"
                           " finished_ms INTEGER NOT NULL DEFAULT 0,"
                           " action TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " plan_id TEXT NOT NULL DEFAULT '',"
                           " plan_title TEXT NOT NULL DEFAULT '',"
                           " look_id TEXT NOT NULL DEFAULT '',"
                           " query_id TEXT NOT NULL DEFAULT '',"
                           " url TEXT NOT NULL DEFAULT '',"
                           " looker_instance TEXT NOT NULL DEFAULT '',"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " rows_skipped INTEGER NOT NULL DEFAULT 0,"
                           " rows_unchanged INTEGER NOT NULL DEFAULT 0,"
                           " messages_stored INTEGER NOT NULL DEFAULT 0,"
                           " skip_reasons TEXT NOT NULL DEFAULT '[]',"
                           " success INTEGER NOT NULL DEFAULT 0,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " delivered INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " pending INTEGER NOT NULL DEFAULT 0,"
                           " fail_reason TEXT NOT NULL DEFAULT '',"
                           " state INTEGER NOT NULL DEFAULT 0,"
                           " dirty INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX runs_by_plan ON runs (plan_id, id)"),
            QStringLiteral("CREATE INDEX runs_by_finished ON runs (finished_ms)"),
            QStringLiteral("CREATE INDEX runs_running ON runs (id) WHERE state = 0"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN run_id INTEGER"),
            QStringLiteral(
                "CREATE INDEX batches_by_run ON batches (run_id) WHERE run_id IS NOT NULL"),
            QStringLiteral(
                "CREATE TRIGGER runs_count_stored AFTER INSERT ON batches"
                " WHEN NEW.run_id IS NOT NULL BEGIN"
                " UPDATE runs SET messages_stored = messages_stored + NEW.message_count,"
                " pending = pending + CASE NEW.state WHEN 0 THEN NEW.message_count ELSE 0 END,"
                " delivered = delivered + CASE NEW.state WHEN 1 THEN NEW.message_count ELSE 0 END,"
                " failed = failed + CASE NEW.state WHEN 2 THEN NEW.message_count ELSE 0 END,"
                " fail_reason = CASE WHEN fail_reason = '' AND NEW.state = 2"
                " THEN substr(NEW.last_error, 1, 500) ELSE fail_reason END,"
                " dirty = 1 WHERE id = NEW.run_id; END"),
            QStringLiteral(
                "CREATE TRIGGER runs_count_settled AFTER UPDATE OF state ON batches"
                " WHEN NEW.run_id IS NOT NULL AND NEW.state <> OLD.state BEGIN"
                " UPDATE runs SET"
                " pending = pending + CASE NEW.state WHEN 0 THEN NEW.message_count ELSE 0 END"
                " - CASE OLD.state WHEN 0 THEN OLD.message_count ELSE 0 END,"
                " delivered = delivered + CASE NEW.state WHEN 1 THEN NEW.message_count ELSE 0 END"
                " - CASE OLD.state WHEN 1 THEN OLD.message_count ELSE 0 END,"
                " failed = failed + CASE NEW.state WHEN 2 THEN NEW.message_count ELSE 0 END"
                " - CASE OLD.state WHEN 2 THEN OLD.message_count ELSE 0 END,"
                " fail_reason = CASE WHEN fail_reason = '' AND NEW.state = 2"
                " THEN substr(NEW.last_error, 1, 500) ELSE fail_reason END,"
                " dirty = 1 WHERE id = NEW.run_id; END"),
            QStringLiteral("CREATE TRIGGER runs_count_discarded AFTER DELETE ON batches"
                           " WHEN OLD.run_id IS NOT NULL AND OLD.state = 0 BEGIN"
                           " UPDATE runs SET pending = pending - OLD.message_count,"
                           " failed = failed + OLD.message_count,"
                           " fail_reason = CASE WHEN fail_reason = ''"
                           " THEN 'discarded before delivery' ELSE fail_reason END,"
                           " dirty = 1 WHERE id = OLD.run_id; END"),
        },
    };
    return steps;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("outbox: %1 (%2)").arg(query.lastError().text(), sql);
    return false;
}

} // namespace

int OutboxSchema::version(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool OutboxSchema::migrate(QSqlDatabase& db, QString* error, int target) {
    if (!exec(
            db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
            error))
        return false;
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) || !count.next()) {
        if (error)
            *error = QStringLiteral("outbox: %1").arg(count.lastError().text());
        return false;
    }
    const bool empty = count.value(0).toInt() == 0;
    count.finish();
    if (empty &&
        !exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"), error))
        return false;

    const int current = version(db);
    if (current < 0) {
        if (error)
            *error = QStringLiteral("outbox: cannot read the schema version of %1")
                         .arg(db.databaseName());
        return false;
    }
    if (current > kVersion) {
        if (error)
            *error = QStringLiteral("the outbox %1 was written by a newer ActionDeck (schema %2; "
                                    "this one knows %3)")
                         .arg(db.databaseName())
                         .arg(current)
                         .arg(kVersion);
        return false;
    }
    const auto& steps = migrationSteps();
    for (int from = current; from < std::min(target, kVersion); ++from) {
        if (!db.transaction()) {
            if (error)
                *error = QStringLiteral("outbox: %1").arg(db.lastError().text());
            return false;
        }
        bool ok = true;
        for (const QString& sql : steps[std::size_t(from)])
            ok = ok && exec(db, sql, error);
        ok = ok && exec(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(from + 1),
                        error);
        if (!ok || !db.commit()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("outbox: %1").arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace ActionDeck
