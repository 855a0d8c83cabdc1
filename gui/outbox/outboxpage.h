#pragma once

#include "outbox/outboxtypes.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace ActionDeck {

class BatchActionBar;
class BatchDetailsView;
class BatchTableView;
class HubConnection;
class SyncStateSection;

/// The outbox's batches by state, with their reasons: retry, discard and export the selected
/// ones. Every outbox call is asynchronous; the page follows Outbox::batchesChanged at most
/// once per 300 ms, and only while it is visible (it catches up when shown). Below, what "only
/// new or changed rows" remembers per schedule (SyncStateSection).
class OutboxPage : public QWidget {
    Q_OBJECT

public:
    /// What the state filter shows.
    enum class Filter { PendingAndFailed, Pending, Failed, Delivered, All };
    /// The most rows the table lists; the page says when there are more.
    static constexpr int kRowLimit = 5000;

    explicit OutboxPage(HubConnection& hub, QWidget* parent = nullptr);
    ~OutboxPage() override;

    void setFilter(Filter filter);
    Filter filter() const;
    /// Only the batches of run `runId` (the Runs page's jump); 0 shows every run's again. A chip
    /// beside the filter says so and clears it.
    void showRun(qint64 runId);
    qint64 shownRun() const { return m_runId; }
    /// Ids of the selected batches, in table order.
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64>& ids);
    /// True while a retry, discard or export runs (one at a time).
    bool isBusy() const;

public slots:
    /// Reads the counts and the list again; refreshed() follows.
    void refresh();
    /// Retries the given failed batches (others are left alone); retryFinished() follows.
    void retryBatches(const QList<qint64>& ids);
    /// Discards the given pending or failed batches without asking; discardFinished() follows.
    void discardBatches(const QList<qint64>& ids);
    /// Writes the batches' messages to `path`, one JSON object a line (NDJSON), replacing the
    /// file only when every batch was read; exportFinished() follows.
    void exportBatches(const QList<qint64>& ids, const QString& path);

signals:
    // The three *Finished signals come at once, from within the call, when it is refused
    // (no ids, another job running, a file that can not be opened); else from the event loop.
    void refreshed();
    void retryFinished(int retried);
    void discardFinished(int discarded);
    /// `written` messages, or 0 with the reason in `error` (a cancelled export included): the
    /// file is replaced only by a complete export.
    void exportFinished(int written, const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    /// The "Sending hub" column, for an outbox several hubs share.
    void showHolders();
    void retranslateUi();
    void retranslateRunChip();
    void scheduleRefresh();
    /// Lists each state in turn, then shows them all.
    void listBatches(std::vector<std::optional<BatchState>> states, std::vector<BatchInfo> listed);
    void showBatches(std::vector<BatchInfo> batches);
    void showCounts();
    void showProblem(const QString& error);
    void selectionChanged();

    HubConnection& m_hub;
    QTimer* m_refreshTimer;
    // Created in this order, which is also the tab order.
    QComboBox* m_state;
    QLabel* m_stateLabel;
    QPushButton* m_runChip;
    QLabel* m_counts;
    QLabel* m_truncated;
    BatchTableView* m_table;
    BatchDetailsView* m_details;
    BatchActionBar* m_actions;
    QPushButton* m_refresh;
    SyncStateSection* m_sync;

    OutboxCounts m_countsValue;
    qint64 m_runId = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_stale = true; ///< changes arrived while hidden
    bool m_isTruncated = false;
};

} // namespace ActionDeck
