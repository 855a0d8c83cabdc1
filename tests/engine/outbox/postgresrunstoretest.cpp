// What sharing one PostgreSQL outbox adds to the runs contract: a run whose last batches three
// hubs settle at once is reported finished by exactly one of them, and the runs a crashed hub
// left running are interrupted by the janitor, never those of a live hub; and one live hub speaks
// for the fleet.
#include "outbox/postgresoutboxstore.h"
#include "postgrescluster.h"
#include "testbatch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace ActionDeck;
using TestSupport::batch;
using TestSupport::PostgresCluster;

namespace {

std::atomic<int> g_serial{0};

class PostgresRuns : public testing::Test {
protected:
    void SetUp() override {
        QString error;
        cluster = TestSupport::sharedPostgresCluster(&error);
        ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: " << error.toStdString();
        database = QStringLiteral("fleet_runs_%1").arg(++g_serial);
        uri = cluster->createDatabase(database, &error);
        ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    }

    std::unique_ptr<PostgresOutboxStore> hub(const QString& name) {
        auto store = std::make_unique<PostgresOutboxStore>(name, TestSupport::testSealer());
        QString error;
        EXPECT_TRUE(store->open(uri, &error)) << error.toStdString();
        return store;
    }

    static qint64 begin(OutboxStore& store) {
        RunRecord run;
        run.receivedMs = 1000;
        run.action = QStringLiteral("rudder_track");
        run.planId = QStringLiteral("17");
        QString error;
        const auto id = store.runs().begin(run, &error);
        EXPECT_TRUE(id) << error.toStdString();
        return id.value_or(0);
    }

    static bool answer(OutboxStore& store, qint64 id) {
        RunAnswer answer;
        answer.answeredMs = 2000;
        answer.success = true;
        return store.runs().answer(id, answer, nullptr);
    }

    void sql(const QString& statement) {
        QString error;
        cluster->psql(database, statement, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    }

    PostgresCluster* cluster = nullptr;
    QString database;
    QString uri;
};

} // namespace

TEST_F(PostgresRuns, ThreeHubsSettlingOneRunsBatchesAtOnceReportItFinishedOnce) {
    auto writer = hub(QStringLiteral("writer"));
    const qint64 id = begin(*writer);
    std::vector<NewBatch> batches(90, batch(2));
    for (NewBatch& each : batches)
        each.runId = id;
    ASSERT_TRUE(writer->append(batches, 1500, nullptr));
    ASSERT_TRUE(answer(*writer, id));
    std::mutex mutex;
    std::vector<RunRecord> reported;
    const auto work = [&](const QString& name) {
        auto store = hub(name);
        // Small leases, so that the hubs' last batches settle at about the same time.
        while (true) {
            const auto leased = store->lease(3000, {}, 100, 2);
            if (leased.empty())
                break;
            for (const LeasedBatch& held : leased)
                store->markDelivered(held.id, 3000, 200);
        }
        const auto finished = store->runs().takeFinished();
        const std::lock_guard lock(mutex);
        reported.insert(reported.end(), finished.begin(), finished.end());
    };
    std::thread a(work, QStringLiteral("hub-a"));
    std::thread b(work, QStringLiteral("hub-b"));
    std::thread c(work, QStringLiteral("hub-c"));
    a.join();
    b.join();
    c.join();
    ASSERT_EQ(reported.size(), 1u) << "one hub of the fleet tells";
    EXPECT_EQ(reported[0].id, id);
    EXPECT_EQ(reported[0].state, RunState::Succeeded);
    EXPECT_EQ(reported[0].delivered, 180);
    EXPECT_EQ(reported[0].pending, 0);
    EXPECT_TRUE(writer->runs().takeFinished().empty());
}

TEST_F(PostgresRuns, TheJanitorInterruptsTheRunsOfAHubWhoseHeartbeatStoppedNotOfALiveOne) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    const qint64 ofA = begin(*a);
    const qint64 ofB = begin(*b);
    EXPECT_EQ(b->runs().interruptOrphans(4000), 0) << "A is alive: its run is reading";
    ASSERT_TRUE(b->maintain());
    EXPECT_EQ(b->runs().get(ofA)->state, RunState::Running);
    // A's heartbeat stops (a process killed keeps no heartbeat).
    sql(QStringLiteral("UPDATE actiondeck.hubs SET heartbeat_ms = 0 WHERE id = 'hub-a'"));
    ASSERT_TRUE(b->maintain());
    const auto cut = b->runs().get(ofA);
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->state, RunState::Interrupted);
    EXPECT_GT(cut->finishedMs, 0) << "nothing of it is pending";
    EXPECT_EQ(b->runs().get(ofB)->state, RunState::Running) << "B's own run goes on";
    const auto finished = b->runs().takeFinished();
    ASSERT_EQ(finished.size(), 1u) << "the janitor's hub tells";
    EXPECT_EQ(finished[0].id, ofA);
    // A was only slow: its answer is what happened, and the run ends by it.
    ASSERT_TRUE(answer(*a, ofA));
    EXPECT_EQ(a->runs().get(ofA)->state, RunState::Succeeded);
    EXPECT_EQ(a->runs().takeFinished().size(), 1u);
}

TEST_F(PostgresRuns, OneLiveHubSpeaksForTheFleetAndAnotherOnceItsHeartbeatStops) {
    auto a = hub(QStringLiteral("hub-a"));
    auto b = hub(QStringLiteral("hub-b"));
    ASSERT_TRUE(a->maintain());
    ASSERT_TRUE(b->maintain());
    EXPECT_TRUE(a->speaksForFleet());
    EXPECT_FALSE(b->speaksForFleet()) << "stuck delivery is told once for the fleet";
    sql(QStringLiteral("UPDATE actiondeck.hubs SET heartbeat_ms = 0 WHERE id = 'hub-a'"));
    EXPECT_TRUE(b->speaksForFleet());
}
