// The Outbox page, once against the hub in this process and once against the same hub through
// its admin API on loopback, with the same assertions: what it lists and how it follows the
// outbox (outboxpageactionstest.cpp: what its retry, discard and export do).
#include "outboxuifixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTranslator>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

/// Wraps every translated string, so a test can see which texts went through tr().
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override {
        if (qstrncmp(context, "ActionDeck::", 12) != 0)
            return {};
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_P(OutboxUi, ListsPendingAndFailedBatchesWithTheirReasons) {
    const qint64 pending = append(batch("p", 3));
    const qint64 tooBig = append(batch("big", 1, QStringLiteral("event over 32 KB (40 KB)")));
    const qint64 rejected =
        appendFailed("r", 2, 400, QStringLiteral("HTTP 400\n{\"error\":\"Invalid write key\"}"));
    const qint64 delivered = append(batch("d", 5));
    outbox->markDelivered(delivered, 200);
    const qint64 waiting = append(batch("w", 1));
    outbox->markRetry(waiting, kNow + 60'000, 503, QStringLiteral("Service Unavailable"));
    ASSERT_TRUE(waitUntil([&] { return stateOf(delivered) == BatchState::Delivered; }));

    showPage();
    EXPECT_EQ(page->filter(), OutboxPage::Filter::PendingAndFailed);
    EXPECT_EQ(listedIds(), (QList<qint64>{pending, tooBig, rejected, waiting}));
    EXPECT_EQ(cell(pending, BatchListModel::StateColumn), QStringLiteral("Pending"));
    EXPECT_EQ(cell(pending, BatchListModel::MessagesColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(pending, BatchListModel::ReasonColumn), QString());
    EXPECT_EQ(cell(pending, BatchListModel::NextAttemptColumn), QStringLiteral("Now"));
    // A pending batch that is waiting to be sent again shows why and when.
    EXPECT_EQ(cell(waiting, BatchListModel::StateColumn), QStringLiteral("Pending"));
    EXPECT_EQ(cell(waiting, BatchListModel::LastStatusColumn), QStringLiteral("503"));
    EXPECT_EQ(cell(waiting, BatchListModel::ReasonColumn), QStringLiteral("Service Unavailable"));
    EXPECT_EQ(cell(waiting, BatchListModel::NextAttemptColumn),
              BatchListModel::timeText(kNow + 60'000));
    EXPECT_EQ(cell(pending, BatchListModel::CreatedColumn), BatchListModel::timeText(kNow));
    // Looker's label of the action, as Looker's menus name it (one vocabulary in the window).
    EXPECT_EQ(cell(pending, BatchListModel::OriginColumn),
              QStringLiteral("Rudder Identify execute p"));
    EXPECT_EQ(cell(tooBig, BatchListModel::StateColumn), QStringLiteral("Failed"));
    EXPECT_EQ(cell(tooBig, BatchListModel::ReasonColumn),
              QStringLiteral("event over 32 KB (40 KB)"));
    EXPECT_EQ(cell(rejected, BatchListModel::StateColumn), QStringLiteral("Failed"));
    EXPECT_EQ(cell(rejected, BatchListModel::LastStatusColumn), QStringLiteral("400"));
    EXPECT_EQ(cell(rejected, BatchListModel::AttemptsColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(rejected, BatchListModel::NextAttemptColumn), QString());
    // The table keeps one line per batch; the details show the reason as it was written.
    EXPECT_EQ(cell(rejected, BatchListModel::ReasonColumn),
              QStringLiteral("HTTP 400 {\"error\":\"Invalid write key\"}"));
    page->selectIds({rejected});
    EXPECT_TRUE(details->toPlainText().contains(
        QStringLiteral("HTTP 400\n{\"error\":\"Invalid write key\"}")))
        << details->toPlainText().toStdString();
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("http://127.0.0.1:9/v1/batch")));
    // Write keys are not on the page.
    EXPECT_FALSE(details->toPlainText().contains(QStringLiteral("wk_test")));

    const auto* countsLabel = page->findChild<QLabel*>(QStringLiteral("outboxCounts"));
    ASSERT_TRUE(countsLabel);
    EXPECT_TRUE(countsLabel->text().contains(QStringLiteral("Pending — batches: 2, messages: 4")))
        << countsLabel->text().toStdString();
    EXPECT_TRUE(countsLabel->text().contains(QStringLiteral("Failed — batches: 2, messages: 3")))
        << countsLabel->text().toStdString();
    EXPECT_TRUE(
        countsLabel->text().contains(QStringLiteral("Delivered — batches: 1, messages: 5")));
}

TEST_P(OutboxUi, FiltersByState) {
    const qint64 pending = append(batch("p", 1));
    const qint64 failed = appendFailed("f", 1, 404, QStringLiteral("source disabled"));
    const qint64 delivered = append(batch("d", 1));
    outbox->markDelivered(delivered, 200);
    ASSERT_TRUE(waitUntil([&] { return stateOf(delivered) == BatchState::Delivered; }));
    showPage();

    setFilter(OutboxPage::Filter::Failed);
    EXPECT_EQ(listedIds(), QList<qint64>{failed});
    setFilter(OutboxPage::Filter::Pending);
    EXPECT_EQ(listedIds(), QList<qint64>{pending});
    setFilter(OutboxPage::Filter::Delivered);
    EXPECT_EQ(listedIds(), QList<qint64>{delivered});
    EXPECT_EQ(cell(delivered, BatchListModel::StateColumn), QStringLiteral("Delivered"));
    setFilter(OutboxPage::Filter::All);
    EXPECT_EQ(listedIds(), (QList<qint64>{pending, failed, delivered}));
}

TEST_P(OutboxUi, RefreshesAfterBatchesChangeAndKeepsTheSelection) {
    const qint64 first = append(batch("a", 1));
    showPage();
    page->selectIds({first});
    const qint64 second = append(batch("b", 1));
    ASSERT_TRUE(waitUntil([&] { return listedIds() == QList<qint64>{first, second}; }));
    EXPECT_EQ(page->selectedIds(), QList<qint64>{first});

    outbox->markFailed(first, 400, QStringLiteral("bad request"));
    ASSERT_TRUE(waitUntil([&] { return cell(first, BatchListModel::StateColumn) == u"Failed"; }));
    EXPECT_TRUE(retry->isEnabled()); // the selected batch is failed now
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("bad request")));
}

TEST_P(OutboxUi, CoalescesAStormOfChanges) {
    const qint64 id = append(batch("a", 1));
    ASSERT_TRUE(waitUntil([&] { return changedIds.contains(id); }));
    showPage();
    const int before = refreshes;
    const int signalsBefore = changeSignals;
    // Changes for 250 ms, each in its own turn of the event loop. Each names the batch (as it
    // is): a remote hub's event stream carries changes, not empty lists.
    const BatchStateChange change{id, BatchState::Pending, 1, 0, 0, {}};
    QElapsedTimer storm;
    storm.start();
    int changes = 0;
    while (storm.elapsed() < 250) {
        emit outbox->batchesChanged({change});
        ++changes;
        TestSupport::processEventsFor(2);
    }
    ASSERT_GT(changes, 20);
    ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    // What is still on its way is given its chance to cause another refresh.
    TestSupport::processEventsFor(800);
    EXPECT_GT(changeSignals - signalsBefore, 10) << "the page was not sent a storm";
    EXPECT_LE(refreshes - before, 2);
}

TEST_P(OutboxUi, AHiddenPageCatchesUpWhenShown) {
    showPage();
    page->hide();
    const int before = refreshes;
    const qint64 id = append(batch("a", 1));
    ASSERT_TRUE(waitUntil([&] { return changedIds.contains(id); }));
    // Longer than the page's refresh delay.
    TestSupport::processEventsFor(600);
    EXPECT_EQ(refreshes, before);
    EXPECT_TRUE(listedIds().isEmpty());
    showPage();
    EXPECT_EQ(listedIds(), QList<qint64>{id});
}

TEST_P(OutboxUi, SaysWhenTheListIsCut) {
    std::vector<NewBatch> batches;
    for (int i = 0; i < OutboxPage::kRowLimit + 2; ++i)
        batches.push_back(batch("m" + std::to_string(i), 1));
    ASSERT_TRUE(outbox->append(std::move(batches)).result().ok);
    showPage();
    EXPECT_EQ(table->model()->rowCount(), OutboxPage::kRowLimit);
    const auto* truncated = page->findChild<QLabel*>(QStringLiteral("outboxTruncated"));
    ASSERT_TRUE(truncated);
    EXPECT_TRUE(truncated->isVisible());
    EXPECT_TRUE(truncated->text().contains(QLocale().toString(OutboxPage::kRowLimit + 2)))
        << truncated->text().toStdString();

    setFilter(OutboxPage::Filter::Failed);
    EXPECT_FALSE(truncated->isVisible());
}

TEST_P(OutboxUi, RetranslatesOnLanguageChange) {
    append(batch("p", 1));
    showPage();
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    ASSERT_TRUE(waitUntil([&] { return retry->text().startsWith(QStringLiteral("<<")); }));
    const QString header =
        table->model()->headerData(BatchListModel::ReasonColumn, Qt::Horizontal).toString();
    const QString stateText =
        table->model()->index(0, BatchListModel::StateColumn).data().toString();
    const QString retryText = retry->text();
    const QString filterText = state->itemText(0);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(waitUntil([&] { return !retry->text().startsWith(QStringLiteral("<<")); }));

    EXPECT_EQ(header, QStringLiteral("<<Reason>>"));
    EXPECT_EQ(stateText, QStringLiteral("<<Pending>>"));
    EXPECT_EQ(retryText, QStringLiteral("<<&Retry selected>>"));
    EXPECT_EQ(filterText, QStringLiteral("<<Pending and failed>>"));
    EXPECT_EQ(retry->text(), QStringLiteral("&Retry selected"));
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, OutboxUi, testing::Values(false, true),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });

TEST(BatchListModel, SortsByTheChosenColumnAcrossUpdates) {
    BatchListModel model;
    std::vector<BatchInfo> batches(3);
    batches[0].id = 1;
    batches[0].attempts = 5;
    batches[1].id = 2;
    batches[1].attempts = 1;
    batches[2].id = 3;
    batches[2].attempts = 3;
    model.setBatches(batches);
    model.sort(BatchListModel::AttemptsColumn, Qt::DescendingOrder);
    const auto ids = [&model] {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(BatchListModel::IdRole).toLongLong());
        return list;
    };
    EXPECT_EQ(ids(), (QList<qint64>{1, 3, 2}));
    batches[1].attempts = 9;
    model.setBatches(batches);
    EXPECT_EQ(ids(), (QList<qint64>{2, 1, 3}));
    EXPECT_EQ(model.rowOf(3), 2);
    EXPECT_EQ(model.batchAt(3), nullptr);
}
