#include "outbox/sqlitesyncstatestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ActionDeck {

namespace {

QString failure(const QSqlQuery& query) {
    return QStringLiteral("outbox: sync state: %1").arg(query.lastError().text());
}

} // namespace

SqliteSyncStateStore::SqliteSyncStateStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

std::optional<qint64> SqliteSyncStateStore::scopeId(const SyncScopeKey& key, qint64 nowMs,
                                                    QString* error) {
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO sync_scopes (key, plan_id, action, source, last_run_ms) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET last_run_ms = excluded.last_run_ms RETURNING id"));
    upsert.addBindValue(key.key());
    upsert.addBindValue(key.planId);
    upsert.addBindValue(key.action);
    upsert.addBindValue(key.source);
    upsert.addBindValue(nowMs);
    if (!upsert.exec() || !upsert.next()) {
        if (error)
            *error = failure(upsert);
        return std::nullopt;
    }
    return upsert.value(0).toLongLong();
}

std::optional<SyncState> SqliteSyncStateStore::open(const SyncScopeKey& key, qint64 nowMs,
                                                    QString* error) {
    if (!m_db.transaction()) {
        if (error)
            *error = QStringLiteral("outbox: sync state: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    SyncState state;
    const auto id = scopeId(key, nowMs, error);
    // The settled part comes back merged; only what is newer is read after it.
    qint64 settledUpTo = -1;
    bool ok = id && compact(*id, state.rows, settledUpTo, error);
    if (ok) {
        state.scopeId = *id;
        QSqlQuery rows(m_db);
        rows.prepare(QStringLiteral(
            "SELECT body FROM sync_rows WHERE scope_id = ? AND ord > ? ORDER BY ord"));
        rows.addBindValue(*id);
        rows.addBindValue(settledUpTo);
        ok = rows.exec();
        while (ok && rows.next())
            ok = unpack(rows.value(0).toByteArray(), state.rows);
        if (!ok && error && error->isEmpty())
            *error = rows.lastError().isValid() ? failure(rows)
                                                : QStringLiteral("outbox: sync state: a damaged "
                                                                 "row blob");
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        if (error && error->isEmpty())
            *error = QStringLiteral("outbox: sync state: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    keepLatest(state.rows);
    return state;
}

std::optional<SyncState> SqliteSyncStateStore::read(const SyncScopeKey& key, QString* error) {
    // One read transaction: the scope and its blobs as of one moment, and nothing written.
    if (!m_db.transaction()) {
        if (error)
            *error = QStringLiteral("outbox: sync state: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    SyncState state;
    QSqlQuery scope(m_db);
    scope.prepare(QStringLiteral("SELECT id FROM sync_scopes WHERE key = ?"));
    scope.addBindValue(key.key());
    bool ok = scope.exec();
    if (ok && scope.next()) {
        state.scopeId = scope.value(0).toLongLong();
        QSqlQuery rows(m_db);
        rows.prepare(QStringLiteral("SELECT body FROM sync_rows WHERE scope_id = ? ORDER BY ord"));
        rows.addBindValue(state.scopeId);
        ok = rows.exec();
        while (ok && rows.next())
            ok = unpack(rows.value(0).toByteArray(), state.rows);
        if (!ok && error)
            *error = rows.lastError().isValid()
                         ? failure(rows)
                         : QStringLiteral("outbox: sync state: a damaged row blob");
    } else if (!ok && error) {
        *error = failure(scope);
    }
    m_db.rollback();
    if (!ok)
        return std::nullopt;
    keepLatest(state.rows);
    return state;
}

bool SqliteSyncStateStore::compact(qint64 scopeId, std::vector<SyncRow>& rows, qint64& settledUpTo,
                                   QString* error) {
    // The settled prefix: blobs older than the oldest one whose batch is still pending.
    QSqlQuery settled(m_db);
    settled.prepare(QStringLiteral(
        "SELECT r.id, r.ord, r.body FROM sync_rows r WHERE r.scope_id = ? AND r.ord < COALESCE("
        " (SELECT MIN(p.ord) FROM sync_rows p JOIN batches b ON b.id = p.batch_id"
        "  WHERE p.scope_id = ? AND b.state = 0), 9223372036854775807) ORDER BY r.ord"));
    settled.addBindValue(scopeId);
    settled.addBindValue(scopeId);
    if (!settled.exec()) {
        if (error)
            *error = failure(settled);
        return false;
    }
    std::vector<qint64> ids;
    qint64 lastOrd = -1;
    while (settled.next()) {
        ids.push_back(settled.value(0).toLongLong());
        lastOrd = settled.value(1).toLongLong();
        if (!unpack(settled.value(2).toByteArray(), rows)) {
            if (error)
                *error = QStringLiteral("outbox: sync state: a damaged row blob");
            return false;
        }
    }
    keepLatest(rows);
    settledUpTo = lastOrd;
    if (ids.size() < 2)
        return true;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM sync_rows WHERE id = ?"));
    for (const qint64 id : ids) {
        remove.bindValue(0, id);
        if (!remove.exec()) {
            if (error)
                *error = failure(remove);
            return false;
        }
    }
    // In the place of the last one merged: still older than every pending blob.
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO sync_rows (scope_id, batch_id, ord, body) VALUES (?, NULL, ?, ?)"));
    insert.addBindValue(scopeId);
    insert.addBindValue(lastOrd);
    insert.addBindValue(pack(rows));
    if (!insert.exec()) {
        if (error)
            *error = failure(insert);
        return false;
    }
    return true;
}

bool SqliteSyncStateStore::record(qint64 scopeId, qint64 batchId, const std::vector<SyncRow>& rows,
                                  QString* error) {
    if (rows.empty())
        return true;
    QSqlQuery insert(m_db);
    // `ord` follows the batch ids: the order the rows were sent in.
    insert.prepare(QStringLiteral(
        "INSERT INTO sync_rows (scope_id, batch_id, ord, body) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(scopeId);
    insert.addBindValue(batchId);
    insert.addBindValue(batchId);
    insert.addBindValue(pack(rows));
    if (!insert.exec()) {
        if (error)
            *error = failure(insert);
        return false;
    }
    return true;
}

bool SqliteSyncStateStore::setRemembered(qint64 scopeId, qint64 remembered) {
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE sync_scopes SET remembered = ? WHERE id = ?"));
    update.addBindValue(remembered);
    update.addBindValue(scopeId);
    return update.exec();
}

std::vector<SyncScopeInfo> SqliteSyncStateStore::scopes() {
    std::vector<SyncScopeInfo> scopes;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, plan_id, action, source, last_run_ms, remembered"
                                   " FROM sync_scopes ORDER BY plan_id, action, source")))
        return scopes;
    while (query.next())
        scopes.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toLongLong(), query.value(5).toLongLong()});
    return scopes;
}

int SqliteSyncStateStore::reset(const std::optional<QString>& planId) {
    QSqlQuery query(m_db);
    // The rows go with their scope (ON DELETE CASCADE).
    if (!planId)
        return query.exec(QStringLiteral("DELETE FROM sync_scopes")) ? query.numRowsAffected() : 0;
    query.prepare(QStringLiteral("DELETE FROM sync_scopes WHERE plan_id = ?"));
    query.addBindValue(*planId);
    return query.exec() ? query.numRowsAffected() : 0;
}

int SqliteSyncStateStore::prune(qint64 lastRunBeforeMs) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_scopes WHERE last_run_ms < ?"));
    query.addBindValue(lastRunBeforeMs);
    return query.exec() ? query.numRowsAffected() : 0;
}

} // namespace ActionDeck
