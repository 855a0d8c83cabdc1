// The Runs page, once against the hub in this process and once against the same hub through
// its admin API on loopback, with the same assertions: executes become runs with their counts
// and outcomes as they come, filters, the view by schedule, live counts and the language
// (runsdetailstest.cpp: a run's details and where they lead).
#include "gui/runs/schedulesummarymodel.h"
#include "runsuifixture.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

TEST_P(RunsUi, ListsEachExecuteAsARunNewestFirstWithItsCountsAndOutcome) {
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("runsSummary"))
                    ->text()
                    .contains(u"has kept no runs yet"));
    sendThreeRuns();
    // They came while the page was shown: no refresh was asked for.
    EXPECT_EQ(listedIds(), (QList<qint64>{failed, partial, good}));

    EXPECT_EQ(cell(good, RunListModel::ScheduleColumn), u"Daily users"_qs);
    EXPECT_EQ(cell(good, RunListModel::ActionColumn), u"Rudder Identify"_qs);
    EXPECT_EQ(cell(good, RunListModel::SourceColumn), u"Prod"_qs);
    EXPECT_EQ(cell(good, RunListModel::RowsColumn), u"20"_qs);
    EXPECT_EQ(cell(good, RunListModel::SentColumn), u"20"_qs);
    EXPECT_EQ(cell(good, RunListModel::DeliveredColumn), u"20"_qs);
    EXPECT_EQ(cell(good, RunListModel::FailedColumn), u"0"_qs);
    EXPECT_EQ(cell(good, RunListModel::StateColumn), u"Succeeded"_qs);
    EXPECT_FALSE(cell(good, RunListModel::DurationColumn).isEmpty());

    // Five of twenty rows had no identity: skipped, the rest delivered.
    EXPECT_EQ(cell(partial, RunListModel::RowsColumn), u"20"_qs);
    EXPECT_EQ(cell(partial, RunListModel::SentColumn), u"15"_qs);
    EXPECT_EQ(cell(partial, RunListModel::DeliveredColumn), u"15"_qs);
    EXPECT_EQ(cell(partial, RunListModel::StateColumn), u"Partial"_qs);
    EXPECT_EQ(runOf(partial).rowsSkipped, 5);

    // The data plane refused every message.
    EXPECT_EQ(cell(failed, RunListModel::ScheduleColumn), u"Weekly churn"_qs);
    EXPECT_EQ(cell(failed, RunListModel::SentColumn), u"8"_qs);
    EXPECT_EQ(cell(failed, RunListModel::DeliveredColumn), u"0"_qs);
    EXPECT_EQ(cell(failed, RunListModel::FailedColumn), u"8"_qs);
    EXPECT_EQ(cell(failed, RunListModel::StateColumn), u"Failed"_qs);

    // Read again from the hub, they are the same.
    const std::vector<RunRecord> live = page->runModel().runs();
    int refreshed = 0;
    QObject::connect(page.get(), &RunsPage::refreshed, [&] { ++refreshed; });
    page->refresh();
    ASSERT_TRUE(waitUntil([&] { return refreshed > 0; }));
    EXPECT_EQ(listedIds(), (QList<qint64>{failed, partial, good}));
    for (const RunRecord& run : live)
        EXPECT_EQ(runOf(run.id), run) << run.id;
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("runsSummary"))
                    ->text()
                    .startsWith(u"3 run(s) kept by "));
}

TEST_P(RunsUi, FiltersByScheduleStateAndText) {
    sendThreeRuns();
    EXPECT_TRUE(send(users(3), {}, u"Ad hoc"_qs).contains("\"success\":true"));
    const qint64 byHand = settledRuns(4).back();
    EXPECT_EQ(cell(byHand, RunListModel::ScheduleColumn), u"Sent by hand"_qs);

    // The schedules seen, the one that ran last first, those sent by hand last.
    QStringList choices;
    for (int i = 0; i < schedule->count(); ++i)
        choices.append(schedule->itemText(i));
    EXPECT_EQ(choices, (QStringList{u"All schedules"_qs, u"Weekly churn"_qs, u"Daily users"_qs,
                                    u"Sent by hand"_qs}));
    page->setScheduleFilter(u"17"_qs);
    EXPECT_EQ(listedIds(), (QList<qint64>{partial, good}));
    page->setScheduleFilter(QString());
    EXPECT_EQ(listedIds(), (QList<qint64>{byHand}));
    page->setScheduleFilter(std::nullopt);
    EXPECT_EQ(listedIds().size(), 4);

    state->setCurrentIndex(state->findText(u"Partial"_qs));
    EXPECT_EQ(listedIds(), (QList<qint64>{partial}));
    page->setStateFilter(RunState::Succeeded);
    EXPECT_EQ(listedIds(), (QList<qint64>{byHand, good}));
    page->setStateFilter(std::nullopt);

    // The text matches the schedule, the action's label, the source and Looker's message.
    filter->setText(u"CHURN"_qs);
    EXPECT_EQ(listedIds(), (QList<qint64>{failed}));
    filter->setText(u"rudder identify"_qs);
    EXPECT_EQ(listedIds().size(), 4);
    filter->setText(u"nothing like it"_qs);
    EXPECT_TRUE(listedIds().isEmpty());
    EXPECT_EQ(details->toPlainText(), u"No runs to show."_qs);
    filter->clear();
    EXPECT_EQ(listedIds().size(), 4);
}

TEST_P(RunsUi, TheViewByScheduleCountsRunsAndTheLastGoodOneAndFilters) {
    sendThreeRuns();
    EXPECT_FALSE(schedules->isVisible());
    bySchedule->click();
    EXPECT_TRUE(schedules->isVisible());
    const QAbstractItemModel* view = schedules->model();
    ASSERT_EQ(view->rowCount(), 2);
    const auto text = [view](int row, int column) {
        return view->index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, ScheduleSummaryModel::ScheduleColumn), u"Weekly churn"_qs);
    EXPECT_EQ(text(0, ScheduleSummaryModel::RunsColumn), u"1"_qs);
    EXPECT_EQ(text(0, ScheduleSummaryModel::LastStateColumn), u"Failed"_qs);
    EXPECT_EQ(text(0, ScheduleSummaryModel::LastGoodColumn), u"Never"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::ScheduleColumn), u"Daily users"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::RunsColumn), u"2"_qs);
    EXPECT_EQ(text(1, ScheduleSummaryModel::LastStateColumn), u"Partial"_qs);
    // The partial run is not good: Looker was told its rows were skipped, as a failure.
    EXPECT_EQ(text(1, ScheduleSummaryModel::LastGoodColumn),
              RunListModel::timeText(runOf(good).receivedMs));

    // Picking a schedule filters the runs, and the filter says which.
    schedules->selectionModel()->setCurrentIndex(
        view->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(schedule->currentText(), u"Daily users"_qs);
    EXPECT_EQ(listedIds(), (QList<qint64>{partial, good}));
    // And the other way round.
    page->setScheduleFilter(u"18"_qs);
    EXPECT_EQ(schedules->selectionModel()->currentIndex().row(), 0);
    EXPECT_EQ(listedIds(), (QList<qint64>{failed}));
}

TEST_P(RunsUi, ARunsCountsMoveInPlaceAndNewRunsComeFirst) {
    sendThreeRuns();
    ASSERT_TRUE(select(good));
    // A run the hub reports as it reads (as HubConnection::runChanged carries it).
    RunRecord reading;
    reading.id = failed + 100;
    reading.receivedMs = runOf(failed).receivedMs + 1000;
    reading.action = u"rudder_track"_qs;
    reading.source = u"Prod"_qs;
    reading.planId = u"18"_qs;
    reading.planTitle = u"Weekly churn"_qs;
    reading.rowsRead = 10;
    reading.messagesStored = 10;
    emit connection->runChanged(reading);
    ASSERT_TRUE(waitUntil([&] { return listedIds().size() == 4; }));
    EXPECT_EQ(listedIds().first(), reading.id);
    EXPECT_EQ(cell(reading.id, RunListModel::StateColumn), u"Running"_qs);
    EXPECT_EQ(cell(reading.id, RunListModel::DurationColumn), QString());
    // The selection stayed on the run it was on.
    EXPECT_EQ(page->selectedRun()->id, good);

    ASSERT_TRUE(select(reading.id));
    reading.rowsRead = 5000;
    reading.messagesStored = 4990;
    emit connection->runChanged(reading);
    ASSERT_TRUE(waitUntil([&] { return cell(reading.id, RunListModel::RowsColumn) == u"5,000"; }));
    EXPECT_EQ(cell(reading.id, RunListModel::SentColumn), u"4,990"_qs);
    EXPECT_EQ(listedIds().size(), 4);
    EXPECT_EQ(page->selectedRun()->id, reading.id);
    EXPECT_TRUE(details->toPlainText().contains(u"5,000 read"))
        << details->toPlainText().toStdString();
    EXPECT_TRUE(
        page->findChild<QLabel*>(QStringLiteral("runsSummary"))->text().contains(u"1 under way"));
}

TEST_P(RunsUi, EveryTextFollowsTheLanguage) {
    sendThreeRuns();
    ASSERT_TRUE(select(partial));
    bySchedule->click();
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    // Installing a translator sends LanguageChange to every widget.
    EXPECT_TRUE(waitUntil([&] { return bySchedule->text().startsWith(u"<<"); }));
    const QAbstractItemModel* model = table->model();
    EXPECT_EQ(model->headerData(RunListModel::TimeColumn, Qt::Horizontal).toString(),
              u"<<Time>>"_qs);
    EXPECT_EQ(cell(partial, RunListModel::StateColumn), u"<<Partial>>"_qs);
    EXPECT_EQ(schedule->itemText(0), u"<<All schedules>>"_qs);
    EXPECT_EQ(state->itemText(0), u"<<All states>>"_qs);
    EXPECT_EQ(state->itemText(state->count() - 1), u"<<Interrupted>>"_qs);
    EXPECT_TRUE(filter->placeholderText().startsWith(u"<<"));
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("runsSummary"))->text().startsWith(u"<<"));
    EXPECT_TRUE(details->toPlainText().startsWith(u"<<Run "))
        << details->toPlainText().toStdString();
    EXPECT_EQ(schedules->model()->headerData(0, Qt::Horizontal).toString(), u"<<Schedule>>"_qs);
    EXPECT_TRUE(preview->text().startsWith(u"<<"));
    EXPECT_TRUE(sendNow->text().startsWith(u"<<"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(waitUntil([&] { return bySchedule->text() == u"&By schedule"; }));
    EXPECT_EQ(cell(partial, RunListModel::StateColumn), u"Partial"_qs);
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, RunsUi, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& info) {
                             return info.param ? "Remote" : "Local";
                         });
