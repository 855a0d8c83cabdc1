// `actiondeck outbox` run as a subprocess on an outbox prepared with SqliteOutboxStore.
#include "outbox/sqliteoutboxstore.h"
#include "processrun.h"
#include "testbatch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

struct CommandRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CommandRun outboxCommand(const QStringList& arguments) {
    const auto run = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                             QStringList{QStringLiteral("outbox")} + arguments);
    return {run.exitCode, run.out.toStdString(), run.err.toStdString()};
}

/// One message whose messageId is `id`.
NewBatch batch(const std::string& id) {
    return TestSupport::batch(TestSupport::unreachableTarget(QStringLiteral("wk_secret_123")),
                              R"({"userId":"u","messageId":")" + id + R"("})", 1);
}

class OutboxCommandTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        SqliteOutboxStore store(QStringLiteral("prepare"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        const auto made = store.append({batch("a"), batch("b"), batch("c")}, 1000, nullptr);
        ASSERT_TRUE(made);
        ids = *made;
        ASSERT_TRUE(
            store.markFailed(ids[1], 2000, 401, QStringLiteral("HTTP 401: Invalid write key")));
        ASSERT_TRUE(store.markDelivered(ids[2], 2000, 200));
    }
    QStringList args(QStringList rest) const {
        return QStringList{QStringLiteral("--data-dir"), dir.path()} + rest;
    }
    OutboxCounts counts() const {
        SqliteOutboxStore store(QStringLiteral("check"));
        EXPECT_TRUE(store.open(dir.path(), nullptr));
        return store.counts();
    }

    QTemporaryDir dir;
    std::vector<qint64> ids;
};

} // namespace

TEST_F(OutboxCommandTest, StatusCountsEachState) {
    const CommandRun run = outboxCommand(args({QStringLiteral("status")}));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("pending:   1 messages in 1 batches"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("delivered: 1 messages in 1 batches"), std::string::npos);
    EXPECT_NE(run.out.find("failed:    1 messages in 1 batches"), std::string::npos);
}

TEST_F(OutboxCommandTest, ListShowsTheLastAnswerButNeverTheWriteKey) {
    const CommandRun run = outboxCommand(
        args({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("failed")}));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find(std::to_string(ids[1]) + "\tfailed\t1 messages"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("last: 401 HTTP 401: Invalid write key"), std::string::npos);
    EXPECT_EQ(run.out.find("wk_secret_123"), std::string::npos);
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
}

TEST_F(OutboxCommandTest, ExportWritesOneJsonObjectPerFailedMessage) {
    const CommandRun run = outboxCommand(args({QStringLiteral("export")}));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto line = boost::json::parse(run.out).as_object();
    EXPECT_EQ(line.at("message").at("messageId"), "b");
    EXPECT_EQ(line.at("lastStatus"), 401);
    EXPECT_EQ(run.out.find("wk_secret_123"), std::string::npos);
}

TEST_F(OutboxCommandTest, ExportOfDamagedMessagesSaysWhichBatchAndFails) {
    {
        SqliteOutboxStore store(QStringLiteral("damage"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        QSqlQuery damage(QSqlDatabase::database(QStringLiteral("damage")));
        ASSERT_TRUE(damage.exec(
            QStringLiteral("UPDATE payloads SET body = X'00' WHERE batch_id = %1").arg(ids[1])));
    }
    const CommandRun run = outboxCommand(args({QStringLiteral("export")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("the export stopped early: batch " + std::to_string(ids[1]) +
                           ": stored messages are damaged (not a zstd frame)"),
              std::string::npos)
        << run.err;
}

TEST_F(OutboxCommandTest, RetryMakesAFailedBatchPendingAgain) {
    const CommandRun run = outboxCommand(args({QStringLiteral("retry"), QString::number(ids[1])}));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(counts().pendingBatches, 2);
    EXPECT_EQ(counts().failedBatches, 0);
}

TEST_F(OutboxCommandTest, DiscardAllRemovesFailedBatches) {
    const CommandRun run =
        outboxCommand(args({QStringLiteral("discard"), QStringLiteral("--all")}));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(counts().failedBatches, 0);
    EXPECT_EQ(counts().pendingBatches, 1);
}

TEST_F(OutboxCommandTest, UsageErrorsAndAMissingOutboxAreReported) {
    EXPECT_EQ(outboxCommand(args({})).exitCode, 2);
    EXPECT_EQ(outboxCommand(args({QStringLiteral("explode")})).exitCode, 2);
    EXPECT_EQ(outboxCommand(args({QStringLiteral("retry")})).exitCode, 2);
    EXPECT_EQ(outboxCommand(
                  args({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")}))
                  .exitCode,
              2);
    const CommandRun missing =
        outboxCommand({QStringLiteral("--data-dir"), dir.path() + QStringLiteral("/nowhere"),
                       QStringLiteral("status")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("there is no outbox in"), std::string::npos);
}
