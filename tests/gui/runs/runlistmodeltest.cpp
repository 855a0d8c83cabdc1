// The Runs page's models without a hub: rows replaced in place, newest first, the filters,
// the view by schedule, and a run's details in words.
#include "gui/runs/runlistmodel.h"

#include "gui/runs/rundetailstext.h"
#include "gui/runs/runfiltermodel.h"
#include "gui/runs/schedulesummarymodel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kStart = 1'700'000'000'000;

RunRecord run(qint64 id, const QString& planId, RunState state, bool success = true) {
    RunRecord r;
    r.id = id;
    r.receivedMs = kStart + id * kMinute;
    r.answeredMs = r.receivedMs + 2000;
    r.finishedMs =
        state == RunState::Running || state == RunState::Delivering ? 0 : r.receivedMs + 75'000;
    r.action = u"rudder_track"_qs;
    r.source = u"Prod"_qs;
    r.planId = planId;
    r.planTitle = planId.isEmpty() ? QString() : u"Plan "_qs + planId;
    r.state = state;
    r.success = success;
    r.rowsRead = 100;
    r.messagesStored = 100;
    r.delivered = state == RunState::Succeeded ? 100 : 0;
    return r;
}

QList<qint64> ids(const RunFilterModel& model) {
    QList<qint64> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed.append(model.runAt(row)->id);
    return listed;
}

} // namespace

TEST(RunListModel, ListsNewestFirstAndReplacesARunInPlace) {
    RunListModel runs;
    RunFilterModel shown(runs);
    shown.sort(RunListModel::TimeColumn, Qt::DescendingOrder);
    runs.setRuns({run(1, u"7"_qs, RunState::Succeeded), run(2, u"7"_qs, RunState::Failed, false)});
    EXPECT_EQ(ids(shown), (QList<qint64>{2, 1}));

    // A new run goes on top without a reset; a changed one changes its row only.
    QSignalSpy reset(&runs, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&runs, &QAbstractItemModel::dataChanged);
    RunRecord reading = run(3, u"8"_qs, RunState::Running);
    EXPECT_TRUE(runs.upsert(reading));
    EXPECT_EQ(ids(shown), (QList<qint64>{3, 2, 1}));
    reading.rowsRead = 250;
    EXPECT_TRUE(runs.upsert(reading));
    EXPECT_FALSE(runs.upsert(reading)); // the same again changes nothing
    EXPECT_EQ(reset.size(), 0);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), runs.rowOf(3));
    EXPECT_EQ(shown.index(0, RunListModel::RowsColumn).data().toString(), u"250"_qs);
    EXPECT_EQ(shown.index(0, RunListModel::DurationColumn).data().toString(), QString());
    EXPECT_EQ(shown.index(1, RunListModel::DurationColumn).data().toString(), u"1 min 15 s"_qs);
}

TEST(RunListModel, SaysWhoSentARunAndHowLongItTook) {
    RunRecord r = run(1, {}, RunState::Succeeded);
    EXPECT_EQ(RunListModel::scheduleText(r), u"Sent by hand"_qs);
    r.planId = u"12"_qs;
    EXPECT_EQ(RunListModel::scheduleText(r), u"Schedule 12"_qs);
    r.planTitle = u"Weekly accounts"_qs;
    EXPECT_EQ(RunListModel::scheduleText(r), u"Weekly accounts"_qs);
    r.finishedMs = r.receivedMs + 2500;
    EXPECT_EQ(RunListModel::durationText(r), u"2.5 s"_qs);
    r.finishedMs = r.receivedMs + 42'000;
    EXPECT_EQ(RunListModel::durationText(r), u"42 s"_qs);
    r.finishedMs = r.receivedMs + 2 * 3'600'000 + 5 * kMinute;
    EXPECT_EQ(RunListModel::durationText(r), u"2 h 5 min"_qs);
    // A good run: Looker told success, and it succeeded or went partly.
    EXPECT_TRUE(RunListModel::isGood(r));
    r.state = RunState::Partial;
    EXPECT_TRUE(RunListModel::isGood(r));
    r.success = false;
    EXPECT_FALSE(RunListModel::isGood(r));
    r.success = true;
    r.state = RunState::Interrupted;
    EXPECT_FALSE(RunListModel::isGood(r));
}

TEST(RunFilterModel, FiltersByScheduleStateAndText) {
    RunListModel runs;
    RunFilterModel shown(runs);
    shown.sort(RunListModel::TimeColumn, Qt::DescendingOrder);
    RunRecord refused = run(3, u"8"_qs, RunState::Failed, false);
    refused.message = u"No source named Stage"_qs;
    runs.setRuns({run(1, u"7"_qs, RunState::Succeeded), run(2, {}, RunState::Partial), refused});
    shown.setSchedule(u"7"_qs);
    EXPECT_EQ(ids(shown), (QList<qint64>{1}));
    shown.setSchedule(QString());
    EXPECT_EQ(ids(shown), (QList<qint64>{2}));
    shown.setSchedule(std::nullopt);
    shown.setState(RunState::Failed);
    EXPECT_EQ(ids(shown), (QList<qint64>{3}));
    shown.setState(std::nullopt);
    shown.setText(u"  stage "_qs); // Looker's message, trimmed, any case
    EXPECT_EQ(ids(shown), (QList<qint64>{3}));
    shown.setText(u"plan 7"_qs);
    EXPECT_EQ(ids(shown), (QList<qint64>{1}));
    shown.setText(u"by hand"_qs);
    EXPECT_EQ(ids(shown), (QList<qint64>{2}));
    shown.setText(u"Rudder Track"_qs);
    EXPECT_EQ(ids(shown), (QList<qint64>{3, 2, 1}));
    // A run that stops matching leaves, live.
    shown.setText({});
    shown.setState(RunState::Running);
    RunRecord reading = run(4, u"7"_qs, RunState::Running);
    runs.upsert(reading);
    EXPECT_EQ(ids(shown), (QList<qint64>{4}));
    reading.state = RunState::Delivering;
    runs.upsert(reading);
    EXPECT_TRUE(ids(shown).isEmpty());
}

TEST(ScheduleSummaryModel, CountsEachSchedulesRunsAndItsLastGoodRun) {
    ScheduleSummaryModel summaries;
    std::vector<RunRecord> runs = {
        run(1, u"7"_qs, RunState::Succeeded), run(2, {}, RunState::Succeeded),
        run(3, u"7"_qs, RunState::Failed, false), run(4, u"8"_qs, RunState::Interrupted)};
    summaries.summarize(runs);
    ASSERT_EQ(summaries.rowCount(), 3);
    const auto text = [&summaries](int row, int column) {
        return summaries.index(row, column).data().toString();
    };
    // The schedule that ran last first, those sent by hand last.
    EXPECT_EQ(text(0, ScheduleSummaryModel::ScheduleColumn), u"Plan 8"_qs);
    EXPECT_EQ(text(0, ScheduleSummaryModel::LastGoodColumn), u"Never"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::ScheduleColumn), u"Plan 7"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::RunsColumn), u"2"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::LastStateColumn), u"Failed"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::LastGoodColumn),
              RunListModel::timeText(runs[0].receivedMs));
    EXPECT_EQ(text(2, ScheduleSummaryModel::ScheduleColumn), u"Sent by hand"_qs);
    EXPECT_EQ(summaries.index(2, 0).data(ScheduleSummaryModel::PlanIdRole).toString(), QString());

    // Another run of a schedule listed changes cells, not rows.
    QSignalSpy reset(&summaries, &QAbstractItemModel::modelReset);
    runs.push_back(run(5, u"8"_qs, RunState::Succeeded));
    summaries.summarize(runs);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(text(0, ScheduleSummaryModel::RunsColumn), u"2"_qs);
    EXPECT_EQ(text(0, ScheduleSummaryModel::LastGoodColumn),
              RunListModel::timeText(runs[4].receivedMs));
    // A new schedule is a new row.
    runs.push_back(run(6, u"9"_qs, RunState::Running));
    summaries.summarize(runs);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(summaries.rowOf(u"9"_qs), 0);
}

TEST(RunDetailsText, SaysTheTimelineTheCountsAndWhatWentWrong) {
    RunRecord r = run(5, u"7"_qs, RunState::Partial);
    r.region = u"EU"_qs;
    r.lookId = u"42"_qs;
    r.rowsSkipped = 2;
    r.rowsUnchanged = 10;
    r.messagesStored = 88;
    r.delivered = 80;
    r.failed = 8;
    r.message = u"88 of 100 rows sent"_qs;
    r.skipReasons = {u"row 3: no userId or anonymousId"_qs, u"row 9: no userId or anonymousId"_qs};
    r.failReason = u"HTTP 400 {\"error\":\"event too old\"}"_qs;
    const QString text = RunDetailsText::of(r);
    EXPECT_TRUE(text.startsWith(u"Run 5 · Partial\nSchedule: Plan 7 (plan 7)\n"
                                u"Rudder Track to source Prod · region EU\nLook 42\n\nReceived: "))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Answered Looker: "_qs + RunDetailsText::moment(r.answeredMs) +
                              u" (+2.0 s)"_qs))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"All delivered: ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Rows: 100 read · 2 skipped · 10 unchanged (not sent again)\n"
                              u"Messages: 88 stored · 80 delivered · 8 failed · 0 pending"))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Looker was told: success — \"88 of 100 rows sent\""));
    EXPECT_TRUE(text.contains(u"Rows skipped because:\n  • row 3: no userId or anonymousId\n"
                              u"  • row 9: no userId or anonymousId"));
    EXPECT_TRUE(text.contains(u"The data plane answered: HTTP 400 {\"error\":\"event too old\"}"));

    // Still reading, then cut off by a stop of the hub.
    RunRecord reading = run(6, {}, RunState::Running);
    reading.answeredMs = 0;
    const QString under = RunDetailsText::of(reading);
    EXPECT_TRUE(under.contains(u"Sent by hand\n")) << under.toStdString();
    EXPECT_TRUE(under.contains(u"Answered Looker: not yet, the result is being read"));
    EXPECT_TRUE(under.contains(u"Looker has not been answered yet."));
    reading.state = RunState::Interrupted;
    reading.pending = 1500;
    EXPECT_TRUE(RunDetailsText::of(reading).contains(
        u"Cut off: the hub stopped during the run; 1,500 messages it stored are still to "
        u"deliver."));
}
