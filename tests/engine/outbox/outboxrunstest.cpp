// Runs through the Outbox, as the hub will call them: begun as this hub's at the clock's time,
// batches made for the run by the assembler, answered, delivered, and runsFinished told once;
// and a run the process left running is interrupted when the next one opens the outbox.
#include "awaitfuture.h"
#include "fixedclock.h"
#include "outbox/outbox.h"
#include "rudder/batchassembler.h"
#include "testbatch.h"
#include "waituntil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::waitUntil;

namespace {

class OutboxRuns : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        open();
    }

    void open() {
        outbox.reset();
        outbox = std::make_unique<Outbox>(dir.path(), clock);
        QObject::connect(outbox.get(), &Outbox::runsFinished, &receiver,
                         [this](const QList<RunRecord>& runs) { finished.append(runs); });
        QString error;
        ASSERT_TRUE(outbox->open(&error)) << error.toStdString();
    }

    qint64 begin() {
        RunRecord run;
        run.action = QStringLiteral("rudder_track");
        run.planId = QStringLiteral("17");
        const Outbox::RunStart start = await(outbox->beginRun(run));
        EXPECT_TRUE(start.error.isEmpty()) << start.error.toStdString();
        return start.id;
    }

    /// `messages` messages in batches of at most 2, made for run `runId`.
    std::vector<qint64> append(qint64 runId, int messages) {
        BatchLimits limits;
        limits.maxEventsPerBatch = 2;
        BatchAssembler assembler(TestSupport::unreachableTarget(QStringLiteral("wk")), limits,
                                 QStringLiteral("test"));
        assembler.setRun(runId);
        std::vector<NewBatch> batches;
        for (int i = 0; i < messages; ++i)
            assembler.add("{\"messageId\":\"m" + std::to_string(i) + "\"}", batches);
        assembler.flush(batches);
        const Outbox::AppendResult stored = await(outbox->append(std::move(batches)));
        EXPECT_TRUE(stored.ok) << stored.error.toStdString();
        return stored.ids;
    }

    QTemporaryDir dir;
    TestSupport::FixedClock clock{1000};
    QObject receiver;
    QList<RunRecord> finished;
    std::unique_ptr<Outbox> outbox;
};

} // namespace

TEST_F(OutboxRuns, ARunAnsweredAndDeliveredIsToldFinishedOnce) {
    const qint64 id = begin();
    ASSERT_GT(id, 0);
    const auto begun = await(outbox->run(id));
    ASSERT_TRUE(begun);
    EXPECT_EQ(begun->hubId, outbox->hubId()) << "this hub's";
    EXPECT_EQ(begun->receivedMs, 1000) << "the clock's time";
    const auto batches = append(id, 5);
    ASSERT_EQ(batches.size(), 3u);
    clock.set(2000);
    RunAnswer answer;
    answer.rowsRead = 5;
    answer.success = true;
    EXPECT_TRUE(await(outbox->answerRun(id, answer)));
    EXPECT_EQ(await(outbox->run(id))->answeredMs, 2000);
    EXPECT_EQ(await(outbox->run(id))->state, RunState::Delivering);
    const auto leased = await(outbox->lease({}));
    ASSERT_EQ(leased.size(), 3u);
    clock.set(3000);
    for (const Outbox::Lease& lease : leased)
        outbox->markDelivered(lease.batch.id, 200);
    ASSERT_TRUE(waitUntil([this] { return !finished.isEmpty(); }));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished[0].id, id);
    EXPECT_EQ(finished[0].state, RunState::Succeeded);
    EXPECT_EQ(finished[0].delivered, 5);
    EXPECT_EQ(finished[0].finishedMs, 3000);
    TestSupport::processEventsFor(200);
    EXPECT_EQ(finished.size(), 1) << "once";
    EXPECT_EQ(await(outbox->runs({})).size(), 1u);
    EXPECT_EQ(await(outbox->list(std::nullopt, -1, 0, id)).size(), 3u);
    EXPECT_EQ(await(outbox->lastSuccessPerPlan()),
              (std::vector<PlanLastSuccess>{{QStringLiteral("17"), 3000}}));
    clock.set(10000);
    EXPECT_EQ(await(outbox->pruneRuns(7000)), 0) << "finished just 7,000 ms ago";
    EXPECT_EQ(await(outbox->pruneRuns(6999)), 1);
}

TEST_F(OutboxRuns, ARunTheProcessLeftRunningIsInterruptedWhenTheOutboxOpensAgain) {
    const qint64 cut = begin();
    append(cut, 3);
    const qint64 empty = begin();
    clock.set(5000);
    open();
    const auto run = await(outbox->run(cut));
    ASSERT_TRUE(run);
    EXPECT_EQ(run->state, RunState::Interrupted);
    EXPECT_EQ(run->messagesStored, 3);
    EXPECT_EQ(run->pending, 3) << "its batches are still delivered";
    EXPECT_EQ(run->finishedMs, 0);
    // The one with nothing stored ends at once, and is told.
    ASSERT_TRUE(waitUntil([this] { return !finished.isEmpty(); }));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished[0].id, empty);
    EXPECT_EQ(finished[0].state, RunState::Interrupted);
    EXPECT_EQ(finished[0].finishedMs, 5000);
}
