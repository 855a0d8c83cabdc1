#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace ActionDeck {

class OutboxStore;
class SecretSealer;

/// Where a hub keeps its outbox, as `--outbox` and the configuration's "outbox" say it: nothing
/// or `sqlite` for the file in the data directory, or a libpq connection URI
/// (postgresql://USER@HOST:PORT/DB?sslmode=…, a socket directory as ?host=/run/postgresql) for
/// the database several hubs share. A URI never carries the password: libpq reads it from
/// PGPASSFILE, ~/.pgpass or PGPASSWORD, so it never reaches a command line, a log or /status.
class OutboxLocation {
public:
    static OutboxLocation sqlite(const QString& dataDirectory);
    /// The location `text` names (the data directory holds the SQLite file and spills either
    /// way); nullopt with `error` for what is neither.
    static std::optional<OutboxLocation> parse(const QString& text, const QString& dataDirectory,
                                               QString* error);

    bool isPostgres() const { return !m_uri.isEmpty(); }
    const QString& dataDirectory() const { return m_dataDirectory; }
    /// The libpq URI, empty for SQLite.
    const QString& uri() const { return m_uri; }
    /// For people: "sqlite" or "postgresql", then where (no password, no query).
    QString kind() const;
    QString displayName() const;
    /// The key the write keys of a PostgreSQL outbox are sealed with (--secrets-key-file);
    /// without one, open() refuses a PostgreSQL outbox.
    void setSealer(std::shared_ptr<const SecretSealer> sealer) { m_sealer = std::move(sealer); }
    const std::shared_ptr<const SecretSealer>& sealer() const { return m_sealer; }

    /// Opens the store (on the calling thread, which then owns it); `hubId` names this hub in a
    /// shared outbox's leases.
    std::unique_ptr<OutboxStore> open(const QString& connectionName, const QString& hubId,
                                      QString* error) const;

    bool operator==(const OutboxLocation&) const = default;

private:
    QString m_dataDirectory;
    QString m_uri;
    std::shared_ptr<const SecretSealer> m_sealer;
};

} // namespace ActionDeck
