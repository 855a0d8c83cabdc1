#include "outboxpage.h"

#include "batchlistmodel.h"
#include "outbox/outbox.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

/// Ids per retry or discard call: small enough for the progress to move and Cancel to answer.
constexpr std::size_t kChunk = 200;
constexpr int kRefreshDelayMs = 300;

std::vector<std::optional<BatchState>> statesOf(OutboxPage::Filter filter) {
    switch (filter) {
    case OutboxPage::Filter::PendingAndFailed:
        // Failed first: when the list is cut at the limit, they are what needs a person.
        return {BatchState::Failed, BatchState::Pending};
    case OutboxPage::Filter::Pending:
        return {BatchState::Pending};
    case OutboxPage::Filter::Failed:
        return {BatchState::Failed};
    case OutboxPage::Filter::Delivered:
        return {BatchState::Delivered};
    case OutboxPage::Filter::All:
        break;
    }
    return {std::nullopt};
}

qint64 totalOf(OutboxPage::Filter filter, const OutboxCounts& counts) {
    switch (filter) {
    case OutboxPage::Filter::PendingAndFailed:
        return counts.pendingBatches + counts.failedBatches;
    case OutboxPage::Filter::Pending:
        return counts.pendingBatches;
    case OutboxPage::Filter::Failed:
        return counts.failedBatches;
    case OutboxPage::Filter::Delivered:
        return counts.deliveredBatches;
    case OutboxPage::Filter::All:
        break;
    }
    return counts.pendingBatches + counts.failedBatches + counts.deliveredBatches;
}

/// Lines in a stored payload: messages one a line, with or without a final newline.
int messageLines(const std::string& payload) {
    if (payload.empty())
        return 0;
    const auto newlines = std::count(payload.begin(), payload.end(), '\n');
    return int(newlines) + (payload.back() == '\n' ? 0 : 1);
}

/// Calls `handler` with the future's result on the GUI thread, unless `page` is gone by then;
/// always from the event loop, never from within the call that asked (a future that is already
/// finished would otherwise run its continuation at once, and an export would recurse).
/// The outbox is the continuation's context because it outlives the page: Qt 6.4 asserts when
/// a context object dies before its future finishes.
template <typename T, typename Handler>
void whenReady(QFuture<T> future, Outbox& outbox, QObject* page, Handler handler) {
    future.then(&outbox,
                [guard = QPointer<QObject>(page), handler = std::move(handler)](T result) mutable {
                    if (guard)
                        QMetaObject::invokeMethod(
                            guard.get(),
                            [handler = std::move(handler), result = std::move(result)]() mutable {
                                handler(std::move(result));
                            },
                            Qt::QueuedConnection);
                });
}

} // namespace

OutboxPage::OutboxPage(Outbox& outbox, QWidget* parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_model(new BatchListModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_state(new QComboBox(this))
    , m_stateLabel(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_truncated(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_retry(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this)) {
    buildUi();
    retranslateUi();
    m_state->setCurrentIndex(0);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutboxPage::refresh);
    connect(&m_outbox, &Outbox::batchesChanged, this, &OutboxPage::scheduleRefresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxPage::showDetails);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::askRetry);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::askDiscard);
    connect(m_export, &QPushButton::clicked, this, &OutboxPage::askExport);
    connect(m_refresh, &QPushButton::clicked, this, &OutboxPage::refresh);
    updateActions();
    showDetails();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::buildUi() {
    m_state->setObjectName(QStringLiteral("outboxState"));
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_truncated->setObjectName(QStringLiteral("outboxTruncated"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_export->setObjectName(QStringLiteral("outboxExport"));
    m_refresh->setObjectName(QStringLiteral("outboxRefresh"));
    m_status->setObjectName(QStringLiteral("outboxStatus"));

    m_stateLabel->setBuddy(m_state);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setWordWrap(true); // long in Spanish; must not widen the window
    m_truncated->setWordWrap(true);
    m_truncated->hide();
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchListModel::IdColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setReadOnly(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_counts, 1);
    filters->addWidget(m_refresh);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addWidget(m_export);
    actions->addWidget(m_status, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_truncated);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
}

void OutboxPage::setFilter(Filter filter) {
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(filter))));
}

OutboxPage::Filter OutboxPage::filter() const {
    return Filter(m_state->currentData().toInt());
}

QList<qint64> OutboxPage::selectedIds() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.append(m_model->batchAt(row)->id);
    return ids;
}

void OutboxPage::selectIds(const QList<qint64>& ids) {
    restoreSelection(ids, ids.isEmpty() ? -1 : ids.first());
}

bool OutboxPage::isBusy() const {
    return m_job != nullptr;
}

void OutboxPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OutboxPage::retranslateUi() {
    m_stateLabel->setText(tr("&Show:"));
    const int current = m_state->currentIndex();
    {
        const QSignalBlocker blocker(m_state);
        m_state->clear();
        m_state->addItem(tr("Pending and failed"), int(Filter::PendingAndFailed));
        m_state->addItem(tr("Pending"), int(Filter::Pending));
        m_state->addItem(tr("Failed"), int(Filter::Failed));
        m_state->addItem(tr("Delivered"), int(Filter::Delivered));
        m_state->addItem(tr("All"), int(Filter::All));
        m_state->setCurrentIndex(std::max(0, current));
    }
    m_retry->setText(tr("&Retry selected"));
    m_retry->setToolTip(tr("Send the selected failed batches again"));
    m_discard->setText(tr("&Discard selected"));
    m_discard->setToolTip(tr("Delete the selected batches; their messages are never sent"));
    m_export->setText(tr("&Export selected…"));
    m_export->setToolTip(tr("Save the selected batches' messages as JSON lines"));
    m_refresh->setText(tr("Re&fresh"));
    m_model->retranslate();
    showCounts();
    showDetails();
}

void OutboxPage::scheduleRefresh() {
    // Hidden pages only note that they are out of date; a visible one refreshes at most once
    // per interval however many changes arrive (the timer is not restarted by each).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void OutboxPage::refresh() {
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_stale = false;
    m_refreshTimer->stop();
    whenReady(m_outbox.counts(), m_outbox, this, [this](const OutboxCounts& counts) {
        m_countsValue = counts;
        showCounts();
        listBatches(statesOf(filter()), {});
    });
}

void OutboxPage::listBatches(std::vector<std::optional<BatchState>> states,
                             std::vector<BatchInfo> listed) {
    const std::optional<BatchState> state = states.front();
    states.erase(states.begin());
    // One more than the limit tells whether the list was cut.
    whenReady(m_outbox.list(state, kRowLimit + 1), m_outbox, this,
              [this, states = std::move(states),
               listed = std::move(listed)](std::vector<BatchInfo> batches) mutable {
                  listed.insert(listed.end(), std::make_move_iterator(batches.begin()),
                                std::make_move_iterator(batches.end()));
                  if (!states.empty() && listed.size() <= kRowLimit)
                      listBatches(std::move(states), std::move(listed));
                  else
                      showBatches(std::move(listed));
              });
}

void OutboxPage::showBatches(std::vector<BatchInfo> batches) {
    m_isTruncated = batches.size() > kRowLimit;
    if (m_isTruncated)
        batches.resize(kRowLimit);
    const QList<qint64> selected = selectedIds();
    const QModelIndex currentIndex = m_table->currentIndex();
    const qint64 current =
        currentIndex.isValid() ? m_model->batchAt(currentIndex.row())->id : qint64(-1);
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->setBatches(std::move(batches));
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeColumns();
    restoreSelection(selected, current);
    m_table->verticalScrollBar()->setValue(scroll);
    showDetails(); // "no batches" or "select one" follows the rows even without a selection
    showCounts();
    updateActions();
    m_refreshing = false;
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void OutboxPage::sizeColumns() {
    // Once, from the first rows (Qt samples at most 1,000 of them); after that the user's
    // widths stay. Free text columns are capped so that the reason stays in view.
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    const int cap = m_table->fontMetrics().averageCharWidth() * 40;
    m_table->setColumnWidth(BatchListModel::EndpointColumn,
                            std::min(m_table->columnWidth(BatchListModel::EndpointColumn), cap));
    // The reason is what the page is for: wide even when the first rows have none yet.
    m_table->setColumnWidth(BatchListModel::ReasonColumn, cap);
}

void OutboxPage::showCounts() {
    const QLocale locale;
    const auto part = [&locale](const QString& state, qint64 batches, qint64 messages) {
        return tr("%1 — batches: %2, messages: %3")
            .arg(state, locale.toString(batches), locale.toString(messages));
    };
    const OutboxCounts& c = m_countsValue;
    m_counts->setText(
        part(BatchListModel::stateName(BatchState::Pending), c.pendingBatches, c.pendingMessages) +
        QStringLiteral(" · ") +
        part(BatchListModel::stateName(BatchState::Failed), c.failedBatches, c.failedMessages) +
        QStringLiteral(" · ") +
        part(BatchListModel::stateName(BatchState::Delivered), c.deliveredBatches,
             c.deliveredMessages));
    m_truncated->setVisible(m_isTruncated);
    if (m_isTruncated)
        m_truncated->setText(
            tr("Showing the first %1 of %2 batches. The command line lists and exports all of "
               "them: actiondeck outbox list | export.")
                .arg(locale.toString(kRowLimit),
                     locale.toString(
                         std::max<qint64>(kRowLimit + 1, totalOf(filter(), m_countsValue)))));
}

void OutboxPage::restoreSelection(const QList<qint64>& ids, qint64 current) {
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    const int last = m_model->columnCount() - 1;
    int start = -1;
    // Contiguous rows become one range: a selection of thousands of rows stays cheap.
    for (int row = 0; row <= m_model->rowCount(); ++row) {
        const bool selected =
            row < m_model->rowCount() && wanted.contains(m_model->batchAt(row)->id);
        if (selected && start < 0)
            start = row;
        if (!selected && start >= 0) {
            selection.select(m_model->index(start, 0), m_model->index(row - 1, last));
            start = -1;
        }
    }
    QItemSelectionModel* model = m_table->selectionModel();
    const int currentRow = m_model->rowOf(current);
    if (currentRow >= 0)
        model->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
}

void OutboxPage::updateActions() {
    bool failed = false;
    bool discardable = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const BatchState state = m_model->batchAt(index.row())->state;
        failed = failed || state == BatchState::Failed;
        discardable = discardable || state != BatchState::Delivered;
    }
    const bool idle = !isBusy();
    m_retry->setEnabled(idle && failed);
    m_discard->setEnabled(idle && discardable);
    m_export->setEnabled(idle && !rows.isEmpty());
}

void OutboxPage::showDetails() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setPlainText(m_model->rowCount() == 0
                                    ? tr("No batches to show.")
                                    : tr("Select a batch to see its details."));
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const bool currentSelected =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row());
    const BatchInfo* shown = m_model->batchAt(currentSelected ? current.row() : rows.first().row());
    QString text;
    if (rows.size() > 1) {
        qint64 messages = 0;
        for (const QModelIndex& index : rows)
            messages += m_model->batchAt(index.row())->messageCount;
        text = tr("Selected — batches: %1, messages: %2.")
                   .arg(QLocale().toString(rows.size()), QLocale().toString(messages)) +
               QStringLiteral("\n\n");
    }
    m_details->setPlainText(text + detailsText(*shown));
}

QString OutboxPage::detailsText(const BatchInfo& batch) const {
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
    if (batch.state == BatchState::Delivered)
        lines << tr("Delivered: %1").arg(BatchListModel::timeText(batch.deliveredMs));
    lines << tr("Endpoint: %1").arg(batch.endpoint);
    lines << tr("Origin: %1").arg(batch.origin);
    return lines.join(u'\n');
}

void OutboxPage::askRetry() {
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const BatchInfo* batch = m_model->batchAt(index.row());
        if (batch->state == BatchState::Failed)
            ids.append(batch->id);
    }
    retryBatches(ids);
}

void OutboxPage::askDiscard() {
    QList<qint64> ids;
    qint64 messages = 0;
    int pending = 0;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const BatchInfo* batch = m_model->batchAt(index.row());
        if (batch->state == BatchState::Delivered)
            continue;
        ids.append(batch->id);
        messages += batch->messageCount;
        pending += batch->state == BatchState::Pending ? 1 : 0;
    }
    if (ids.isEmpty())
        return;
    QString text =
        tr("Discard the selected batches (%1, with %2 messages)? Their messages will never "
           "be sent, and this can not be undone.")
            .arg(QLocale().toString(ids.size()), QLocale().toString(messages));
    if (pending > 0)
        text += QStringLiteral("\n\n") +
                tr("Still pending among them: %1. Looker was told these were accepted.")
                    .arg(QLocale().toString(pending));
    QMessageBox box(QMessageBox::Warning, tr("Discard batches"), text,
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("outboxDiscardConfirmation"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Discard)
        discardBatches(ids);
}

void OutboxPage::askExport() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export batches"), QDir::home().filePath(QStringLiteral("outbox.ndjson")),
        tr("JSON lines (*.ndjson *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportBatches(ids, path);
}

void OutboxPage::retryBatches(const QList<qint64>& ids) {
    const QString error = startJob(JobKind::Retry, ids);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit retryFinished(0);
    }
}

void OutboxPage::discardBatches(const QList<qint64>& ids) {
    const QString error = startJob(JobKind::Discard, ids);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit discardFinished(0);
    }
}

void OutboxPage::exportBatches(const QList<qint64>& ids, const QString& path) {
    const QString error = startJob(JobKind::Export, ids, path);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit exportFinished(0, error);
    }
}

QString OutboxPage::startJob(JobKind kind, const QList<qint64>& ids, const QString& path) {
    if (m_job)
        return tr("Another retry, discard or export is still running.");
    // Never pass an empty list on: the outbox reads it as "every failed batch".
    if (ids.isEmpty())
        return tr("No batches selected.");
    auto job = std::make_unique<Job>();
    job->kind = kind;
    job->ids.assign(ids.begin(), ids.end());
    if (kind == JobKind::Export) {
        job->file = std::make_unique<QSaveFile>(path);
        if (!job->file->open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2")
                .arg(QDir::toNativeSeparators(path), job->file->errorString());
    }
    m_job = std::move(job);
    const bool manySteps =
        kind == JobKind::Export ? ids.size() > 1 : ids.size() > qsizetype(kChunk);
    if (manySteps) {
        // Shown only when the work lasts longer than a moment.
        auto* progress = new QProgressDialog(jobLabel(), tr("Cancel"), 0, int(ids.size()), this);
        progress->setObjectName(QStringLiteral("outboxProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(500);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        connect(progress, &QProgressDialog::canceled, this, [this] {
            if (m_job)
                m_job->cancelled = true;
        });
        progress->setValue(0);
        m_job->progress = progress;
    }
    m_status->setText(jobLabel());
    updateActions();
    step();
    return {};
}

QString OutboxPage::jobLabel() const {
    switch (m_job->kind) {
    case JobKind::Retry:
        return tr("Retrying batches: %1…").arg(QLocale().toString(qsizetype(m_job->ids.size())));
    case JobKind::Discard:
        return tr("Discarding batches: %1…").arg(QLocale().toString(qsizetype(m_job->ids.size())));
    case JobKind::Export:
        break;
    }
    return tr("Exporting batches: %1…").arg(QLocale().toString(qsizetype(m_job->ids.size())));
}

void OutboxPage::step() {
    Job& job = *m_job;
    if (job.progress)
        job.progress->setValue(int(job.next));
    if (job.cancelled || (job.progress && job.progress->wasCanceled())) {
        finishJob(tr("Cancelled."));
        return;
    }
    if (job.next >= job.ids.size()) {
        finishJob();
        return;
    }
    if (job.kind == JobKind::Export) {
        stepExport();
        return;
    }
    const std::size_t end = std::min(job.ids.size(), job.next + kChunk);
    std::vector<qint64> chunk(job.ids.begin() + long(job.next), job.ids.begin() + long(end));
    job.next = end;
    QFuture<int> future = job.kind == JobKind::Retry ? m_outbox.retry(std::move(chunk))
                                                     : m_outbox.discard(std::move(chunk));
    whenReady(std::move(future), m_outbox, this, [this](int changed) {
        m_job->done += changed;
        step();
    });
}

void OutboxPage::stepExport() {
    const qint64 id = m_job->ids[m_job->next++];
    whenReady(m_outbox.payload(id), m_outbox, this, [this](const Outbox::Messages& messages) {
        if (!messages.damage.isEmpty()) {
            finishJob(messages.damage);
            return;
        }
        // A batch discarded (or pruned) since it was selected has nothing left to export.
        const std::optional<std::string>& payload = messages.text;
        if (!payload) {
            ++m_job->skipped;
            step();
            return;
        }
        QSaveFile& file = *m_job->file;
        bool ok = file.write(payload->data(), qint64(payload->size())) == qint64(payload->size());
        if (ok && !payload->empty() && payload->back() != '\n')
            ok = file.putChar('\n');
        if (!ok) {
            finishJob(tr("Could not write %1: %2")
                          .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            return;
        }
        m_job->done += messageLines(*payload);
        step();
    });
}

void OutboxPage::finishJob(const QString& error) {
    const std::unique_ptr<Job> job = std::move(m_job);
    if (job->progress) {
        job->progress->hide();
        job->progress->deleteLater();
    }
    const QLocale locale;
    switch (job->kind) {
    case JobKind::Retry:
        m_status->setText(
            error.isEmpty()
                ? tr("Batches retried: %1.").arg(locale.toString(job->done))
                : tr("Batches retried: %1. Stopped: %2").arg(locale.toString(job->done), error));
        emit retryFinished(job->done);
        break;
    case JobKind::Discard:
        m_status->setText(
            error.isEmpty()
                ? tr("Batches discarded: %1.").arg(locale.toString(job->done))
                : tr("Batches discarded: %1. Stopped: %2").arg(locale.toString(job->done), error));
        emit discardFinished(job->done);
        break;
    case JobKind::Export: {
        // All or nothing: an export stopped half way leaves the file as it was.
        QString problem = error;
        if (problem.isEmpty() && !job->file->commit())
            problem =
                tr("Could not write %1: %2")
                    .arg(QDir::toNativeSeparators(job->file->fileName()), job->file->errorString());
        if (!problem.isEmpty())
            job->file->cancelWriting();
        const int written = problem.isEmpty() ? job->done : 0;
        QString text = problem.isEmpty()
                           ? tr("Messages exported to %2: %1.")
                                 .arg(locale.toString(written),
                                      QDir::toNativeSeparators(job->file->fileName()))
                           : tr("Export failed, nothing was written: %1").arg(problem);
        if (job->skipped > 0)
            text += QLatin1Char(' ') +
                    tr("Batches no longer in the outbox: %1.").arg(locale.toString(job->skipped));
        m_status->setText(text);
        emit exportFinished(written, problem);
        break;
    }
    }
    updateActions();
    // Retry and discard change the outbox without a batchesChanged signal.
    if (job->kind != JobKind::Export)
        refresh();
}

} // namespace ActionDeck
