#include "outbox/outboxmigration.h"

#include "outbox/outboxlocation.h"
#include "outbox/postgresoutboximport.h"
#include "outbox/postgresoutboxstore.h"
#include "outbox/sqliteoutboxlock.h"
#include "outbox/sqliteoutboxstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSysInfo>

namespace ActionDeck {

namespace {

/// A scope's rows split as PostgreSQL keeps them: the settled ones (their batches delivered,
/// pruned or gone) merged, and each moved pending batch's blob under its new id.
struct ScopeRows {
    std::vector<SyncRow> settled;
    std::vector<std::pair<qint64, QByteArray>> pending;
};

std::optional<ScopeRows> splitRows(SqliteOutboxStore& from, qint64 scopeId,
                                   const QSet<qint64>& pendingIds,
                                   const QHash<qint64, qint64>& newIds, QString* error) {
    ScopeRows rows;
    for (const auto& [batchId, body] : from.syncBlobs(scopeId)) {
        if (pendingIds.contains(batchId)) {
            // A batch moved before (by a move cut off) took its rows with it then.
            if (const auto moved = newIds.constFind(batchId); moved != newIds.constEnd())
                rows.pending.emplace_back(*moved, body);
            continue;
        }
        if (!SyncStateStore::unpack(body, rows.settled)) {
            if (error)
                *error =
                    QStringLiteral("outbox: a damaged sync state blob in scope %1").arg(scopeId);
            return std::nullopt;
        }
    }
    SyncStateStore::keepLatest(rows.settled);
    return rows;
}

} // namespace

QString OutboxMove::summary(const QString& from, const QString& into) const {
    QString text = QStringLiteral("Moved %1 pending and %2 failed batches (%3 messages, %4 "
                                  "attempts) and %5 sync scopes from %6 into %7.")
                       .arg(pendingBatches)
                       .arg(failedBatches)
                       .arg(messages)
                       .arg(attempts)
                       .arg(syncScopes)
                       .arg(from, into);
    if (movedBefore > 0)
        text += QStringLiteral(" %1 batches and scopes an earlier move had taken were removed "
                               "from the file, not moved again.")
                    .arg(movedBefore);
    return text;
}

std::optional<OutboxMove> OutboxMigration::run(const QString& dataDirectory,
                                               const OutboxLocation& to, QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<OutboxMove> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!to.isPostgres())
        return fail(QStringLiteral("an outbox moves into PostgreSQL only"));
    const QString file = QDir(dataDirectory).absoluteFilePath(QStringLiteral("outbox.sqlite"));
    if (!QFile::exists(file))
        return fail(QStringLiteral("there is no outbox in %1").arg(dataDirectory));
    SqliteOutboxLock lock(dataDirectory);
    QString why;
    if (!lock.tryLock(&why))
        return fail(why);
    SqliteOutboxStore from(QStringLiteral("outbox-migration"));
    if (!from.open(dataDirectory, &why))
        return fail(why);
    // Not a hub: it holds no lease, and is listed among the hubs only while it runs.
    PostgresOutboxStore into(QStringLiteral("outbox-migration"), to.sealer());
    if (!into.open(to.uri(), &why))
        return fail(why);

    OutboxMove move;
    std::vector<qint64> leaving; // SQLite ids, once the move committed
    QSet<qint64> pendingIds;
    QHash<qint64, qint64> newIds;
    PostgresOutboxImport import(into);
    // The file on this machine: hubs on other machines have files at the same path.
    const QString source = QStringLiteral("%1 (%2, machine %3)")
                               .arg(file, QSysInfo::machineHostName(),
                                    QString::fromLatin1(QSysInfo::machineUniqueId()));
    if (!import.begin(source, &why))
        return fail(why);
    for (const BatchState state : {BatchState::Pending, BatchState::Failed}) {
        for (const BatchInfo& info : from.list(state)) {
            leaving.push_back(info.id);
            if (state == BatchState::Pending)
                pendingIds.insert(info.id);
            if (import.moved(info)) {
                ++move.movedBefore;
                continue;
            }
            MovedBatch batch{info, {}, {}, from.attempts(info.id)};
            const auto target = from.target(info.id);
            auto payload = from.payload(info.id, &why);
            if (!target || !payload)
                return fail(QStringLiteral("outbox: cannot read batch %1 of %2: %3")
                                .arg(info.id)
                                .arg(file, why.isEmpty() ? QStringLiteral("it is gone") : why));
            batch.target = *target;
            batch.payload = std::move(*payload);
            const auto id = import.addBatch(batch, &why);
            if (!id)
                return fail(why);
            newIds.insert(info.id, *id);
            ++(state == BatchState::Pending ? move.pendingBatches : move.failedBatches);
            move.messages += info.messageCount;
            move.attempts += int(batch.attempts.size());
        }
    }
    const std::vector<SyncScopeInfo> scopes = from.syncState().scopes();
    for (const SyncScopeInfo& scope : scopes) {
        if (import.moved(scope)) {
            ++move.movedBefore;
            continue;
        }
        const auto rows = splitRows(from, scope.id, pendingIds, newIds, &why);
        if (!rows || !import.addScope(scope, rows->settled, rows->pending, &why))
            return fail(why);
        ++move.syncScopes;
    }
    if (!import.commit(&why))
        return fail(why);

    // Committed in PostgreSQL: now they leave the file. Cut off here, a second run finds them
    // in the record of what moved and only removes them.
    // The runs stay in the file as history; what moved is not counted there as discarded.
    if (!leaving.empty() && (!from.leaveRuns(leaving, QDateTime::currentMSecsSinceEpoch()) ||
                             from.discard(leaving) != int(leaving.size())))
        return fail(QStringLiteral("the batches are in PostgreSQL, but not all could be removed "
                                   "from %1: run the move again to remove them")
                        .arg(file));
    if (!scopes.empty())
        from.syncState().reset(std::nullopt);
    return move;
}

qint64 OutboxMigration::leftInFile(const QString& dataDirectory) {
    if (!QFile::exists(QDir(dataDirectory).absoluteFilePath(QStringLiteral("outbox.sqlite"))))
        return 0;
    SqliteOutboxStore file(QStringLiteral("outbox-left-in-file"));
    if (!file.open(dataDirectory, nullptr))
        return 0;
    const OutboxCounts counts = file.counts();
    return counts.pendingBatches + counts.failedBatches + qint64(file.syncState().scopes().size());
}

} // namespace ActionDeck
