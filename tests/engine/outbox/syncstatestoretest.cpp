// The sync state of "only new or changed rows" in a real SQLite outbox: rows remembered with the
// batch that sent them, the latest sent winning, forgotten when their batch fails or is
// discarded, kept when it is delivered and pruned, merged as batches settle, reset and pruned.
#include "outbox/syncstatestore.h"

#include "outbox/sqliteoutboxstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

const SyncScopeKey kDaily{QStringLiteral("17"), QStringLiteral("rudder_event"),
                          QStringLiteral("Prod")};

class SyncState_ : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QString error;
        ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
    }

    SyncState open(const SyncScopeKey& key = kDaily, qint64 nowMs = 1000) {
        QString error;
        auto state = store.syncState().open(key, nowMs, &error);
        EXPECT_TRUE(state) << error.toStdString();
        return state ? *state : SyncState{};
    }

    /// Stores a batch sending `rows` in `scopeId`; its id.
    qint64 send(qint64 scopeId, std::vector<SyncRow> rows) {
        NewBatch batch;
        batch.target = {QStringLiteral("http://127.0.0.1:9/v1/batch"), QStringLiteral("wk")};
        batch.messageCount = int(rows.size());
        batch.payload = std::string(rows.size(), '{');
        batch.syncScopeId = scopeId;
        batch.syncRows = std::move(rows);
        QString error;
        const auto ids = store.append({batch}, 1000, &error);
        EXPECT_TRUE(ids) << error.toStdString();
        return ids ? ids->front() : 0;
    }

    void deliver(qint64 batchId) {
        ASSERT_EQ(store.lease(2000, {}, 100, 100).size() > 0, true);
        ASSERT_TRUE(store.markDelivered(batchId, 3000, 200));
    }

    int blobs() {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("sync-test")));
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_rows"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir dir;
    SqliteOutboxStore store{QStringLiteral("sync-test")};
};

} // namespace

TEST_F(SyncState_, RemembersWhatABatchSentOnceItIsStored) {
    const SyncState first = open();
    EXPECT_GT(first.scopeId, 0);
    EXPECT_TRUE(first.rows.empty());
    send(first.scopeId, {{3, 30}, {1, 10}, {2, 20}});
    const SyncState again = open();
    EXPECT_EQ(again.scopeId, first.scopeId);
    EXPECT_EQ(again.rows, (std::vector<SyncRow>{{1, 10}, {2, 20}, {3, 30}})) << "by identity";
    EXPECT_EQ(again.fingerprintOf(2), 20u);
    EXPECT_FALSE(again.fingerprintOf(4).has_value());
}

TEST_F(SyncState_, TheLatestSentWins) {
    const qint64 scope = open().scopeId;
    send(scope, {{1, 10}, {2, 20}});
    send(scope, {{2, 21}});
    send(scope, {{2, 22}, {1, 11}});
    EXPECT_EQ(open().rows, (std::vector<SyncRow>{{1, 11}, {2, 22}}));
}

TEST_F(SyncState_, ABatchThatFailsOrIsDiscardedForgetsItsRows) {
    const qint64 scope = open().scopeId;
    const qint64 delivered = send(scope, {{1, 10}, {2, 20}});
    deliver(delivered);
    const qint64 failing = send(scope, {{2, 21}, {3, 30}});
    const qint64 discarded = send(scope, {{4, 40}});
    ASSERT_TRUE(store.markFailed(failing, 4000, 400, QStringLiteral("bad request")));
    EXPECT_EQ(store.discard({discarded}), 1);
    // Row 2 is what the data plane last accepted again; rows 3 and 4 will be sent again.
    EXPECT_EQ(open().rows, (std::vector<SyncRow>{{1, 10}, {2, 20}}));
}

TEST_F(SyncState_, ADeliveredBatchPrunedKeepsItsRows) {
    const qint64 scope = open().scopeId;
    deliver(send(scope, {{1, 10}}));
    EXPECT_EQ(store.pruneDelivered(10'000), 1);
    EXPECT_EQ(open().rows, (std::vector<SyncRow>{{1, 10}}));
}

TEST_F(SyncState_, SettledBatchesAreMergedAndPendingOnesKeepTheirPlace) {
    const qint64 scope = open().scopeId;
    deliver(send(scope, {{1, 10}, {2, 20}}));
    deliver(send(scope, {{2, 21}}));
    const qint64 pending = send(scope, {{1, 12}});
    deliver(send(scope, {{3, 30}})); // delivered, but newer than the pending one
    EXPECT_EQ(blobs(), 4);
    const SyncState state = open();
    EXPECT_EQ(state.rows, (std::vector<SyncRow>{{1, 12}, {2, 21}, {3, 30}}));
    EXPECT_EQ(blobs(), 3) << "the two settled before the pending one became one";
    // The pending batch fails: the merged state is what is left.
    ASSERT_TRUE(store.markFailed(pending, 5000, 400, QStringLiteral("no")));
    EXPECT_EQ(open().rows, (std::vector<SyncRow>{{1, 10}, {2, 21}, {3, 30}}));
    EXPECT_EQ(blobs(), 1);
    EXPECT_EQ(open().rows, (std::vector<SyncRow>{{1, 10}, {2, 21}, {3, 30}})) << "merging twice";
}

TEST_F(SyncState_, ScopesAreSeparate) {
    const qint64 daily = open().scopeId;
    const SyncScopeKey other{kDaily.planId, kDaily.action, QStringLiteral("Staging")};
    const qint64 staging = open(other).scopeId;
    EXPECT_NE(daily, staging);
    send(daily, {{1, 10}});
    EXPECT_TRUE(open(other).rows.empty());
}

TEST_F(SyncState_, ListsResetsAndPrunesScopes) {
    const qint64 daily = open(kDaily, 1000).scopeId;
    send(daily, {{1, 10}});
    ASSERT_TRUE(store.syncState().setRemembered(daily, 1));
    const SyncScopeKey weekly{QStringLiteral("18"), QStringLiteral("rudder_track"),
                              QStringLiteral("Prod")};
    open(weekly, 5000);
    const auto scopes = store.syncState().scopes();
    ASSERT_EQ(scopes.size(), 2u);
    EXPECT_EQ(scopes[0].planId, QStringLiteral("17"));
    EXPECT_EQ(scopes[0].action, QStringLiteral("rudder_event"));
    EXPECT_EQ(scopes[0].source, QStringLiteral("Prod"));
    EXPECT_EQ(scopes[0].lastRunMs, 1000);
    EXPECT_EQ(scopes[0].remembered, 1);

    EXPECT_EQ(store.syncState().prune(2000), 1) << "the daily one was not run since";
    ASSERT_EQ(store.syncState().scopes().size(), 1u);
    EXPECT_EQ(blobs(), 0) << "its rows went with it";
    EXPECT_EQ(store.syncState().reset(QStringLiteral("99")), 0);
    EXPECT_EQ(store.syncState().reset(QStringLiteral("18")), 1);
    open(kDaily);
    EXPECT_EQ(store.syncState().reset(std::nullopt), 1);
    EXPECT_TRUE(store.syncState().scopes().empty());
}

TEST(SyncStateBlob, PacksSixteenBytesARowLittleEndian) {
    const std::vector<SyncRow> rows{{0x0102030405060708u, 0xF0E0D0C0B0A09080u}, {1, 2}};
    const QByteArray body = SyncStateStore::pack(rows);
    ASSERT_EQ(body.size(), 32);
    EXPECT_EQ(body.at(0), char(0x08));
    EXPECT_EQ(body.at(15), char(0xF0));
    std::vector<SyncRow> back;
    ASSERT_TRUE(SyncStateStore::unpack(body, back));
    EXPECT_EQ(back, rows);
    EXPECT_FALSE(SyncStateStore::unpack(body.left(31), back)) << "a cut blob is refused";
}
