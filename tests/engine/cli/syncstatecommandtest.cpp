// `actiondeck sync-state` run as a subprocess against an outbox holding two schedules' state.
#include "outbox/sqliteoutboxstore.h"
#include "processrun.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

TestSupport::ProcessRun syncState(const QStringList& arguments) {
    return TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                   QStringList{QStringLiteral("sync-state")} + arguments);
}

class SyncStateCommandTest : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        SqliteOutboxStore store(QStringLiteral("sync-command-setup"));
        QString error;
        ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
        for (const auto& [plan, rows] : {std::pair{u"17"_qs, 3}, std::pair{u"18"_qs, 1}}) {
            const auto state = store.syncState().open(
                {plan, QStringLiteral("rudder_event"), QStringLiteral("Prod")}, 1795428000000,
                &error);
            ASSERT_TRUE(state) << error.toStdString();
            ASSERT_TRUE(store.syncState().setRemembered(state->scopeId, rows));
        }
    }

    QStringList at(QStringList arguments) {
        return arguments << QStringLiteral("--data-dir") << dir.path();
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(SyncStateCommandTest, ListsEverySchedulesState) {
    const auto listed = syncState(at({QStringLiteral("list")}));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.constData();
    EXPECT_EQ(listed.out.toStdString(),
              "17\trudder_event\tProd\t3 rows\tlast run 2026-11-23T10:00:00Z\n"
              "18\trudder_event\tProd\t1 rows\tlast run 2026-11-23T10:00:00Z\n");
    const auto one =
        syncState(at({QStringLiteral("list"), QStringLiteral("--schedule"), u"18"_qs}));
    EXPECT_TRUE(one.out.startsWith("18\t")) << one.out.constData();
    EXPECT_EQ(one.out.count('\n'), 1);
}

TEST_F(SyncStateCommandTest, ResetForgetsOneScheduleOrAll) {
    const auto one =
        syncState(at({QStringLiteral("reset"), QStringLiteral("--schedule"), u"17"_qs}));
    ASSERT_EQ(one.exitCode, 0) << one.err.constData();
    EXPECT_EQ(one.out, "1 schedule scope(s) forgotten\n");
    EXPECT_FALSE(syncState(at({QStringLiteral("list")})).out.contains("17\t"));
    const auto unknown =
        syncState(at({QStringLiteral("reset"), QStringLiteral("--schedule"), u"99"_qs}));
    EXPECT_EQ(unknown.exitCode, 1) << "nothing to forget";
    EXPECT_EQ(syncState(at({QStringLiteral("reset"), QStringLiteral("--all")})).exitCode, 0);
    EXPECT_TRUE(syncState(at({QStringLiteral("list")})).out.isEmpty());
}

TEST_F(SyncStateCommandTest, WrongUsageSaysWhat) {
    const auto none = syncState(at({}));
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains("list or reset")) << none.err.constData();
    const auto reset = syncState(at({QStringLiteral("reset")}));
    EXPECT_EQ(reset.exitCode, 2);
    EXPECT_TRUE(reset.err.contains("--schedule ID or --all")) << reset.err.constData();
    QTemporaryDir empty;
    const auto missing =
        syncState({QStringLiteral("list"), QStringLiteral("--data-dir"), empty.path()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("there is no outbox")) << missing.err.constData();
}
