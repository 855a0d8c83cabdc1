#include "outbox/pgconnection.h"

#include <QtEndian>

#include <libpq-fe.h>

namespace ActionDeck {

namespace {

// Type OIDs of pg_type.h: fixed since PostgreSQL 7.
constexpr unsigned int kInt4 = 23;
constexpr unsigned int kInt8 = 20;
constexpr unsigned int kText = 25;
constexpr unsigned int kBytea = 17;
constexpr unsigned int kInt8Array = 1016;

QString messageOf(const pg_conn* conn) {
    // libpq's messages name the host and the user, never the password.
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

void PgParams::push(const char* value, int length, int format, unsigned int type) {
    m_values.push_back(value);
    m_lengths.push_back(length);
    m_formats.push_back(format);
    m_types.push_back(type);
}

PgParams& PgParams::add(qint64 value) {
    auto& owned = *m_owned.emplace_back(std::make_unique<QByteArray>(8, Qt::Uninitialized));
    qToBigEndian(value, owned.data());
    push(owned.constData(), 8, 1, kInt8);
    return *this;
}

PgParams& PgParams::add(int value) {
    auto& owned = *m_owned.emplace_back(std::make_unique<QByteArray>(4, Qt::Uninitialized));
    qToBigEndian(qint32(value), owned.data());
    push(owned.constData(), 4, 1, kInt4);
    return *this;
}

PgParams& PgParams::add(const QString& text) {
    auto& owned = *m_owned.emplace_back(std::make_unique<QByteArray>(text.toUtf8()));
    push(owned.constData(), int(owned.size()), 1, kText);
    return *this;
}

PgParams& PgParams::addBytes(std::string_view bytes) {
    // A zero-length value must still point somewhere: a null pointer is SQL NULL.
    push(bytes.empty() ? "" : bytes.data(), int(bytes.size()), 1, kBytea);
    return *this;
}

PgParams& PgParams::addNull() {
    push(nullptr, 0, 1, kInt8);
    return *this;
}

PgParams& PgParams::addIds(const std::vector<qint64>& ids) {
    QByteArray text = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += QByteArray::number(ids[i]);
    }
    text += '}';
    auto& owned = *m_owned.emplace_back(std::make_unique<QByteArray>(std::move(text)));
    push(owned.constData(), int(owned.size()), 0, kInt8Array);
    return *this;
}

PgResult::PgResult(pg_result* result)
    : m_result(result, PQclear) {}

bool PgResult::ok() const {
    if (!m_result)
        return false;
    const ExecStatusType status = PQresultStatus(m_result.get());
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int PgResult::rows() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::affected() const {
    if (!m_result)
        return 0;
    return QByteArray(PQcmdTuples(m_result.get())).toInt();
}

bool PgResult::isNull(int row, int column) const {
    return !m_result || row >= rows() || column >= PQnfields(m_result.get()) ||
           PQgetisnull(m_result.get(), row, column);
}

qint64 PgResult::int64(int row, int column) const {
    if (isNull(row, column))
        return 0;
    const char* value = PQgetvalue(m_result.get(), row, column);
    switch (PQgetlength(m_result.get(), row, column)) {
    case 8:
        return qFromBigEndian<qint64>(value);
    case 4:
        return qFromBigEndian<qint32>(value);
    case 2:
        return qFromBigEndian<qint16>(value);
    default:
        return 0;
    }
}

QString PgResult::text(int row, int column) const {
    const std::string_view value = bytes(row, column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

std::string_view PgResult::bytes(int row, int column) const {
    if (isNull(row, column))
        return {};
    return {PQgetvalue(m_result.get(), row, column),
            std::size_t(PQgetlength(m_result.get(), row, column))};
}

QString PgResult::error() const {
    if (!m_result)
        return QStringLiteral("no connection to PostgreSQL");
    return QString::fromUtf8(PQresultErrorMessage(m_result.get())).trimmed();
}

QByteArray PgResult::sqlState() const {
    if (!m_result)
        return {};
    const char* state = PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE);
    return state ? QByteArray(state) : QByteArray();
}

PgConnection::~PgConnection() {
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::open(const QString& uri, QString* error) {
    m_uri = uri.toUtf8();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    if (ensureOpen())
        return true;
    if (error)
        *error = lastError();
    return false;
}

bool PgConnection::ensureOpen() {
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    if (m_inTransaction)
        return false; // the transaction is lost with its connection
    if (m_conn)
        PQreset(m_conn); // the server restarted or the connection broke: once, now
    else
        m_conn = PQconnectdb(m_uri.constData());
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    // The server's notices ("schema … already exists, skipping") are for a psql user, not the
    // hub's log: libpq would print each to standard error.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    if (!m_sessionSetup.isEmpty()) {
        const PgResult setup(PQexec(m_conn, m_sessionSetup.constData()));
        if (!setup.ok()) { // never a session without its settings: connect afresh next time
            PQfinish(m_conn);
            m_conn = nullptr;
            return false;
        }
    }
    return true;
}

bool PgConnection::isOpen() const {
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

PgResult PgConnection::exec(const char* sql, const PgParams& params) {
    if (!ensureOpen())
        return PgResult();
    return PgResult(PQexecParams(m_conn, sql, params.count(), params.types(), params.values(),
                                 params.lengths(), params.formats(), 1));
}

bool PgConnection::run(const char* sql, QString* error) {
    if (!ensureOpen()) {
        if (error)
            *error = lastError();
        return false;
    }
    const PgResult result(PQexec(m_conn, sql));
    if (!result.ok() && error)
        *error = result.error();
    return result.ok();
}

bool PgConnection::begin(QString* error) {
    m_inTransaction = false;
    if (!run("BEGIN", error))
        return false;
    m_inTransaction = true;
    return true;
}

bool PgConnection::commit(QString* error) {
    if (!m_inTransaction || !isOpen() || PQtransactionStatus(m_conn) != PQTRANS_INTRANS) {
        if (error)
            *error =
                isOpen()
                    ? QStringLiteral("the transaction failed and was rolled back")
                    : QStringLiteral("the connection to PostgreSQL was lost: %1").arg(lastError());
        rollback();
        return false;
    }
    const PgResult result(PQexec(m_conn, "COMMIT"));
    m_inTransaction = false;
    if (!result.ok() && error)
        *error = result.error();
    return result.ok();
}

void PgConnection::rollback() {
    if (m_inTransaction && isOpen() && PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        PQclear(PQexec(m_conn, "ROLLBACK"));
    m_inTransaction = false;
}

QString PgConnection::lastError() const {
    if (!m_conn)
        return QStringLiteral("not connected");
    return messageOf(m_conn);
}

int PgConnection::socket() const {
    return isOpen() ? PQsocket(m_conn) : -1;
}

std::vector<QString> PgConnection::takeNotifications() {
    std::vector<QString> channels;
    if (!isOpen())
        return channels;
    PQconsumeInput(m_conn);
    while (PGnotify* notify = PQnotifies(m_conn)) {
        channels.push_back(QString::fromUtf8(notify->relname));
        PQfreemem(notify);
    }
    return channels;
}

} // namespace ActionDeck
