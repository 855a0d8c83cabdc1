// The Outbox page's retry, discard and export, against the hub in this process and the same
// hub through its admin API (the fixture: outboxuifixture.h): what they do to the outbox and the
// file system.
#include "outboxuifixture.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <utility>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

TEST_P(OutboxUi, RetryButtonMovesTheSelectedFailedBatchesBackToPending) {
    const qint64 pending = append(batch("p", 1));
    const qint64 first = appendFailed("a", 2, 400, QStringLiteral("bad request"));
    const qint64 second = appendFailed("b", 3, 401, QStringLiteral("invalid write key"));
    const qint64 untouched = appendFailed("c", 4, 413, QStringLiteral("too large"));
    showPage();

    page->selectIds({pending});
    EXPECT_FALSE(retry->isEnabled()); // nothing failed is selected
    page->selectIds({pending, first, second});
    EXPECT_EQ(page->selectedIds(), (QList<qint64>{pending, first, second}));
    ASSERT_TRUE(retry->isEnabled());
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return retried >= 0; }));
    EXPECT_EQ(retried, 2);
    const OutboxCounts after = counts();
    EXPECT_EQ(after.pendingBatches, 3);
    EXPECT_EQ(after.pendingMessages, 6);
    EXPECT_EQ(after.failedBatches, 1);
    EXPECT_EQ(stateOf(untouched), BatchState::Failed);
    // The page refreshes itself after a retry.
    ASSERT_TRUE(waitUntil([&] { return cell(first, BatchListModel::StateColumn) == u"Pending"; }));
    EXPECT_EQ(cell(second, BatchListModel::StateColumn), QStringLiteral("Pending"));
    EXPECT_EQ(cell(untouched, BatchListModel::StateColumn), QStringLiteral("Failed"));
}

TEST_P(OutboxUi, RetryOfManyBatchesShowsProgressAndStopsWhenCancelled) {
    std::vector<NewBatch> batches;
    for (int i = 0; i < 450; ++i)
        batches.push_back(batch("m" + std::to_string(i), 1, QStringLiteral("event over 32 KB")));
    const Outbox::AppendResult appended = outbox->append(std::move(batches)).result();
    ASSERT_TRUE(appended.ok);
    const QList<qint64> batchIds(appended.ids.begin(), appended.ids.end());
    showPage();

    page->retryBatches(batchIds);
    auto* progress = page->findChild<QProgressDialog*>(QStringLiteral("outboxProgress"));
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->maximum(), 450);
    EXPECT_FALSE(retry->isEnabled());
    // The first part is on its way already; cancelling stops the rest.
    progress->cancel();
    ASSERT_TRUE(waitUntil([&] { return retried >= 0; }));
    EXPECT_GT(retried, 0);
    EXPECT_LT(retried, 450);
    EXPECT_EQ(counts().failedBatches, 450 - retried);

    // Again, with no cancel: the batches still failed are retried, the others left alone.
    const int first = std::exchange(retried, -1);
    page->retryBatches(batchIds);
    ASSERT_TRUE(waitUntil([&] { return retried >= 0; }));
    EXPECT_EQ(retried, 450 - first);
    EXPECT_EQ(counts().pendingBatches, 450);
    EXPECT_EQ(counts().failedBatches, 0);
}

TEST_P(OutboxUi, RetryingNothingRetriesNothing) {
    // The outbox reads an empty list as "every failed batch": the page must not pass one on.
    appendFailed("a", 1, 400, QStringLiteral("bad request"));
    showPage();
    page->retryBatches({});
    ASSERT_TRUE(waitUntil([&] { return retried >= 0; }));
    EXPECT_EQ(retried, 0);
    page->discardBatches({});
    ASSERT_TRUE(waitUntil([&] { return discarded >= 0; }));
    EXPECT_EQ(discarded, 0);
    EXPECT_EQ(counts().failedBatches, 1);
}

TEST_P(OutboxUi, DiscardRemovesTheBatches) {
    const qint64 keep = appendFailed("k", 2, 400, QStringLiteral("bad request"));
    const qint64 drop = appendFailed("d", 3, 400, QStringLiteral("bad request"));
    const qint64 dropPending = append(batch("p", 4));
    showPage();

    page->discardBatches({drop, dropPending});
    ASSERT_TRUE(waitUntil([&] { return discarded >= 0; }));
    EXPECT_EQ(discarded, 2);
    const OutboxCounts after = counts();
    EXPECT_EQ(after.failedBatches, 1);
    EXPECT_EQ(after.failedMessages, 2);
    EXPECT_EQ(after.pendingBatches, 0);
    EXPECT_FALSE(outbox->payload(drop).result().text.has_value());
    EXPECT_TRUE(outbox->payload(keep).result().text.has_value());
    ASSERT_TRUE(waitUntil([&] { return listedIds() == QList<qint64>{keep}; }));
}

TEST_P(OutboxUi, DiscardButtonAsksFirst) {
    const qint64 id = appendFailed("d", 3, 400, QStringLiteral("bad request"));
    showPage();
    page->selectIds({id});
    ASSERT_TRUE(discard->isEnabled());

    const auto answer = [this](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, page.get(), [this, button] {
            auto* box = page->findChild<QMessageBox*>(QStringLiteral("outboxDiscardConfirmation"));
            ASSERT_TRUE(box);
            EXPECT_TRUE(box->text().contains(QStringLiteral("with 3 messages")))
                << box->text().toStdString();
            box->button(button)->click();
        });
        discard->click(); // returns once the box is answered
    };
    answer(QMessageBox::Cancel);
    TestSupport::processEventsFor(200);
    EXPECT_EQ(discarded, -1);
    EXPECT_EQ(counts().failedBatches, 1);

    answer(QMessageBox::Discard);
    ASSERT_TRUE(waitUntil([&] { return discarded >= 0; }));
    EXPECT_EQ(discarded, 1);
    EXPECT_EQ(counts().failedBatches, 0);
}

TEST_P(OutboxUi, ExportWritesExactlyTheSelectedBatchesMessages) {
    const qint64 first = append(batch("one", 2));
    append(batch("two", 3));
    const qint64 third = appendFailed("three", 4, 400, QStringLiteral("bad request"));
    showPage();
    page->selectIds({first, third});
    ASSERT_TRUE(exportButton->isEnabled());

    page->exportBatches(page->selectedIds(), exportPath());
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_TRUE(exportError.isEmpty()) << exportError.toStdString();
    EXPECT_EQ(exported, 6);
    std::vector<std::string> expected = messagesOf("one", 2);
    for (const std::string& line : messagesOf("three", 4))
        expected.push_back(line);
    EXPECT_EQ(fileLines(exportPath()), expected);
    // The export leaves the outbox as it was.
    EXPECT_EQ(counts().pendingBatches, 2);
    EXPECT_EQ(counts().failedBatches, 1);
}

TEST_P(OutboxUi, CancellingAnExportLeavesTheFileAsItWas) {
    QList<qint64> batchIds;
    for (int i = 0; i < 30; ++i)
        batchIds.append(append(batch("m" + std::to_string(i), 10)));
    {
        QFile old(exportPath());
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    showPage();

    page->exportBatches(batchIds, exportPath());
    auto* progress = page->findChild<QProgressDialog*>(QStringLiteral("outboxProgress"));
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->maximum(), 30);
    EXPECT_TRUE(page->isBusy());
    EXPECT_FALSE(exportButton->isEnabled());
    progress->cancel();
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_EQ(exported, 0);
    EXPECT_FALSE(exportError.isEmpty());
    EXPECT_EQ(fileLines(exportPath()), std::vector<std::string>{"old"});
    EXPECT_FALSE(page->isBusy());
}

TEST_P(OutboxUi, ExportOfManyBatchesReportsEveryMessage) {
    QList<qint64> batchIds;
    for (int i = 0; i < 40; ++i)
        batchIds.append(append(batch("m" + std::to_string(i), 5)));
    page->exportBatches(batchIds, exportPath());
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_TRUE(exportError.isEmpty()) << exportError.toStdString();
    EXPECT_EQ(exported, 200);
    EXPECT_EQ(fileLines(exportPath()).size(), 200u);
    EXPECT_EQ(fileLines(exportPath()).back(), messagesOf("m39", 5).back());
}

TEST_P(OutboxUi, ExportOfADamagedBatchSaysWhichAndWritesNothing) {
    const qint64 good = append(batch("good", 2));
    const qint64 bad = append(batch("bad", 2));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(outboxFile());
        ASSERT_TRUE(db.open());
        QSqlQuery damage(db);
        ASSERT_TRUE(damage.exec(
            QStringLiteral("UPDATE payloads SET body = X'00' WHERE batch_id = %1").arg(bad)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    showPage();
    page->exportBatches({good, bad}, exportPath());
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_EQ(exported, 0);
    EXPECT_EQ(exportError,
              QStringLiteral("batch %1: stored messages are damaged (not a zstd frame)").arg(bad));
    EXPECT_FALSE(QFile::exists(exportPath())) << "all or nothing";
}

TEST_P(OutboxUi, ExportToAnUnwritablePlaceSaysWhy) {
    const qint64 id = append(batch("x", 1));
    page->exportBatches({id}, exportPath() + QStringLiteral("/no/such/dir/out.ndjson"));
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_EQ(exported, 0);
    EXPECT_FALSE(exportError.isEmpty());
    EXPECT_FALSE(page->isBusy());
}
