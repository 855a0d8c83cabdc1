// The Outbox page against a real Outbox in a temporary directory: what it lists, and what its
// retry, discard and export do to the outbox and the file system.
#include "outboxpage.h"

#include "batchlistmodel.h"
#include "fixedclock.h"
#include "outbox/outbox.h"
#include "outboxconnection.h"
#include "waituntil.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace ActionDeck;
using TestSupport::FixedClock;
using TestSupport::waitUntil;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

NewBatch batch(const std::string& prefix, int messages, const QString& failure = {}) {
    NewBatch b;
    b.target = {QStringLiteral("http://127.0.0.1:9/v1/batch"), QStringLiteral("wk_test")};
    b.origin = QStringLiteral("rudder_event execute %1").arg(QString::fromStdString(prefix));
    for (int i = 0; i < messages; ++i) {
        if (i)
            b.payload += '\n';
        b.payload += R"({"messageId":")" + prefix + "-" + std::to_string(i) + R"(","userId":"u"})";
    }
    b.messageCount = messages;
    b.failure = failure;
    return b;
}

std::vector<std::string> messagesOf(const std::string& prefix, int messages) {
    std::vector<std::string> lines;
    for (int i = 0; i < messages; ++i)
        lines.push_back(R"({"messageId":")" + prefix + "-" + std::to_string(i) +
                        R"(","userId":"u"})");
    return lines;
}

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

class OutboxUi : public testing::Test {
protected:
    void SetUp() override {
        // Widgets need a QApplication: the test must be built with ACTIONDECK_GUI_TEST.
        ASSERT_NE(qobject_cast<QApplication*>(QCoreApplication::instance()), nullptr);
        ASSERT_TRUE(m_dir.isValid());
        outbox = std::make_unique<Outbox>(m_dir.path(), clock);
        QString error;
        ASSERT_TRUE(outbox->open(&error)) << error.toStdString();
        connection = std::make_unique<TestSupport::OutboxConnection>(*outbox);
        page = std::make_unique<OutboxPage>(*connection);
        QObject::connect(page.get(), &OutboxPage::refreshed, [this] { ++refreshes; });
        QObject::connect(page.get(), &OutboxPage::retryFinished, [this](int n) { retried = n; });
        QObject::connect(page.get(), &OutboxPage::discardFinished,
                         [this](int n) { discarded = n; });
        QObject::connect(page.get(), &OutboxPage::exportFinished,
                         [this](int written, const QString& problem) {
                             exported = written;
                             exportError = problem;
                         });
        table = page->findChild<QTableView*>(QStringLiteral("outboxTable"));
        state = page->findChild<QComboBox*>(QStringLiteral("outboxState"));
        details = page->findChild<QPlainTextEdit*>(QStringLiteral("outboxDetails"));
        retry = page->findChild<QPushButton*>(QStringLiteral("outboxRetry"));
        discard = page->findChild<QPushButton*>(QStringLiteral("outboxDiscard"));
        exportButton = page->findChild<QPushButton*>(QStringLiteral("outboxExport"));
        ASSERT_TRUE(table && state && details && retry && discard && exportButton);
    }

    void TearDown() override {
        // Outbox calls still under way answer a page that is still there.
        if (page) {
            EXPECT_TRUE(waitUntil([&] { return !page->isBusy(); }));
        }
    }

    qint64 append(NewBatch b) {
        std::vector<NewBatch> batches;
        batches.push_back(std::move(b));
        const Outbox::AppendResult result = outbox->append(std::move(batches)).result();
        EXPECT_TRUE(result.ok) << result.error.toStdString();
        return result.ok ? result.ids.front() : -1;
    }

    /// A pending batch that failed on delivery, as the worker marks it.
    qint64 appendFailed(const std::string& prefix, int messages, int status,
                        const QString& reason) {
        const qint64 id = append(batch(prefix, messages));
        outbox->markFailed(id, status, reason);
        EXPECT_TRUE(waitUntil([&] { return stateOf(id) == BatchState::Failed; }));
        return id;
    }

    std::optional<BatchState> stateOf(qint64 id) {
        for (const BatchInfo& info : outbox->list(std::nullopt).result())
            if (info.id == id)
                return info.state;
        return std::nullopt;
    }

    /// Shows the page and waits for the refresh it starts with.
    void showPage() {
        const int before = refreshes;
        page->show();
        ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    }

    void refreshPage() {
        const int before = refreshes;
        page->refresh();
        ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    }

    void setFilter(OutboxPage::Filter filter) {
        const int before = refreshes;
        state->setCurrentIndex(state->findData(int(filter)));
        ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    }

    QList<qint64> listedIds() const {
        QList<qint64> ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids.append(table->model()->index(row, 0).data(BatchListModel::IdRole).toLongLong());
        return ids;
    }

    QString cell(qint64 id, int column) const {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (index.data(BatchListModel::IdRole).toLongLong() == id)
                return index.data().toString();
        }
        return QStringLiteral("<not listed>");
    }

    std::vector<std::string> fileLines(const QString& path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        std::vector<std::string> lines;
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty())
                lines.push_back(line.toStdString());
        return lines;
    }

    OutboxCounts counts() { return outbox->counts().result(); }
    QString exportPath() const { return m_dir.filePath(QStringLiteral("export.ndjson")); }
    QString outboxFile() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

    FixedClock clock{kNow};
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<TestSupport::OutboxConnection> connection;
    std::unique_ptr<OutboxPage> page;
    QTableView* table = nullptr;
    QComboBox* state = nullptr;
    QPlainTextEdit* details = nullptr;
    QPushButton* retry = nullptr;
    QPushButton* discard = nullptr;
    QPushButton* exportButton = nullptr;
    int refreshes = 0;
    int retried = -1;
    int discarded = -1;
    int exported = -1;
    QString exportError;

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(OutboxUi, ListsPendingAndFailedBatchesWithTheirReasons) {
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
    EXPECT_EQ(cell(pending, BatchListModel::OriginColumn),
              QStringLiteral("rudder_event execute p"));
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

TEST_F(OutboxUi, FiltersByState) {
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

TEST_F(OutboxUi, RetryButtonMovesTheSelectedFailedBatchesBackToPending) {
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

TEST_F(OutboxUi, RetryOfManyBatchesShowsProgressAndStopsWhenCancelled) {
    std::vector<NewBatch> batches;
    for (int i = 0; i < 450; ++i)
        batches.push_back(batch("m" + std::to_string(i), 1, QStringLiteral("event over 32 KB")));
    const Outbox::AppendResult appended = outbox->append(std::move(batches)).result();
    ASSERT_TRUE(appended.ok);
    const QList<qint64> ids(appended.ids.begin(), appended.ids.end());
    showPage();

    page->retryBatches(ids);
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
    page->retryBatches(ids);
    ASSERT_TRUE(waitUntil([&] { return retried >= 0; }));
    EXPECT_EQ(retried, 450 - first);
    EXPECT_EQ(counts().pendingBatches, 450);
    EXPECT_EQ(counts().failedBatches, 0);
}

TEST_F(OutboxUi, RetryingNothingRetriesNothing) {
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

TEST_F(OutboxUi, DiscardRemovesTheBatches) {
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

TEST_F(OutboxUi, DiscardButtonAsksFirst) {
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
    waitUntil([] { return false; }, 200);
    EXPECT_EQ(discarded, -1);
    EXPECT_EQ(counts().failedBatches, 1);

    answer(QMessageBox::Discard);
    ASSERT_TRUE(waitUntil([&] { return discarded >= 0; }));
    EXPECT_EQ(discarded, 1);
    EXPECT_EQ(counts().failedBatches, 0);
}

TEST_F(OutboxUi, ExportWritesExactlyTheSelectedBatchesMessages) {
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

TEST_F(OutboxUi, CancellingAnExportLeavesTheFileAsItWas) {
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids.append(append(batch("m" + std::to_string(i), 10)));
    {
        QFile old(exportPath());
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    showPage();

    page->exportBatches(ids, exportPath());
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

TEST_F(OutboxUi, ExportOfManyBatchesReportsEveryMessage) {
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i)
        ids.append(append(batch("m" + std::to_string(i), 5)));
    page->exportBatches(ids, exportPath());
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_TRUE(exportError.isEmpty()) << exportError.toStdString();
    EXPECT_EQ(exported, 200);
    EXPECT_EQ(fileLines(exportPath()).size(), 200u);
    EXPECT_EQ(fileLines(exportPath()).back(), messagesOf("m39", 5).back());
}

TEST_F(OutboxUi, ExportOfADamagedBatchSaysWhichAndWritesNothing) {
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

TEST_F(OutboxUi, ExportToAnUnwritablePlaceSaysWhy) {
    const qint64 id = append(batch("x", 1));
    page->exportBatches({id}, exportPath() + QStringLiteral("/no/such/dir/out.ndjson"));
    ASSERT_TRUE(waitUntil([&] { return exported >= 0; }));
    EXPECT_EQ(exported, 0);
    EXPECT_FALSE(exportError.isEmpty());
    EXPECT_FALSE(page->isBusy());
}

TEST_F(OutboxUi, RefreshesAfterBatchesChangeAndKeepsTheSelection) {
    const qint64 first = append(batch("a", 1));
    showPage();
    page->selectIds({first});
    const qint64 second = append(batch("b", 1));
    ASSERT_TRUE(waitUntil([&] { return listedIds() == QList<qint64>{first, second}; }, 5000));
    EXPECT_EQ(page->selectedIds(), QList<qint64>{first});

    outbox->markFailed(first, 400, QStringLiteral("bad request"));
    ASSERT_TRUE(
        waitUntil([&] { return cell(first, BatchListModel::StateColumn) == u"Failed"; }, 5000));
    EXPECT_TRUE(retry->isEnabled()); // the selected batch is failed now
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("bad request")));
}

TEST_F(OutboxUi, CoalescesAStormOfChanges) {
    showPage();
    const int before = refreshes;
    // Changes for 250 ms, each in its own turn of the event loop.
    QElapsedTimer storm;
    storm.start();
    int changes = 0;
    while (storm.elapsed() < 250) {
        emit outbox->batchesChanged({});
        ++changes;
        waitUntil([] { return false; }, 2);
    }
    ASSERT_GT(changes, 20);
    waitUntil([] { return false; }, 800);
    EXPECT_GE(refreshes - before, 1);
    EXPECT_LE(refreshes - before, 2);
}

TEST_F(OutboxUi, AHiddenPageCatchesUpWhenShown) {
    showPage();
    page->hide();
    const int before = refreshes;
    const qint64 id = append(batch("a", 1));
    waitUntil([] { return false; }, 600);
    EXPECT_EQ(refreshes, before);
    EXPECT_TRUE(listedIds().isEmpty());
    showPage();
    EXPECT_EQ(listedIds(), QList<qint64>{id});
}

TEST_F(OutboxUi, SaysWhenTheListIsCut) {
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

TEST_F(OutboxUi, RetranslatesOnLanguageChange) {
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
