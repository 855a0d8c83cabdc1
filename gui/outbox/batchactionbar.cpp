#include "gui/outbox/batchactionbar.h"

#include "connection/hubconnection.h"
#include "gui/outbox/batchtableview.h"
#include "gui/widgets/whenready.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>

#include <algorithm>

namespace ActionDeck {

namespace {

/// Ids per retry or discard call: small enough for the progress to move and Cancel to answer.
constexpr std::size_t kChunk = 200;

/// Lines in a stored payload: messages one a line, with or without a final newline.
int messageLines(const std::string& payload) {
    if (payload.empty())
        return 0;
    const auto newlines = std::count(payload.begin(), payload.end(), '\n');
    return int(newlines) + (payload.back() == '\n' ? 0 : 1);
}

} // namespace

BatchActionBar::BatchActionBar(HubConnection& hub, const BatchTableView& table, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_table(table)
    , m_retry(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_export->setObjectName(QStringLiteral("outboxExport"));
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_retry);
    layout->addWidget(m_discard);
    layout->addWidget(m_export);
    layout->addWidget(m_status, 1);

    connect(m_retry, &QPushButton::clicked, this, &BatchActionBar::askRetry);
    connect(m_discard, &QPushButton::clicked, this, &BatchActionBar::askDiscard);
    connect(m_export, &QPushButton::clicked, this, &BatchActionBar::askExport);
    retranslateUi();
}

BatchActionBar::~BatchActionBar() = default;

bool BatchActionBar::isBusy() const {
    return m_job != nullptr;
}

void BatchActionBar::updateButtons() {
    bool failed = false;
    bool discardable = false;
    const QList<const BatchInfo*> selected = m_table.selectedBatches();
    for (const BatchInfo* batch : selected) {
        failed = failed || batch->state == BatchState::Failed;
        discardable = discardable || batch->state != BatchState::Delivered;
    }
    const bool idle = !isBusy();
    m_retry->setEnabled(idle && failed);
    m_discard->setEnabled(idle && discardable);
    m_export->setEnabled(idle && !selected.isEmpty());
}

void BatchActionBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BatchActionBar::setStatus(std::function<QString()> text) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void BatchActionBar::retranslateUi() {
    if (m_statusText)
        m_status->setText(m_statusText());
    m_retry->setText(tr("&Retry selected"));
    m_retry->setToolTip(tr("Send the selected failed batches again"));
    m_discard->setText(tr("&Discard selected"));
    m_discard->setToolTip(tr("Delete the selected batches; their messages are never sent"));
    m_export->setText(tr("&Export selected…"));
    m_export->setToolTip(tr("Save the selected batches' messages as JSON lines"));
}

void BatchActionBar::askRetry() {
    QList<qint64> ids;
    for (const BatchInfo* batch : m_table.selectedBatches()) {
        if (batch->state == BatchState::Failed)
            ids.append(batch->id);
    }
    retryBatches(ids);
}

void BatchActionBar::askDiscard() {
    QList<qint64> ids;
    qint64 messages = 0;
    int pending = 0;
    for (const BatchInfo* batch : m_table.selectedBatches()) {
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

void BatchActionBar::askExport() {
    const QList<qint64> ids = m_table.selectedIds();
    if (ids.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export batches"), QDir::home().filePath(QStringLiteral("outbox.ndjson")),
        tr("JSON lines (*.ndjson *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportBatches(ids, path);
}

void BatchActionBar::retryBatches(const QList<qint64>& ids) {
    const QString error = startJob(JobKind::Retry, ids);
    if (!error.isEmpty()) {
        setStatus([error] { return error; });
        emit retryFinished(0);
    }
}

void BatchActionBar::discardBatches(const QList<qint64>& ids) {
    const QString error = startJob(JobKind::Discard, ids);
    if (!error.isEmpty()) {
        setStatus([error] { return error; });
        emit discardFinished(0);
    }
}

void BatchActionBar::exportBatches(const QList<qint64>& ids, const QString& path) {
    const QString error = startJob(JobKind::Export, ids, path);
    if (!error.isEmpty()) {
        setStatus([error] { return error; });
        emit exportFinished(0, error);
    }
}

QString BatchActionBar::startJob(JobKind kind, const QList<qint64>& ids, const QString& path) {
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
    setStatus([this] { return m_job ? jobLabel() : QString(); });
    updateButtons();
    step();
    return {};
}

QString BatchActionBar::jobLabel() const {
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

void BatchActionBar::step() {
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
    QFuture<HubReply<int>> future = job.kind == JobKind::Retry ? m_hub.retry(std::move(chunk))
                                                               : m_hub.discard(std::move(chunk));
    whenReady(std::move(future), m_hub, this, [this](const HubReply<int>& changed) {
        m_job->done += changed.value;
        if (!changed.ok())
            return finishJob(changed.error);
        step();
    });
}

void BatchActionBar::stepExport() {
    const qint64 id = m_job->ids[m_job->next++];
    whenReady(m_hub.payload(id), m_hub, this, [this](const HubReply<Outbox::Messages>& reply) {
        if (!reply.ok()) {
            finishJob(reply.error);
            return;
        }
        const Outbox::Messages& messages = reply.value;
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

void BatchActionBar::finishJob(const QString& error) {
    const std::unique_ptr<Job> job = std::move(m_job);
    if (job->progress) {
        job->progress->hide();
        job->progress->deleteLater();
    }
    // Said again in the language of the moment (the status is made anew on a switch).
    const int done = job->done;
    switch (job->kind) {
    case JobKind::Retry:
        setStatus([done, error] {
            const QLocale locale;
            return error.isEmpty()
                       ? tr("Batches retried: %1.").arg(locale.toString(done))
                       : tr("Batches retried: %1. Stopped: %2").arg(locale.toString(done), error);
        });
        emit retryFinished(job->done);
        break;
    case JobKind::Discard:
        setStatus([done, error] {
            const QLocale locale;
            return error.isEmpty()
                       ? tr("Batches discarded: %1.").arg(locale.toString(done))
                       : tr("Batches discarded: %1. Stopped: %2").arg(locale.toString(done), error);
        });
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
        const QString file = QDir::toNativeSeparators(job->file->fileName());
        const qint64 skipped = job->skipped;
        setStatus([written, file, problem, skipped] {
            const QLocale locale;
            QString text =
                problem.isEmpty()
                    ? tr("Messages exported to %2: %1.").arg(locale.toString(written), file)
                    : tr("Export failed, nothing was written: %1").arg(problem);
            if (skipped > 0)
                text += QLatin1Char(' ') +
                        tr("Batches no longer in the outbox: %1.").arg(locale.toString(skipped));
            return text;
        });
        emit exportFinished(written, problem);
        break;
    }
    }
    updateButtons();
    // Retry and discard change the outbox without a batchesChanged signal.
    if (job->kind != JobKind::Export)
        emit batchesEdited();
}

} // namespace ActionDeck
