// PostgresOutboxStore's view of what waits: the oldest pending batch of each endpoint.
#include "outbox/postgresoutboxstore.h"

namespace ActionDeck {

std::map<QString, qint64> PostgresOutboxStore::oldestPendingByEndpoint() {
    std::map<QString, qint64> oldest;
    const PgResult rows = m_db.exec("SELECT s.endpoint, min(b.created_ms)::bigint FROM batches b"
                                    " JOIN sources s ON s.id = b.source_id"
                                    " WHERE b.state = 0 GROUP BY s.endpoint");
    for (int row = 0; row < rows.rows(); ++row)
        oldest[rows.text(row, 0)] = rows.int64(row, 1);
    return oldest;
}

} // namespace ActionDeck
