// A run's details on the Runs page (local and remote hubs): its timeline, counts, what Looker
// was told and why rows were skipped; its failed batches with the way to the Outbox page;
// "Preview this request" while the hub keeps it; "Send now" through the Looker link.
#include "gui/lookerlink/lookeraccount.h"
#include "gui/runs/runactionbar.h"
#include "gui/runs/rundetailsview.h"
#include "lookerstandin.h"
#include "runsuifixture.h"

#include <QLabel>
#include <QSignalSpy>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

TEST_P(RunsUi, ARunsDetailsSayWhatHappenedAndWhyRowsWereSkipped) {
    EXPECT_EQ(details->toPlainText(), u"No runs to show."_qs);
    sendThreeRuns();
    EXPECT_EQ(details->toPlainText(), u"Select a run to see its details."_qs);
    ASSERT_TRUE(select(partial));
    const QString text = details->toPlainText();
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("Run %1 · Partial\nSchedule: Daily users (plan 17)").arg(partial)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"Rudder Identify to source Prod · region US")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Received: ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Answered Looker: ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"All delivered: ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Rows: 20 read · 5 skipped · 0 unchanged")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Messages: 15 stored · 15 delivered · 0 failed · 0 pending"))
        << text.toStdString();
    // What Looker was told, in Looker's own (English) words.
    EXPECT_TRUE(text.contains(u"Looker was told: failure — \""_qs + runOf(partial).message))
        << text.toStdString();
    EXPECT_TRUE(runOf(partial).message.contains(u"5")) << runOf(partial).message.toStdString();
    // The hub's reasons, as it kept them.
    EXPECT_TRUE(text.contains(u"Rows skipped because:\n  • ")) << text.toStdString();
    for (const QString& reason : runOf(partial).skipReasons)
        EXPECT_TRUE(text.contains(reason)) << reason.toStdString();
    EXPECT_FALSE(runOf(partial).skipReasons.isEmpty());
    // Nothing failed: no failed batches to show.
    EXPECT_FALSE(failedBatches->isVisible());
}

TEST_P(RunsUi, AFailedRunShowsItsFailedBatchesAndLeadsToTheOutbox) {
    sendThreeRuns();
    auto* view = page->findChild<RunDetailsView*>();
    ASSERT_NE(view, nullptr);
    QSignalSpy shown(view, &RunDetailsView::failedBatchesShown);
    ASSERT_TRUE(select(failed));
    ASSERT_TRUE(waitUntil([&] { return !shown.isEmpty(); }));
    EXPECT_TRUE(failedBatches->isVisible());
    ASSERT_EQ(failedBatches->model()->rowCount(), 1);
    const auto at = [this](int column) {
        return failedBatches->model()->index(0, column).data().toString();
    };
    EXPECT_EQ(at(RunDetailsView::MessagesColumn), u"8"_qs);
    EXPECT_EQ(at(RunDetailsView::StatusColumn), u"400"_qs);
    EXPECT_TRUE(at(RunDetailsView::ReasonColumn).contains(u"Invalid write key"))
        << at(RunDetailsView::ReasonColumn).toStdString();
    for (const BatchInfo& batch : view->failedBatches())
        EXPECT_EQ(batch.runId, failed);
    const QString text = details->toPlainText();
    EXPECT_TRUE(text.contains(u"The data plane answered: ")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Invalid write key")) << text.toStdString();

    QSignalSpy jump(page.get(), &RunsPage::showRunInOutbox);
    showInOutbox->click();
    ASSERT_EQ(jump.size(), 1);
    EXPECT_EQ(jump.at(0).at(0).toLongLong(), failed);
}

TEST_P(RunsUi, PreviewsARunsRequestWhileTheHubKeepsIt) {
    sendThreeRuns();
    auto* actions = page->findChild<RunActionBar*>();
    ASSERT_NE(actions, nullptr);
    ASSERT_TRUE(select(partial));
    ASSERT_TRUE(waitUntil([&] { return preview->isEnabled(); }))
        << preview->toolTip().toStdString();
    QSignalSpy previewed(page.get(), &RunsPage::previewRun);
    preview->click();
    ASSERT_EQ(previewed.size(), 1);
    EXPECT_EQ(previewed.at(0).at(0).toLongLong(), partial);

    // A run whose request the hub no longer keeps (one it reported, but never listed).
    RunRecord gone = runOf(good);
    gone.id = failed + 50;
    emit connection->runChanged(gone);
    ASSERT_TRUE(waitUntil([&] { return page->runModel().rowOf(gone.id) >= 0; }));
    QSignalSpy read(actions, &RunActionBar::requestsRead);
    ASSERT_TRUE(select(gone.id));
    ASSERT_TRUE(waitUntil([&] { return !read.isEmpty(); }));
    EXPECT_FALSE(preview->isEnabled());
    EXPECT_TRUE(preview->toolTip().contains(u"no longer kept")) << preview->toolTip().toStdString();
}

TEST_P(RunsUi, SendNowAsksLookerToRunTheRunsSchedule) {
    LookerStandIn looker(u"runs-client"_qs, "runs-client-secret");
    ASSERT_TRUE(looker.listen());
    const QString plan = looker.content().addPlan(u"Daily users"_qs, u"42"_qs,
                                                  u"looker-integration://99::rudder_event"_qs, {});
    EXPECT_TRUE(send(users(4), plan, u"Daily users"_qs).contains("\"success\":true"));
    EXPECT_TRUE(send(users(4), {}, u"By hand"_qs).contains("\"success\":true"));
    const std::vector<qint64> ids = settledRuns(2);
    ASSERT_TRUE(select(ids[0]));
    // Without the Looker link set up, it says where to set it up.
    EXPECT_FALSE(sendNow->isEnabled());
    EXPECT_TRUE(sendNow->toolTip().contains(u"Looker page")) << sendNow->toolTip().toStdString();
    LookerAccount account({looker.url().toString(), u"runs-client"_qs, "runs-client-secret", true},
                          {});
    page->setLookerAccount(&account);
    EXPECT_TRUE(sendNow->isEnabled());
    QSignalSpy accepted(page.get(), &RunsPage::sendAccepted);
    sendNow->click();
    ASSERT_TRUE(waitUntil([&] { return !accepted.isEmpty(); }, 20000))
        << page->findChild<QLabel*>(QStringLiteral("runActionStatus"))->text().toStdString();
    EXPECT_EQ(accepted.at(0).at(0).toString(), plan);
    EXPECT_EQ(looker.content().runOnce(), QStringList{plan});
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("runActionStatus"))
                    ->text()
                    .contains(u"Looker is running schedule "_qs + plan));
    EXPECT_TRUE(waitUntil([&] { return looker.logins() == looker.logouts(); }, 5000));
    // A run sent by hand has no schedule to run.
    ASSERT_TRUE(select(ids[1]));
    EXPECT_FALSE(sendNow->isEnabled());
    EXPECT_TRUE(sendNow->toolTip().contains(u"sent by hand")) << sendNow->toolTip().toStdString();
    page->setLookerAccount(nullptr);
}
