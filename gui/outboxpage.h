#pragma once

#include "outbox/outboxtypes.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSaveFile;
class QTableView;
class QTimer;

namespace ActionDeck {

class BatchListModel;
class Outbox;

/// The outbox's batches by state, with their reasons: retry, discard and export the selected
/// ones. Every outbox call is asynchronous; the page follows Outbox::batchesChanged at most
/// once per 300 ms, and only while it is visible (it catches up when shown).
class OutboxPage : public QWidget {
    Q_OBJECT

public:
    /// What the state filter shows.
    enum class Filter { PendingAndFailed, Pending, Failed, Delivered, All };
    /// The most rows the table lists; the page says when there are more.
    static constexpr int kRowLimit = 5000;

    explicit OutboxPage(Outbox& outbox, QWidget* parent = nullptr);
    ~OutboxPage() override;

    void setFilter(Filter filter);
    Filter filter() const;
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
    enum class JobKind { Retry, Discard, Export };
    /// The running retry, discard or export: done a piece at a time so it can show progress
    /// and stop.
    struct Job {
        JobKind kind = JobKind::Retry;
        std::vector<qint64> ids;
        std::size_t next = 0;
        int done = 0;    ///< batches retried or discarded, messages exported
        int skipped = 0; ///< exported batches no longer in the outbox
        std::unique_ptr<QSaveFile> file;
        QPointer<QProgressDialog> progress;
        bool cancelled = false;
    };

    void buildUi();
    void retranslateUi();
    void scheduleRefresh();
    /// Lists each state in turn, then shows them all.
    void listBatches(std::vector<std::optional<BatchState>> states, std::vector<BatchInfo> listed);
    void showBatches(std::vector<BatchInfo> batches);
    void sizeColumns();
    void showCounts();
    void restoreSelection(const QList<qint64>& ids, qint64 current);
    void updateActions();
    void showDetails();
    QString detailsText(const BatchInfo& batch) const;

    void askRetry();
    void askDiscard();
    void askExport();
    /// Starts a job, or says why not.
    QString startJob(JobKind kind, const QList<qint64>& ids, const QString& path = {});
    void step();
    void stepExport();
    void finishJob(const QString& error = {});
    QString jobLabel() const;

    Outbox& m_outbox;
    BatchListModel* m_model;
    QTimer* m_refreshTimer;
    QComboBox* m_state;
    QLabel* m_stateLabel;
    QLabel* m_counts;
    QLabel* m_truncated;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPushButton* m_export;
    QPushButton* m_refresh;
    QLabel* m_status;

    OutboxCounts m_countsValue;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_stale = true; ///< changes arrived while hidden
    bool m_isTruncated = false;
    bool m_columnsSized = false;
    std::unique_ptr<Job> m_job;
};

} // namespace ActionDeck
