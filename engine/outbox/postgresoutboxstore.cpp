#include "outbox/postgresoutboxstore.h"

#include "core/secretsealer.h"
#include "outbox/attempthistory.h"
#include "outbox/batchexportlines.h"
#include "outbox/postgresschema.h"

#include <QDateTime>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace ActionDeck {

namespace {

const char* const kInfoColumns =
    "b.id, b.state, b.message_count, b.attempts, b.created_ms, b.next_attempt_ms,"
    " b.delivered_ms, b.last_status, b.last_error, s.endpoint, b.origin,"
    " CASE WHEN b.lease_until_ms >= actiondeck_now_ms() THEN b.lease_hub END, b.run_id";
/// The columns of kInfoColumns (infoFrom reads them): what a query adds comes after.
constexpr int kInfoColumnCount = 13;

/// What the views show of where the outbox is: the URI without password or query.
QString displayed(const QString& uri) {
    QUrl url(uri);
    url.setPassword({});
    url.setQuery(QString());
    return url.toString();
}

/// Where a sealed write key belongs: it opens only as the key of that endpoint.
QByteArray sealContext(const QString& endpoint) {
    return "outbox source " + endpoint.toUtf8();
}

} // namespace

PostgresOutboxStore::PostgresOutboxStore(QString hubId, std::shared_ptr<const SecretSealer> sealer)
    : m_hubId(std::move(hubId))
    , m_sealer(std::move(sealer))
    , m_syncState(m_db)
    , m_runs(m_db, m_hubId) {}

PostgresOutboxStore::~PostgresOutboxStore() {
    // Leaving cleanly: the others need not wait for this hub's leases to expire.
    if (m_db.isOpen()) {
        PgParams hub;
        hub.add(m_hubId);
        m_db.exec("UPDATE batches SET lease_hub = NULL WHERE lease_hub = $1", hub);
        m_db.exec("DELETE FROM hubs WHERE id = $1", hub);
    }
}

bool PostgresOutboxStore::open(const QString& uri, QString* error) {
    m_location = displayed(uri);
    // Every session, the first and any after a lost connection: the schema, and the wake-ups.
    m_db.setSessionSetup(QByteArray("SET search_path = actiondeck; LISTEN ") + kWorkChannel);
    QString why;
    if (!m_db.open(uri, &why)) {
        if (error)
            *error = QStringLiteral("cannot connect to the PostgreSQL outbox %1: %2")
                         .arg(m_location, why);
        return false;
    }
    if (!PostgresSchema::migrate(m_db, error))
        return false;
    if (!m_sealer) {
        if (error)
            *error = QStringLiteral("a PostgreSQL outbox keeps write keys sealed: give every "
                                    "hub the same --secrets-key-file");
        return false;
    }
    if (!PostgresSchema::checkSecretsKey(m_db, *m_sealer, error))
        return false;
    // Its name for the views, which group the hubs of one outbox whatever URI reaches it.
    PgParams id;
    id.add(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_db.exec("INSERT INTO fleet_documents (name, version, body, updated_ms)"
              " VALUES ('outbox-id', 1, $1, actiondeck_now_ms()) ON CONFLICT (name) DO NOTHING",
              id);
    const PgResult named = m_db.exec("SELECT body FROM fleet_documents WHERE name = 'outbox-id'");
    if (named.rows() == 1)
        m_outboxId = named.text(0, 0);
    PgParams hub;
    hub.add(m_hubId);
    if (!m_db.exec("INSERT INTO hubs (id, started_ms, heartbeat_ms)"
                   " VALUES ($1, actiondeck_now_ms(), actiondeck_now_ms())"
                   " ON CONFLICT (id) DO UPDATE SET heartbeat_ms = EXCLUDED.heartbeat_ms",
                   hub)
             .ok()) {
        if (error)
            *error = QStringLiteral("outbox: cannot announce the hub: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

int PostgresOutboxStore::schemaVersion() const {
    return PostgresSchema::version(m_db);
}

std::optional<qint64> PostgresOutboxStore::sourceId(const DeliveryTarget& target, QString* error) {
    const QString key = target.endpoint + u'\n' + target.writeKey;
    if (const auto cached = m_sourceIds.constFind(key); cached != m_sourceIds.constEnd())
        return *cached;
    if (const auto fresh = m_uncommittedSourceIds.constFind(key);
        fresh != m_uncommittedSourceIds.constEnd())
        return *fresh;
    // The key is kept sealed, bound to its endpoint, and found by its keyed digest.
    const QByteArray digest = m_sealer->digest(key.toUtf8());
    const QByteArray sealed =
        m_sealer->seal(target.writeKey.toUtf8(), sealContext(target.endpoint));
    PgParams params;
    params.add(target.endpoint).addBytes({digest.constData(), std::size_t(digest.size())});
    params.add(QString::fromLatin1(sealed));
    // DO UPDATE (of nothing) so that RETURNING gives the id of a row another hub made.
    const PgResult result =
        m_db.exec("INSERT INTO sources (endpoint, key_digest, write_key) VALUES ($1, $2, $3)"
                  " ON CONFLICT (endpoint, key_digest) DO UPDATE SET endpoint = EXCLUDED.endpoint"
                  " RETURNING id",
                  params);
    if (!result.ok() || result.rows() != 1) {
        if (error)
            *error = QStringLiteral("outbox: cannot record the source: %1").arg(result.error());
        return std::nullopt;
    }
    m_uncommittedSourceIds.insert(key, result.int64(0, 0));
    return result.int64(0, 0);
}

std::optional<std::vector<qint64>> PostgresOutboxStore::append(const std::vector<NewBatch>& batches,
                                                               qint64 nowMs, QString* error) {
    const auto fail = [&](const QString& why) -> std::optional<std::vector<qint64>> {
        m_db.rollback();
        m_uncommittedSourceIds.clear();
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString why;
    if (!m_db.begin(&why))
        return fail(QStringLiteral("outbox: PostgreSQL is not reachable: %1").arg(why));
    std::vector<qint64> ids;
    ids.reserve(batches.size());
    for (const NewBatch& batch : batches) {
        const auto source = sourceId(batch.target, &why);
        if (!source)
            return fail(why);
        const std::optional<std::string_view> stored = m_codec.compress(batch.payload);
        if (!stored)
            return fail(QStringLiteral("outbox: out of memory compressing a batch"));
        PgParams row;
        row.add(*source)
            .add(int(batch.failure.isEmpty() ? BatchState::Pending : BatchState::Failed))
            .add(batch.messageCount)
            .add(batch.origin)
            .add(nowMs)
            .add(batch.failure);
        // The schema's trigger counts the batch's messages in its run, in this transaction.
        if (batch.runId != 0)
            row.add(batch.runId);
        else
            row.addNull();
        const PgResult inserted =
            m_db.exec("INSERT INTO batches (source_id, state, message_count, origin, created_ms,"
                      " last_error, run_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                      row);
        if (!inserted.ok() || inserted.rows() != 1)
            return fail(QStringLiteral("outbox: %1").arg(inserted.error()));
        ids.push_back(inserted.int64(0, 0));
        PgParams body;
        body.add(ids.back()).addBytes(*stored).add(int(PayloadCodec::Encoding::Zstd));
        const PgResult payload =
            m_db.exec("INSERT INTO payloads (batch_id, body, encoding) VALUES ($1, $2, $3)", body);
        if (!payload.ok())
            return fail(QStringLiteral("outbox: %1").arg(payload.error()));
        if (batch.syncScopeId != 0 &&
            !m_syncState.record(batch.syncScopeId, ids.back(), batch.syncRows, &why))
            return fail(why);
    }
    // The runs the batches belong to (one, for an execute's append) end, or not, with them.
    std::vector<qint64> finished;
    std::vector<qint64> runs;
    for (const NewBatch& batch : batches) {
        if (batch.runId != 0 && std::find(runs.begin(), runs.end(), batch.runId) == runs.end())
            runs.push_back(batch.runId);
    }
    for (const qint64 run : runs) {
        if (!m_runs.settle(nowMs, finished, run))
            return fail(QStringLiteral("outbox: %1").arg(m_db.lastError()));
    }
    // Delivered at commit: idle hubs wake as soon as the batches can be seen.
    m_db.exec((QByteArray("NOTIFY ") + kWorkChannel).constData());
    if (!m_db.commit(&why))
        return fail(QStringLiteral("outbox: commit failed: %1").arg(why));
    m_runs.noteFinished(finished);
    m_sourceIds.insert(m_uncommittedSourceIds);
    m_uncommittedSourceIds.clear();
    return ids;
}

std::vector<LeasedBatch> PostgresOutboxStore::lease(qint64 nowMs,
                                                    const QHash<qint64, int>& inFlightPerSource,
                                                    int perSourceLimit, int maxCount,
                                                    std::vector<qint64>* unreadable) {
    std::vector<LeasedBatch> leased;
    if (maxCount <= 0)
        return leased;
    std::vector<qint64> full;
    for (auto it = inFlightPerSource.constBegin(); it != inFlightPerSource.constEnd(); ++it) {
        if (it.value() >= perSourceLimit)
            full.push_back(it.key());
    }
    if (!m_db.begin())
        return leased;
    // Rows another hub is claiming are skipped, not waited for; a lease whose holder stopped
    // renewing it is free again.
    PgParams due;
    due.add(nowMs).addIds(full).add(qint64(maxCount) * 4 + 64);
    const PgResult candidates =
        m_db.exec("SELECT id, source_id FROM batches WHERE state = 0 AND next_attempt_ms <= $1"
                  " AND (lease_hub IS NULL OR lease_until_ms < actiondeck_now_ms())"
                  " AND NOT (source_id = ANY ($2)) ORDER BY next_attempt_ms, id LIMIT $3"
                  " FOR UPDATE SKIP LOCKED",
                  due);
    QHash<qint64, int> inFlight = inFlightPerSource;
    std::vector<qint64> chosen;
    for (int row = 0; row < candidates.rows() && int(chosen.size()) < maxCount; ++row) {
        const qint64 source = candidates.int64(row, 1);
        if (inFlight.value(source) >= perSourceLimit)
            continue;
        ++inFlight[source];
        chosen.push_back(candidates.int64(row, 0));
    }
    PgParams claim;
    claim.addIds(chosen).add(m_hubId).add(kLeaseMs);
    const PgResult claimed =
        chosen.empty() ? PgResult()
                       : m_db.exec("UPDATE batches SET lease_hub = $2, lease_fence = lease_fence"
                                   " + 1, lease_until_ms = actiondeck_now_ms() + $3"
                                   " WHERE id = ANY ($1) RETURNING id, lease_fence",
                                   claim);
    if (!candidates.ok() || (!chosen.empty() && !claimed.ok()) || !m_db.commit()) {
        m_db.rollback();
        return leased;
    }
    for (int row = 0; row < claimed.rows(); ++row)
        m_fences.insert(claimed.int64(row, 0), claimed.int64(row, 1));
    if (chosen.empty())
        return leased;
    // Payloads (hundreds of KB each) are read only for the batches this hub now holds.
    PgParams ids;
    ids.addIds(chosen);
    const PgResult rows =
        m_db.exec("SELECT b.id, b.source_id, s.endpoint, s.write_key, b.message_count, b.attempts,"
                  " p.body, p.encoding FROM batches b JOIN sources s ON s.id = b.source_id"
                  " LEFT JOIN payloads p ON p.batch_id = b.id WHERE b.id = ANY ($1)"
                  " ORDER BY b.next_attempt_ms, b.id",
                  ids);
    for (int row = 0; row < rows.rows(); ++row) {
        LeasedBatch batch;
        batch.id = rows.int64(row, 0);
        batch.sourceId = rows.int64(row, 1);
        const QString endpoint = rows.text(row, 2);
        const auto writeKey = m_sealer->open(rows.text(row, 3).toLatin1(), sealContext(endpoint));
        batch.target = {endpoint, writeKey ? QString::fromUtf8(*writeKey) : QString()};
        batch.messageCount = int(rows.int64(row, 4));
        batch.attempts = int(rows.int64(row, 5));
        QString damage = QStringLiteral("the stored messages are missing");
        std::optional<std::string> payload;
        if (!writeKey)
            damage = QStringLiteral("the source's write key can not be opened with this hub's "
                                    "--secrets-key-file");
        else if (!rows.isNull(row, 6))
            payload = decode(rows, row, 6, &damage);
        if (!payload) {
            // Sending would lose or garble messages: kept as failed, with the reason, for export.
            markFailed(batch.id, nowMs, 0, damage);
            if (unreadable)
                unreadable->push_back(batch.id);
            continue;
        }
        batch.payload = std::move(*payload);
        leased.push_back(std::move(batch));
    }
    // What could not be read (the connection lost meanwhile) is let go at once: left held,
    // maintain() would renew its leases for as long as this hub lives.
    QSet<qint64> read;
    for (int row = 0; row < rows.rows(); ++row)
        read.insert(rows.int64(row, 0));
    std::vector<qint64> unread;
    for (const qint64 id : chosen) {
        if (!read.contains(id) && m_fences.remove(id) > 0)
            unread.push_back(id);
    }
    if (!unread.empty()) {
        PgParams release;
        release.addIds(unread).add(m_hubId);
        m_db.exec("UPDATE batches SET lease_hub = NULL WHERE id = ANY ($1) AND lease_hub = $2",
                  release);
    }
    return leased;
}

std::optional<std::string> PostgresOutboxStore::decode(const PgResult& result, int row, int column,
                                                       QString* damage) {
    return m_codec.decode(int(result.int64(row, column + 1)), result.bytes(row, column), damage);
}

std::optional<qint64> PostgresOutboxStore::nextDueMs() {
    const PgResult result =
        m_db.exec("SELECT min(next_attempt_ms) FROM batches WHERE state = 0 AND"
                  " (lease_hub IS NULL OR lease_until_ms < actiondeck_now_ms())");
    if (!result.ok() || result.rows() != 1 || result.isNull(0, 0))
        return std::nullopt;
    return result.int64(0, 0);
}

bool PostgresOutboxStore::settle(qint64 id, const char* sql,
                                 const std::function<void(PgParams&)>& rest,
                                 const BatchAttempt& attempt) {
    const auto fence = m_fences.constFind(id);
    if (fence == m_fences.constEnd())
        return true; // not this hub's: nothing to change
    PgParams params;
    params.add(id).add(m_hubId).add(*fence);
    rest(params);
    m_fences.remove(id);
    // A lost state change only means sending again with the same messageIds: no fsync needed.
    if (!m_db.begin() || !m_db.run("SET LOCAL synchronous_commit = off")) {
        m_db.rollback();
        return false;
    }
    const PgResult update = m_db.exec(sql, params);
    bool ok = update.ok();
    // Nothing to record when no row changed: the batch is gone, or no longer this hub's.
    if (ok && update.affected() > 0) {
        PgParams record;
        record.add(id)
            .add(attempt.atMs)
            .add(attempt.status)
            .add(int(attempt.outcome))
            .add(AttemptHistory::cutError(attempt.error));
        PgParams trim;
        trim.add(id).add(AttemptHistory::kKeptPerBatch);
        ok = m_db.exec("INSERT INTO attempts (batch_id, at_ms, status, outcome, error)"
                       " VALUES ($1, $2, $3, $4, $5)",
                       record)
                 .ok() &&
             m_db.exec("DELETE FROM attempts WHERE batch_id = $1 AND id <= (SELECT id FROM"
                       " attempts WHERE batch_id = $1 ORDER BY id DESC LIMIT 1 OFFSET $2)",
                       trim)
                 .ok();
    }
    std::vector<qint64> finished;
    // The batch's run, as the UPDATE returned it.
    const qint64 run = update.rows() == 1 && !update.isNull(0, 0) ? update.int64(0, 0) : 0;
    ok = ok && (run == 0 || m_runs.settle(attempt.atMs, finished, run));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    m_runs.noteFinished(finished);
    return true;
}

// In each: $1 the batch, $2 this hub, $3 its fencing token, then the change's own values.
bool PostgresOutboxStore::markDelivered(qint64 id, qint64 nowMs, int status) {
    return settle(id,
                  "UPDATE batches SET state = 1, attempts = attempts + 1, delivered_ms = $4,"
                  " last_status = $5, last_error = '', lease_hub = NULL"
                  " WHERE id = $1 AND lease_hub = $2 AND lease_fence = $3 RETURNING run_id",
                  [&](PgParams& p) { p.add(nowMs).add(status); },
                  {nowMs, status, AttemptOutcome::Delivered, {}});
}

bool PostgresOutboxStore::markRetry(qint64 id, qint64 nowMs, qint64 nextAttemptMs, int status,
                                    const QString& error) {
    return settle(
        id,
        "UPDATE batches SET attempts = attempts + 1, next_attempt_ms = $4, last_status = $5,"
        " last_error = $6, lease_hub = NULL"
        " WHERE id = $1 AND lease_hub = $2 AND lease_fence = $3 AND state = 0 RETURNING run_id",
        [&](PgParams& p) { p.add(nextAttemptMs).add(status).add(error); },
        {nowMs, status, AttemptOutcome::Retry, error});
}

bool PostgresOutboxStore::markFailed(qint64 id, qint64 nowMs, int status, const QString& error) {
    return settle(id,
                  "UPDATE batches SET state = 2, attempts = attempts + 1, last_status = $4,"
                  " last_error = $5, lease_hub = NULL"
                  " WHERE id = $1 AND lease_hub = $2 AND lease_fence = $3 RETURNING run_id",
                  [&](PgParams& p) { p.add(status).add(error); },
                  {nowMs, status, AttemptOutcome::Failed, error});
}

std::vector<BatchAttempt> PostgresOutboxStore::attempts(qint64 id) {
    std::vector<BatchAttempt> result;
    PgParams params;
    params.add(id);
    const PgResult rows = m_db.exec(
        "SELECT at_ms, status, outcome, error FROM attempts WHERE batch_id = $1 ORDER BY id",
        params);
    for (int row = 0; row < rows.rows(); ++row) {
        // An outcome this version does not know reads as failed rather than as a crash.
        const auto outcome = rows.int64(row, 2);
        const bool known =
            outcome >= int(AttemptOutcome::Retry) && outcome <= int(AttemptOutcome::Failed);
        result.push_back({rows.int64(row, 0), int(rows.int64(row, 1)),
                          known ? AttemptOutcome(outcome) : AttemptOutcome::Failed,
                          rows.text(row, 3)});
    }
    return result;
}

OutboxCounts PostgresOutboxStore::counts() {
    OutboxCounts counts;
    const PgResult rows =
        m_db.exec("SELECT state, count(*), coalesce(sum(message_count), 0)::bigint FROM batches"
                  " GROUP BY state");
    for (int row = 0; row < rows.rows(); ++row) {
        counts.set(BatchState(rows.int64(row, 0)), rows.int64(row, 1), rows.int64(row, 2));
    }
    return counts;
}

BatchInfo PostgresOutboxStore::infoFrom(const PgResult& result, int row) const {
    BatchInfo info;
    info.id = result.int64(row, 0);
    info.state = BatchState(result.int64(row, 1));
    info.messageCount = int(result.int64(row, 2));
    info.attempts = int(result.int64(row, 3));
    info.createdMs = result.int64(row, 4);
    info.nextAttemptMs = result.int64(row, 5);
    info.deliveredMs = result.int64(row, 6);
    info.lastStatus = int(result.int64(row, 7));
    info.lastError = result.text(row, 8);
    info.endpoint = result.text(row, 9);
    info.origin = result.text(row, 10);
    if (!result.isNull(row, 11))
        info.leaseHolder = result.text(row, 11);
    if (!result.isNull(row, 12))
        info.runId = result.int64(row, 12);
    return info;
}

std::vector<BatchInfo> PostgresOutboxStore::list(std::optional<BatchState> state, int limit,
                                                 qint64 afterId, qint64 runId) {
    std::vector<BatchInfo> result;
    PgParams params;
    params.add(state ? int(*state) : -1).add(afterId).add(qint64(limit)).add(runId);
    const QByteArray sql = QByteArray("SELECT ") + kInfoColumns +
                           " FROM batches b JOIN sources s ON s.id = b.source_id"
                           " WHERE ($1 < 0 OR b.state = $1) AND b.id > $2"
                           " AND ($4 = 0 OR b.run_id = $4) ORDER BY b.id"
                           " LIMIT CASE WHEN $3 < 0 THEN NULL ELSE $3 END";
    const PgResult rows = m_db.exec(sql.constData(), params);
    for (int row = 0; row < rows.rows(); ++row)
        result.push_back(infoFrom(rows, row));
    return result;
}

std::optional<BatchInfo> PostgresOutboxStore::info(qint64 id) {
    PgParams params;
    params.add(id);
    const QByteArray sql = QByteArray("SELECT ") + kInfoColumns +
                           " FROM batches b JOIN sources s ON s.id = b.source_id WHERE b.id = $1";
    const PgResult rows = m_db.exec(sql.constData(), params);
    if (rows.rows() != 1)
        return std::nullopt;
    return infoFrom(rows, 0);
}

std::optional<std::string> PostgresOutboxStore::payload(qint64 id, QString* error) {
    PgParams params;
    params.add(id);
    const PgResult rows =
        m_db.exec("SELECT body, encoding FROM payloads WHERE batch_id = $1", params);
    if (rows.rows() != 1)
        return std::nullopt;
    QString damage;
    auto plain = decode(rows, 0, 0, &damage);
    if (!plain && error)
        *error = QStringLiteral("batch %1: %2").arg(id).arg(damage);
    return plain;
}

int PostgresOutboxStore::changeBatches(const char* sql, const PgParams& params, qint64 nowMs) {
    if (!m_db.begin())
        return 0;
    const PgResult changed = m_db.exec(sql, params);
    std::vector<qint64> finished;
    if (!changed.ok() || !m_runs.settle(nowMs, finished) || !m_db.commit()) {
        m_db.rollback();
        return 0;
    }
    m_runs.noteFinished(finished);
    return changed.affected();
}

int PostgresOutboxStore::retry(const std::vector<qint64>& ids, qint64 nowMs) {
    PgParams params;
    params.add(nowMs).addIds(ids);
    const int changed = changeBatches(
        ids.empty() ? "UPDATE batches SET state = 0, next_attempt_ms = $1, lease_hub = NULL"
                      " WHERE state = 2 AND cardinality($2::bigint[]) = 0"
                    : "UPDATE batches SET state = 0, next_attempt_ms = $1, lease_hub = NULL"
                      " WHERE state = 2 AND id = ANY ($2)",
        params, nowMs);
    if (changed > 0)
        m_db.exec((QByteArray("NOTIFY ") + kWorkChannel).constData());
    return changed;
}

int PostgresOutboxStore::discard(const std::vector<qint64>& ids) {
    PgParams params;
    params.addIds(ids);
    // A run whose last pending batch is discarded finishes now (discard is given no clock).
    return changeBatches(ids.empty()
                             ? "DELETE FROM batches WHERE state = 2"
                               " AND cardinality($1::bigint[]) = 0"
                             : "DELETE FROM batches WHERE id = ANY ($1) AND state IN (0, 2)",
                         params, QDateTime::currentMSecsSinceEpoch());
}

int PostgresOutboxStore::pruneDelivered(qint64 deliveredBeforeMs) {
    PgParams params;
    params.add(deliveredBeforeMs);
    // Payloads and attempts go with their batches (ON DELETE CASCADE).
    return m_db.exec("DELETE FROM batches WHERE state = 1 AND delivered_ms < $1", params)
        .affected();
}

bool PostgresOutboxStore::exportJsonLines(BatchState state,
                                          const std::function<bool(const std::string&)>& line,
                                          QString* error) {
    // A page of batches at a time: an outbox of millions of messages is never read whole.
    qint64 after = 0;
    for (;;) {
        PgParams params;
        params.add(int(state)).add(after);
        const QByteArray sql = QByteArray("SELECT ") + kInfoColumns +
                               ", p.body, p.encoding FROM batches b JOIN sources s"
                               " ON s.id = b.source_id JOIN payloads p ON p.batch_id = b.id"
                               " WHERE b.state = $1 AND b.id > $2 ORDER BY b.id LIMIT 32";
        const PgResult rows = m_db.exec(sql.constData(), params);
        if (!rows.ok()) {
            if (error)
                *error = QStringLiteral("outbox: %1").arg(rows.error());
            return false;
        }
        if (rows.rows() == 0)
            return true;
        for (int row = 0; row < rows.rows(); ++row) {
            const BatchInfo info = infoFrom(rows, row);
            QString damage;
            const std::optional<std::string> messages =
                decode(rows, row, kInfoColumnCount, &damage);
            if (!messages) {
                if (error)
                    *error = QStringLiteral("batch %1: %2").arg(info.id).arg(damage);
                return false;
            }
            if (!BatchExportLines::write(info, *messages, line))
                return false;
            after = info.id;
        }
    }
}

} // namespace ActionDeck
