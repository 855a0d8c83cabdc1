// One outbox contract, held against both stores: SQLite in a temporary directory and PostgreSQL
// in a real server started for the tests (initdb + pg_ctl). What one store promises, the other
// keeps: append, lease, deliver, retry at, fail, discard, export, prune, the attempt history,
// the sync state, and what a store that ends without settling leaves behind.
#include "outbox/attempthistory.h"
#include "outbox/postgresoutboxstore.h"
#include "outbox/sqliteoutboxstore.h"
#include "postgrescluster.h"
#include "testbatch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>

using namespace ActionDeck;
using TestSupport::batch;
using TestSupport::PostgresCluster;

namespace {

enum class Kind { Sqlite, Postgres };

std::atomic<int> g_serial{0};

class OutboxContract : public testing::TestWithParam<Kind> {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        if (GetParam() == Kind::Postgres) {
            QString error;
            cluster = TestSupport::sharedPostgresCluster(&error);
            ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: "
                                 << error.toStdString();
            database = QStringLiteral("contract_%1").arg(++g_serial);
            uri = cluster->createDatabase(database, &error);
            ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
        }
        store = openStore();
        ASSERT_TRUE(store);
    }

    std::unique_ptr<OutboxStore> openStore(const QString& hub = QStringLiteral("hub-a")) {
        QString error;
        if (GetParam() == Kind::Sqlite) {
            m_connection = QStringLiteral("contract-%1").arg(++g_serial);
            auto sqlite = std::make_unique<SqliteOutboxStore>(m_connection);
            EXPECT_TRUE(sqlite->open(dir.path(), &error)) << error.toStdString();
            return sqlite;
        }
        auto postgres = std::make_unique<PostgresOutboxStore>(hub, TestSupport::testSealer());
        EXPECT_TRUE(postgres->open(uri, &error)) << error.toStdString();
        return postgres;
    }

    /// Ends the store as a crash would leave it (nothing settled), and opens it again.
    void reopen() {
        store.reset();
        store = openStore(QStringLiteral("hub-b"));
    }

    /// Overwrites a batch's stored messages with bytes that are no zstd frame.
    void damage(qint64 id) {
        if (GetParam() == Kind::Sqlite) {
            QSqlQuery query(QSqlDatabase::database(m_connection));
            ASSERT_TRUE(query.exec(
                QStringLiteral("UPDATE payloads SET body = x'00112233' WHERE batch_id = %1")
                    .arg(id)));
            return;
        }
        QString error;
        cluster->psql(database,
                      QStringLiteral("UPDATE actiondeck.payloads SET body = '\\x00112233'"
                                     " WHERE batch_id = %1")
                          .arg(id),
                      &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    }

    std::vector<qint64> append(const std::vector<NewBatch>& batches, qint64 nowMs = 1000) {
        QString error;
        const auto ids = store->append(batches, nowMs, &error);
        EXPECT_TRUE(ids) << error.toStdString();
        return ids ? *ids : std::vector<qint64>();
    }

    QTemporaryDir dir;
    PostgresCluster* cluster = nullptr;
    QString database;
    QString uri;
    std::unique_ptr<OutboxStore> store;

private:
    QString m_connection;
};

std::string kindName(const testing::TestParamInfo<Kind>& info) {
    return info.param == Kind::Sqlite ? "Sqlite" : "Postgres";
}

} // namespace

TEST_P(OutboxContract, AppendedBatchesAreCountedListedAndGivenBackByteForByte) {
    const auto ids = append({batch(3), batch(2, QStringLiteral("other"))});
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_LT(ids[0], ids[1]);
    EXPECT_EQ(store->counts(), (OutboxCounts{2, 5, 0, 0, 0, 0}));
    const auto listed = store->list(BatchState::Pending);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].id, ids[0]);
    EXPECT_EQ(listed[0].messageCount, 3);
    EXPECT_EQ(listed[0].createdMs, 1000);
    EXPECT_EQ(listed[0].origin, QStringLiteral("test"));
    EXPECT_EQ(listed[0].endpoint, QStringLiteral("http://127.0.0.1:9/v1/batch"));
    EXPECT_EQ(store->list(std::nullopt, 1, ids[0]).size(), 1u) << "after an id, with a limit";
    EXPECT_EQ(store->payload(ids[0]), batch(3).payload);
    EXPECT_FALSE(store->info(ids[1] + 100));
    // A batch too large to send is stored failed from the start, with why.
    NewBatch tooLarge = batch(1);
    tooLarge.failure = QStringLiteral("an event over 32 KB");
    const auto failed = append({tooLarge});
    EXPECT_EQ(store->info(failed.at(0))->state, BatchState::Failed);
    EXPECT_EQ(store->info(failed.at(0))->lastError, QStringLiteral("an event over 32 KB"));
}

TEST_P(OutboxContract, LeasesDueBatchesOnceWithinPerSourceLimits) {
    append({batch(1), batch(1), batch(1), batch(1, QStringLiteral("other"))});
    const auto leased = store->lease(2000, {}, 2, 10);
    ASSERT_EQ(leased.size(), 3u);
    EXPECT_EQ(leased[0].payload, batch(1).payload);
    EXPECT_EQ(leased[0].target.writeKey, QStringLiteral("secret_key"));
    EXPECT_EQ(store->lease(2000, {}, 2, 10).size(), 1u) << "the third of its source";
    EXPECT_TRUE(store->lease(2000, {}, 2, 10).empty()) << "a batch handed out is not again";
    EXPECT_FALSE(store->nextDueMs());
    append({batch(1)}, 5000);
    EXPECT_EQ(store->nextDueMs(), 0) << "appended batches are due at once";
    EXPECT_EQ(store->lease(2000, {}, 10, 10).size(), 1u);
}

TEST_P(OutboxContract, WhatAStoreThatEndedWithoutSettlingHeldIsHandedOutAgain) {
    const auto ids = append({batch(2), batch(2)});
    ASSERT_EQ(store->lease(2000, {}, 10, 10).size(), 2u);
    ASSERT_TRUE(store->markDelivered(ids[0], 2500, 200));
    reopen();
    const auto again = store->lease(3000, {}, 10, 10);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].id, ids[1]);
    EXPECT_EQ(again[0].payload, batch(2).payload) << "the same messages, the same messageIds";
    EXPECT_EQ(store->counts().deliveredBatches, 1);
}

TEST_P(OutboxContract, ARetryAtKeepsTheBatchPendingUntilItIsDue) {
    const auto ids = append({batch(2)});
    ASSERT_EQ(store->lease(1000, {}, 4, 4).size(), 1u);
    ASSERT_TRUE(store->markRetry(ids[0], 2000, 5000, 503, QStringLiteral("HTTP 503")));
    EXPECT_TRUE(store->lease(4999, {}, 4, 4).empty());
    EXPECT_EQ(store->nextDueMs(), 5000);
    EXPECT_EQ(store->info(ids[0])->lastError, QStringLiteral("HTTP 503"));
    const auto again = store->lease(5000, {}, 4, 4);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].attempts, 1);
    ASSERT_TRUE(store->markDelivered(ids[0], 6000, 200));
    EXPECT_EQ(store->counts().deliveredMessages, 2);
    const auto info = store->info(ids[0]);
    EXPECT_EQ(info->attempts, 2);
    EXPECT_EQ(info->deliveredMs, 6000);
    EXPECT_TRUE(info->lastError.isEmpty());
}

TEST_P(OutboxContract, FailedBatchesAreExportedWithoutTheWriteKeyRetriedAndDiscarded) {
    const auto ids = append({batch(2), batch(1), batch(1)});
    ASSERT_EQ(store->lease(2000, {}, 10, 10).size(), 3u);
    ASSERT_TRUE(store->markFailed(ids[0], 2000, 400, QStringLiteral("HTTP 400: bad \"thing\"")));
    ASSERT_TRUE(store->markFailed(ids[1], 2000, 401, QStringLiteral("HTTP 401: bad key")));
    std::vector<std::string> lines;
    ASSERT_TRUE(store->exportJsonLines(BatchState::Failed, [&lines](const std::string& line) {
        lines.push_back(line);
        return true;
    }));
    ASSERT_EQ(lines.size(), 3u);
    const auto first = boost::json::parse(lines[0]).as_object();
    EXPECT_EQ(first.at("batchId"), ids[0]);
    EXPECT_EQ(first.at("state"), "failed");
    EXPECT_EQ(first.at("lastStatus"), 400);
    EXPECT_EQ(first.at("lastError"), "HTTP 400: bad \"thing\"");
    EXPECT_EQ(first.at("message").at("messageId"), "m0");
    EXPECT_EQ(first.at("message").at("userId"), "ü");
    for (const auto& line : lines)
        EXPECT_EQ(line.find("secret_key"), std::string::npos);

    EXPECT_EQ(store->retry({ids[1]}, 3000), 1);
    EXPECT_EQ(store->info(ids[1])->state, BatchState::Pending);
    EXPECT_EQ(store->info(ids[1])->nextAttemptMs, 3000);
    EXPECT_EQ(store->discard({}), 1) << "every failed batch";
    EXPECT_EQ(store->discard({ids[1], ids[2]}), 2) << "pending ones by id";
    EXPECT_EQ(store->counts(), OutboxCounts{});
    // A batch discarded while it was being sent: its late answer records nothing.
    EXPECT_TRUE(store->markDelivered(ids[2], 4000, 200));
    EXPECT_TRUE(store->attempts(ids[2]).empty());
    EXPECT_FALSE(store->info(ids[2]));
}

TEST_P(OutboxContract, DeliveredBatchesArePrunedAfterTheCutOffWithTheirAttempts) {
    const auto ids = append({batch(1), batch(1), batch(1)});
    ASSERT_EQ(store->lease(2000, {}, 10, 10).size(), 3u);
    ASSERT_TRUE(store->markDelivered(ids[0], 2000, 200));
    ASSERT_TRUE(store->markDelivered(ids[1], 5000, 200));
    EXPECT_EQ(store->pruneDelivered(3000), 1);
    EXPECT_FALSE(store->info(ids[0]));
    EXPECT_TRUE(store->attempts(ids[0]).empty());
    EXPECT_FALSE(store->payload(ids[0]));
    EXPECT_TRUE(store->info(ids[1]));
    EXPECT_EQ(store->counts().pendingBatches, 1) << "pending batches are never pruned";
}

TEST_P(OutboxContract, EveryAttemptIsRecordedAndTheHistoryKeepsTheLatest) {
    const auto ids = append({batch(1)});
    const int attempts = AttemptHistory::kKeptPerBatch + 3;
    for (int i = 0; i < attempts; ++i) {
        ASSERT_EQ(store->lease(10000 + i, {}, 1, 1).size(), 1u) << i;
        ASSERT_TRUE(store->markRetry(ids[0], 10000 + i, 10000 + i + 1, 503,
                                     QStringLiteral("busy %1").arg(i)));
    }
    ASSERT_EQ(store->lease(20000, {}, 1, 1).size(), 1u);
    ASSERT_TRUE(store->markFailed(ids[0], 20000, 0, QString(2000, u'x')));
    const auto history = store->attempts(ids[0]);
    ASSERT_EQ(history.size(), std::size_t(AttemptHistory::kKeptPerBatch));
    EXPECT_EQ(history.front().error, QStringLiteral("busy %1").arg(attempts - 49));
    EXPECT_EQ(history.back().outcome, AttemptOutcome::Failed);
    EXPECT_EQ(history.back().atMs, 20000);
    EXPECT_EQ(history.back().error.size(), AttemptHistory::kErrorChars);
    EXPECT_EQ(store->info(ids[0])->attempts, attempts + 1) << "every attempt counted";
    EXPECT_EQ(store->retry({ids[0]}, 30000), 1);
    EXPECT_EQ(store->attempts(ids[0]).size(), history.size()) << "a manual retry is no attempt";
}

TEST_P(OutboxContract, ABatchWhoseStoredMessagesAreDamagedIsFailedWithTheReasonNotSent) {
    const auto ids = append({batch(2), batch(1)});
    damage(ids[0]);
    std::vector<qint64> unreadable;
    const auto leased = store->lease(2000, {}, 10, 10, &unreadable);
    ASSERT_EQ(leased.size(), 1u);
    EXPECT_EQ(leased[0].id, ids[1]);
    EXPECT_EQ(unreadable, std::vector<qint64>{ids[0]});
    const auto info = store->info(ids[0]);
    EXPECT_EQ(info->state, BatchState::Failed);
    EXPECT_FALSE(info->lastError.isEmpty());
    QString error;
    EXPECT_FALSE(store->payload(ids[0], &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("batch %1: ").arg(ids[0]))) << error.toStdString();
    EXPECT_FALSE(store->exportJsonLines(
        BatchState::Failed, [](const std::string&) { return true; }, &error));
}

TEST_P(OutboxContract, TheSyncStateIsRememberedWithItsBatchAndForgottenWhenItFails) {
    const SyncScopeKey daily{QStringLiteral("17"), QStringLiteral("rudder_event"),
                             QStringLiteral("Prod")};
    QString error;
    const auto first = store->syncState().open(daily, 1000, &error);
    ASSERT_TRUE(first) << error.toStdString();
    NewBatch sent = batch(2);
    sent.syncScopeId = first->scopeId;
    sent.syncRows = {{2, 20}, {1, 10}};
    NewBatch refused = batch(1);
    refused.syncScopeId = first->scopeId;
    refused.syncRows = {{3, 30}};
    const auto ids = append({sent, refused});
    const auto read = store->syncState().read(daily, &error);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->rows, (std::vector<SyncRow>{{1, 10}, {2, 20}, {3, 30}}));
    ASSERT_EQ(store->lease(2000, {}, 10, 10).size(), 2u);
    ASSERT_TRUE(store->markDelivered(ids[0], 2000, 200));
    ASSERT_TRUE(store->markFailed(ids[1], 2000, 400, QStringLiteral("refused")));
    // Delivered rows stay, even once their batch is pruned; failed ones are sent again.
    EXPECT_EQ(store->pruneDelivered(5000), 1);
    const auto again = store->syncState().open(daily, 6000, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->scopeId, first->scopeId);
    EXPECT_EQ(again->rows, (std::vector<SyncRow>{{1, 10}, {2, 20}}));
    ASSERT_TRUE(store->syncState().setRemembered(again->scopeId, 2));
    const auto scopes = store->syncState().scopes();
    ASSERT_EQ(scopes.size(), 1u);
    EXPECT_EQ(scopes[0].lastRunMs, 6000);
    EXPECT_EQ(scopes[0].remembered, 2);
    // Discarding a pending batch forgets its rows too.
    NewBatch pending = batch(1);
    pending.syncScopeId = first->scopeId;
    pending.syncRows = {{9, 90}};
    const auto pendingIds = append({pending});
    EXPECT_EQ(store->discard(pendingIds), 1);
    EXPECT_EQ(store->syncState().read(daily, &error)->rows.size(), 2u);
    EXPECT_EQ(store->syncState().prune(6000), 0);
    EXPECT_EQ(store->syncState().reset(QStringLiteral("17")), 1);
    EXPECT_EQ(store->syncState().read(daily, &error)->scopeId, 0) << "forgotten";
}

TEST_P(OutboxContract, SettledRowsAreMergedIntoOneBlobAndReadTheSame) {
    const SyncScopeKey key{QStringLiteral("5"), QStringLiteral("rudder_track"),
                           QStringLiteral("Web")};
    QString error;
    const qint64 scope = store->syncState().open(key, 1000, &error)->scopeId;
    for (std::uint64_t run = 0; run < 4; ++run) {
        NewBatch sent = batch(1);
        sent.syncScopeId = scope;
        sent.syncRows = {{run, run * 10}, {100, run}};
        const auto ids = append({sent});
        ASSERT_EQ(store->lease(2000, {}, 10, 10).size(), 1u);
        ASSERT_TRUE(store->markDelivered(ids[0], 2000, 200));
    }
    const auto merged = store->syncState().open(key, 3000, &error);
    ASSERT_TRUE(merged) << error.toStdString();
    EXPECT_EQ(merged->rows, (std::vector<SyncRow>{{0, 0}, {1, 10}, {2, 20}, {3, 30}, {100, 3}}))
        << "the latest sent wins";
    EXPECT_EQ(store->syncState().open(key, 4000, &error)->rows, merged->rows);
}

INSTANTIATE_TEST_SUITE_P(BothStores, OutboxContract, testing::Values(Kind::Sqlite, Kind::Postgres),
                         kindName);
