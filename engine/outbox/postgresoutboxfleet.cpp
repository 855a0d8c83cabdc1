// PostgresOutboxStore's part in the fleet: the heartbeat, the janitor's turn, the hubs alive
// and the wake-ups; the batches are in postgresoutboxstore.cpp.
#include "outbox/postgresoutboxstore.h"
#include "outbox/postgresschema.h"

#include <QDateTime>

namespace ActionDeck {

bool PostgresOutboxStore::maintain() {
    PgParams hub;
    hub.add(m_hubId).add(kLeaseMs);
    // The heartbeat, and the leases of the batches this hub is sending renewed with it.
    const PgResult beat =
        m_db.exec("INSERT INTO hubs (id, started_ms, heartbeat_ms)"
                  " VALUES ($1, actiondeck_now_ms(), actiondeck_now_ms())"
                  " ON CONFLICT (id) DO UPDATE SET heartbeat_ms = EXCLUDED.heartbeat_ms",
                  hub);
    if (!beat.ok())
        return false;
    m_db.exec("UPDATE batches SET lease_until_ms = actiondeck_now_ms() + $2"
              " WHERE lease_hub = $1 AND state = 0",
              hub);
    // One janitor at a time, whichever hub gets the lock: the others skip this turn.
    if (!m_db.begin())
        return false;
    PgParams janitor;
    janitor.add(PostgresSchema::kJanitorLock);
    const PgResult elected = m_db.exec("SELECT pg_try_advisory_xact_lock($1)", janitor);
    const bool isJanitor =
        elected.ok() && elected.rows() == 1 && elected.bytes(0, 0) == std::string_view("\1", 1);
    if (isJanitor) {
        PgParams dead;
        dead.add(kDeadHubMs);
        m_db.exec("UPDATE batches SET lease_hub = NULL WHERE lease_hub IN (SELECT id FROM hubs"
                  " WHERE heartbeat_ms < actiondeck_now_ms() - $1)",
                  dead);
        // Gone for a day: no longer listed among the fleet's hubs.
        m_db.exec("DELETE FROM hubs WHERE heartbeat_ms < actiondeck_now_ms() - 86400000");
        // Fresh statistics: the queue's tables turn over all day, and a plan made for an empty
        // table would scan millions of rows. Autovacuum does it too, but by its own clock.
        const PgResult stale = m_db.exec(
            "SELECT 1 FROM pg_stat_user_tables WHERE relid = 'actiondeck.batches'::regclass"
            " AND n_mod_since_analyze > 1000 AND COALESCE(GREATEST(last_analyze,"
            " last_autoanalyze), 'epoch') < now() - interval '10 minutes'");
        if (stale.ok() && stale.rows() == 1)
            m_db.run("ANALYZE batches, attempts, sync_rows");
    }
    if (!m_db.commit())
        return false;
    // In a transaction of its own (RunStore's): a hub that crashed mid-execute left its run
    // running, and no one else would ever end it.
    if (isJanitor)
        m_runs.interruptOrphans(QDateTime::currentMSecsSinceEpoch());
    return true;
}

int PostgresOutboxStore::liveHubs() {
    PgParams params;
    params.add(kDeadHubMs);
    const PgResult rows = m_db.exec(
        "SELECT count(*) FROM hubs WHERE heartbeat_ms >= actiondeck_now_ms() - $1", params);
    return rows.rows() == 1 ? int(rows.int64(0, 0)) : 0;
}

bool PostgresOutboxStore::speaksForFleet() {
    PgParams params;
    params.add(kDeadHubMs);
    const PgResult rows = m_db.exec(
        "SELECT min(id) FROM hubs WHERE heartbeat_ms >= actiondeck_now_ms() - $1", params);
    // No answer: better told twice than never.
    return rows.rows() != 1 || rows.isNull(0, 0) || rows.text(0, 0) == m_hubId;
}

bool PostgresOutboxStore::takeWakeups() {
    return !m_db.takeNotifications().empty();
}

} // namespace ActionDeck
