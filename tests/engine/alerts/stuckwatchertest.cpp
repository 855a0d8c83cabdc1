// Stuck delivery: one notice when a source's oldest pending batch has waited past the limit,
// one when it recovers, none while nothing changes.
#include "alerts/stuckwatcher.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kStart = 1'700'000'000'000;

} // namespace

TEST(StuckWatcher, OneNoticeWhenStuckAndOneWhenRecovered) {
    StuckWatcher watcher(30);
    const QHash<QString, qint64> pending{{QStringLiteral("Prod"), kStart}};
    EXPECT_TRUE(watcher.observe(pending, kStart + 29 * kMinute).isEmpty());
    const QList<AlertNotice> stuck = watcher.observe(pending, kStart + 31 * kMinute);
    ASSERT_EQ(stuck.size(), 1);
    EXPECT_EQ(stuck[0].kind, AlertNotice::Kind::SourceStuck);
    EXPECT_TRUE(stuck[0].text.contains(u"Prod")) << stuck[0].text.toStdString();
    EXPECT_TRUE(stuck[0].text.contains(u"31 minutes")) << stuck[0].text.toStdString();
    EXPECT_TRUE(watcher.isStuck(QStringLiteral("Prod")));
    EXPECT_TRUE(watcher.observe(pending, kStart + 90 * kMinute).isEmpty()) << "said once";

    // Delivered: nothing pending any more.
    const QList<AlertNotice> recovered = watcher.observe({}, kStart + 91 * kMinute);
    ASSERT_EQ(recovered.size(), 1);
    EXPECT_EQ(recovered[0].kind, AlertNotice::Kind::SourceRecovered);
    EXPECT_TRUE(watcher.observe({}, kStart + 92 * kMinute).isEmpty());
}

TEST(StuckWatcher, NewBatchesKeepASourceFromLookingStuck) {
    StuckWatcher watcher(30);
    EXPECT_TRUE(
        watcher.observe({{QStringLiteral("Prod"), kStart + 50 * kMinute}}, kStart + 60 * kMinute)
            .isEmpty());
    // Each source on its own.
    const QList<AlertNotice> notices = watcher.observe(
        {{QStringLiteral("A"), kStart}, {QStringLiteral("B"), kStart + 59 * kMinute}},
        kStart + 60 * kMinute);
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices[0].json.value(u"source").toString(), QStringLiteral("A"));
}
