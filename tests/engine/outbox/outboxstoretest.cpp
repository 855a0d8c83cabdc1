#include "outbox/attempthistory.h"
#include "outbox/payloadcodec.h"
#include "outbox/sqliteoutboxstore.h"
#include "testbatch.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::batch;

TEST(OutboxStore, CreatesAVersionedWalDatabaseReadableByTheOwnerOnly) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("t1"));
    QString error;
    ASSERT_TRUE(store.open(dir.path() + QStringLiteral("/data"), &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), SqliteOutboxStore::kSchemaVersion);
    const auto permissions = QFile::permissions(store.location());
    EXPECT_TRUE(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther;
    EXPECT_FALSE(permissions & others);
    EXPECT_FALSE(QFile::permissions(dir.path() + QStringLiteral("/data")) & others);
    QSqlQuery mode(QSqlDatabase::database(QStringLiteral("t1")));
    ASSERT_TRUE(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
}

TEST(OutboxStore, ReopeningKeepsDataAndDoesNotMigrateTwice) {
    QTemporaryDir dir;
    {
        SqliteOutboxStore store(QStringLiteral("t2a"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        ASSERT_TRUE(store.append({batch(3)}, 1000, nullptr));
    }
    SqliteOutboxStore store(QStringLiteral("t2b"));
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), SqliteOutboxStore::kSchemaVersion);
    EXPECT_EQ(store.counts().pendingMessages, 3);
}

TEST(OutboxStore, RefusesADatabaseFromANewerVersion) {
    QTemporaryDir dir;
    {
        SqliteOutboxStore store(QStringLiteral("t3a"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("t3a")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    SqliteOutboxStore store(QStringLiteral("t3b"));
    QString error;
    EXPECT_FALSE(store.open(dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer ActionDeck"))) << error.toStdString();
}

TEST(OutboxStore, LeasesDueBatchesWithinPerSourceLimitsAndReleasesThemOnReopen) {
    QTemporaryDir dir;
    {
        SqliteOutboxStore store(QStringLiteral("t4a"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        ASSERT_TRUE(store.append({batch(1), batch(1), batch(1), batch(1, QStringLiteral("other"))},
                                 1000, nullptr));
        const auto leased = store.lease(2000, {}, 2, 10);
        ASSERT_EQ(leased.size(), 3u);
        EXPECT_TRUE(store.lease(2000, {}, 2, 10).size() == 1u);
        EXPECT_TRUE(store.lease(2000, {}, 2, 10).empty());
        EXPECT_FALSE(store.nextDueMs());
    }
    SqliteOutboxStore store(QStringLiteral("t4b"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    EXPECT_EQ(store.lease(2000, {}, 10, 10).size(), 4u);
}

TEST(OutboxStore, RetryLaterKeepsTheBatchPendingUntilDue) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("t5"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(2)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    ASSERT_EQ(store.lease(1000, {}, 4, 4).size(), 1u);
    ASSERT_TRUE(store.markRetry(ids->front(), 2000, 5000, 503, QStringLiteral("HTTP 503")));
    EXPECT_TRUE(store.lease(4999, {}, 4, 4).empty());
    EXPECT_EQ(store.nextDueMs(), 5000);
    const auto again = store.lease(5000, {}, 4, 4);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].attempts, 1);
    ASSERT_TRUE(store.markDelivered(ids->front(), 6000, 200));
    EXPECT_EQ(store.counts().deliveredMessages, 2);
    EXPECT_EQ(store.info(ids->front())->attempts, 2);
}

TEST(OutboxStore, ListsRetriesDiscardsAndExportsFailedWorkWithoutTheWriteKey) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("t6"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(2), batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    ASSERT_TRUE(store.markFailed(ids->at(0), 2000, 400, QStringLiteral("HTTP 400: bad \"thing\"")));
    ASSERT_TRUE(
        store.markFailed(ids->at(1), 2000, 401, QStringLiteral("HTTP 401: invalid write key")));

    const auto failed = store.list(BatchState::Failed);
    ASSERT_EQ(failed.size(), 2u);
    EXPECT_EQ(failed[0].lastStatus, 400);

    std::vector<std::string> lines;
    ASSERT_TRUE(store.exportJsonLines(BatchState::Failed, [&lines](const std::string& line) {
        lines.push_back(line);
        return true;
    }));
    ASSERT_EQ(lines.size(), 3u);
    const auto first = boost::json::parse(lines[0]).as_object();
    EXPECT_EQ(first.at("state"), "failed");
    EXPECT_EQ(first.at("lastStatus"), 400);
    EXPECT_EQ(first.at("lastError"), "HTTP 400: bad \"thing\"");
    EXPECT_EQ(first.at("message").at("messageId"), "m0");
    for (const auto& line : lines)
        EXPECT_EQ(line.find("secret_key"), std::string::npos);

    EXPECT_EQ(store.retry({ids->at(1)}, 2000), 1);
    EXPECT_EQ(store.counts().pendingMessages, 1);
    EXPECT_EQ(store.discard({}), 1);
    EXPECT_EQ(store.counts().failedBatches, 0);
    EXPECT_EQ(store.discard({ids->at(1)}), 1);
    EXPECT_EQ(store.counts().pendingBatches, 0);
}

TEST(OutboxStore, OneSourcesBacklogDoesNotStarveAnother) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("t7"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    std::vector<NewBatch> backlog(400, batch(1, QStringLiteral("busy")));
    ASSERT_TRUE(store.append(backlog, 1000, nullptr));
    ASSERT_TRUE(store.append({batch(1, QStringLiteral("quiet"))}, 1000, nullptr));
    const auto first = store.lease(2000, {}, 16, 64);
    ASSERT_EQ(first.size(), 16u);
    for (const auto& leased : first)
        EXPECT_EQ(leased.target.writeKey, QStringLiteral("busy"));
    // The worker asks again at once; with the busy source at its limit, its backlog no longer
    // hides the quiet source's batch.
    QHash<qint64, int> inFlight{{first.front().sourceId, 16}};
    const auto second = store.lease(2000, inFlight, 16, 64);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second.front().target.writeKey, QStringLiteral("quiet"));
}

TEST(OutboxStore, MigratesAVersionOneOutboxWithItsPayloadsIntact) {
    QTemporaryDir dir;
    const std::string payload = R"({"messageId":"kept","userId":"u1"})";
    {
        // An outbox as ActionDeck's first schema wrote it: the payload inside the batch row.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(dir.filePath(QStringLiteral("outbox.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* sql :
             {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
              "INSERT INTO schema_version (version) VALUES (1)",
              "CREATE TABLE sources (id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL,"
              " write_key TEXT NOT NULL, UNIQUE (endpoint, write_key))",
              "CREATE TABLE batches (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL"
              " REFERENCES sources(id), state INTEGER NOT NULL, message_count INTEGER NOT NULL,"
              " payload BLOB NOT NULL, origin TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT"
              " NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL"
              " DEFAULT 0, delivered_ms INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL"
              " DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
              "CREATE INDEX batches_by_state ON batches (state, next_attempt_ms)",
              "INSERT INTO sources (id, endpoint, write_key) VALUES (1, 'http://127.0.0.1:9/v1/"
              "batch', 'wk')"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql;
        query.prepare(QStringLiteral("INSERT INTO batches (id, source_id, state, message_count,"
                                     " payload, created_ms) VALUES (7, 1, 0, 1, ?, 1000)"));
        query.addBindValue(QByteArray::fromStdString(payload));
        ASSERT_TRUE(query.exec());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO batches (id, source_id, state,"
                                              " message_count, payload, created_ms, last_error)"
                                              " VALUES (8, 1, 2, 1, 'x', 1000, 'HTTP 400')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    SqliteOutboxStore store(QStringLiteral("migrated"));
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), SqliteOutboxStore::kSchemaVersion);
    EXPECT_EQ(store.payload(7), payload);
    const auto leased = store.lease(2000, {}, 4, 4);
    ASSERT_EQ(leased.size(), 1u);
    EXPECT_EQ(leased[0].id, 7);
    EXPECT_EQ(leased[0].payload, payload);
    EXPECT_EQ(leased[0].target.writeKey, QStringLiteral("wk"));

    // Discarding a batch takes its payload with it.
    EXPECT_EQ(store.discard({}), 1);
    QSqlQuery count(QSqlDatabase::database(QStringLiteral("migrated")));
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM payloads")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
    // New batches are stored compressed beside the old plain ones; both read back.
    const auto fresh = store.append({batch(2)}, 3000, &error);
    ASSERT_TRUE(fresh) << error.toStdString();
    EXPECT_EQ(store.payload(fresh->front()), batch(2).payload);
    EXPECT_EQ(store.payload(7), payload);
}

TEST(OutboxStore, StateChangesLeaveThePayloadsAlone) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("payloads"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(3), batch(2)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 2u);
    const auto before = store.payload((*ids)[0]);
    ASSERT_TRUE(before);
    ASSERT_TRUE(store.markDelivered((*ids)[0], 2000, 200));
    ASSERT_TRUE(store.markFailed((*ids)[1], 2000, 400, QStringLiteral("bad")));
    EXPECT_EQ(store.payload((*ids)[0]), before);
    EXPECT_EQ(store.discard({(*ids)[1]}), 1);
    EXPECT_FALSE(store.payload((*ids)[1]));
    EXPECT_EQ(store.counts().deliveredMessages, 3);
}

TEST(OutboxStore, PrunesOnlyBatchesDeliveredBeforeTheCutOff) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("prune"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(1), batch(2), batch(3), batch(4)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 4u);
    ASSERT_TRUE(store.markDelivered((*ids)[0], 5000, 200));                     // old: pruned
    ASSERT_TRUE(store.markDelivered((*ids)[1], 9000, 200));                     // recent: kept
    ASSERT_TRUE(store.markFailed((*ids)[2], 6000, 400, QStringLiteral("bad"))); // failed: kept
    // (*ids)[3] stays pending: kept, however old.

    EXPECT_EQ(store.pruneDelivered(8000), 1);
    EXPECT_FALSE(store.info((*ids)[0]));
    EXPECT_FALSE(store.payload((*ids)[0])) << "the messages went with the batch";
    for (int i = 1; i < 4; ++i)
        EXPECT_TRUE(store.payload((*ids)[std::size_t(i)])) << i;
    const OutboxCounts counts = store.counts();
    EXPECT_EQ(counts.deliveredBatches, 1);
    EXPECT_EQ(counts.failedBatches, 1);
    EXPECT_EQ(counts.pendingMessages, 4);
    EXPECT_EQ(store.pruneDelivered(8000), 0);
}

TEST(OutboxStore, KeepsMessagesCompressedAndGivesThemBackByteForByte) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("compressed"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    NewBatch big = batch(500);
    big.payload += "\n{\"userId\":\"ü\\\"x\",\"note\":\"tab\\t\"}";
    ++big.messageCount;
    const auto ids = store.append({big}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 1u);

    QSqlQuery raw(QSqlDatabase::database(QStringLiteral("compressed")));
    ASSERT_TRUE(raw.exec(QStringLiteral("SELECT encoding, length(body) FROM payloads")) &&
                raw.next());
    EXPECT_EQ(raw.value(0).toInt(), int(PayloadCodec::Encoding::Zstd));
    EXPECT_LT(raw.value(1).toLongLong() * 5, qint64(big.payload.size()));
    raw.finish();

    EXPECT_EQ(store.payload(ids->front()), big.payload);
    const auto leased = store.lease(2000, {}, 4, 4);
    ASSERT_EQ(leased.size(), 1u);
    EXPECT_EQ(leased[0].payload, big.payload);
    ASSERT_TRUE(store.markFailed(ids->front(), 2000, 400, QStringLiteral("bad")));
    std::string exported;
    ASSERT_TRUE(store.exportJsonLines(BatchState::Failed, [&](const std::string& line) {
        exported += boost::json::serialize(boost::json::parse(line).at("message")) + '\n';
        return true;
    }));
    std::string expected;
    for (std::size_t start = 0; start < big.payload.size();) {
        const std::size_t end = std::min(big.payload.find('\n', start), big.payload.size());
        expected +=
            boost::json::serialize(boost::json::parse(big.payload.substr(start, end - start))) +
            '\n';
        start = end + 1;
    }
    EXPECT_EQ(exported, expected);
}

TEST(OutboxStore, ABatchWhoseStoredMessagesAreDamagedIsFailedWithTheReasonNotSent) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("damaged"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(3), batch(4), batch(5), batch(6)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 4u);
    const qint64 torn = (*ids)[0];
    const qint64 unknown = (*ids)[1];
    const qint64 gone = (*ids)[3];
    QSqlQuery damage(QSqlDatabase::database(QStringLiteral("damaged")));
    ASSERT_TRUE(damage.exec(QStringLiteral("UPDATE payloads SET body = substr(body, 1, 20)"
                                           " WHERE batch_id = %1")
                                .arg(torn)));
    ASSERT_TRUE(damage.exec(
        QStringLiteral("UPDATE payloads SET encoding = 9 WHERE batch_id = %1").arg(unknown)));
    ASSERT_TRUE(damage.exec(QStringLiteral("DELETE FROM payloads WHERE batch_id = %1").arg(gone)));
    damage.finish();

    QString error;
    EXPECT_FALSE(store.payload(torn, &error));
    EXPECT_EQ(error.toStdString(), "batch " + std::to_string(torn) +
                                       ": stored messages are damaged (Src size is incorrect)");

    std::vector<qint64> unreadable;
    const auto leased = store.lease(2000, {}, 8, 8, &unreadable);
    EXPECT_EQ(unreadable, (std::vector<qint64>{torn, unknown, gone}));
    ASSERT_EQ(leased.size(), 1u) << "only the intact batch is sent";
    EXPECT_EQ(leased[0].id, (*ids)[2]);
    EXPECT_EQ(leased[0].payload, batch(5).payload);
    const auto tornInfo = store.info(torn);
    ASSERT_TRUE(tornInfo);
    EXPECT_EQ(tornInfo->state, BatchState::Failed);
    EXPECT_EQ(tornInfo->lastError,
              QStringLiteral("stored messages are damaged (Src size is incorrect)"));
    EXPECT_EQ(store.info(unknown)->lastError,
              QStringLiteral("stored messages have an unknown encoding (9)"));
    EXPECT_EQ(store.info(gone)->state, BatchState::Failed);
    EXPECT_EQ(store.info(gone)->lastError, QStringLiteral("the stored messages are missing"));
    EXPECT_EQ(store.attempts(gone),
              (std::vector<BatchAttempt>{{2000, 0, AttemptOutcome::Failed,
                                          QStringLiteral("the stored messages are missing")}}))
        << "the history says why the batch failed";
    EXPECT_TRUE(store.lease(3000, {}, 8, 8).empty()) << "and not offered again";

    error.clear();
    EXPECT_FALSE(store.exportJsonLines(
        BatchState::Failed, [](const std::string&) { return true; }, &error));
    EXPECT_EQ(error.toStdString(), "batch " + std::to_string(torn) +
                                       ": stored messages are damaged (Src size is incorrect)");
}

namespace {

/// Rows of `table` whose batch is `id` (the attempt rows are checked without the store's API).
int rowsOf(const QString& connection, const QString& table, qint64 id) {
    QSqlQuery count(QSqlDatabase::database(connection));
    if (!count.exec(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE batch_id = %2").arg(table).arg(id)) ||
        !count.next())
        return -1;
    return count.value(0).toInt();
}

} // namespace

TEST(OutboxStore, MigratesAVersionThreeOutboxWhoseBatchesThenHaveNoAttempts) {
    QTemporaryDir dir;
    {
        // An outbox as schema 3 wrote it: payloads in their own table, no attempt history.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(dir.filePath(QStringLiteral("outbox.sqlite")));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* sql :
             {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
              "INSERT INTO schema_version (version) VALUES (3)",
              "CREATE TABLE sources (id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL,"
              " write_key TEXT NOT NULL, UNIQUE (endpoint, write_key))",
              "CREATE TABLE batches (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL"
              " REFERENCES sources(id), state INTEGER NOT NULL, message_count INTEGER NOT NULL,"
              " origin TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL, attempts INTEGER"
              " NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0, delivered_ms"
              " INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0, last_error"
              " TEXT NOT NULL DEFAULT '')",
              "CREATE INDEX batches_by_state ON batches (state, next_attempt_ms)",
              "CREATE TABLE payloads (batch_id INTEGER PRIMARY KEY REFERENCES batches(id) ON"
              " DELETE CASCADE, body BLOB NOT NULL, encoding INTEGER NOT NULL DEFAULT 0)",
              "INSERT INTO sources (id, endpoint, write_key) VALUES (1, 'http://127.0.0.1:9/v1/"
              "batch', 'wk')",
              "INSERT INTO batches (id, source_id, state, message_count, created_ms, attempts,"
              " last_status, last_error) VALUES (7, 1, 0, 1, 1000, 3, 503, 'HTTP 503: busy')",
              "INSERT INTO payloads (batch_id, body) VALUES (7, '{\"messageId\":\"kept\"}')"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql;
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    SqliteOutboxStore store(QStringLiteral("from-v3"));
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), SqliteOutboxStore::kSchemaVersion);
    const auto old = store.info(7);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->attempts, 3) << "the count of earlier attempts is kept";
    EXPECT_EQ(old->lastError, QStringLiteral("HTTP 503: busy"));
    EXPECT_TRUE(store.attempts(7).empty()) << "their details were never stored";

    const auto leased = store.lease(2000, {}, 4, 4);
    ASSERT_EQ(leased.size(), 1u);
    ASSERT_TRUE(store.markDelivered(7, 3000, 200));
    EXPECT_EQ(store.attempts(7),
              (std::vector<BatchAttempt>{{3000, 200, AttemptOutcome::Delivered, {}}}));
}

TEST(OutboxStore, RecordsEveryAttemptWithItsTimeStatusOutcomeAndAnswer) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("attempts"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(2), batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 2u);
    const qint64 first = (*ids)[0];
    const qint64 second = (*ids)[1];
    ASSERT_TRUE(store.markRetry(first, 2000, 2500, 500, QStringLiteral("HTTP 500: oops")));
    ASSERT_TRUE(store.markRetry(first, 3000, 4000, 0, QStringLiteral("Connection refused")));
    ASSERT_TRUE(store.markDelivered(first, 5000, 200));
    ASSERT_TRUE(store.markFailed(second, 2100, 400, QStringLiteral("HTTP 400: bad")));

    EXPECT_EQ(store.attempts(first),
              (std::vector<BatchAttempt>{
                  {2000, 500, AttemptOutcome::Retry, QStringLiteral("HTTP 500: oops")},
                  {3000, 0, AttemptOutcome::Retry, QStringLiteral("Connection refused")},
                  {5000, 200, AttemptOutcome::Delivered, QStringLiteral("")}}));
    EXPECT_EQ(store.attempts(second),
              (std::vector<BatchAttempt>{
                  {2100, 400, AttemptOutcome::Failed, QStringLiteral("HTTP 400: bad")}}));
    EXPECT_TRUE(store.attempts(999).empty());
}

TEST(OutboxStore, AManualRetryIsNotAnAttempt) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("manual"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    ASSERT_TRUE(store.markFailed(ids->front(), 2000, 401, QStringLiteral("HTTP 401")));
    ASSERT_EQ(store.retry({ids->front()}, 3000), 1);
    EXPECT_EQ(store.attempts(ids->front()).size(), 1u);
    EXPECT_EQ(store.info(ids->front())->attempts, 1);
}

TEST(OutboxStore, ASettlementThatChangesNoBatchRecordsNoAttempt) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("unchanged"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(1), batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 2u);
    // Discarded while its request was in flight: the answer has nothing left to settle.
    ASSERT_EQ(store.discard({(*ids)[0]}), 1);
    EXPECT_TRUE(store.markDelivered((*ids)[0], 2000, 200));
    EXPECT_EQ(rowsOf(QStringLiteral("unchanged"), QStringLiteral("attempts"), (*ids)[0]), 0);
    // A retry only applies to a pending batch.
    ASSERT_TRUE(store.markFailed((*ids)[1], 2000, 400, QStringLiteral("bad")));
    EXPECT_TRUE(store.markRetry((*ids)[1], 3000, 4000, 503, QStringLiteral("late")));
    EXPECT_EQ(store.attempts((*ids)[1]).size(), 1u);
}

TEST(OutboxStore, AttemptsSurviveReopeningTheOutbox) {
    QTemporaryDir dir;
    qint64 id = 0;
    {
        SqliteOutboxStore store(QStringLiteral("keep-a"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        const auto ids = store.append({batch(1)}, 1000, nullptr);
        ASSERT_TRUE(ids);
        id = ids->front();
        ASSERT_TRUE(store.markRetry(id, 2000, 3000, 503, QStringLiteral("HTTP 503: busy")));
    }
    SqliteOutboxStore store(QStringLiteral("keep-b"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    EXPECT_EQ(store.attempts(id), (std::vector<BatchAttempt>{{2000, 503, AttemptOutcome::Retry,
                                                              QStringLiteral("HTTP 503: busy")}}));
}

TEST(OutboxStore, AttemptsAreDeletedWithTheirBatchByDiscardAndPrune) {
    QTemporaryDir dir;
    const QString name = QStringLiteral("cascade");
    SqliteOutboxStore store(name);
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids =
        store.append({batch(1), batch(1), batch(1), batch(1), batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 5u);
    const qint64 pending = (*ids)[0], failed = (*ids)[1], allFailed = (*ids)[2],
                 oldDelivered = (*ids)[3], recent = (*ids)[4];
    ASSERT_TRUE(store.markRetry(pending, 2000, 2500, 503, QStringLiteral("busy")));
    ASSERT_TRUE(store.markFailed(failed, 2000, 400, QStringLiteral("bad")));
    ASSERT_TRUE(store.markFailed(allFailed, 2000, 400, QStringLiteral("bad")));
    ASSERT_TRUE(store.markDelivered(oldDelivered, 2000, 200));
    ASSERT_TRUE(store.markDelivered(recent, 9000, 200));

    EXPECT_EQ(store.discard({pending, failed}), 2);
    EXPECT_EQ(rowsOf(name, QStringLiteral("attempts"), pending), 0);
    EXPECT_EQ(rowsOf(name, QStringLiteral("attempts"), failed), 0);
    EXPECT_EQ(store.discard({}), 1) << "every failed batch";
    EXPECT_EQ(rowsOf(name, QStringLiteral("attempts"), allFailed), 0);
    EXPECT_EQ(store.pruneDelivered(5000), 1);
    EXPECT_EQ(rowsOf(name, QStringLiteral("attempts"), oldDelivered), 0);
    EXPECT_EQ(rowsOf(name, QStringLiteral("attempts"), recent), 1) << "a kept batch keeps its own";
}

TEST(OutboxStore, KeepsOnlyTheLatestAttemptsOfEachBatch) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("cap"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(1), batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids && ids->size() == 2u);
    const int kept = AttemptHistory::kKeptPerBatch;
    ASSERT_TRUE(store.markRetry((*ids)[1], 1500, 1600, 503, QStringLiteral("other")));
    for (int i = 0; i < kept + 10; ++i)
        ASSERT_TRUE(store.markRetry((*ids)[0], 2000 + i, 3000, 503, QStringLiteral("busy")));
    ASSERT_TRUE(store.markDelivered((*ids)[0], 9000, 200));

    const auto attempts = store.attempts((*ids)[0]);
    ASSERT_EQ(attempts.size(), std::size_t(kept));
    EXPECT_EQ(attempts.front().atMs, 2000 + 11) << "the oldest went first";
    EXPECT_EQ(attempts.back().outcome, AttemptOutcome::Delivered);
    EXPECT_EQ(store.info((*ids)[0])->attempts, kept + 11) << "the count covers them all";
    EXPECT_EQ(store.attempts((*ids)[1]).size(), 1u) << "another batch's history is untouched";
}

TEST(OutboxStore, ALongAnswerIsCutInTheAttemptHistory) {
    QTemporaryDir dir;
    SqliteOutboxStore store(QStringLiteral("long"));
    ASSERT_TRUE(store.open(dir.path(), nullptr));
    const auto ids = store.append({batch(1)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    // A character outside the BMP straddles the cut: it must not be split in half.
    const QString answer = QString(AttemptHistory::kErrorChars - 2, u'x') +
                           QString::fromUtf8("\xF0\x9F\x98\x80") + QString(3000, u'y');
    ASSERT_TRUE(store.markFailed(ids->front(), 2000, 400, answer));
    const auto attempts = store.attempts(ids->front());
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts[0].error,
              QString(AttemptHistory::kErrorChars - 2, u'x') + QStringLiteral("…"));
    EXPECT_EQ(store.info(ids->front())->lastError, answer) << "the last answer is kept whole";
}
