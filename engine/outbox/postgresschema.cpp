#include "outbox/postgresschema.h"

#include "core/secretsealer.h"
#include "outbox/pgconnection.h"

#include <algorithm>
#include <vector>

namespace ActionDeck {

namespace {

// Step N takes the schema from version N to N + 1. Never edit a released step: add one.
// The tables follow the SQLite outbox's (see OutboxSchema), plus what sharing needs: who holds
// each batch's lease, until when, and the fencing token every later change must carry.
const std::vector<const char*>& migrationSteps() {
    static const std::vector<const char*> steps = {
        R"SQL(
CREATE FUNCTION actiondeck_now_ms() RETURNS bigint LANGUAGE sql VOLATILE
    AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;
-- A write key is kept sealed (SecretSealer), found by its keyed digest.
CREATE TABLE sources (
    id bigserial PRIMARY KEY,
    endpoint text NOT NULL,
    key_digest bytea NOT NULL,
    write_key text NOT NULL,
    UNIQUE (endpoint, key_digest));
CREATE TABLE batches (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL REFERENCES sources (id),
    state smallint NOT NULL,
    message_count integer NOT NULL,
    origin text NOT NULL DEFAULT '',
    created_ms bigint NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_ms bigint NOT NULL DEFAULT 0,
    delivered_ms bigint NOT NULL DEFAULT 0,
    last_status integer NOT NULL DEFAULT 0,
    last_error text NOT NULL DEFAULT '',
    lease_hub text,
    lease_fence bigint NOT NULL DEFAULT 0,
    lease_until_ms bigint NOT NULL DEFAULT 0);
CREATE INDEX batches_due ON batches (next_attempt_ms, id) WHERE state = 0;
CREATE INDEX batches_by_state ON batches (state, id);
CREATE INDEX batches_delivered ON batches (delivered_ms) WHERE state = 1;
CREATE INDEX batches_by_lease ON batches (lease_hub) WHERE lease_hub IS NOT NULL;
-- Payloads are zstd already: kept out of line and not compressed again.
CREATE TABLE payloads (
    batch_id bigint PRIMARY KEY REFERENCES batches (id) ON DELETE CASCADE,
    body bytea NOT NULL,
    encoding smallint NOT NULL);
ALTER TABLE payloads ALTER COLUMN body SET STORAGE EXTERNAL;
CREATE TABLE attempts (
    id bigserial PRIMARY KEY,
    batch_id bigint NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    at_ms bigint NOT NULL,
    status integer NOT NULL,
    outcome smallint NOT NULL,
    error text NOT NULL DEFAULT '');
CREATE INDEX attempts_by_batch ON attempts (batch_id, id);
CREATE TABLE sync_scopes (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    plan_id text NOT NULL,
    action text NOT NULL,
    source text NOT NULL,
    last_run_ms bigint NOT NULL,
    remembered bigint NOT NULL DEFAULT 0);
CREATE TABLE sync_rows (
    id bigserial PRIMARY KEY,
    scope_id bigint NOT NULL REFERENCES sync_scopes (id) ON DELETE CASCADE,
    batch_id bigint,
    ord bigint NOT NULL,
    body bytea NOT NULL);
CREATE INDEX sync_rows_by_scope ON sync_rows (scope_id, ord);
CREATE INDEX sync_rows_by_batch ON sync_rows (batch_id);
-- A batch that ends failed or is discarded takes the rows it sent with it.
CREATE FUNCTION actiondeck_sync_forget() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN DELETE FROM sync_rows WHERE batch_id = OLD.id; RETURN NULL; END $$;
CREATE TRIGGER sync_forget_failed AFTER UPDATE OF state ON batches
    FOR EACH ROW WHEN (NEW.state = 2 AND OLD.state <> 2) EXECUTE FUNCTION actiondeck_sync_forget();
CREATE TRIGGER sync_forget_discarded AFTER DELETE ON batches
    FOR EACH ROW WHEN (OLD.state IN (0, 2)) EXECUTE FUNCTION actiondeck_sync_forget();
-- Each hub's heartbeat: the janitor frees the leases of hubs whose heartbeat stopped.
CREATE TABLE hubs (
    id text PRIMARY KEY,
    started_ms bigint NOT NULL,
    heartbeat_ms bigint NOT NULL);
-- The fleet's configuration and admin tokens (their secrets sealed), and the check that every
-- hub seals with the same key; a change is announced on actiondeck_config.
CREATE TABLE fleet_documents (
    name text PRIMARY KEY,
    version bigint NOT NULL,
    body text NOT NULL,
    updated_ms bigint NOT NULL);
)SQL",
        // 1 → 2: runs, one per execute (RunStore), as in the SQLite outbox's schema 6: the
        // trigger moves a run's message counters in the transaction that stores, settles,
        // retries or discards its batch, and marks it `dirty` for the store's settle step. The
        // row lock it takes serialises hubs settling one run's batches at once, so exactly one
        // of them sees its last batch settle.
        R"SQL(
CREATE TABLE runs (
    id bigserial PRIMARY KEY,
    hub_id text NOT NULL DEFAULT '',
    received_ms bigint NOT NULL,
    answered_ms bigint NOT NULL DEFAULT 0,
    finished_ms bigint NOT NULL DEFAULT 0,
    action text NOT NULL DEFAULT '',
    region text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    plan_id text NOT NULL DEFAULT '',
    plan_title text NOT NULL DEFAULT '',
    look_id text NOT NULL DEFAULT '',
    query_id text NOT NULL DEFAULT '',
    url text NOT NULL DEFAULT '',
    looker_instance text NOT NULL DEFAULT '',
    rows_read bigint NOT NULL DEFAULT 0,
    rows_skipped bigint NOT NULL DEFAULT 0,
    rows_unchanged bigint NOT NULL DEFAULT 0,
    messages_stored bigint NOT NULL DEFAULT 0,
    skip_reasons text NOT NULL DEFAULT '[]',
    success smallint NOT NULL DEFAULT 0,
    message text NOT NULL DEFAULT '',
    delivered bigint NOT NULL DEFAULT 0,
    failed bigint NOT NULL DEFAULT 0,
    pending bigint NOT NULL DEFAULT 0,
    fail_reason text NOT NULL DEFAULT '',
    state smallint NOT NULL DEFAULT 0,
    dirty smallint NOT NULL DEFAULT 0);
CREATE INDEX runs_by_plan ON runs (plan_id, id);
CREATE INDEX runs_by_finished ON runs (finished_ms);
CREATE INDEX runs_dirty ON runs (id) WHERE dirty = 1;
CREATE INDEX runs_running ON runs (hub_id) WHERE state = 0;
ALTER TABLE batches ADD COLUMN run_id bigint;
CREATE INDEX batches_by_run ON batches (run_id) WHERE run_id IS NOT NULL;
CREATE FUNCTION actiondeck_runs_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    run bigint;
    n bigint;
    was integer := -1; -- no state: the batch is new
    now_state integer;
    reason text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        -- A pending batch discarded is not delivered: it counts as failed.
        run := OLD.run_id; n := OLD.message_count; was := 0; now_state := 2;
        reason := 'discarded before delivery';
    ELSE
        run := NEW.run_id; n := NEW.message_count; now_state := NEW.state;
        reason := left(NEW.last_error, 500); -- RunStore::kReasonChars
        IF TG_OP = 'UPDATE' THEN was := OLD.state; END IF;
    END IF;
    UPDATE runs SET
        messages_stored = messages_stored + CASE WHEN was = -1 THEN n ELSE 0 END,
        pending = pending + CASE WHEN now_state = 0 THEN n ELSE 0 END
            - CASE WHEN was = 0 THEN n ELSE 0 END,
        delivered = delivered + CASE WHEN now_state = 1 THEN n ELSE 0 END
            - CASE WHEN was = 1 THEN n ELSE 0 END,
        failed = failed + CASE WHEN now_state = 2 THEN n ELSE 0 END
            - CASE WHEN was = 2 THEN n ELSE 0 END,
        fail_reason = CASE WHEN fail_reason = '' AND now_state = 2 THEN reason
            ELSE fail_reason END,
        dirty = 1
    WHERE id = run;
    RETURN NULL;
END $$;
CREATE TRIGGER runs_count_stored AFTER INSERT ON batches
    FOR EACH ROW WHEN (NEW.run_id IS NOT NULL) EXECUTE FUNCTION actiondeck_runs_count();
CREATE TRIGGER runs_count_settled AFTER UPDATE OF state ON batches
    FOR EACH ROW WHEN (NEW.run_id IS NOT NULL AND NEW.state <> OLD.state)
    EXECUTE FUNCTION actiondeck_runs_count();
CREATE TRIGGER runs_count_discarded AFTER DELETE ON batches
    FOR EACH ROW WHEN (OLD.run_id IS NOT NULL AND OLD.state = 0)
    EXECUTE FUNCTION actiondeck_runs_count();
)SQL",
    };
    return steps;
}

} // namespace

int PostgresSchema::version(PgConnection& db) {
    const PgResult result = db.exec("SELECT version FROM actiondeck.schema_version");
    return result.ok() && result.rows() == 1 ? int(result.int64(0, 0)) : -1;
}

bool PostgresSchema::migrate(PgConnection& db, QString* error, int target) {
    // Session-level: held across the steps' own transactions, released however this ends.
    PgParams lock;
    lock.add(kMigrateLock);
    if (!db.exec("SELECT pg_advisory_lock($1)", lock).ok()) {
        if (error)
            *error = QStringLiteral("outbox: cannot lock the schema: %1").arg(db.lastError());
        return false;
    }
    const auto unlock = [&db] {
        PgParams key;
        key.add(kMigrateLock);
        db.exec("SELECT pg_advisory_unlock($1)", key);
    };
    QString why;
    const bool ready = db.run("CREATE SCHEMA IF NOT EXISTS actiondeck;"
                              "CREATE TABLE IF NOT EXISTS actiondeck.schema_version ("
                              " version integer NOT NULL);"
                              "INSERT INTO actiondeck.schema_version (version) SELECT 0"
                              " WHERE NOT EXISTS (SELECT 1 FROM actiondeck.schema_version);",
                              &why);
    const int current = ready ? version(db) : -1;
    if (current < 0) {
        if (error)
            *error = QStringLiteral("outbox: cannot read the schema version: %1")
                         .arg(why.isEmpty() ? db.lastError() : why);
        unlock();
        return false;
    }
    if (current > kVersion) {
        if (error)
            *error = QStringLiteral("the PostgreSQL outbox was written by a newer ActionDeck "
                                    "(schema %1; this one knows %2)")
                         .arg(current)
                         .arg(kVersion);
        unlock();
        return false;
    }
    const auto& steps = migrationSteps();
    for (int from = current; from < std::min(target, kVersion); ++from) {
        PgParams next;
        next.add(from + 1);
        const bool ok = db.begin(&why) && db.run(steps[std::size_t(from)], &why) &&
                        db.exec("UPDATE actiondeck.schema_version SET version = $1", next).ok() &&
                        db.commit(&why);
        if (!ok) {
            db.rollback();
            if (error)
                *error = QStringLiteral("outbox: migrating to schema %1 failed: %2")
                             .arg(from + 1)
                             .arg(why.isEmpty() ? db.lastError() : why);
            unlock();
            return false;
        }
    }
    unlock();
    return true;
}

bool PostgresSchema::checkSecretsKey(PgConnection& db, const SecretSealer& sealer, QString* error) {
    // The first hub leaves a value sealed by its key; every later one must open it. A hub given
    // another key would seal what the others can not open, and could not open what they sealed.
    static const QByteArray kContext = "secrets key check";
    static const QByteArray kPlain = "ActionDeck";
    const QByteArray sealed = sealer.seal(kPlain, kContext);
    PgParams insert;
    insert.add(QString::fromLatin1(kKeyCheckDocument)).add(QString::fromLatin1(sealed));
    const PgResult written = db.exec("INSERT INTO actiondeck.fleet_documents (name, version, body,"
                                     " updated_ms) VALUES ($1, 1, $2, actiondeck_now_ms())"
                                     " ON CONFLICT (name) DO NOTHING",
                                     insert);
    PgParams name;
    name.add(QString::fromLatin1(kKeyCheckDocument));
    const PgResult read =
        db.exec("SELECT body FROM actiondeck.fleet_documents WHERE name = $1", name);
    if (!written.ok() || !read.ok() || read.rows() != 1) {
        if (error)
            *error = QStringLiteral("outbox: cannot check the secrets key: %1").arg(db.lastError());
        return false;
    }
    if (sealer.open(read.text(0, 0).toLatin1(), kContext) != kPlain) {
        if (error)
            *error = QStringLiteral("--secrets-key-file is not the key this PostgreSQL outbox's "
                                    "secrets are sealed with: every hub of one outbox needs the "
                                    "same key file");
        return false;
    }
    return true;
}

} // namespace ActionDeck
