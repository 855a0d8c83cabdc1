// What the hub's RunMonitor makes of the outbox: a final run counted by action and outcome and,
// when it failed, told to the webhook once; a good one counted, not told, and its schedule's
// last success read; delivery stuck past stuckMinutes told once, and its recovery once.
#include "alerts/runmonitor.h"

#include "awaitfuture.h"
#include "fixedclock.h"
#include "outbox/outbox.h"
#include "rudder/batchassembler.h"
#include "testbatch.h"
#include "testsink.h"
#include "waituntil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::waitUntil;

namespace {

class Monitor : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(hook.listen());
        outbox = std::make_unique<Outbox>(dir.path(), clock);
        QString error;
        ASSERT_TRUE(outbox->open(&error)) << error.toStdString();
        monitor = std::make_unique<RunMonitor>(*outbox, network, clock);
        AlertSettings alerts;
        alerts.webhookUrl = hook.url() + QStringLiteral("/hook/secret");
        alerts.stuckMinutes = 1;
        monitor->setSettings(alerts);
        monitor->webhook().setRetryDelays({10});
        monitor->setSourceNamer([](const QString&) { return QStringLiteral("Prod"); });
    }

    /// A run of plan 17 that stored `messages` in batches of 2 and told Looker success.
    qint64 storedRun(int messages) {
        RunRecord run;
        run.action = QStringLiteral("rudder_track");
        run.planId = QStringLiteral("17");
        run.planTitle = QStringLiteral("Weekly accounts");
        run.source = QStringLiteral("Prod");
        const qint64 id = await(outbox->beginRun(run)).id;
        EXPECT_GT(id, 0);
        batches = append(id, messages);
        RunAnswer answer;
        answer.rowsRead = messages;
        answer.success = true;
        EXPECT_TRUE(await(outbox->answerRun(id, answer)));
        return id;
    }

    std::vector<qint64> append(qint64 runId, int messages) {
        BatchLimits limits;
        limits.maxEventsPerBatch = 2;
        BatchAssembler assembler(TestSupport::unreachableTarget(QStringLiteral("wk")), limits,
                                 QStringLiteral("test"));
        assembler.setRun(runId);
        std::vector<NewBatch> made;
        for (int i = 0; i < messages; ++i)
            assembler.add("{\"messageId\":\"m" + std::to_string(i) + "\"}", made);
        assembler.flush(made);
        return await(outbox->append(std::move(made))).ids;
    }

    QStringList hookTexts() const {
        QStringList texts;
        for (const auto& request : hook.requests())
            texts.append(QJsonDocument::fromJson(request.body).object()[u"text"].toString());
        return texts;
    }

    QTemporaryDir dir;
    TestSupport::FixedClock clock{1'000'000};
    TestSupport::TestSink hook;
    QNetworkAccessManager network;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<RunMonitor> monitor;
    std::vector<qint64> batches;
};

} // namespace

TEST_F(Monitor, AFailedRunIsToldOnceAndCounted) {
    QList<RunRecord> ended;
    QObject::connect(monitor.get(), &RunMonitor::runFinished,
                     [&](const RunRecord& run) { ended.append(run); });
    const qint64 id = storedRun(4);
    EXPECT_EQ(await(outbox->discard(batches)), 2);
    ASSERT_TRUE(waitUntil([&] { return !ended.isEmpty(); }));
    EXPECT_EQ(ended[0].id, id);
    EXPECT_EQ(ended[0].state, RunState::Failed);
    ASSERT_TRUE(waitUntil([&] { return !hook.requests().isEmpty(); }));
    TestSupport::processEventsFor(300);
    ASSERT_EQ(hook.requests().size(), 1);
    EXPECT_EQ(hook.requests()[0].path, QByteArray("/hook/secret"));
    const QString text = hookTexts()[0];
    EXPECT_TRUE(text.contains(QStringLiteral("\u201cWeekly accounts\u201d (plan 17)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("failed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("4 messages stored, 0 delivered, 4 failed")))
        << text.toStdString();
    const RunMonitor::Tally& tally = monitor->tally();
    EXPECT_EQ(tally.runs.at({QStringLiteral("rudder_track"), QStringLiteral("failed")}), 1);
    EXPECT_EQ(tally.rows.at({QStringLiteral("rudder_track"), QStringLiteral("stored")}), 4);
    EXPECT_EQ(tally.rows.at({QStringLiteral("rudder_track"), QStringLiteral("read")}), 4);
}

TEST_F(Monitor, AGoodRunIsCountedNotToldAndItsScheduleSucceeded) {
    storedRun(2);
    const auto leased = await(outbox->lease({}));
    ASSERT_EQ(leased.size(), 1u);
    clock.set(2'000'000);
    outbox->markDelivered(leased[0].batch.id, 200);
    ASSERT_TRUE(waitUntil([&] { return !monitor->tally().runs.empty(); }));
    EXPECT_EQ(
        monitor->tally().runs.at({QStringLiteral("rudder_track"), QStringLiteral("succeeded")}), 1);
    ASSERT_TRUE(waitUntil([&] { return !monitor->lastSuccess().empty(); }));
    EXPECT_EQ(monitor->lastSuccess()[0], (PlanLastSuccess{QStringLiteral("17"), 2'000'000}));
    TestSupport::processEventsFor(300);
    EXPECT_TRUE(hook.requests().isEmpty()) << hookTexts().join(u'\n').toStdString();
}

TEST_F(Monitor, StuckDeliveryIsToldOnceAndSoIsItsRecovery) {
    const std::vector<qint64> pending = append(0, 1);
    ASSERT_EQ(pending.size(), 1u);
    clock.set(1'000'000 + 61'000);
    monitor->start(50);
    ASSERT_TRUE(waitUntil([&] { return !hook.requests().isEmpty(); }));
    TestSupport::processEventsFor(300); // several more looks
    ASSERT_EQ(hookTexts().size(), 1) << hookTexts().join(u'\n').toStdString();
    EXPECT_TRUE(hookTexts()[0].contains(QStringLiteral("delivery to source Prod is stuck")))
        << hookTexts()[0].toStdString();
    EXPECT_EQ(monitor->oldestPendingMs(), 1'000'000);
    EXPECT_EQ(await(outbox->discard(pending)), 1);
    ASSERT_TRUE(waitUntil([&] { return hook.requests().size() == 2; }));
    TestSupport::processEventsFor(300);
    ASSERT_EQ(hookTexts().size(), 2);
    EXPECT_TRUE(hookTexts()[1].contains(QStringLiteral("has recovered")));
    EXPECT_FALSE(monitor->oldestPendingMs());
}
