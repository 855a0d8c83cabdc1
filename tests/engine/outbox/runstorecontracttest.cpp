// The runs contract, held against both stores as the outbox contract is: a run per execute,
// its message counters moved as its batches settle, its final state by the rules of issue #34,
// reported once, interrupted after a crash with its counts from the batches, listed by page and
// filter, pruned, and each schedule's last good run.
#include "outbox/postgresoutboxstore.h"
#include "outbox/sqliteoutboxstore.h"
#include "postgrescluster.h"
#include "testbatch.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace ActionDeck;
using TestSupport::batch;
using TestSupport::PostgresCluster;

namespace {

enum class Kind { Sqlite, Postgres };

std::atomic<int> g_serial{0};

class RunStoreContract : public testing::TestWithParam<Kind> {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        if (GetParam() == Kind::Postgres) {
            QString error;
            cluster = TestSupport::sharedPostgresCluster(&error);
            ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: "
                                 << error.toStdString();
            uri = cluster->createDatabase(QStringLiteral("runs_%1").arg(++g_serial), &error);
            ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
        }
        store = openStore(QStringLiteral("hub-a"));
        ASSERT_TRUE(store);
    }

    std::unique_ptr<OutboxStore> openStore(const QString& hub) {
        QString error;
        if (GetParam() == Kind::Sqlite) {
            auto sqlite =
                std::make_unique<SqliteOutboxStore>(QStringLiteral("runs-%1").arg(++g_serial));
            EXPECT_TRUE(sqlite->open(dir.path(), &error)) << error.toStdString();
            return sqlite;
        }
        auto postgres = std::make_unique<PostgresOutboxStore>(hub, TestSupport::testSealer());
        EXPECT_TRUE(postgres->open(uri, &error)) << error.toStdString();
        return postgres;
    }

    /// Ends the store as a crash leaves it (nothing answered or settled), and opens it again as
    /// the next hub does.
    void reopen() {
        store.reset();
        store = openStore(QStringLiteral("hub-b"));
        store->runs().interruptOrphans(90000);
    }

    RunStore& runs() { return store->runs(); }

    qint64 begin(const QString& planId = QStringLiteral("17"), qint64 receivedMs = 1000) {
        RunRecord run;
        run.hubId = QStringLiteral("hub-a");
        run.receivedMs = receivedMs;
        run.action = QStringLiteral("rudder_identify");
        run.region = QStringLiteral("eu");
        run.source = QStringLiteral("Prod");
        run.planId = planId;
        run.planTitle = QStringLiteral("Active accounts");
        run.lookId = QStringLiteral("42");
        run.url = QStringLiteral("https://looker.example/looks/42");
        run.lookerInstance = QStringLiteral("looker.example");
        QString error;
        const auto id = runs().begin(run, &error);
        EXPECT_TRUE(id) << error.toStdString();
        return id.value_or(0);
    }

    /// Batches of `messages` messages each, stored for run `runId`.
    std::vector<qint64> store_(qint64 runId, const std::vector<int>& messages) {
        std::vector<NewBatch> batches;
        for (const int count : messages) {
            batches.push_back(batch(count));
            batches.back().runId = runId;
        }
        QString error;
        const auto ids = store->append(batches, 1500, &error);
        EXPECT_TRUE(ids) << error.toStdString();
        return ids.value_or(std::vector<qint64>());
    }

    bool answer(qint64 id, bool success, qint64 rowsRead, qint64 rowsSkipped = 0,
                QStringList reasons = {}) {
        RunAnswer answer;
        answer.answeredMs = 2000;
        answer.rowsRead = rowsRead;
        answer.rowsSkipped = rowsSkipped;
        answer.rowsUnchanged = 1;
        answer.skipReasons = std::move(reasons);
        answer.success = success;
        answer.message = success ? QString() : QStringLiteral("the download failed");
        QString error;
        const bool answered = runs().answer(id, answer, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return answered;
    }

    /// Leases everything due and settles each batch: delivered unless in `failing`.
    void deliver(qint64 nowMs, const std::vector<qint64>& failing = {}) {
        for (const LeasedBatch& held : store->lease(nowMs, {}, 100, 100)) {
            if (std::find(failing.begin(), failing.end(), held.id) != failing.end())
                ASSERT_TRUE(store->markFailed(held.id, nowMs, 400,
                                              QStringLiteral("HTTP 400: bad %1").arg(held.id)));
            else
                ASSERT_TRUE(store->markDelivered(held.id, nowMs, 200));
        }
    }

    RunRecord get(qint64 id) {
        const auto run = runs().get(id);
        EXPECT_TRUE(run) << id;
        return run.value_or(RunRecord());
    }

    QTemporaryDir dir;
    PostgresCluster* cluster = nullptr;
    QString uri;
    std::unique_ptr<OutboxStore> store;
};

std::string kindName(const testing::TestParamInfo<Kind>& info) {
    return info.param == Kind::Sqlite ? "Sqlite" : "Postgres";
}

std::vector<qint64> ids(const std::vector<RunRecord>& runs) {
    std::vector<qint64> out;
    for (const RunRecord& run : runs)
        out.push_back(run.id);
    return out;
}

} // namespace

TEST_P(RunStoreContract, ABegunRunIsRunningWithWhatAskedForIt) {
    const qint64 id = begin();
    ASSERT_GT(id, 0);
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Running);
    EXPECT_EQ(run.receivedMs, 1000);
    EXPECT_EQ(run.answeredMs, 0);
    EXPECT_EQ(run.finishedMs, 0);
    EXPECT_EQ(run.action, QStringLiteral("rudder_identify"));
    EXPECT_EQ(run.region, QStringLiteral("eu"));
    EXPECT_EQ(run.source, QStringLiteral("Prod"));
    EXPECT_EQ(run.planId, QStringLiteral("17"));
    EXPECT_EQ(run.planTitle, QStringLiteral("Active accounts"));
    EXPECT_EQ(run.lookId, QStringLiteral("42"));
    EXPECT_EQ(run.url, QStringLiteral("https://looker.example/looks/42"));
    EXPECT_EQ(run.lookerInstance, QStringLiteral("looker.example"));
    EXPECT_EQ(run.hubId, QStringLiteral("hub-a"));
    EXPECT_FALSE(runs().get(id + 100));
}

TEST_P(RunStoreContract, EveryMessageDeliveredAfterASuccessIsSucceeded) {
    const qint64 id = begin();
    store_(id, {3, 2});
    EXPECT_EQ(get(id).messagesStored, 5) << "counted as the batches are stored";
    EXPECT_EQ(get(id).pending, 5);
    ASSERT_TRUE(answer(id, true, 6));
    RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Delivering);
    EXPECT_EQ(run.answeredMs, 2000);
    EXPECT_EQ(run.rowsRead, 6);
    EXPECT_EQ(run.rowsUnchanged, 1);
    EXPECT_TRUE(run.success);
    EXPECT_EQ(run.finishedMs, 0);
    deliver(3000);
    run = get(id);
    EXPECT_EQ(run.state, RunState::Succeeded);
    EXPECT_EQ(run.delivered, 5);
    EXPECT_EQ(run.pending, 0);
    EXPECT_EQ(run.failed, 0);
    EXPECT_EQ(run.finishedMs, 3000);
}

TEST_P(RunStoreContract, SkippedRowsMakeAPartialRunAndTheFirstReasonsAreKept) {
    const qint64 id = begin();
    store_(id, {4});
    QStringList reasons;
    for (int i = 0; i < RunRecord::kSkipReasonsKept + 5; ++i)
        reasons.append(QStringLiteral("row %1 has no identity").arg(i));
    reasons[0] = QString(RunStore::kReasonChars + 50, u'x');
    ASSERT_TRUE(answer(id, true, 30, 26, reasons));
    deliver(3000);
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Partial);
    EXPECT_EQ(run.rowsSkipped, 26);
    ASSERT_EQ(run.skipReasons.size(), RunRecord::kSkipReasonsKept);
    EXPECT_EQ(run.skipReasons[0].size(), RunStore::kReasonChars);
    EXPECT_EQ(run.skipReasons[1], QStringLiteral("row 1 has no identity"));
}

TEST_P(RunStoreContract, AFailedBatchMakesAPartialRunWithTheDataPlanesFirstReason) {
    const qint64 id = begin();
    const auto batches = store_(id, {3, 2, 1});
    ASSERT_TRUE(answer(id, true, 6));
    deliver(3000, {batches[1], batches[2]});
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Partial);
    EXPECT_EQ(run.delivered, 3);
    EXPECT_EQ(run.failed, 3);
    EXPECT_EQ(run.failReason, QStringLiteral("HTTP 400: bad %1").arg(batches[1]));
}

TEST_P(RunStoreContract, EveryBatchFailedIsAFailedRun) {
    const qint64 id = begin();
    const auto batches = store_(id, {3, 2});
    ASSERT_TRUE(answer(id, true, 5));
    deliver(3000, batches);
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Failed);
    EXPECT_EQ(run.failed, 5);
    EXPECT_EQ(run.delivered, 0);
    EXPECT_EQ(run.finishedMs, 3000);
}

TEST_P(RunStoreContract, LookerToldFailureWithNothingStoredIsFailedAtOnce) {
    const qint64 id = begin();
    ASSERT_TRUE(answer(id, false, 0));
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Failed);
    EXPECT_FALSE(run.success);
    EXPECT_EQ(run.message, QStringLiteral("the download failed"));
    EXPECT_EQ(run.finishedMs, 2000);
    EXPECT_FALSE(answer(id, true, 9)) << "answered once";
    EXPECT_EQ(get(id).state, RunState::Failed);
}

TEST_P(RunStoreContract, ASuccessWithNothingToSendSucceedsAtOnce) {
    const qint64 id = begin();
    ASSERT_TRUE(answer(id, true, 4));
    EXPECT_EQ(get(id).state, RunState::Succeeded);
    EXPECT_EQ(get(id).finishedMs, 2000);
}

TEST_P(RunStoreContract, ARunIsReportedFinishedOnceByTheCallThatFinishedIt) {
    const qint64 quiet = begin();
    ASSERT_TRUE(answer(quiet, true, 0));
    EXPECT_EQ(ids(runs().takeFinished()), std::vector<qint64>{quiet}) << "final when answered";
    const qint64 id = begin();
    const auto batches = store_(id, {1, 1});
    ASSERT_TRUE(answer(id, true, 2));
    EXPECT_TRUE(runs().takeFinished().empty()) << "still delivering";
    deliver(3000, {batches[1]});
    const auto finished = runs().takeFinished();
    ASSERT_EQ(ids(finished), std::vector<qint64>{id});
    EXPECT_EQ(finished[0].state, RunState::Partial) << "as it is now";
    EXPECT_TRUE(runs().takeFinished().empty()) << "once";
    // A retry makes it deliver again; it is told again when it ends again, now succeeded.
    EXPECT_EQ(store->retry({batches[1]}, 4000), 1);
    EXPECT_EQ(get(id).state, RunState::Delivering);
    EXPECT_EQ(get(id).finishedMs, 0);
    EXPECT_EQ(get(id).failed, 0);
    EXPECT_TRUE(runs().takeFinished().empty());
    deliver(5000);
    const auto again = runs().takeFinished();
    ASSERT_EQ(ids(again), std::vector<qint64>{id});
    EXPECT_EQ(again[0].state, RunState::Succeeded);
    EXPECT_EQ(again[0].finishedMs, 5000);
}

TEST_P(RunStoreContract, ADiscardedPendingBatchCountsAsFailedAndMayEndTheRun) {
    const qint64 id = begin();
    const auto batches = store_(id, {2, 3});
    ASSERT_TRUE(answer(id, true, 5));
    ASSERT_EQ(store->lease(3000, {}, 100, 100).size(), 2u);
    ASSERT_TRUE(store->markDelivered(batches[0], 3000, 200));
    // Discarding a batch being sent is refused by no store: it goes, and counts as not sent.
    EXPECT_EQ(store->discard({batches[1]}), 1);
    const RunRecord run = get(id);
    EXPECT_EQ(run.state, RunState::Partial);
    EXPECT_EQ(run.failed, 3);
    EXPECT_EQ(run.pending, 0);
    EXPECT_EQ(run.messagesStored, 5);
    EXPECT_GT(run.finishedMs, 0);
    EXPECT_EQ(ids(runs().takeFinished()), std::vector<qint64>{id});
    // Pruning its delivered batch changes none of its counts.
    EXPECT_EQ(store->pruneDelivered(9000), 1);
    EXPECT_EQ(get(id).delivered, 2);
}

TEST_P(RunStoreContract, EachBatchKnowsItsRunAndARunsBatchesAreListed) {
    const qint64 id = begin();
    const qint64 other = begin();
    const auto mine = store_(id, {1, 2});
    store_(other, {1});
    ASSERT_TRUE(store->append({batch(1)}, 1500, nullptr));
    EXPECT_EQ(store->info(mine[0])->runId, id);
    std::vector<qint64> listed;
    for (const BatchInfo& info : store->list(std::nullopt, -1, 0, id))
        listed.push_back(info.id);
    EXPECT_EQ(listed, mine);
    EXPECT_EQ(store->list(std::nullopt).size(), 4u) << "run 0: every batch";
    EXPECT_EQ(store->list(BatchState::Failed, -1, 0, id).size(), 0u);
    EXPECT_EQ(store->list(std::nullopt, 1, mine[0], id).size(), 1u) << "paged";
    EXPECT_EQ(store->list(std::nullopt).back().runId, 0) << "a batch of no run";
}

TEST_P(RunStoreContract, ABatchTooLargeToSendIsCountedFailedWhenStored) {
    const qint64 id = begin();
    NewBatch tooLarge = batch(1);
    tooLarge.failure = QStringLiteral("the event is over 32 KB");
    tooLarge.runId = id;
    NewBatch fine = batch(2);
    fine.runId = id;
    ASSERT_TRUE(store->append({tooLarge, fine}, 1500, nullptr));
    RunRecord run = get(id);
    EXPECT_EQ(run.messagesStored, 3);
    EXPECT_EQ(run.failed, 1);
    EXPECT_EQ(run.pending, 2);
    EXPECT_EQ(run.failReason, QStringLiteral("the event is over 32 KB"));
}

TEST_P(RunStoreContract, BatchesOfNoRunAndOfAnotherRunLeaveARunAlone) {
    const qint64 id = begin();
    const qint64 other = begin();
    store_(other, {4});
    ASSERT_TRUE(store->append({batch(7)}, 1500, nullptr));
    ASSERT_TRUE(answer(id, true, 0));
    deliver(3000);
    EXPECT_EQ(get(id).messagesStored, 0);
    EXPECT_EQ(get(id).delivered, 0);
    EXPECT_EQ(get(other).delivered, 4);
    EXPECT_EQ(get(other).state, RunState::Running) << "not answered yet";
    EXPECT_EQ(get(other).finishedMs, 0);
}

TEST_P(RunStoreContract, ARunCutOffByACrashIsInterruptedWithItsCountsFromTheBatches) {
    const qint64 cut = begin();
    const auto batches = store_(cut, {3, 2, 4});
    ASSERT_EQ(store->lease(2000, {}, 100, 100).size(), 3u);
    ASSERT_TRUE(store->markDelivered(batches[0], 2000, 200));
    ASSERT_TRUE(store->markFailed(batches[1], 2000, 400, QStringLiteral("HTTP 400: no")));
    const qint64 answered = begin();
    store_(answered, {1});
    ASSERT_TRUE(answer(answered, true, 1));
    reopen();
    RunRecord run = get(cut);
    EXPECT_EQ(run.state, RunState::Interrupted);
    EXPECT_EQ(run.messagesStored, 9);
    EXPECT_EQ(run.delivered, 3);
    EXPECT_EQ(run.failed, 2);
    EXPECT_EQ(run.pending, 4) << "still delivered after the restart";
    EXPECT_EQ(run.answeredMs, 0);
    EXPECT_EQ(run.finishedMs, 0);
    EXPECT_EQ(get(answered).state, RunState::Delivering) << "it was answered: its batches go on";
    EXPECT_TRUE(runs().takeFinished().empty());
    deliver(95000);
    run = get(cut);
    EXPECT_EQ(run.state, RunState::Interrupted) << "it stays what happened to it";
    EXPECT_EQ(run.delivered, 7);
    EXPECT_EQ(run.finishedMs, 95000);
    const auto finished = runs().takeFinished();
    EXPECT_EQ(ids(finished).size(), 2u) << "both ended with this delivery";
    EXPECT_EQ(get(answered).state, RunState::Succeeded);
}

TEST_P(RunStoreContract, ARunCutOffWithNothingPendingEndsWhenInterrupted) {
    const qint64 id = begin();
    reopen();
    EXPECT_EQ(get(id).state, RunState::Interrupted);
    EXPECT_EQ(get(id).finishedMs, 90000);
    EXPECT_EQ(ids(runs().takeFinished()), std::vector<qint64>{id});
    EXPECT_EQ(runs().interruptOrphans(91000), 0) << "once";
}

TEST_P(RunStoreContract, RunsAreListedByPageScheduleAndState) {
    const qint64 a1 = begin(QStringLiteral("a"));
    const qint64 b1 = begin(QStringLiteral("b"));
    const qint64 a2 = begin(QStringLiteral("a"));
    const qint64 a3 = begin(QStringLiteral("a"));
    ASSERT_TRUE(answer(a1, true, 0));
    ASSERT_TRUE(answer(a3, false, 0));
    EXPECT_EQ(ids(runs().list({})), (std::vector<qint64>{a1, b1, a2, a3}));
    RunFilter schedule;
    schedule.planId = QStringLiteral("a");
    EXPECT_EQ(ids(runs().list(schedule)), (std::vector<qint64>{a1, a2, a3}));
    schedule.limit = 2;
    EXPECT_EQ(ids(runs().list(schedule)), (std::vector<qint64>{a1, a2})) << "a page";
    schedule.afterId = a2;
    EXPECT_EQ(ids(runs().list(schedule)), (std::vector<qint64>{a3})) << "the next page";
    RunFilter running;
    running.state = RunState::Running;
    EXPECT_EQ(ids(runs().list(running)), (std::vector<qint64>{b1, a2}));
    running.planId = QStringLiteral("b");
    EXPECT_EQ(ids(runs().list(running)), (std::vector<qint64>{b1}));
    RunFilter none;
    none.planId = QString();
    EXPECT_TRUE(runs().list(none).empty()) << "an empty schedule is one: no run has it";
}

TEST_P(RunStoreContract, RunsFinishedBeforeTheCutOffArePruned) {
    const qint64 old = begin(QStringLiteral("a"), 100);
    ASSERT_TRUE(answer(old, true, 0)); // finished at 2000
    const qint64 delivering = begin(QStringLiteral("a"), 100);
    store_(delivering, {1});
    ASSERT_TRUE(answer(delivering, true, 1));
    const qint64 running = begin(QStringLiteral("a"), 100);
    EXPECT_EQ(runs().prune(2000), 0) << "finished at the cut-off: kept";
    EXPECT_EQ(runs().prune(2001), 1);
    EXPECT_FALSE(runs().get(old));
    EXPECT_TRUE(runs().get(delivering)) << "unfinished runs stay";
    EXPECT_TRUE(runs().get(running));
}

TEST_P(RunStoreContract, EachSchedulesLastGoodRunIsKnown) {
    const auto finishAt = [this](const QString& plan, bool success, qint64 answeredMs) {
        const qint64 id = begin(plan);
        RunAnswer answer;
        answer.answeredMs = answeredMs;
        answer.success = success;
        EXPECT_TRUE(runs().answer(id, answer, nullptr));
        return id;
    };
    finishAt(QStringLiteral("a"), true, 2000);
    finishAt(QStringLiteral("a"), true, 5000);
    finishAt(QStringLiteral("a"), false, 7000); // a failure is no success
    finishAt(QStringLiteral("b"), true, 3000);
    finishAt(QStringLiteral("c"), false, 4000); // never succeeded: not listed
    finishAt(QString(), true, 9000);            // sent by hand: no schedule
    const qint64 partial = begin(QStringLiteral("d"));
    store_(partial, {1});
    RunAnswer skipped;
    skipped.answeredMs = 6000;
    skipped.success = true;
    skipped.rowsSkipped = 1;
    ASSERT_TRUE(runs().answer(partial, skipped, nullptr));
    deliver(6500);
    EXPECT_EQ(runs().lastSuccessPerPlan(),
              (std::vector<PlanLastSuccess>{{QStringLiteral("d"), 6500},
                                            {QStringLiteral("a"), 5000},
                                            {QStringLiteral("b"), 3000}}));
    EXPECT_EQ(runs().lastSuccessPerPlan(2).size(), 2u) << "capped, most recent kept";
}

INSTANTIATE_TEST_SUITE_P(BothStores, RunStoreContract,
                         testing::Values(Kind::Sqlite, Kind::Postgres), kindName);
