#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QProgressDialog;
class QPushButton;
class QSaveFile;

namespace ActionDeck {

class BatchTableView;
class HubConnection;

/// The Outbox page's Retry, Discard and Export buttons for the batches selected in the table,
/// and the job they start: done a piece at a time, with progress that can be cancelled, one
/// job at a time. The status line says how the last one went.
class BatchActionBar : public QWidget {
    Q_OBJECT

public:
    BatchActionBar(HubConnection& hub, const BatchTableView& table, QWidget* parent = nullptr);
    ~BatchActionBar() override;

    /// True while a retry, discard or export runs.
    bool isBusy() const;
    /// Enables the buttons that apply to the selection (none while a job runs).
    void updateButtons();

    // As OutboxPage's slots of the same names.
    void retryBatches(const QList<qint64>& ids);
    void discardBatches(const QList<qint64>& ids);
    void exportBatches(const QList<qint64>& ids, const QString& path);

signals:
    void retryFinished(int retried);
    void discardFinished(int discarded);
    void exportFinished(int written, const QString& error);
    /// A retry or discard ended: the outbox sends no batchesChanged for those.
    void batchesEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class JobKind { Retry, Discard, Export };
    /// The running retry, discard or export.
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

    void retranslateUi();
    /// What the status line says, made again in the current language when it changes.
    void setStatus(std::function<QString()> text);
    void askRetry();
    void askDiscard();
    void askExport();
    /// Starts a job, or says why not.
    QString startJob(JobKind kind, const QList<qint64>& ids, const QString& path = {});
    void step();
    void stepExport();
    void finishJob(const QString& error = {});
    QString jobLabel() const;

    HubConnection& m_hub;
    const BatchTableView& m_table;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPushButton* m_export;
    std::function<QString()> m_statusText;
    QLabel* m_status;
    std::unique_ptr<Job> m_job;
};

} // namespace ActionDeck
