#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ActionDeck {
class SecretSealer;
}

namespace ActionDeck::TestSupport {

/// A throwaway PostgreSQL 15 for the tests: initdb and pg_ctl (from /usr/lib/postgresql/15/bin)
/// in a temporary directory, listening on a Unix socket there only, trusting its one user. As
/// root the server runs as `postgres` (initdb refuses root), so the directory is handed to it.
class PostgresCluster {
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    /// Creates and starts the cluster; false with `error` (initdb's or pg_ctl's words) if not.
    bool start(QString* error);
    /// pg_ctl restart (fast): every connection is cut, the data stays.
    bool restart(QString* error = nullptr);
    bool stop(QString* error = nullptr);
    bool running() const { return m_running; }

    /// A new empty database; its libpq URI (postgresql://actiondeck@/NAME?host=SOCKETDIR).
    QString createDatabase(const QString& name, QString* error = nullptr);
    /// The URI of an existing database.
    QString uri(const QString& database) const;
    QString socketDirectory() const;
    /// Runs `sql` in `database` through psql; its output, or empty with `error` set.
    QString psql(const QString& database, const QString& sql, QString* error = nullptr) const;
    /// pg_dump of `database` in plain SQL.
    QByteArray dump(const QString& database, QString* error = nullptr) const;

    static QString binary(const QString& name);

private:
    bool run(const QString& program, const QStringList& arguments, QString* error,
             QByteArray* output = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
};

/// The fleet key of the tests (a fixed 32 bytes), as a sealer and written to `path` as 64 hex
/// digits, owner-only, for --secrets-key-file; the path, or empty when it can not be written.
std::shared_ptr<const SecretSealer> testSealer();
QString writeSecretsKeyFile(const QString& path);

/// One cluster for the whole test executable, started at first use; nullptr with `error`.
PostgresCluster* sharedPostgresCluster(QString* error);

} // namespace ActionDeck::TestSupport
