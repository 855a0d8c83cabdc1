// The alert a final run gives: none when it succeeded; for failed, partial and cut-off runs
// one text naming the schedule, the counts and the data plane's reason; the run as JSON.
#include "alerts/runnotice.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

RunRecord endedAs(RunState state) {
    RunRecord run;
    run.id = 8;
    run.action = QStringLiteral("rudder_event");
    run.source = QStringLiteral("Prod");
    run.planId = QStringLiteral("17");
    run.planTitle = QStringLiteral("Active accounts");
    run.rowsRead = 1500;
    run.messagesStored = 1500;
    run.state = state;
    return run;
}

} // namespace

TEST(RunNotice, ASucceededRunIsNoNews) {
    EXPECT_FALSE(RunNotice::of(endedAs(RunState::Succeeded)));
    EXPECT_FALSE(RunNotice::of(endedAs(RunState::Delivering)));
}

TEST(RunNotice, AFailedRunNamesItsScheduleCountsAndReason) {
    RunRecord run = endedAs(RunState::Failed);
    run.failed = 1500;
    run.failReason = QStringLiteral("HTTP 401: Invalid write key");
    const auto notice = RunNotice::of(run);
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->kind, AlertNotice::Kind::RunEnded);
    EXPECT_EQ(notice->text,
              QStringLiteral("ActionDeck: run 8 of \u201cActive accounts\u201d (plan 17), "
                             "rudder_event to source Prod, failed. 1,500 rows read, 1,500 "
                             "messages stored, 0 delivered, 1,500 failed; the data plane "
                             "answered: HTTP 401: Invalid write key."));
    EXPECT_EQ(notice->json[u"run"][u"id"].toInt(), 8);
}

TEST(RunNotice, APartialRunSaysWhyRowsWereSkipped) {
    RunRecord run = endedAs(RunState::Partial);
    run.rowsSkipped = 10;
    run.skipReasons = {QStringLiteral("row 7: no user id")};
    run.message = QStringLiteral("10 of 1500 rows were skipped");
    const auto notice = RunNotice::of(run);
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->text.contains(QStringLiteral("ended partial")))
        << notice->text.toStdString();
    EXPECT_TRUE(notice->text.contains(QStringLiteral("10 rows skipped (row 7: no user id)")));
    EXPECT_TRUE(notice->text.contains(QStringLiteral("Looker was told: 10 of 1500")));
}

TEST(RunNotice, ACutOffRunSaysWhatWasStored) {
    RunRecord run = endedAs(RunState::Interrupted);
    run.planId.clear();
    run.messagesStored = 150'050;
    run.delivered = 150'050;
    const auto notice = RunNotice::of(run);
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->text.contains(QStringLiteral("an execute of rudder_event sent by hand")))
        << notice->text.toStdString();
    EXPECT_TRUE(notice->text.contains(QStringLiteral(
        "the hub stopped while reading the result; 150,050 messages were stored and 150,050 "
        "were delivered, 0 failed")))
        << notice->text.toStdString();
}
