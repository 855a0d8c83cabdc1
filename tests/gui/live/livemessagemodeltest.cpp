#include "gui/live/livemessagemodel.h"

#include "gui/live/livemessagefiltermodel.h"
#include "waituntil.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

LiveMessage message(int n, qint64 batchId, const char* type = "track") {
    LiveMessage m;
    m.storedMs = 1700000000000 + n;
    m.action = QStringLiteral("rudder_track");
    m.region = QStringLiteral("US");
    m.source = QStringLiteral("web");
    m.batchId = batchId;
    m.json = QStringLiteral(R"({"userId":"user-%1","anonymousId":null,"type":"%2",)"
                            R"("event":"Signed Up","messageId":"m-%1"})")
                 .arg(n)
                 .arg(QLatin1String(type))
                 .toUtf8();
    return m;
}

QList<LiveMessage> chunk(int first, int count, qint64 batchId) {
    QList<LiveMessage> out;
    for (int i = first; i < first + count; ++i)
        out.append(message(i, batchId, i % 2 ? "track" : "identify"));
    return out;
}

QString display(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

TEST(LiveMessageModel, ShowsTheFieldsOfEachMessage) {
    LiveMessageModel model;
    model.addMessages({message(7, 3)});
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 1; }));
    EXPECT_EQ(display(model, 0, LiveMessageModel::Region), QStringLiteral("US"));
    // Looker's label, with the action's name in the tooltip.
    EXPECT_EQ(display(model, 0, LiveMessageModel::Action), QStringLiteral("Rudder Track"));
    EXPECT_EQ(model.index(0, LiveMessageModel::Action).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Looker action rudder_track"));
    EXPECT_EQ(display(model, 0, LiveMessageModel::Type), QStringLiteral("track"));
    EXPECT_EQ(display(model, 0, LiveMessageModel::User), QStringLiteral("user-7"));
    EXPECT_EQ(display(model, 0, LiveMessageModel::Event), QStringLiteral("Signed Up"));
    EXPECT_EQ(display(model, 0, LiveMessageModel::Source), QStringLiteral("web"));
    // A message to no source of the hub went to a form's data plane, and says so.
    model.setSourceNames({QStringLiteral("Prod")});
    EXPECT_EQ(display(model, 0, LiveMessageModel::Source), QStringLiteral("data plane web"));
    model.setSourceNames({QStringLiteral("web")});
    EXPECT_EQ(display(model, 0, LiveMessageModel::Source), QStringLiteral("web"));
    EXPECT_EQ(display(model, 0, LiveMessageModel::State), QStringLiteral("pending"));
}

TEST(LiveMessageModel, InsertsChunksArrivingInOneTurnAtOnce) {
    LiveMessageModel model;
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i)
        model.addMessages(chunk(i * 100, 100, i + 1));
    EXPECT_EQ(model.rowCount(), 0) << "rows are inserted on the next turn, not per chunk";
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 1000; }));
    EXPECT_EQ(inserts.count(), 1);
}

TEST(LiveMessageModel, KeepsTheNewestRowsUpToItsCapacity) {
    LiveMessageModel model;
    model.setCapacity(250);
    for (int i = 0; i < 4; ++i) {
        model.addMessages(chunk(i * 100, 100, i + 1));
        ASSERT_TRUE(
            waitUntil([&] { return model.totalSeen() == (i + 1) * 100 && model.heldBack() == 0; }));
    }
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_EQ(model.totalSeen(), 400);
    EXPECT_EQ(display(model, 0, LiveMessageModel::User), QStringLiteral("user-150"));
    EXPECT_EQ(display(model, 249, LiveMessageModel::User), QStringLiteral("user-399"));
    // A chunk larger than the capacity keeps only its own newest rows.
    model.addMessages(chunk(1000, 1000, 9));
    ASSERT_TRUE(
        waitUntil([&] { return display(model, 249, LiveMessageModel::User) == u"user-1999"; }));
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_EQ(display(model, 0, LiveMessageModel::User), QStringLiteral("user-1750"));
}

TEST(LiveMessageModel, PauseHoldsRowsBackAndResumeShowsTheNewest) {
    LiveMessageModel model;
    model.setCapacity(100);
    model.setPaused(true);
    model.addMessages(chunk(0, 300, 1));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.heldBack(), 100);
    model.setPaused(false);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 100; }));
    EXPECT_EQ(display(model, 0, LiveMessageModel::User), QStringLiteral("user-200"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.totalSeen(), 0);
}

TEST(LiveMessageModel, RowStatesFollowTheirBatchesAttempts) {
    LiveMessageModel model;
    model.addMessages(chunk(0, 2, 5) + chunk(2, 2, 6));
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 4; }));
    model.recordAttempt(5, 503, false, true);
    ASSERT_TRUE(
        waitUntil([&] { return display(model, 0, LiveMessageModel::State) == u"retrying"; }));
    model.recordAttempt(5, 200, true, false);
    model.recordAttempt(6, 400, false, false);
    ASSERT_TRUE(
        waitUntil([&] { return display(model, 0, LiveMessageModel::State) == u"delivered"; }));
    EXPECT_EQ(display(model, 1, LiveMessageModel::State), QStringLiteral("delivered"));
    EXPECT_EQ(display(model, 2, LiveMessageModel::State), QStringLiteral("failed"));
    const QList<DeliveryAttempt> attempts = model.attempts(5);
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts[0].status, 503);
    EXPECT_TRUE(attempts[0].willRetry);
    EXPECT_TRUE(attempts[1].delivered);
    // A failed batch retried from the Outbox page is pending again.
    model.recordStateChanges({BatchStateChange{6, BatchState::Pending, 2, 0, 0, {}}});
    ASSERT_TRUE(
        waitUntil([&] { return display(model, 2, LiveMessageModel::State) == u"pending"; }));
}

TEST(LiveMessageFilterModel, FiltersByTextTypeAndState) {
    LiveMessageModel model;
    LiveMessageFilterModel filter;
    filter.setSourceModel(&model);
    model.addMessages(chunk(0, 20, 1) + chunk(20, 20, 2));
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 40; }));
    filter.setText(QStringLiteral("user-3"));
    EXPECT_EQ(filter.rowCount(), 11); // user-3 and user-30 … user-39
    filter.setText(QString());
    filter.setType(QStringLiteral("identify"));
    EXPECT_EQ(filter.rowCount(), 20);
    filter.setType(QString());
    filter.setState(LiveMessageModel::RowState::Delivered);
    EXPECT_EQ(filter.rowCount(), 0);
    model.recordAttempt(2, 200, true, false);
    ASSERT_TRUE(waitUntil([&] { return filter.rowCount() == 20; }))
        << "rows enter the filtered view when their state changes";
    filter.setType(QStringLiteral("track"));
    EXPECT_EQ(filter.rowCount(), 10);
}

TEST(LiveMessageModel, AnEventOverTheLimitIsShownFailedFromTheStart) {
    LiveMessageModel model;
    LiveMessage rejected = message(1, 4);
    rejected.rejected = true;
    model.addMessages({rejected});
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 1; }));
    EXPECT_EQ(display(model, 0, LiveMessageModel::State), QStringLiteral("failed"));
}
