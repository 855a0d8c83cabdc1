#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ActionDeck {

/// Parameters for PgConnection::exec, sent in binary where PostgreSQL's binary form is plain
/// (integers big-endian, bytea as its bytes: no escaping, no doubling) and as text otherwise.
class PgParams {
public:
    PgParams& add(qint64 value);
    PgParams& add(int value);
    PgParams& add(const QString& text);
    /// Bytes sent as they are: `bytes` must outlive the call that sends them.
    PgParams& addBytes(std::string_view bytes);
    PgParams& addNull();
    /// A bigint[] in its text form ({1,2,3}).
    PgParams& addIds(const std::vector<qint64>& ids);

    int count() const { return int(m_values.size()); }
    const char* const* values() const { return m_values.data(); }
    const int* lengths() const { return m_lengths.data(); }
    const int* formats() const { return m_formats.data(); }
    const unsigned int* types() const { return m_types.data(); }

private:
    void push(const char* value, int length, int format, unsigned int type);

    std::vector<std::unique_ptr<QByteArray>> m_owned; ///< stable storage for what is copied
    std::vector<const char*> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<unsigned int> m_types;
};

/// A query's result, in binary form; every accessor checks what it is given.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    /// The command or query succeeded.
    bool ok() const;
    int rows() const;
    /// Rows an UPDATE, DELETE or INSERT changed.
    int affected() const;
    bool isNull(int row, int column) const;
    qint64 int64(int row, int column) const; ///< int2, int4 and int8 columns
    QString text(int row, int column) const;
    std::string_view bytes(int row, int column) const;
    /// The server's message, or empty.
    QString error() const;
    /// The SQLSTATE (e.g. 40001), or empty.
    QByteArray sqlState() const;

private:
    std::shared_ptr<pg_result> m_result;
};

/// One libpq connection, synchronous, used by one thread. A connection lost (the server
/// restarted) is opened again at the next call outside a transaction; within one, every call
/// fails until rollback(), so that no statement of a lost transaction runs on its own.
class PgConnection {
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Connects to `uri` (any libpq connection URI); false with a message without secrets.
    bool open(const QString& uri, QString* error);
    /// Statements run on every (re)connection, before anything else (search_path, LISTEN).
    void setSessionSetup(QByteArray sql) { m_sessionSetup = std::move(sql); }
    bool isOpen() const;
    /// `sql` with $1… bound to `params`; results in binary.
    PgResult exec(const char* sql, const PgParams& params = {});
    /// Runs `sql` (one or more statements, no parameters); false with `error`.
    bool run(const char* sql, QString* error = nullptr);
    bool begin(QString* error = nullptr);
    /// True only when the transaction begun committed (the server said so).
    bool commit(QString* error = nullptr);
    void rollback();
    /// The connection's last error, without the URI.
    QString lastError() const;
    /// The socket for LISTEN's notifications (-1 when closed), and the notifications read.
    int socket() const;
    std::vector<QString> takeNotifications();

private:
    bool ensureOpen();

    QByteArray m_uri;
    pg_conn* m_conn = nullptr;
    bool m_inTransaction = false;
    QByteArray m_sessionSetup;
};

} // namespace ActionDeck
