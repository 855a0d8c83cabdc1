#include "outbox/postgresoutboximport.h"

#include "outbox/postgresoutboxstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ActionDeck {

namespace {

QString failure(const QString& why) {
    return QStringLiteral("outbox: cannot move into PostgreSQL: %1").arg(why);
}

} // namespace

PostgresOutboxImport::PostgresOutboxImport(PostgresOutboxStore& store)
    : m_store(store) {}

PostgresOutboxImport::~PostgresOutboxImport() {
    if (m_open) {
        m_store.m_db.rollback();
        m_store.m_uncommittedSourceIds.clear();
    }
}

QString PostgresOutboxImport::batchMark(const BatchInfo& batch) {
    // SQLite may give a deleted batch's id to a new one: its created time tells them apart.
    return QStringLiteral("batch %1 %2").arg(batch.id).arg(batch.createdMs);
}

QString PostgresOutboxImport::scopeMark(const SyncScopeInfo& scope) {
    return QStringLiteral("scope %1 %2")
        .arg(SyncScopeKey{scope.planId, scope.action, scope.source}.key())
        .arg(scope.lastRunMs);
}

bool PostgresOutboxImport::begin(const QString& source, QString* error) {
    m_source = source;
    m_document = QStringLiteral("moved-from:") +
                 QString::fromLatin1(
                     QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).toHex());
    QString why;
    if (!m_store.m_db.begin(&why)) {
        if (error)
            *error = failure(why);
        return false;
    }
    m_open = true;
    PgParams name;
    name.add(m_document);
    // Locked until commit: a second move from the same file waits, then sees this one's record.
    const PgResult record =
        m_store.m_db.exec("SELECT body FROM fleet_documents WHERE name = $1 FOR UPDATE", name);
    if (!record.ok()) {
        if (error)
            *error = failure(record.error());
        return false;
    }
    m_existing = record.rows() == 1;
    if (m_existing) {
        const QJsonObject body = QJsonDocument::fromJson(record.text(0, 0).toUtf8()).object();
        for (const QJsonValue& mark : body.value(QStringLiteral("moved")).toArray())
            m_moved.insert(mark.toString());
    }
    return true;
}

bool PostgresOutboxImport::moved(const BatchInfo& batch) const {
    return m_moved.contains(batchMark(batch));
}

bool PostgresOutboxImport::moved(const SyncScopeInfo& scope) const {
    return m_moved.contains(scopeMark(scope));
}

std::optional<qint64> PostgresOutboxImport::addBatch(const MovedBatch& batch, QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<qint64> {
        if (error)
            *error = why.startsWith(u"outbox:") ? why : failure(why);
        return std::nullopt;
    };
    PgConnection& db = m_store.m_db;
    QString why;
    const auto source = m_store.sourceId(batch.target, &why);
    if (!source)
        return fail(why);
    const std::optional<std::string_view> stored = m_store.m_codec.compress(batch.payload);
    if (!stored)
        return fail(QStringLiteral("out of memory compressing a batch"));
    const BatchInfo& info = batch.info;
    PgParams row;
    row.add(*source)
        .add(int(info.state))
        .add(info.messageCount)
        .add(info.origin)
        .add(info.createdMs)
        .add(info.attempts)
        .add(info.nextAttemptMs)
        .add(info.lastStatus)
        .add(info.lastError);
    const PgResult inserted =
        db.exec("INSERT INTO batches (source_id, state, message_count, origin, created_ms,"
                " attempts, next_attempt_ms, last_status, last_error)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                row);
    if (!inserted.ok() || inserted.rows() != 1)
        return fail(inserted.error());
    const qint64 id = inserted.int64(0, 0);
    PgParams body;
    body.add(id).addBytes(*stored).add(int(PayloadCodec::Encoding::Zstd));
    const PgResult payload =
        db.exec("INSERT INTO payloads (batch_id, body, encoding) VALUES ($1, $2, $3)", body);
    if (!payload.ok())
        return fail(payload.error());
    for (const BatchAttempt& attempt : batch.attempts) {
        PgParams params;
        params.add(id).add(attempt.atMs).add(attempt.status).add(int(attempt.outcome));
        params.add(attempt.error);
        const PgResult added =
            db.exec("INSERT INTO attempts (batch_id, at_ms, status, outcome, error)"
                    " VALUES ($1, $2, $3, $4, $5)",
                    params);
        if (!added.ok())
            return fail(added.error());
    }
    m_moved.insert(batchMark(info));
    return id;
}

bool PostgresOutboxImport::addScope(const SyncScopeInfo& scope, const std::vector<SyncRow>& settled,
                                    const std::vector<std::pair<qint64, QByteArray>>& pending,
                                    QString* error) {
    PgConnection& db = m_store.m_db;
    const SyncScopeKey key{scope.planId, scope.action, scope.source};
    PgParams params;
    params.add(key.key()).add(key.planId).add(key.action).add(key.source);
    params.add(scope.lastRunMs).add(scope.remembered);
    // A scope the fleet ran too keeps its latest run.
    const PgResult upserted =
        db.exec("INSERT INTO sync_scopes (key, plan_id, action, source, last_run_ms, remembered)"
                " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO UPDATE SET"
                " last_run_ms = GREATEST(sync_scopes.last_run_ms, EXCLUDED.last_run_ms),"
                " remembered = GREATEST(sync_scopes.remembered, EXCLUDED.remembered) RETURNING id",
                params);
    if (!upserted.ok() || upserted.rows() != 1) {
        if (error)
            *error = failure(upserted.error());
        return false;
    }
    const qint64 scopeId = upserted.int64(0, 0);
    // The settled rows at ord 0, before every blob the fleet holds: where the fleet sent a row
    // since, its fingerprint wins; the moved pending ones (ord = their new ids) come last.
    std::vector<std::pair<qint64, QByteArray>> blobs;
    if (!settled.empty())
        blobs.emplace_back(0, SyncStateStore::pack(settled));
    blobs.insert(blobs.end(), pending.begin(), pending.end());
    for (const auto& [batchId, rows] : blobs) {
        PgParams blob;
        blob.add(scopeId);
        if (batchId == 0)
            blob.addNull();
        else
            blob.add(batchId);
        blob.add(batchId).addBytes(std::string_view(rows.constData(), std::size_t(rows.size())));
        const PgResult added = db.exec(
            "INSERT INTO sync_rows (scope_id, batch_id, ord, body) VALUES ($1, $2, $3, $4)", blob);
        if (!added.ok()) {
            if (error)
                *error = failure(added.error());
            return false;
        }
    }
    m_moved.insert(scopeMark(scope));
    return true;
}

bool PostgresOutboxImport::commit(QString* error) {
    PgConnection& db = m_store.m_db;
    QJsonArray marks;
    for (const QString& mark : std::as_const(m_moved))
        marks.append(mark);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("source"), m_source},
                                                      {QStringLiteral("moved"), marks}})
                                .toJson(QJsonDocument::Compact);
    PgParams params;
    params.add(m_document).add(QString::fromUtf8(body));
    const PgResult written =
        db.exec(m_existing ? "UPDATE fleet_documents SET version = version + 1, body = $2,"
                             " updated_ms = actiondeck_now_ms() WHERE name = $1"
                           : "INSERT INTO fleet_documents (name, version, body, updated_ms)"
                             " VALUES ($1, 1, $2, actiondeck_now_ms())",
                params);
    QString why;
    if (!written.ok()) {
        if (error)
            *error = failure(written.error());
        return false;
    }
    db.exec((QByteArray("NOTIFY ") + PostgresOutboxStore::kWorkChannel).constData());
    m_open = false;
    if (!db.commit(&why)) {
        db.rollback();
        m_store.m_uncommittedSourceIds.clear();
        if (error)
            *error = failure(QStringLiteral("commit failed: %1").arg(why));
        return false;
    }
    m_store.m_sourceIds.insert(m_store.m_uncommittedSourceIds);
    m_store.m_uncommittedSourceIds.clear();
    return true;
}

} // namespace ActionDeck
