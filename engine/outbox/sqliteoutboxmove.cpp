// What SqliteOutboxStore gives OutboxMigration to move the outbox into PostgreSQL: a batch's
// target with its write key, a sync scope's rows as stored, and its runs left behind.
#include "outbox/sqliteoutboxstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace ActionDeck {

std::optional<DeliveryTarget> SqliteOutboxStore::target(qint64 id) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT s.endpoint, s.write_key FROM batches b JOIN sources s"
                                 " ON s.id = b.source_id WHERE b.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return DeliveryTarget{query.value(0).toString(), query.value(1).toString()};
}

std::vector<std::pair<qint64, QByteArray>> SqliteOutboxStore::syncBlobs(qint64 scopeId) {
    std::vector<std::pair<qint64, QByteArray>> blobs;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COALESCE(batch_id, 0), body FROM sync_rows WHERE"
                                 " scope_id = ? ORDER BY ord"));
    query.addBindValue(scopeId);
    if (!query.exec())
        return blobs;
    while (query.next())
        blobs.emplace_back(query.value(0).toLongLong(), query.value(1).toByteArray());
    return blobs;
}

bool SqliteOutboxStore::leaveRuns(const std::vector<qint64>& ids, qint64 nowMs) {
    if (!m_db.transaction())
        return false;
    QSqlQuery detach(m_db);
    detach.prepare(QStringLiteral("UPDATE batches SET run_id = NULL WHERE id = ?"));
    bool ok = true;
    for (const qint64 id : ids) {
        detach.addBindValue(id);
        ok = ok && detach.exec();
    }
    QSqlQuery cut(m_db);
    cut.prepare(QStringLiteral(
        "UPDATE runs SET state = 5, pending = 0, finished_ms = ?, dirty = 0,"
        " fail_reason = CASE WHEN fail_reason = '' THEN 'its batches were moved into PostgreSQL'"
        " ELSE fail_reason END WHERE state IN (0, 1)"));
    cut.addBindValue(nowMs);
    ok = ok && cut.exec();
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace ActionDeck
