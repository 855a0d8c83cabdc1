#include "gui/runs/rundetailsview.h"

#include "connection/hubconnection.h"
#include "gui/runs/rundetailstext.h"
#include "gui/widgets/whenready.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ActionDeck {

RunDetailsView::RunDetailsView(HubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_text(new QPlainTextEdit(this))
    , m_batchesPane(new QWidget(this))
    , m_batchesTitle(new QLabel(m_batchesPane))
    , m_batches(new QTableWidget(0, BatchColumnCount, m_batchesPane))
    , m_showInOutbox(new QPushButton(m_batchesPane)) {
    m_text->setObjectName(QStringLiteral("runDetails"));
    m_batches->setObjectName(QStringLiteral("runFailedBatches"));
    m_showInOutbox->setObjectName(QStringLiteral("runShowInOutbox"));
    m_text->setReadOnly(true);
    m_batchesTitle->setWordWrap(true);
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->setWordWrap(false);
    m_batches->verticalHeader()->hide();
    m_batches->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_batches->horizontalHeader()->setStretchLastSection(true);

    auto* batches = new QVBoxLayout(m_batchesPane);
    batches->setContentsMargins(0, 0, 0, 0);
    batches->addWidget(m_batchesTitle);
    batches->addWidget(m_batches, 1);
    batches->addWidget(m_showInOutbox, 0, Qt::AlignRight);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_batchesPane, 2);
    m_batchesPane->hide();

    connect(m_showInOutbox, &QPushButton::clicked, this, [this] {
        if (m_run)
            emit showInOutbox(m_run->id);
    });
    retranslateUi();
}

void RunDetailsView::showRun(const std::optional<RunRecord>& run, bool listed) {
    m_run = run;
    m_listed = listed;
    showText();
    if (!m_run || m_run->failed == 0) {
        m_batchesPane->hide();
        m_failedOf = 0;
        m_failed.clear();
        ++m_generation;
        return;
    }
    m_batchesPane->show();
    if (m_run->id != m_failedOf || m_run->failed != m_failedCount)
        readFailedBatches();
}

void RunDetailsView::readFailedBatches() {
    const qint64 runId = m_run->id;
    const int generation = ++m_generation;
    if (runId != m_failedOf) {
        m_failed.clear();
        m_failedError.clear();
    }
    m_failedOf = runId;
    m_failedCount = m_run->failed;
    showFailedBatches();
    whenReady(m_hub.batches(BatchState::Failed, -1, 0, runId), m_hub, this,
              [this, generation](HubReply<std::vector<BatchInfo>> reply) {
                  if (generation != m_generation)
                      return;
                  m_failedError = reply.error;
                  m_failed = std::move(reply.value);
                  showFailedBatches();
                  emit failedBatchesShown();
              });
}

void RunDetailsView::showText() {
    const QString text = m_run      ? RunDetailsText::of(*m_run)
                         : m_listed ? tr("Select a run to see its details.")
                                    : tr("No runs to show.");
    if (text == m_text->toPlainText())
        return;
    // A running execute's counts move twice a second: the text stays where it was read.
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    m_text->verticalScrollBar()->setValue(scroll);
}

void RunDetailsView::showFailedBatches() {
    const QLocale locale;
    if (!m_failedError.isEmpty())
        m_batchesTitle->setText(tr("The failed batches could not be read: %1").arg(m_failedError));
    else
        m_batchesTitle->setText(
            tr("Failed batches: %1").arg(locale.toString(qsizetype(m_failed.size()))));
    m_batches->setRowCount(int(m_failed.size()));
    for (int row = 0; row < int(m_failed.size()); ++row) {
        const BatchInfo& batch = m_failed[std::size_t(row)];
        const QString cells[] = {QString::number(batch.id), locale.toString(batch.messageCount),
                                 batch.lastStatus > 0 ? QString::number(batch.lastStatus)
                                                      : QString(),
                                 batch.lastError.simplified()};
        for (int column = 0; column < BatchColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column != ReasonColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                item->setToolTip(batch.lastError);
            m_batches->setItem(row, column, item);
        }
    }
    m_batches->resizeColumnsToContents();
}

void RunDetailsView::retranslateUi() {
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("Messages"), tr("Status"), tr("Reason")});
    m_showInOutbox->setText(tr("Show in &Outbox"));
    m_showInOutbox->setToolTip(tr("The Outbox page with this run's batches, to retry, discard "
                                  "or export them"));
    showText();
    if (m_batchesPane->isVisible() || m_run)
        showFailedBatches();
}

void RunDetailsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ActionDeck
