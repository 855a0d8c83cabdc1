// SqliteOutboxStore's view of what waits: the oldest pending batch of each endpoint.
#include "outbox/sqliteoutboxstore.h"

#include <QSqlQuery>

namespace ActionDeck {

std::map<QString, qint64> SqliteOutboxStore::oldestPendingByEndpoint() {
    std::map<QString, qint64> oldest;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT s.endpoint, MIN(b.created_ms) FROM batches b"
                                   " JOIN sources s ON s.id = b.source_id"
                                   " WHERE b.state = 0 GROUP BY s.endpoint")))
        return oldest;
    while (query.next())
        oldest[query.value(0).toString()] = query.value(1).toLongLong();
    return oldest;
}

} // namespace ActionDeck
