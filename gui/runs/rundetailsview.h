#pragma once

#include "outbox/outboxtypes.h"
#include "outbox/runrecord.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ActionDeck {

class HubConnection;

/// The Runs page's selected run: RunDetailsText, and beside it the run's failed batches read
/// from the hub, with a way to the Outbox page filtered to the run.
class RunDetailsView : public QWidget {
    Q_OBJECT

public:
    enum BatchColumn {
        BatchIdColumn,
        MessagesColumn,
        StatusColumn,
        ReasonColumn,
        BatchColumnCount
    };

    explicit RunDetailsView(HubConnection& hub, QWidget* parent = nullptr);

    /// Shows `run` (nullopt: none selected; `listed` says whether there are runs at all). The
    /// failed batches are read again when another run is shown or its failed count moved.
    void showRun(const std::optional<RunRecord>& run, bool listed);
    /// The failed batches shown, once read.
    const std::vector<BatchInfo>& failedBatches() const { return m_failed; }

signals:
    /// "Show in Outbox": the Outbox page, filtered to the run's batches.
    void showInOutbox(qint64 runId);
    /// The failed batches were read (for tests).
    void failedBatchesShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showText();
    void readFailedBatches();
    void showFailedBatches();

    HubConnection& m_hub;
    std::optional<RunRecord> m_run;
    bool m_listed = false;
    std::vector<BatchInfo> m_failed;
    QString m_failedError;
    qint64 m_failedOf = 0;     ///< the run whose failed batches were read
    qint64 m_failedCount = -1; ///< its failed count then
    int m_generation = 0;

    QPlainTextEdit* m_text;
    QWidget* m_batchesPane;
    QLabel* m_batchesTitle;
    QTableWidget* m_batches;
    QPushButton* m_showInOutbox;
};

} // namespace ActionDeck
