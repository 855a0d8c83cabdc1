// Stable messageIds end to end: the same Looker execute sent twice reaches the data plane with
// the same messageIds; another run (a new ran_at) with new ones.
#include "scheduletesthub.h"
#include "waituntil.h"

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

class StableIds : public testing::Test, protected TestSupport::ScheduleTestHub {
protected:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(SendRows::All, &error)) << error.toStdString();
    }

    /// An execute of `rows` rows (each its own user) that Looker ran at `ranAt`.
    void execute(int rows, const QString& ranAt, const QJsonValue& planId = 17) {
        const auto before = sink.deliveredMessageIds().size();
        const auto answer = post(executeBody(usersResult(rows, {}, ranAt), planId));
        ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
        ASSERT_TRUE(answer.body.contains("\"success\":true")) << answer.body.toStdString();
        ASSERT_TRUE(
            waitUntil([&] { return sink.deliveredMessageIds().size() == before + rows; }, 20000));
    }
};

} // namespace

TEST_F(StableIds, TheSameExecuteTwiceCarriesTheSameIds) {
    execute(250, u"2026-11-23T09:30:00Z"_qs);
    execute(250, u"2026-11-23T09:30:00Z"_qs);
    EXPECT_EQ(sink.deliveredMessageIds().size(), 500);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 250) << "each id arrived twice";
    // Batches may arrive in any order: the second run's ids are the first run's.
    const QList<QByteArray> all = sink.deliveredMessageIds();
    QList<QByteArray> first = all.mid(0, 250);
    QList<QByteArray> second = all.mid(250);
    std::sort(first.begin(), first.end());
    std::sort(second.begin(), second.end());
    EXPECT_TRUE(first == second);
}

TEST_F(StableIds, ANewRunOrAnotherScheduleHasNewIds) {
    execute(100, u"2026-11-23T09:30:00Z"_qs);
    execute(100, u"2026-11-24T09:30:00Z"_qs);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 200);
    execute(100, u"2026-11-24T09:30:00Z"_qs, 18);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 300);
}

TEST_F(StableIds, WithoutRanAtIdsAreRandom) {
    execute(100, {});
    execute(100, {});
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 200);
}

TEST_F(StableIds, AnAdHocSendIsNamedByItsDestination) {
    execute(50, u"2026-11-23T09:30:00Z"_qs, QJsonValue::Null);
    execute(50, u"2026-11-23T09:30:00Z"_qs, QJsonValue::Null);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 50);
}
