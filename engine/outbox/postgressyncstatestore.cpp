#include "outbox/postgressyncstatestore.h"

#include "outbox/pgconnection.h"

namespace ActionDeck {

namespace {

QString failure(const QString& why) {
    return QStringLiteral("outbox: sync state: %1").arg(why);
}

} // namespace

PostgresSyncStateStore::PostgresSyncStateStore(PgConnection& db)
    : m_db(db) {}

bool PostgresSyncStateStore::readRows(qint64 scopeId, qint64 afterOrd, std::vector<SyncRow>& rows,
                                      QString* error) {
    PgParams params;
    params.add(scopeId).add(afterOrd);
    const PgResult blobs = m_db.exec(
        "SELECT body FROM sync_rows WHERE scope_id = $1 AND ord > $2 ORDER BY ord", params);
    if (!blobs.ok()) {
        if (error)
            *error = failure(blobs.error());
        return false;
    }
    for (int row = 0; row < blobs.rows(); ++row) {
        if (!unpack(blobs.bytes(row, 0), rows)) {
            if (error)
                *error = failure(QStringLiteral("a damaged row blob"));
            return false;
        }
    }
    return true;
}

std::optional<SyncState> PostgresSyncStateStore::open(const SyncScopeKey& key, qint64 nowMs,
                                                      QString* error) {
    QString why;
    if (!m_db.begin(&why)) {
        if (error)
            *error = failure(why);
        return std::nullopt;
    }
    // The upsert locks the scope's row until commit: a second hub opening it waits here.
    PgParams scope;
    scope.add(key.key()).add(key.planId).add(key.action).add(key.source).add(nowMs);
    const PgResult upserted =
        m_db.exec("INSERT INTO sync_scopes (key, plan_id, action, source, last_run_ms)"
                  " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO UPDATE SET last_run_ms ="
                  " EXCLUDED.last_run_ms RETURNING id",
                  scope);
    SyncState state;
    qint64 settledUpTo = -1;
    bool ok = upserted.ok() && upserted.rows() == 1;
    if (!ok)
        why = failure(upserted.error());
    if (ok) {
        state.scopeId = upserted.int64(0, 0);
        ok = compact(state.scopeId, state.rows, settledUpTo, &why) &&
             readRows(state.scopeId, settledUpTo, state.rows, &why);
    }
    if (!ok || !m_db.commit(&why)) {
        m_db.rollback();
        if (error)
            *error = why.startsWith(u"outbox:") ? why : failure(why);
        return std::nullopt;
    }
    keepLatest(state.rows);
    return state;
}

std::optional<SyncState> PostgresSyncStateStore::read(const SyncScopeKey& key, QString* error) {
    // One read-only transaction: the scope and its blobs as of one moment.
    QString why;
    if (!m_db.begin(&why) || !m_db.run("SET TRANSACTION READ ONLY", &why)) {
        m_db.rollback();
        if (error)
            *error = failure(why);
        return std::nullopt;
    }
    PgParams params;
    params.add(key.key());
    const PgResult scope = m_db.exec("SELECT id FROM sync_scopes WHERE key = $1", params);
    SyncState state;
    bool ok = scope.ok();
    if (!ok && error)
        *error = failure(scope.error());
    if (ok && scope.rows() == 1) {
        state.scopeId = scope.int64(0, 0);
        ok = readRows(state.scopeId, -1, state.rows, error);
    }
    m_db.rollback();
    if (!ok)
        return std::nullopt;
    keepLatest(state.rows);
    return state;
}

bool PostgresSyncStateStore::compact(qint64 scopeId, std::vector<SyncRow>& rows,
                                     qint64& settledUpTo, QString* error) {
    // The settled prefix: blobs older than the oldest one whose batch is still pending.
    PgParams params;
    params.add(scopeId);
    const PgResult settled = m_db.exec(
        "SELECT r.id, r.ord, r.body FROM sync_rows r WHERE r.scope_id = $1 AND r.ord < COALESCE("
        " (SELECT min(p.ord) FROM sync_rows p JOIN batches b ON b.id = p.batch_id"
        "  WHERE p.scope_id = $1 AND b.state = 0), 9223372036854775807) ORDER BY r.ord",
        params);
    if (!settled.ok()) {
        if (error)
            *error = failure(settled.error());
        return false;
    }
    std::vector<qint64> ids;
    qint64 lastOrd = -1;
    for (int row = 0; row < settled.rows(); ++row) {
        ids.push_back(settled.int64(row, 0));
        lastOrd = settled.int64(row, 1);
        if (!unpack(settled.bytes(row, 2), rows)) {
            if (error)
                *error = failure(QStringLiteral("a damaged row blob"));
            return false;
        }
    }
    keepLatest(rows);
    settledUpTo = lastOrd;
    if (ids.size() < 2)
        return true;
    PgParams gone;
    gone.addIds(ids);
    // In the place of the last one merged: still older than every pending blob.
    const QByteArray merged = pack(rows);
    PgParams insert;
    insert.add(scopeId).add(lastOrd).addBytes(
        std::string_view(merged.constData(), std::size_t(merged.size())));
    const PgResult removed = m_db.exec("DELETE FROM sync_rows WHERE id = ANY ($1)", gone);
    const PgResult added = removed.ok()
                               ? m_db.exec("INSERT INTO sync_rows (scope_id, batch_id, ord, body)"
                                           " VALUES ($1, NULL, $2, $3)",
                                           insert)
                               : PgResult();
    if (!removed.ok() || !added.ok()) {
        if (error)
            *error = failure(removed.ok() ? added.error() : removed.error());
        return false;
    }
    return true;
}

bool PostgresSyncStateStore::record(qint64 scopeId, qint64 batchId,
                                    const std::vector<SyncRow>& rows, QString* error) {
    if (rows.empty())
        return true;
    const QByteArray body = pack(rows);
    PgParams params;
    // `ord` follows the batch ids: the order the rows were sent in.
    params.add(scopeId).add(batchId).addBytes(
        std::string_view(body.constData(), std::size_t(body.size())));
    const PgResult inserted = m_db.exec(
        "INSERT INTO sync_rows (scope_id, batch_id, ord, body) VALUES ($1, $2, $2, $3)", params);
    if (!inserted.ok() && error)
        *error = failure(inserted.error());
    return inserted.ok();
}

bool PostgresSyncStateStore::setRemembered(qint64 scopeId, qint64 remembered) {
    PgParams params;
    params.add(remembered).add(scopeId);
    return m_db.exec("UPDATE sync_scopes SET remembered = $1 WHERE id = $2", params).ok();
}

std::vector<SyncScopeInfo> PostgresSyncStateStore::scopes() {
    std::vector<SyncScopeInfo> scopes;
    const PgResult rows =
        m_db.exec("SELECT id, plan_id, action, source, last_run_ms, remembered FROM sync_scopes"
                  " ORDER BY plan_id, action, source");
    for (int row = 0; row < rows.rows(); ++row)
        scopes.push_back({rows.int64(row, 0), rows.text(row, 1), rows.text(row, 2),
                          rows.text(row, 3), rows.int64(row, 4), rows.int64(row, 5)});
    return scopes;
}

int PostgresSyncStateStore::reset(const std::optional<QString>& planId) {
    // The rows go with their scope (ON DELETE CASCADE).
    if (!planId)
        return m_db.exec("DELETE FROM sync_scopes").affected();
    PgParams params;
    params.add(*planId);
    return m_db.exec("DELETE FROM sync_scopes WHERE plan_id = $1", params).affected();
}

int PostgresSyncStateStore::prune(qint64 lastRunBeforeMs) {
    PgParams params;
    params.add(lastRunBeforeMs);
    return m_db.exec("DELETE FROM sync_scopes WHERE last_run_ms < $1", params).affected();
}

} // namespace ActionDeck
