#pragma once

#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "delivery/deliveryworker.h"
#include "fixedclock.h"
#include "gui/outbox/batchlistmodel.h"
#include "gui/outbox/outboxpage.h"
#include "gui/outbox/syncstatesection.h"
#include "outbox/outbox.h"
#include "waituntil.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace ActionDeck::TestSupport {

constexpr qint64 kNow = 1'700'000'000'000;

/// A batch of `messages` messages whose ids start with `prefix`; failed at once with `failure`.
NewBatch batch(const std::string& prefix, int messages, const QString& failure = {});
/// The lines of batch(prefix, messages), as an export writes them.
std::vector<std::string> messagesOf(const std::string& prefix, int messages);

/// The Outbox page over a started hub whose delivery is stopped, through a LocalHubConnection
/// (parameter false) or a RemoteHubConnection on loopback (true). Tests drive the hub's outbox
/// directly, as the hub's own jobs and delivery would.
class OutboxUi : public testing::TestWithParam<bool>, protected AdminTestHub {
protected:
    OutboxUi();

    void SetUp() override;
    void TearDown() override;

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

    /// The hub's status, where a remote page reads the counts, has them from the delivery
    /// worker's periodic snapshot, which the stopped worker no longer publishes: this is the one
    /// it would.
    void publishCounts() { emit hub->delivery().snapshot({outbox->counts().result(), 0, kNow}); }

    /// Shows the page and waits for the refresh it starts with.
    void showPage() {
        publishCounts();
        const int before = refreshes;
        page->show();
        ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    }

    void setFilter(OutboxPage::Filter filter) {
        const int before = refreshes;
        state->setCurrentIndex(state->findData(int(filter)));
        ASSERT_TRUE(waitUntil([&] { return refreshes > before; }));
    }

    QList<qint64> listedIds() const {
        QList<qint64> listed;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            listed.append(table->model()->index(row, 0).data(BatchListModel::IdRole).toLongLong());
        return listed;
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

    /// A sync scope opened as an execute of schedule `planId` opens it, remembering `rows`.
    void openSyncScope(const QString& planId, const QString& action, qint64 rows) {
        const Outbox::SyncOpening opened =
            outbox->openSync(SyncScopeKey{planId, action, QStringLiteral("Prod")}).result();
        ASSERT_TRUE(opened.state) << opened.error.toStdString();
        outbox->setSyncRemembered(opened.state->scopeId, rows);
        // Queued behind the remembered count: it is stored once this is answered.
        outbox->syncScopes().waitForFinished();
    }

    /// Refreshes the sync section and waits for it.
    void refreshSync() {
        const int before = syncRefreshes;
        sync->refresh();
        ASSERT_TRUE(waitUntil([&] { return syncRefreshes > before; }));
    }

    /// The sync section's table as text, one "plan|action|source|remembered" a row.
    QStringList syncRows() const {
        QStringList rows;
        for (int row = 0; row < syncTable->rowCount(); ++row) {
            QStringList cells;
            for (int column = SyncStateSection::ScheduleColumn;
                 column <= SyncStateSection::RememberedColumn; ++column)
                cells.append(syncTable->item(row, column)->text());
            rows.append(cells.join(u'|'));
        }
        return rows;
    }

    OutboxCounts counts() { return outbox->counts().result(); }
    QString exportPath() const { return dataDirectory() + QStringLiteral("/export.ndjson"); }
    QString outboxFile() const { return dataDirectory() + QStringLiteral("/outbox.sqlite"); }

    FixedClock fixedClock{kNow};
    Outbox* outbox = nullptr; ///< the hub's
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<OutboxPage> page;
    QTableView* table = nullptr;
    QComboBox* state = nullptr;
    QPlainTextEdit* details = nullptr;
    QPushButton* retry = nullptr;
    QPushButton* discard = nullptr;
    QPushButton* exportButton = nullptr;
    SyncStateSection* sync = nullptr;
    QTableWidget* syncTable = nullptr;
    QPushButton* forget = nullptr;
    int refreshes = 0;
    int syncRefreshes = 0;
    int forgotten = -1;
    QString forgetError;
    int retried = -1;
    int discarded = -1;
    int exported = -1;
    QString exportError;
    /// What the connection passed on of the outbox's changes.
    int changeSignals = 0;
    QSet<qint64> changedIds;
};

} // namespace ActionDeck::TestSupport
