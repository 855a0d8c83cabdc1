// What sharing one PostgreSQL outbox between hubs adds to the contract: no batch held by two
// hubs, a stale hub's late answer changing nothing, the leases of a hub that stopped freed by
// the janitor, one schema for hubs started together, and a server restart survived.
#include "outbox/postgresoutboxstore.h"
#include "outbox/postgresschema.h"
#include "postgrescluster.h"
#include "testbatch.h"
#include "waituntil.h"

#include <QSet>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace ActionDeck;
using TestSupport::batch;
using TestSupport::PostgresCluster;

namespace {

std::atomic<int> g_serial{0};

class PostgresOutbox : public testing::Test {
protected:
    void SetUp() override {
        QString error;
        cluster = TestSupport::sharedPostgresCluster(&error);
        ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: " << error.toStdString();
        database = QStringLiteral("shared_%1").arg(++g_serial);
        uri = cluster->createDatabase(database, &error);
        ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    }

    std::unique_ptr<PostgresOutboxStore> hub(const QString& name) {
        auto store = std::make_unique<PostgresOutboxStore>(name, TestSupport::testSealer());
        QString error;
        EXPECT_TRUE(store->open(uri, &error)) << error.toStdString();
        return store;
    }

    QString sql(const QString& statement) {
        QString error;
        const QString out = cluster->psql(database, statement, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return out;
    }

    PostgresCluster* cluster = nullptr;
    QString database;
    QString uri;
};

} // namespace

TEST_F(PostgresOutbox, ThreeHubsLeasingAtOnceDeliverEveryBatchOnce) {
    auto writer = hub(QStringLiteral("writer"));
    std::vector<NewBatch> batches(300, batch(1));
    ASSERT_TRUE(writer->append(batches, 1000, nullptr));
    std::mutex mutex;
    std::vector<qint64> delivered;
    std::atomic<int> overlaps{0};
    QSet<qint64> inFlight;
    const auto work = [&](const QString& name) {
        auto store = hub(name);
        for (int round = 0; round < 400; ++round) {
            const auto leased = store->lease(2000, {}, 100, 7);
            if (leased.empty())
                break;
            for (const LeasedBatch& held : leased) {
                {
                    const std::lock_guard lock(mutex);
                    if (inFlight.contains(held.id))
                        ++overlaps; // two live hubs holding one batch
                    inFlight.insert(held.id);
                }
            }
            // Held until settled: another hub handed one of these meanwhile is an overlap.
            for (const LeasedBatch& held : leased) {
                store->markDelivered(held.id, 3000, 200);
                const std::lock_guard lock(mutex);
                inFlight.remove(held.id);
                delivered.push_back(held.id);
            }
        }
    };
    std::thread a(work, QStringLiteral("hub-a"));
    std::thread b(work, QStringLiteral("hub-b"));
    std::thread c(work, QStringLiteral("hub-c"));
    a.join();
    b.join();
    c.join();
    EXPECT_EQ(overlaps, 0);
    ASSERT_EQ(delivered.size(), 300u);
    EXPECT_EQ(QSet<qint64>(delivered.begin(), delivered.end()).size(), 300);
    EXPECT_EQ(writer->counts().deliveredBatches, 300);
}

TEST_F(PostgresOutbox, ABatchSaysWhichHubHoldsItsLease) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    const auto ids = a->append({batch(2), batch(3)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    ASSERT_EQ(a->lease(2000, {}, 10, 1).size(), 1u);
    EXPECT_EQ(b->info(ids->front())->leaseHolder, QStringLiteral("hub-a"));
    EXPECT_EQ(b->info(ids->back())->leaseHolder, QString()) << "nobody holds it yet";
    EXPECT_EQ(b->list(BatchState::Pending).front().leaseHolder, QStringLiteral("hub-a"));
    ASSERT_TRUE(a->markDelivered(ids->front(), 3000, 200));
    EXPECT_EQ(b->info(ids->front())->leaseHolder, QString()) << "settled: held by none";
    // A lease past its expiry is no one's: the hub stopped renewing it.
    ASSERT_EQ(b->lease(4000, {}, 10, 1).size(), 1u);
    sql(QStringLiteral("UPDATE actiondeck.batches SET lease_until_ms = 0"));
    EXPECT_EQ(a->info(ids->back())->leaseHolder, QString());
}

TEST_F(PostgresOutbox, TheJanitorKeepsTheQueuesStatisticsFresh) {
    auto a = hub(QStringLiteral("hub-a"));
    const auto never = [&] {
        return sql(QStringLiteral("SELECT last_analyze IS NULL FROM pg_stat_user_tables"
                                  " WHERE relid = 'actiondeck.batches'::regclass"));
    };
    ASSERT_EQ(never(), QStringLiteral("t"));
    ASSERT_TRUE(a->append(std::vector<NewBatch>(1500, batch(1)), 1000, nullptr));
    // The server counts the changes a moment after they commit.
    EXPECT_TRUE(TestSupport::waitUntil(
        [&] {
            a->maintain();
            return never() == QStringLiteral("f");
        },
        15000))
        << "no ANALYZE after 1500 new batches";
}

TEST_F(PostgresOutbox, EveryHubSeesTheOutboxByOneId) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    EXPECT_FALSE(a->outboxId().isEmpty());
    EXPECT_EQ(a->outboxId(), b->outboxId()) << "whatever URI reaches it, one outbox";
    // Another database is another outbox.
    QString error;
    const QString other = cluster->createDatabase(database + QStringLiteral("_other"), &error);
    PostgresOutboxStore elsewhere(QStringLiteral("hub-c"), TestSupport::testSealer());
    ASSERT_TRUE(elsewhere.open(other, &error)) << error.toStdString();
    EXPECT_NE(elsewhere.outboxId(), a->outboxId());
}

TEST_F(PostgresOutbox, AStaleHubsLateAnswerChangesNothing) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    const auto ids = a->append({batch(2)}, 1000, nullptr);
    ASSERT_TRUE(ids);
    ASSERT_EQ(a->lease(2000, {}, 10, 10).size(), 1u);
    EXPECT_TRUE(b->lease(2000, {}, 10, 10).empty()) << "held by A";
    // A stalls past its lease: B takes the batch over, with the next fencing token.
    sql(QStringLiteral("UPDATE actiondeck.batches SET lease_until_ms = 0"));
    ASSERT_EQ(b->lease(2000, {}, 10, 10).size(), 1u);
    EXPECT_EQ(sql(QStringLiteral("SELECT lease_hub || ' ' || lease_fence FROM actiondeck.batches")),
              QStringLiteral("hub-b 2"));
    ASSERT_TRUE(a->markDelivered(ids->front(), 3000, 200));
    EXPECT_EQ(a->info(ids->front())->state, BatchState::Pending) << "A's answer came too late";
    EXPECT_TRUE(a->attempts(ids->front()).empty());
    ASSERT_TRUE(b->markRetry(ids->front(), 3000, 4000, 503, QStringLiteral("busy")));
    EXPECT_EQ(b->info(ids->front())->attempts, 1);
    EXPECT_EQ(b->attempts(ids->front()).size(), 1u);
}

TEST_F(PostgresOutbox, TheJanitorFreesTheLeasesOfAHubWhoseHeartbeatStopped) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    ASSERT_TRUE(a->append({batch(1), batch(1)}, 1000, nullptr));
    ASSERT_EQ(a->lease(2000, {}, 10, 10).size(), 2u);
    EXPECT_EQ(b->liveHubs(), 2);
    ASSERT_TRUE(b->maintain());
    EXPECT_TRUE(b->lease(2000, {}, 10, 10).empty()) << "A is alive: its leases hold";
    // A's heartbeat stops (a process killed keeps no heartbeat).
    sql(QStringLiteral("UPDATE actiondeck.hubs SET heartbeat_ms = 0 WHERE id = 'hub-a'"));
    EXPECT_EQ(b->liveHubs(), 1);
    ASSERT_TRUE(b->maintain());
    EXPECT_EQ(b->lease(2000, {}, 10, 10).size(), 2u);
}

TEST_F(PostgresOutbox, MaintainRenewsTheLeasesOfTheBatchesItIsSending) {
    auto a = hub(QStringLiteral("hub-a"));
    ASSERT_TRUE(a->append({batch(1)}, 1000, nullptr));
    ASSERT_EQ(a->lease(2000, {}, 10, 10).size(), 1u);
    sql(QStringLiteral("UPDATE actiondeck.batches SET lease_until_ms = 1"));
    ASSERT_TRUE(a->maintain());
    const qint64 until = sql(QStringLiteral("SELECT lease_until_ms - actiondeck.actiondeck_now_ms()"
                                            " FROM actiondeck.batches"))
                             .toLongLong();
    EXPECT_GT(until, PostgresOutboxStore::kLeaseMs - 10000);
    EXPECT_LE(until, PostgresOutboxStore::kLeaseMs);
}

TEST_F(PostgresOutbox, HubsStartedTogetherOnAnEmptyDatabaseMakeOneSchema) {
    std::atomic<int> opened{0};
    std::vector<std::thread> starts;
    for (int i = 0; i < 4; ++i)
        starts.emplace_back([&, i] {
            PostgresOutboxStore store(QStringLiteral("hub-%1").arg(i), TestSupport::testSealer());
            QString error;
            if (store.open(uri, &error))
                ++opened;
            else
                ADD_FAILURE() << error.toStdString();
        });
    for (std::thread& start : starts)
        start.join();
    EXPECT_EQ(opened, 4);
    EXPECT_EQ(sql(QStringLiteral("SELECT version FROM actiondeck.schema_version")),
              QString::number(PostgresSchema::kVersion));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM actiondeck.schema_version")),
              QStringLiteral("1"));
}

TEST_F(PostgresOutbox, ASchemaFromANewerActionDeckIsRefusedByName) {
    hub(QStringLiteral("first"));
    sql(QStringLiteral("UPDATE actiondeck.schema_version SET version = 99"));
    PostgresOutboxStore store(QStringLiteral("second"), TestSupport::testSealer());
    QString error;
    EXPECT_FALSE(store.open(uri, &error));
    EXPECT_EQ(error, QStringLiteral("the PostgreSQL outbox was written by a newer ActionDeck "
                                    "(schema 99; this one knows %1)")
                         .arg(PostgresSchema::kVersion));
}

TEST_F(PostgresOutbox, AnUnreachableServerIsAClearErrorWithoutTheUri) {
    PostgresOutboxStore store(QStringLiteral("hub"), TestSupport::testSealer());
    QString error;
    EXPECT_FALSE(
        store.open(QStringLiteral("postgresql://actiondeck@/nowhere?host=/tmp/adpg-none"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot connect to the PostgreSQL outbox "
                                                "postgresql://actiondeck@/nowhere: ")))
        << error.toStdString();
}

TEST_F(PostgresOutbox, AppendsFailClearlyWhileTheServerRestartsAndWorkAgainAfter) {
    auto a = hub(QStringLiteral("hub-a"));
    const auto before = a->append({batch(3)}, 1000, nullptr);
    ASSERT_TRUE(before);
    QString error;
    ASSERT_TRUE(cluster->restart(&error)) << error.toStdString();
    // The first call finds the connection cut; whatever it says, nothing half-written stays.
    int failures = 0;
    std::optional<std::vector<qint64>> after;
    for (int i = 0; i < 3 && !after; ++i) {
        error.clear();
        after = a->append({batch(2), batch(2)}, 2000, &error);
        if (!after) {
            ++failures;
            EXPECT_FALSE(error.isEmpty());
        }
    }
    ASSERT_TRUE(after) << error.toStdString();
    EXPECT_LE(failures, 1);
    EXPECT_EQ(a->counts(), (OutboxCounts{3, 7, 0, 0, 0, 0}));
    EXPECT_EQ(a->lease(3000, {}, 10, 10).size(), 3u) << "delivery goes on after the restart";
}

TEST_F(PostgresOutbox, TwoHubsRunningOneScheduleAtOnceLeaveOneConsistentSyncState) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    const SyncScopeKey daily{QStringLiteral("41"), QStringLiteral("rudder_event"),
                             QStringLiteral("Prod")};
    // Both open the scope concurrently, many times over: one scope, never a failed open.
    std::atomic<int> failures{0};
    const auto run = [&](PostgresOutboxStore& store, std::uint64_t fingerprint) {
        for (int i = 0; i < 20; ++i) {
            QString error;
            const auto state = store.syncState().open(daily, 1000 + i, &error);
            if (!state) {
                ++failures;
                continue;
            }
            NewBatch sent = batch(2);
            sent.syncScopeId = state->scopeId;
            sent.syncRows = {{1, fingerprint}, {std::uint64_t(100 + i), fingerprint}};
            if (!store.append({sent}, 1000 + i, &error))
                ++failures;
        }
    };
    std::thread first(run, std::ref(*a), 10);
    std::thread second(run, std::ref(*b), 20);
    first.join();
    second.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM actiondeck.sync_scopes")),
              QStringLiteral("1"));
    QString error;
    const auto state = a->syncState().read(daily, &error);
    ASSERT_TRUE(state) << error.toStdString();
    ASSERT_EQ(state->rows.size(), 21u) << "identity 1 and 100…119, one each";
    const auto one = state->fingerprintOf(1);
    ASSERT_TRUE(one);
    EXPECT_TRUE(*one == 10 || *one == 20) << "the latest sent of either";
    EXPECT_EQ(b->syncState().read(daily, &error)->rows, state->rows) << "every hub reads the same";
}
