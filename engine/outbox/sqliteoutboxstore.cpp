#include "outbox/sqliteoutboxstore.h"

#include "outbox/attempthistory.h"
#include "outbox/batchexportlines.h"
#include "outbox/outboxschema.h"
#include "outbox/payloadcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ActionDeck {

namespace {

const QString kInfoColumns = QStringLiteral(
    "b.id, b.state, b.message_count, b.attempts, b.created_ms, b.next_attempt_ms, b.delivered_ms,"
    " b.last_status, b.last_error, s.endpoint, b.origin, b.run_id");

QString sqlError(const QSqlError& error) {
    return error.text();
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

SqliteOutboxStore::SqliteOutboxStore(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

SqliteOutboxStore::~SqliteOutboxStore() {
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        m_syncState = SqliteSyncStateStore(); // their copies of the connection, too
        m_runs = SqliteRunStore();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteOutboxStore::open(const QString& directory, QString* error) {
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("cannot create the data directory %1").arg(directory);
        return false;
    }
    // The outbox holds write keys and message data: owner only.
    QFile::setPermissions(dir.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString file = dir.absoluteFilePath(QStringLiteral("outbox.sqlite"));
    if (!QFile::exists(file)) {
        QFile create(file);
        if (!create.open(QIODevice::WriteOnly)) {
            if (error)
                *error = QStringLiteral("cannot create %1: %2").arg(file, create.errorString());
            return false;
        }
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(file);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(file, sqlError(m_db.lastError()));
        return false;
    }
    // Batches are blobs of hundreds of kilobytes: large pages mean short overflow chains. Only
    // takes effect on a new database (before the switch to WAL).
    if (!exec(QStringLiteral("PRAGMA page_size=65536"), error))
        return false;
    {
        QSqlQuery wal(m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next() ||
            wal.value(0).toString().toLower() != QStringLiteral("wal")) {
            if (error)
                *error = QStringLiteral("cannot switch %1 to write-ahead logging").arg(file);
            return false;
        }
    }
    // FULL: a commit survives power loss, not only a killed process.
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"), error) ||
        !OutboxSchema::migrate(m_db, error))
        return false;
    m_fullSync = true;
    m_syncState = SqliteSyncStateStore(m_db);
    m_runs = SqliteRunStore(m_db);
    return true;
}

QString SqliteOutboxStore::location() const {
    return m_db.databaseName();
}

int SqliteOutboxStore::schemaVersion() const {
    return OutboxSchema::version(m_db);
}

bool SqliteOutboxStore::exec(const QString& sql, QString* error) {
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("outbox: %1 (%2)").arg(sqlError(query.lastError()), sql);
    return false;
}

std::optional<qint64> SqliteOutboxStore::sourceId(const DeliveryTarget& target, QString* error) {
    const QString key = target.endpoint + u'\n' + target.writeKey;
    const auto cached = m_sourceIds.constFind(key);
    if (cached != m_sourceIds.constEnd())
        return *cached;
    if (const auto fresh = m_uncommittedSourceIds.constFind(key);
        fresh != m_uncommittedSourceIds.constEnd())
        return *fresh;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO sources (endpoint, write_key) VALUES (?, ?)"));
    query.addBindValue(target.endpoint);
    query.addBindValue(target.writeKey);
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT id FROM sources WHERE endpoint = ? AND write_key = ?"));
    select.addBindValue(target.endpoint);
    select.addBindValue(target.writeKey);
    if (!query.exec() || !select.exec() || !select.next()) {
        if (error)
            *error = QStringLiteral("outbox: cannot record the source: %1")
                         .arg(sqlError(select.lastError()));
        return std::nullopt;
    }
    const qint64 id = select.value(0).toLongLong();
    // Cached once the transaction that created it commits (see append).
    m_uncommittedSourceIds.insert(key, id);
    return id;
}

std::optional<std::vector<qint64>> SqliteOutboxStore::append(const std::vector<NewBatch>& batches,
                                                             qint64 nowMs, QString* error) {
    // Appended batches are what the execute acknowledges: commit them to the disk.
    if (!setFullSync(true) || !m_db.transaction()) {
        if (error)
            *error = QStringLiteral("outbox: %1").arg(sqlError(m_db.lastError()));
        return std::nullopt;
    }
    std::vector<qint64> ids;
    ids.reserve(batches.size());
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO batches (source_id, state, message_count, origin, created_ms,"
                       " last_error, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertPayload(m_db);
    insertPayload.prepare(
        QStringLiteral("INSERT INTO payloads (batch_id, body, encoding) VALUES (?, ?, ?)"));
    insertPayload.bindValue(2, int(PayloadCodec::Encoding::Zstd));
    for (const NewBatch& batch : batches) {
        const auto source = sourceId(batch.target, error);
        if (!source) {
            rollback();
            return std::nullopt;
        }
        const BatchState state = batch.failure.isEmpty() ? BatchState::Pending : BatchState::Failed;
        insert.bindValue(0, *source);
        insert.bindValue(1, int(state));
        insert.bindValue(2, batch.messageCount);
        insert.bindValue(3, text(batch.origin));
        insert.bindValue(4, nowMs);
        insert.bindValue(5, text(batch.failure));
        // The schema's trigger counts the batch's messages in its run, in this transaction.
        insert.bindValue(6, batch.runId != 0 ? QVariant(batch.runId)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
        const std::optional<std::string_view> stored = m_codec.compress(batch.payload);
        if (!stored) {
            if (error)
                *error = QStringLiteral("outbox: out of memory compressing a batch");
            rollback();
            return std::nullopt;
        }
        const bool inserted = insert.exec();
        if (inserted) {
            ids.push_back(insert.lastInsertId().toLongLong());
            insertPayload.bindValue(0, ids.back());
            // Without a copy: `stored` stays valid until the next compress.
            insertPayload.bindValue(
                1, QByteArray::fromRawData(stored->data(), qsizetype(stored->size())));
        }
        if (!inserted || !insertPayload.exec()) {
            if (error)
                *error =
                    QStringLiteral("outbox: %1")
                        .arg(sqlError(inserted ? insertPayload.lastError() : insert.lastError()));
            rollback();
            return std::nullopt;
        }
        // What the batch sends is remembered only if the batch itself is stored.
        if (batch.syncScopeId != 0 &&
            !m_syncState.record(batch.syncScopeId, ids.back(), batch.syncRows, error)) {
            rollback();
            return std::nullopt;
        }
    }
    // The runs the batches belong to (one, for an execute's append) end, or not, with them.
    std::vector<qint64> finished;
    std::vector<qint64> runs;
    for (const NewBatch& batch : batches) {
        if (batch.runId != 0 && std::find(runs.begin(), runs.end(), batch.runId) == runs.end())
            runs.push_back(batch.runId);
    }
    bool settled = true;
    for (const qint64 run : runs)
        settled = settled && m_runs.settle(nowMs, finished, run);
    if (!settled || !m_db.commit()) {
        if (error)
            *error = QStringLiteral("outbox: commit failed: %1").arg(sqlError(m_db.lastError()));
        rollback();
        return std::nullopt;
    }
    m_runs.noteFinished(finished);
    m_sourceIds.insert(m_uncommittedSourceIds);
    m_uncommittedSourceIds.clear();
    return ids;
}

void SqliteOutboxStore::rollback() {
    m_db.rollback();
    // A source row created in the rolled-back transaction no longer exists; its id may be reused.
    m_uncommittedSourceIds.clear();
}

std::vector<LeasedBatch> SqliteOutboxStore::lease(qint64 nowMs,
                                                  const QHash<qint64, int>& inFlightPerSource,
                                                  int perSourceLimit, int maxCount,
                                                  std::vector<qint64>* unreadable) {
    std::vector<LeasedBatch> leased;
    if (maxCount <= 0)
        return leased;
    // Choose by id and source first; payloads (hundreds of KB each) are read only for the chosen.
    QSqlQuery candidates(m_db);
    // Sources already at their limit are left out, so one source's backlog can not fill the
    // candidate window and starve the others.
    QStringList full;
    for (auto it = inFlightPerSource.constBegin(); it != inFlightPerSource.constEnd(); ++it) {
        if (it.value() >= perSourceLimit)
            full.append(QString::number(it.key()));
    }
    const QString excluded =
        full.isEmpty() ? QString()
                       : QStringLiteral(" AND b.source_id NOT IN (%1)").arg(full.join(u','));
    candidates.prepare(
        QStringLiteral(
            "SELECT b.id, b.source_id, s.endpoint, s.write_key, b.message_count, b.attempts"
            " FROM batches b JOIN sources s ON s.id = b.source_id"
            " WHERE b.state = 0 AND b.next_attempt_ms <= ?%1"
            " ORDER BY b.next_attempt_ms, b.id LIMIT ?")
            .arg(excluded));
    candidates.addBindValue(nowMs);
    candidates.addBindValue(qsizetype(maxCount) * 4 + 64 + m_leased.size());
    if (!candidates.exec())
        return leased;
    QHash<qint64, int> inFlight = inFlightPerSource;
    while (candidates.next() && int(leased.size()) < maxCount) {
        const qint64 id = candidates.value(0).toLongLong();
        const qint64 source = candidates.value(1).toLongLong();
        if (m_leased.contains(id) || inFlight.value(source) >= perSourceLimit)
            continue;
        ++inFlight[source];
        LeasedBatch batch;
        batch.id = id;
        batch.sourceId = source;
        batch.target = {candidates.value(2).toString(), candidates.value(3).toString()};
        batch.messageCount = candidates.value(4).toInt();
        batch.attempts = candidates.value(5).toInt();
        leased.push_back(std::move(batch));
    }
    candidates.finish();
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT body, encoding FROM payloads WHERE batch_id = ?"));
    std::vector<LeasedBatch> readable;
    readable.reserve(leased.size());
    for (LeasedBatch& batch : leased) {
        read.bindValue(0, batch.id);
        // A failed read (the database busy) is tried again at the next lease.
        if (!read.exec())
            continue;
        QString damage = QStringLiteral("the stored messages are missing");
        std::optional<std::string> payload;
        if (read.next()) {
            const QByteArray stored = read.value(0).toByteArray();
            payload = m_codec.decode(
                read.value(1).toInt(),
                std::string_view(stored.constData(), std::size_t(stored.size())), &damage);
        }
        read.finish();
        if (!payload) {
            // Sending would lose or garble messages: kept as failed, with the reason, for export.
            markFailed(batch.id, nowMs, 0, damage);
            if (unreadable)
                unreadable->push_back(batch.id);
            continue;
        }
        batch.payload = std::move(*payload);
        m_leased.insert(batch.id);
        readable.push_back(std::move(batch));
    }
    return readable;
}

std::optional<qint64> SqliteOutboxStore::nextDueMs() {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, next_attempt_ms FROM batches WHERE state = 0"
                                 " ORDER BY next_attempt_ms LIMIT ?"));
    query.addBindValue(m_leased.size() + 1);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        if (!m_leased.contains(query.value(0).toLongLong()))
            return query.value(1).toLongLong();
    }
    return std::nullopt;
}

bool SqliteOutboxStore::setFullSync(bool full) {
    if (m_fullSync == full)
        return true;
    m_fullSync = full;
    return exec(full ? QStringLiteral("PRAGMA synchronous=FULL")
                     : QStringLiteral("PRAGMA synchronous=NORMAL"));
}

bool SqliteOutboxStore::settle(qint64 id, QSqlQuery& update, const BatchAttempt& attempt) {
    // A lost state change only means sending again with the same messageIds: no fsync needed.
    setFullSync(false);
    m_leased.remove(id);
    if (!m_db.transaction())
        return false;
    if (!update.exec()) {
        rollback();
        return false;
    }
    // Nothing to record when no row changed: the batch is gone, or was settled meanwhile.
    std::vector<qint64> finished;
    if (update.numRowsAffected() > 0) {
        const qint64 run = m_runs.runOf(id);
        if (!AttemptHistory(m_db).record(id, attempt) ||
            (run != 0 && !m_runs.settle(attempt.atMs, finished, run))) {
            rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        rollback();
        return false;
    }
    m_runs.noteFinished(finished);
    return true;
}

bool SqliteOutboxStore::markDelivered(qint64 id, qint64 nowMs, int status) {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE batches SET state = 1, attempts = attempts + 1, delivered_ms = ?,"
                       " last_status = ?, last_error = '' WHERE id = ?"));
    query.addBindValue(nowMs);
    query.addBindValue(status);
    query.addBindValue(id);
    return settle(id, query, {nowMs, status, AttemptOutcome::Delivered, {}});
}

bool SqliteOutboxStore::markRetry(qint64 id, qint64 nowMs, qint64 nextAttemptMs, int status,
                                  const QString& error) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE batches SET attempts = attempts + 1, next_attempt_ms = ?,"
                                 " last_status = ?, last_error = ? WHERE id = ? AND state = 0"));
    query.addBindValue(nextAttemptMs);
    query.addBindValue(status);
    query.addBindValue(text(error));
    query.addBindValue(id);
    return settle(id, query, {nowMs, status, AttemptOutcome::Retry, error});
}

bool SqliteOutboxStore::markFailed(qint64 id, qint64 nowMs, int status, const QString& error) {
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE batches SET state = 2, attempts = attempts + 1, last_status = ?,"
                       " last_error = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(text(error));
    query.addBindValue(id);
    return settle(id, query, {nowMs, status, AttemptOutcome::Failed, error});
}

std::vector<BatchAttempt> SqliteOutboxStore::attempts(qint64 id) {
    return AttemptHistory(m_db).of(id);
}

OutboxCounts SqliteOutboxStore::counts() {
    OutboxCounts counts;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT state, COUNT(*), SUM(message_count) FROM batches GROUP BY state")))
        return counts;
    while (query.next()) {
        counts.set(BatchState(query.value(0).toInt()), query.value(1).toLongLong(),
                   query.value(2).toLongLong());
    }
    return counts;
}

BatchInfo SqliteOutboxStore::infoFrom(QSqlQuery& query) const {
    BatchInfo info;
    info.id = query.value(0).toLongLong();
    info.state = BatchState(query.value(1).toInt());
    info.messageCount = query.value(2).toInt();
    info.attempts = query.value(3).toInt();
    info.createdMs = query.value(4).toLongLong();
    info.nextAttemptMs = query.value(5).toLongLong();
    info.deliveredMs = query.value(6).toLongLong();
    info.lastStatus = query.value(7).toInt();
    info.lastError = query.value(8).toString();
    info.endpoint = query.value(9).toString();
    info.origin = query.value(10).toString();
    info.runId = query.value(11).toLongLong();
    return info;
}

std::vector<BatchInfo> SqliteOutboxStore::list(std::optional<BatchState> state, int limit,
                                               qint64 afterId, qint64 runId) {
    std::vector<BatchInfo> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM batches b JOIN sources s ON s.id = b.source_id"
                                 " WHERE (? < 0 OR b.state = ?) AND (? = 0 OR b.run_id = ?)"
                                 " AND b.id > ? ORDER BY b.id LIMIT ?")
                      .arg(kInfoColumns));
    const int wanted = state ? int(*state) : -1;
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    query.addBindValue(runId);
    query.addBindValue(runId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next())
        result.push_back(infoFrom(query));
    return result;
}

std::optional<BatchInfo> SqliteOutboxStore::info(qint64 id) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM batches b JOIN sources s ON s.id = b.source_id"
                                 " WHERE b.id = ?")
                      .arg(kInfoColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return infoFrom(query);
}

std::optional<std::string> SqliteOutboxStore::payload(qint64 id, QString* error) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body, encoding FROM payloads WHERE batch_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QByteArray stored = query.value(0).toByteArray();
    QString damage;
    auto plain =
        m_codec.decode(query.value(1).toInt(),
                       std::string_view(stored.constData(), std::size_t(stored.size())), &damage);
    if (!plain && error)
        *error = QStringLiteral("batch %1: %2").arg(id).arg(damage);
    return plain;
}

int SqliteOutboxStore::changeBatches(const std::function<int()>& change, qint64 nowMs) {
    if (!m_db.transaction())
        return 0;
    const int changed = change();
    std::vector<qint64> finished;
    if (!m_runs.settle(nowMs, finished) || !m_db.commit()) {
        rollback();
        return 0;
    }
    m_runs.noteFinished(finished);
    return changed;
}

int SqliteOutboxStore::retry(const std::vector<qint64>& ids, qint64 nowMs) {
    return changeBatches(
        [&] {
            QSqlQuery query(m_db);
            const QString sql =
                QStringLiteral("UPDATE batches SET state = 0, next_attempt_ms = ? WHERE state = 2");
            if (ids.empty()) {
                query.prepare(sql);
                query.addBindValue(nowMs);
                return query.exec() ? query.numRowsAffected() : 0;
            }
            int changed = 0;
            query.prepare(sql + QStringLiteral(" AND id = ?"));
            for (const qint64 id : ids) {
                query.bindValue(0, nowMs);
                query.bindValue(1, id);
                if (query.exec())
                    changed += query.numRowsAffected();
            }
            return changed;
        },
        nowMs);
}

int SqliteOutboxStore::discard(const std::vector<qint64>& ids) {
    // A run whose last pending batch is discarded finishes now (discard is given no clock).
    return changeBatches(
        [&] {
            QSqlQuery query(m_db);
            if (ids.empty())
                return query.exec(QStringLiteral("DELETE FROM batches WHERE state = 2"))
                           ? query.numRowsAffected()
                           : 0;
            int changed = 0;
            query.prepare(QStringLiteral("DELETE FROM batches WHERE id = ? AND state IN (0, 2)"));
            for (const qint64 id : ids) {
                query.bindValue(0, id);
                if (query.exec())
                    changed += query.numRowsAffected();
            }
            return changed;
        },
        QDateTime::currentMSecsSinceEpoch());
}

int SqliteOutboxStore::pruneDelivered(qint64 deliveredBeforeMs) {
    QSqlQuery query(m_db);
    // Payloads go with their batches (ON DELETE CASCADE); SQLite reuses the freed pages.
    query.prepare(QStringLiteral("DELETE FROM batches WHERE state = 1 AND delivered_ms < ?"));
    query.addBindValue(deliveredBeforeMs);
    return query.exec() ? query.numRowsAffected() : 0;
}

bool SqliteOutboxStore::exportJsonLines(BatchState state,
                                        const std::function<bool(const std::string&)>& line,
                                        QString* error) {
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1, p.body, p.encoding FROM batches b JOIN sources s"
                                 " ON s.id = b.source_id JOIN payloads p ON p.batch_id = b.id"
                                 " WHERE b.state = ? ORDER BY b.id")
                      .arg(kInfoColumns));
    query.addBindValue(int(state));
    if (!query.exec()) {
        if (error)
            *error = QStringLiteral("outbox: %1").arg(sqlError(query.lastError()));
        return false;
    }
    while (query.next()) {
        const BatchInfo info = infoFrom(query);
        const QByteArray stored = query.value(12).toByteArray();
        QString damage;
        const std::optional<std::string> payload = m_codec.decode(
            query.value(13).toInt(),
            std::string_view(stored.constData(), std::size_t(stored.size())), &damage);
        if (!payload) {
            if (error)
                *error = QStringLiteral("batch %1: %2").arg(info.id).arg(damage);
            return false;
        }
        if (!BatchExportLines::write(info, *payload, line))
            return false;
    }
    return true;
}

SyncStateStore& SqliteOutboxStore::syncState() {
    return m_syncState;
}

RunStore& SqliteOutboxStore::runs() {
    return m_runs;
}

} // namespace ActionDeck
