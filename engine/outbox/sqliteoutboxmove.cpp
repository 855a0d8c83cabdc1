// What SqliteOutboxStore gives OutboxMigration to move the outbox into PostgreSQL: a batch's
// target with its write key, and a sync scope's rows as stored.
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

} // namespace ActionDeck
