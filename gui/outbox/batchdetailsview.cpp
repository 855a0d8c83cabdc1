#include "gui/outbox/batchdetailsview.h"

#include "gui/outbox/batchlistmodel.h"
#include "gui/outbox/batchtableview.h"

#include <QEvent>
#include <QLocale>

namespace ActionDeck {

BatchDetailsView::BatchDetailsView(const BatchTableView& table, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_table(table) {
    setObjectName(QStringLiteral("outboxDetails"));
    setReadOnly(true);
}

void BatchDetailsView::showSelection() {
    const QList<const BatchInfo*> selected = m_table.selectedBatches();
    if (selected.isEmpty()) {
        setPlainText(m_table.batchModel().rowCount() == 0
                         ? tr("No batches to show.")
                         : tr("Select a batch to see its details."));
        return;
    }
    QString text;
    if (selected.size() > 1) {
        qint64 messages = 0;
        for (const BatchInfo* batch : selected)
            messages += batch->messageCount;
        text = tr("Selected — batches: %1, messages: %2.")
                   .arg(QLocale().toString(selected.size()), QLocale().toString(messages)) +
               QStringLiteral("\n\n");
    }
    setPlainText(text + detailsText(*m_table.shownBatch()));
}

QString BatchDetailsView::detailsText(const BatchInfo& batch) const {
    const QLocale locale;
    QStringList lines;
    lines << tr("Batch %1 · %2")
                 .arg(QString::number(batch.id), BatchListModel::stateName(batch.state));
    // The reason first: it is what this pane is read for.
    lines << tr("Reason: %1").arg(batch.lastError.isEmpty() ? tr("none") : batch.lastError);
    lines << QString();
    lines << tr("Messages: %1 · Attempts: %2")
                 .arg(locale.toString(batch.messageCount), locale.toString(batch.attempts));
    lines << tr("Last status: %1")
                 .arg(batch.lastStatus > 0 ? QString::number(batch.lastStatus) : tr("none"));
    lines << tr("Created: %1").arg(BatchListModel::timeText(batch.createdMs));
    if (batch.state == BatchState::Pending)
        lines << tr("Next attempt: %1").arg(BatchListModel::nextAttemptText(batch));
    if (!batch.leaseHolder.isEmpty())
        lines << tr("Being sent by hub %1").arg(batch.leaseHolder);
    if (batch.state == BatchState::Delivered)
        lines << tr("Delivered: %1").arg(BatchListModel::timeText(batch.deliveredMs));
    lines << tr("Endpoint: %1").arg(batch.endpoint);
    lines << tr("Origin: %1").arg(batch.origin);
    return lines.join(u'\n');
}

void BatchDetailsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        showSelection();
    QPlainTextEdit::changeEvent(event);
}

} // namespace ActionDeck
