// Moving a hub's SQLite outbox into PostgreSQL: pending and failed batches arrive as they were
// (messages, target, attempts, state), the sync state reads the same, the file keeps only what
// was delivered, a second move moves nothing, a move cut off after its commit moves nothing
// twice, no move runs beside a hub that holds the file, and the file's runs stay as history.
#include "outbox/outboxmigration.h"

#include "cli/outboxcommand.h"
#include "core/clock.h"
#include "outbox/outboxlocation.h"
#include "outbox/postgresoutboxstore.h"
#include "outbox/sqliteoutboxlock.h"
#include "outbox/sqliteoutboxstore.h"
#include "postgrescluster.h"
#include "testbatch.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::batch;
using TestSupport::PostgresCluster;

namespace {

int g_serial = 0;

const SyncScopeKey kDaily{QStringLiteral("17"), QStringLiteral("rudder_event"),
                          QStringLiteral("Prod")};
const SyncScopeKey kHourly{QStringLiteral("18"), QStringLiteral("rudder_identify"),
                           QStringLiteral("Prod")};
const DeliveryTarget kProd = TestSupport::unreachableTarget(QStringLiteral("prod-write-key"));
const DeliveryTarget kStaging = TestSupport::unreachableTarget(QStringLiteral("staging-write-key"));

class OutboxMigration_ : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QString error;
        cluster = TestSupport::sharedPostgresCluster(&error);
        ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: " << error.toStdString();
        const QString name = QStringLiteral("moved_%1").arg(++g_serial);
        uri = cluster->createDatabase(name, &error);
        ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
        auto parsed = OutboxLocation::parse(uri, dir.path(), &error);
        ASSERT_TRUE(parsed) << error.toStdString();
        to = *parsed;
        to.setSealer(TestSupport::testSealer());
    }

    /// A hub's outbox as a day leaves it: two pending batches (one retried twice, one with
    /// sync rows), two failed ones (one with attempts, one failed from the start), one delivered
    /// with sync rows, in two scopes.
    void fillFile() {
        SqliteOutboxStore file(QStringLiteral("fill"));
        QString error;
        ASSERT_TRUE(file.open(dir.path(), &error)) << error.toStdString();
        const auto daily = file.syncState().open(kDaily, 1000, &error);
        ASSERT_TRUE(daily) << error.toStdString();
        const auto hourly = file.syncState().open(kHourly, 1500, &error);
        ASSERT_TRUE(hourly);
        const auto delivered = file.append(
            {batch(kProd, "{\"d\":1}\n{\"d\":2}\n", 2, daily->scopeId, {{1, 10}, {2, 20}})}, 1000,
            &error);
        ASSERT_TRUE(delivered);
        ASSERT_EQ(file.lease(1100, {}, 10, 10).size(), 1u);
        ASSERT_TRUE(file.markDelivered(delivered->front(), 1200, 200));
        // Row 2 changed since and is pending again; row 3 is new.
        const auto ids = file.append(
            {batch(kProd, "{\"p\":1}\n{\"p\":2}\n", 2, daily->scopeId, {{2, 21}, {3, 30}}),
             batch(kStaging, "{\"p\":3}\n", 1), batch(kProd, "{\"f\":1}\n", 1),
             batch(kStaging, "{\"h\":1}\n", 1, hourly->scopeId, {{9, 90}})},
            2000, &error);
        ASSERT_TRUE(ids) << error.toStdString();
        ASSERT_EQ(file.lease(2100, {}, 10, 10).size(), 4u);
        ASSERT_TRUE(file.markRetry((*ids)[1], 2200, 9000, 500, QStringLiteral("busy")));
        ASSERT_TRUE(file.markRetry((*ids)[1], 2300, 9000, 429, QStringLiteral("slow down")));
        ASSERT_TRUE(file.markFailed((*ids)[2], 2400, 400, QStringLiteral("bad write key")));
        ASSERT_TRUE(file.markRetry((*ids)[0], 2500, 2600, 0, QStringLiteral("refused")));
        ASSERT_TRUE(file.markFailed((*ids)[3], 2600, 400, QStringLiteral("invalid")));
        NewBatch tooLarge = batch(kProd, "{\"huge\":1}\n", 1);
        tooLarge.failure = QStringLiteral("an event over 32 KB");
        ASSERT_TRUE(file.append({tooLarge}, 2700, &error));
        for (const auto state : {BatchState::Pending, BatchState::Failed}) {
            for (const BatchInfo& info : file.list(state)) {
                before.push_back(info);
                payloads.push_back(*file.payload(info.id));
                attempts.push_back(file.attempts(info.id));
            }
        }
        dailyRows = file.syncState().read(kDaily, &error)->rows;
        hourlyRows = file.syncState().read(kHourly, &error)->rows;
    }

    std::unique_ptr<PostgresOutboxStore> shared() {
        auto store = std::make_unique<PostgresOutboxStore>(QStringLiteral("hub-after"),
                                                           TestSupport::testSealer());
        QString error;
        EXPECT_TRUE(store->open(uri, &error)) << error.toStdString();
        return store;
    }

    QTemporaryDir dir;
    PostgresCluster* cluster = nullptr;
    QString uri;
    OutboxLocation to = OutboxLocation::sqlite({});
    std::vector<BatchInfo> before;
    std::vector<std::string> payloads;
    std::vector<std::vector<BatchAttempt>> attempts;
    std::vector<SyncRow> dailyRows;
    std::vector<SyncRow> hourlyRows;
};

} // namespace

TEST_F(OutboxMigration_, PendingAndFailedBatchesArriveAsTheyWere) {
    fillFile();
    ASSERT_EQ(before.size(), 5u) << "2 pending and 3 failed";
    QString error;
    const auto move = OutboxMigration::run(dir.path(), to, &error);
    ASSERT_TRUE(move) << error.toStdString();
    EXPECT_EQ(move->pendingBatches, 2);
    EXPECT_EQ(move->failedBatches, 3);
    EXPECT_EQ(move->messages, 6);
    EXPECT_EQ(move->attempts, 5);
    EXPECT_EQ(move->syncScopes, 2);
    EXPECT_EQ(move->movedBefore, 0);

    auto store = shared();
    std::vector<BatchInfo> after;
    for (const auto state : {BatchState::Pending, BatchState::Failed})
        for (const BatchInfo& info : store->list(state))
            after.push_back(info);
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(after[i].state, before[i].state);
        EXPECT_EQ(after[i].messageCount, before[i].messageCount);
        EXPECT_EQ(after[i].attempts, before[i].attempts);
        EXPECT_EQ(after[i].createdMs, before[i].createdMs);
        EXPECT_EQ(after[i].nextAttemptMs, before[i].nextAttemptMs);
        EXPECT_EQ(after[i].lastStatus, before[i].lastStatus);
        EXPECT_EQ(after[i].lastError, before[i].lastError);
        EXPECT_EQ(after[i].origin, before[i].origin);
        EXPECT_EQ(*store->payload(after[i].id), payloads[i]);
        EXPECT_EQ(store->attempts(after[i].id), attempts[i]);
    }
    // Due pending batches go out from PostgreSQL now, each to its own source with its key.
    const auto leased = store->lease(10000, {}, 10, 10);
    ASSERT_EQ(leased.size(), 2u);
    EXPECT_EQ(leased[0].target.writeKey, kProd.writeKey);
    EXPECT_EQ(leased[0].payload, "{\"p\":1}\n{\"p\":2}\n");
    EXPECT_EQ(leased[1].target.writeKey, kStaging.writeKey);
    EXPECT_EQ(store->syncState().read(kDaily, &error)->rows, dailyRows);
    EXPECT_EQ(store->syncState().read(kHourly, &error)->rows, std::vector<SyncRow>{})
        << "its only batch failed: its rows go again";
    EXPECT_EQ(dailyRows, (std::vector<SyncRow>{{1, 10}, {2, 21}, {3, 30}}));

    // The file keeps its history and nothing that could be sent from it.
    SqliteOutboxStore file(QStringLiteral("after"));
    ASSERT_TRUE(file.open(dir.path(), &error));
    const OutboxCounts left = file.counts();
    EXPECT_EQ(left.pendingBatches + left.failedBatches, 0);
    EXPECT_EQ(left.deliveredBatches, 1);
    EXPECT_TRUE(file.syncState().scopes().empty());
    EXPECT_EQ(OutboxMigration::leftInFile(dir.path()), 0);
}

TEST_F(OutboxMigration_, TheMovedRowsStaySettledOrPendingAsTheirBatches) {
    fillFile();
    QString error;
    ASSERT_TRUE(OutboxMigration::run(dir.path(), to, &error)) << error.toStdString();
    auto store = shared();
    // The pending batch fails in PostgreSQL: its rows (2→21, 3→30) go, the delivered ones stay.
    const auto leased = store->lease(10000, {}, 10, 10);
    ASSERT_FALSE(leased.empty());
    ASSERT_TRUE(store->markFailed(leased[0].id, 10100, 400, QStringLiteral("no")));
    EXPECT_EQ(store->syncState().read(kDaily, &error)->rows,
              (std::vector<SyncRow>{{1, 10}, {2, 20}}));
}

TEST_F(OutboxMigration_, ARunWhoseBatchesMovedStaysInTheFileCutOffNotFailed) {
    qint64 runId = 0;
    {
        SqliteOutboxStore file(QStringLiteral("fill"));
        QString error;
        ASSERT_TRUE(file.open(dir.path(), &error)) << error.toStdString();
        RunRecord run;
        run.receivedMs = 1000;
        run.action = QStringLiteral("rudder_event");
        runId = file.runs().begin(run, &error).value_or(0);
        ASSERT_GT(runId, 0) << error.toStdString();
        NewBatch pending = batch(kProd, "{\"r\":1}\n{\"r\":2}\n", 2);
        pending.runId = runId;
        ASSERT_TRUE(file.append({pending}, 1100, &error)) << error.toStdString();
        RunAnswer answer;
        answer.answeredMs = 1200;
        answer.success = true;
        ASSERT_TRUE(file.runs().answer(runId, answer, &error)) << error.toStdString();
        ASSERT_EQ(file.runs().get(runId)->state, RunState::Delivering);
    }
    QString error;
    ASSERT_TRUE(OutboxMigration::run(dir.path(), to, &error)) << error.toStdString();
    EXPECT_EQ(shared()->counts().pendingMessages, 2) << "its messages went to PostgreSQL";
    SqliteOutboxStore file(QStringLiteral("after"));
    ASSERT_TRUE(file.open(dir.path(), &error)) << error.toStdString();
    const auto run = file.runs().get(runId);
    ASSERT_TRUE(run) << "the run stays in the file's history";
    EXPECT_EQ(run->state, RunState::Interrupted);
    EXPECT_EQ(run->failed, 0) << "moved is not discarded";
    EXPECT_EQ(run->pending, 0);
    EXPECT_EQ(run->messagesStored, 2);
    EXPECT_GT(run->finishedMs, 0);
    EXPECT_NE(run->failReason.indexOf(u"moved into PostgreSQL"), -1)
        << run->failReason.toStdString();
}

TEST_F(OutboxMigration_, ASecondMoveMovesNothing) {
    fillFile();
    QString error;
    ASSERT_TRUE(OutboxMigration::run(dir.path(), to, &error)) << error.toStdString();
    const auto again = OutboxMigration::run(dir.path(), to, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->pendingBatches + again->failedBatches + again->syncScopes, 0);
    EXPECT_EQ(again->movedBefore, 0);
    const OutboxCounts counts = shared()->counts();
    EXPECT_EQ(counts.pendingBatches, 2);
    EXPECT_EQ(counts.failedBatches, 3);
}

TEST_F(OutboxMigration_, AMoveCutOffAfterItsCommitMovesNothingTwice) {
    fillFile();
    // The file as it was when the move committed, before it could remove anything.
    const QString file = dir.filePath(QStringLiteral("outbox.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(file, copy));
    QString error;
    ASSERT_TRUE(OutboxMigration::run(dir.path(), to, &error)) << error.toStdString();
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::rename(copy, file));
    ASSERT_EQ(OutboxMigration::leftInFile(dir.path()), 7) << "5 batches and 2 scopes";

    const auto again = OutboxMigration::run(dir.path(), to, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->pendingBatches + again->failedBatches + again->syncScopes, 0);
    EXPECT_EQ(again->movedBefore, 7) << "5 batches and 2 scopes";
    const OutboxCounts counts = shared()->counts();
    EXPECT_EQ(counts.pendingBatches, 2);
    EXPECT_EQ(counts.failedBatches, 3);
    EXPECT_EQ(OutboxMigration::leftInFile(dir.path()), 0);
    EXPECT_EQ(shared()->syncState().read(kDaily, &error)->rows, dailyRows);
}

TEST_F(OutboxMigration_, NoMoveBesideAHubHoldingTheFile) {
    fillFile();
    SqliteOutboxLock hub(dir.path());
    QString error;
    ASSERT_TRUE(hub.tryLock(&error)) << error.toStdString();
    EXPECT_FALSE(OutboxMigration::run(dir.path(), to, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is using the outbox"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::number(QCoreApplication::applicationPid())))
        << error.toStdString();
    EXPECT_EQ(OutboxMigration::leftInFile(dir.path()), 7) << "nothing moved";
    EXPECT_EQ(shared()->counts().pendingBatches, 0);
}

TEST_F(OutboxMigration_, AMoveWithoutTheFleetsKeyIsRefused) {
    fillFile();
    OutboxLocation keyless = *OutboxLocation::parse(uri, dir.path(), nullptr);
    QString error;
    EXPECT_FALSE(OutboxMigration::run(dir.path(), keyless, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--secrets-key-file"))) << error.toStdString();
    EXPECT_EQ(OutboxMigration::leftInFile(dir.path()), 7);
}

TEST_F(OutboxMigration_, TheCommandSaysWhatItMoved) {
    fillFile();
    const QString key = TestSupport::writeSecretsKeyFile(dir.filePath(QStringLiteral("key")));
    ASSERT_FALSE(key.isEmpty());
    SystemClock clock;
    OutboxCommand command(clock);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const QStringList arguments = {QStringLiteral("--data-dir"),
                                   dir.path(),
                                   QStringLiteral("migrate"),
                                   QStringLiteral("--to"),
                                   uri,
                                   QStringLiteral("--secrets-key-file"),
                                   key};
    ASSERT_EQ(command.run(arguments, out, err), OutboxCommand::Ok) << err.data().toStdString();
    EXPECT_TRUE(out.data().startsWith("Moved 2 pending and 3 failed batches (6 messages, 5 "
                                      "attempts) and 2 sync scopes from "))
        << out.data().toStdString();
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    ASSERT_EQ(command.run(arguments, second, err), OutboxCommand::Ok);
    EXPECT_TRUE(second.data().startsWith("Nothing to move: ")) << second.data().toStdString();

    QBuffer usage;
    usage.open(QIODevice::WriteOnly);
    EXPECT_EQ(command.run({QStringLiteral("migrate"), QStringLiteral("--to"),
                           QStringLiteral("sqlite"), QStringLiteral("--secrets-key-file"), key},
                          out, usage),
              OutboxCommand::UsageError);
    EXPECT_TRUE(usage.data().contains("into PostgreSQL")) << usage.data().toStdString();
}
