#pragma once

#include <QString>

namespace ActionDeck {

class PgConnection;
class SecretSealer;

/// The PostgreSQL outbox's tables, in a schema of their own (`actiondeck`), created and migrated
/// under an advisory lock so that hubs started together make one schema; a database written by a
/// newer ActionDeck is refused. Its own versions: the SQLite file's are another line.
class PostgresSchema {
public:
    static constexpr int kVersion = 2;
    /// The advisory lock keys: migrating, and the janitor of the fleet.
    static constexpr qint64 kMigrateLock = 0x41637444656b0001;
    static constexpr qint64 kJanitorLock = 0x41637444656b0002;

    /// Brings the database to kVersion (`target`: an older one, as the migration tests build
    /// what an earlier ActionDeck left); false with `error` (a newer schema included).
    static bool migrate(PgConnection& db, QString* error, int target = kVersion);
    /// The version the database is at; -1 when it has none or cannot be read.
    static int version(PgConnection& db);
    /// Fails with a clear `error` when `sealer` is not the key the database's secrets are
    /// sealed with (the first hub records its key's check value).
    static bool checkSecretsKey(PgConnection& db, const SecretSealer& sealer, QString* error);
    /// The fleet document that holds the key's check value.
    static constexpr const char* kKeyCheckDocument = "secrets-key-check";
};

} // namespace ActionDeck
