#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ActionDeck {

/// The outbox database's tables: their version, kept in `schema_version`, and the steps that take
/// an older database to the current one. SqliteOutboxStore migrates with it on open; its queries
/// rely on the tables being at `kVersion`.
class OutboxSchema {
public:
    static constexpr int kVersion = 6;

    /// The version `db` is at, or -1 when it cannot be read.
    static int version(const QSqlDatabase& db);
    /// Creates the version table if needed and runs the missing steps, each in a transaction of
    /// its own. Fails on a database written by a newer ActionDeck. `target` stops at an older
    /// version (the migration tests build the outbox an earlier ActionDeck left with it).
    static bool migrate(QSqlDatabase& db, QString* error, int target = kVersion);
};

} // namespace ActionDeck
