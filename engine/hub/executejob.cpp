#include "hub/executejob.h"

#include "catalog/eventcatalog.h"
#include "core/clock.h"
#include "hub/executeanswer.h"
#include "rudder/systemactivityproducer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ActionDeck {

namespace {

constexpr std::size_t kInlineSlice = 1 << 20;
constexpr qint64 kReadPiece = 64 * 1024;
// QNAM's download thread reads ahead in chunks up to this size and queues several: 4 MB here
// cost ~20 MB of peak memory on a 1 M-row download, 512 KB no measurable speed.
constexpr qint64 kDownloadBuffer = 512 << 10;
// Batches handed to the outbox at once, and how many such appends may wait for their commit
// before reading pauses: bounds memory whatever the size of the result.
constexpr std::size_t kBatchesPerAppend = 4;
constexpr int kMaxPendingAppends = 6;
constexpr qint64 kFirstBatchMessages = 50;
/// Merged System Activity events handed out per event-loop turn.
constexpr std::size_t kDrainMessages = 2000;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

ExecuteJob::ExecuteJob(ExecuteRequest request, ExecuteSettings settings, Outbox& outbox,
                       QNetworkAccessManager& network, const Clock& clock, IdGenerator& ids,
                       QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_outbox(outbox)
    , m_network(network)
    , m_clock(clock)
    , m_builder(m_settings.build.call == CallType::SystemActivity
                    ? nullptr
                    : std::make_unique<MessageBuilder>(m_settings.build, clock, ids))
    , m_activity(m_builder ? nullptr
                           : std::make_unique<SystemActivityBuilder>(
                                 m_settings.systemActivity, EventCatalog::builtIn(), clock))
    , m_producer(m_builder ? std::unique_ptr<ResultProducer>(
                                 std::make_unique<MessageProducer>(*m_builder, sink()))
                           : std::make_unique<SystemActivityProducer>(
                                 *m_activity, sink(), SystemActivityMerger::kDefaultMemoryLimit,
                                 m_settings.spillDirectory))
    , m_reader(*m_producer)
    , m_assembler(m_settings.target, m_settings.limits,
                  m_settings.actionName + QStringLiteral(" execute (") + m_settings.region + u')') {
    qRegisterMetaType<ActionDeck::ExecuteResult>();
    qRegisterMetaType<QList<ActionDeck::LiveMessage>>();
    if (request.hasAttachment && request.attachmentStreamed) {
        m_pushed = true;
        m_spoolBase64 = request.attachmentIsBase64();
    } else if (request.hasAttachment && request.attachmentSpool) {
        m_spool = std::move(request.attachmentSpool);
        m_spoolBase64 = request.attachmentIsBase64();
    } else if (request.hasAttachment) {
        std::string decodeError;
        // The attachment can be most of a large request: move it, don't copy it.
        m_inline = request.attachmentIsBase64() ? request.decodedAttachment(&decodeError)
                                                : std::move(request.attachmentData);
        if (!decodeError.empty())
            m_inputError = fromStd(decodeError);
    } else {
        m_downloadUrl = request.downloadUrl;
    }
    if (m_settings.keepExcerpt)
        m_excerpt = std::make_unique<JsonDetailExcerpt>();
}

bool ExecuteJob::feedReader(std::string_view text) {
    if (m_excerpt && !m_excerpt->feed(text))
        keepExcerpt();
    return m_reader.feed(text);
}

void ExecuteJob::keepExcerpt() {
    const std::unique_ptr<JsonDetailExcerpt> excerpt = std::move(m_excerpt);
    if (auto json = excerpt->take())
        emit excerptKept(QByteArray::fromStdString(*json), qint64(excerpt->rows()),
                         excerpt->partial());
}

ExecuteJob::~ExecuteJob() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ExecuteJob::start() {
    if (m_settings.run && !m_runBegun) {
        beginRun();
        return;
    }
    if (m_settings.syncScope && !m_sync && m_inputError.isEmpty()) {
        // Nothing is read before the last run's state is: each row is compared as it comes.
        m_outbox.openSync(*m_settings.syncScope)
            .then(&m_outbox,
                  [this, guard = QPointer<ExecuteJob>(this)](const Outbox::SyncOpening& opening) {
                      if (!guard)
                          return;
                      if (!opening.state) {
                          m_inputError =
                              QStringLiteral("The rows sent by this schedule's last run "
                                             "could not be read, so nothing was sent: %1")
                                  .arg(opening.error);
                      } else {
                          m_sync = opening.state;
                          m_assembler.setSyncScope(m_sync->scopeId);
                      }
                      start();
                  });
        return;
    }
    if (!m_inputError.isEmpty()) {
        // Finish on the next turn: whoever started the job must first see it started.
        QTimer::singleShot(0, this, [this] {
            m_inputDone = true;
            maybeFinish();
        });
        return;
    }
    m_started = true;
    if (m_pushed) {
        feedPushed(std::exchange(m_earlyPush, {}));
        if (m_inputDone)
            return;
        // Already backed up by what arrived early: the next commit resumes it.
        m_paused = backedUp();
        emit inputWanted(!m_paused);
        return;
    }
    if (m_downloadUrl.empty())
        QTimer::singleShot(0, this, &ExecuteJob::feedInline);
    else
        startDownload();
}

void ExecuteJob::beginRun() {
    m_runBegun = true;
    m_settings.run->receivedMs = m_clock.nowMs();
    // The store orders calls: the run exists before the first batch that names it.
    m_outbox.beginRun(*m_settings.run)
        .then(&m_outbox, [this, guard = QPointer<ExecuteJob>(this)](const Outbox::RunStart& begun) {
            if (!guard)
                return;
            // Without a run the execute still goes: a run is a record, not a gate.
            if (begun.id > 0) {
                m_settings.run->id = begun.id;
                m_assembler.setRun(begun.id);
                reportRun(true);
            } else {
                m_settings.run.reset();
            }
            start();
        });
}

void ExecuteJob::reportRun(bool force) {
    if (!m_settings.run || m_settings.run->id == 0)
        return;
    const qint64 now = m_clock.nowMs();
    if (!force && now - m_lastRunReportMs < kRunReportMs)
        return;
    m_lastRunReportMs = now;
    RunRecord& run = *m_settings.run;
    run.rowsRead = qint64(m_producer->rowsSeen());
    run.rowsSkipped = qint64(m_producer->skippedRows().count());
    run.rowsUnchanged = m_unchanged;
    run.messagesStored = m_storedMessages + m_rejectedMessages;
    run.failed = m_rejectedMessages;
    run.pending = m_storedMessages;
    emit runChanged(run);
}

void ExecuteJob::answerRun(const ExecuteResult& result) {
    if (!m_settings.run || m_settings.run->id == 0)
        return;
    reportRun(true);
    RunAnswer answer;
    answer.rowsRead = result.rows;
    answer.rowsSkipped = result.skippedRows;
    answer.rowsUnchanged = result.unchangedRows;
    for (const std::string& reason : m_producer->skippedRows().firstReasons())
        answer.skipReasons.append(fromStd(reason));
    answer.success = result.success;
    answer.message = result.message;
    m_outbox.answerRun(m_settings.run->id, std::move(answer));
}

void ExecuteJob::cancel(const QString& reason) {
    m_inputError = reason;
    start();
}

bool ExecuteJob::accept(std::string_view message, const MessageBuilder::RowResult& row) {
    // After a failed commit nothing more is read: the answer can then say what was stored.
    if (!m_storageError.isEmpty())
        return false;
    if (m_sync) {
        const auto last = m_sync->fingerprintOf(row.sync.identity);
        if (last == row.sync.fingerprint) {
            ++m_unchanged;
            return true;
        }
        if (!last)
            ++m_newIdentities;
    }
    const std::size_t closedBefore = m_batches.size();
    const bool added = m_assembler.add(message, m_batches, m_sync ? &row.sync : nullptr);
    if (m_settings.captureLive) {
        if (added && m_batches.size() > closedBefore)
            captureClosedBatch();
        captureLive(message, !added);
    }
    ++m_accepted;
    // A small first batch goes out at once, so delivery starts while the rest is still read.
    if (m_accepted == kFirstBatchMessages && m_storedMessages == 0 && m_pendingAppends == 0)
        appendBatches(true);
    else if (m_batches.size() >= kBatchesPerAppend)
        appendBatches(false);
    return true;
}

bool ExecuteJob::backedUp() const {
    return m_pendingAppends >= kMaxPendingAppends;
}

QString ExecuteJob::storedBefore(bool read) const {
    // What an answer about a cut-off input adds: the rows before it are not lost.
    if (m_producer->messagesBuilt() == 0)
        return {};
    return QStringLiteral(" %1 messages from the rows %2before that were stored and will be sent.")
        .arg(m_producer->messagesBuilt())
        .arg(read ? QStringLiteral("read ") : QString());
}

bool ExecuteJob::nextSpoolSlice(QByteArray* slice) {
    QByteArray bytes = m_spool->read(qint64(kInlineSlice));
    if (bytes.isEmpty() && !m_spool->atEnd()) {
        m_inputError = QStringLiteral("The query result could not be read back from the hub's "
                                      "temporary file: %1.")
                           .arg(m_spool->errorString());
        return false;
    }
    if (!m_spoolBase64) {
        *slice = std::move(bytes);
        return true;
    }
    if (!decodeBase64(&bytes, m_spool->atEnd()))
        return false;
    *slice = std::move(bytes);
    return true;
}

bool ExecuteJob::decodeBase64(QByteArray* bytes, bool last) {
    if (m_base64.decode(bytes, last))
        return true;
    m_inputError = QStringLiteral(
        "attachment.data is not valid base64 although its mimetype says \";base64\".");
    return false;
}

void ExecuteJob::pushAttachment(std::string_view text) {
    if (m_inputDone || m_pushFailed)
        return;
    if (!m_started) {
        m_earlyPush.append(text);
        return;
    }
    feedPushed(text);
    if (!m_pushFailed && backedUp() && !m_paused) {
        m_paused = true; // resumed when an append is committed
        emit inputWanted(false);
    }
}

void ExecuteJob::feedPushed(std::string_view text) {
    if (text.empty() || m_pushFailed)
        return;
    QByteArray decoded;
    if (m_spoolBase64) {
        decoded = QByteArray(text.data(), qsizetype(text.size()));
        if (!decodeBase64(&decoded, false)) {
            m_pushFailed = true;
            return;
        }
        text = std::string_view(decoded.constData(), std::size_t(decoded.size()));
    }
    for (std::size_t at = 0; !m_pushFailed && at < text.size(); at += kReadPiece) {
        if (!feedReader(text.substr(at, std::min<std::size_t>(kReadPiece, text.size() - at))))
            m_pushFailed = true;
    }
}

void ExecuteJob::endAttachment(const QString& bodyError) {
    if (m_inputDone)
        return;
    if (!m_started) {
        // Ended before its turn came: the job reads what it was given once it starts.
        if (!bodyError.isEmpty())
            m_inputError = bodyError;
        m_pushed = false;
        m_inline = std::exchange(m_earlyPush, {});
        if (m_spoolBase64 && m_inputError.isEmpty()) {
            QByteArray bytes = QByteArray::fromStdString(m_inline);
            m_inline = decodeBase64(&bytes, true) ? bytes.toStdString() : std::string();
        }
        return;
    }
    if (!bodyError.isEmpty() || !m_inputError.isEmpty()) {
        // Rows read before the body went wrong are stored and sent; the answer says so.
        if (m_inputError.isEmpty())
            m_inputError = bodyError;
        m_inputError += storedBefore(false);
        m_inputDone = true;
        appendBatches(true);
        maybeFinish();
        return;
    }
    if (m_spoolBase64 && m_base64.hasCarry()) {
        QByteArray rest;
        if (!decodeBase64(&rest, true))
            m_pushFailed = true;
        else if (!m_pushFailed)
            m_pushFailed = !feedReader(std::string_view(rest.constData(), rest.size()));
    }
    endOfInput(!m_pushFailed);
}

void ExecuteJob::feedInline() {
    m_paused = false;
    if (m_spool) {
        QByteArray slice;
        bool ok = nextSpoolSlice(&slice);
        const std::string_view text(slice.constData(), std::size_t(slice.size()));
        for (std::size_t at = 0; ok && at < text.size(); at += kReadPiece)
            ok = feedReader(text.substr(at, std::min<std::size_t>(kReadPiece, text.size() - at)));
        if (!ok || m_spool->atEnd()) {
            // An error of the spool itself is the answer; one of the reader endOfInput says.
            if (!m_inputError.isEmpty()) {
                m_inputError += storedBefore(false);
                m_inputDone = true;
                appendBatches(true);
                maybeFinish();
                return;
            }
            endOfInput(ok);
            return;
        }
        if (backedUp())
            m_paused = true; // resumed when an append is committed
        else
            QTimer::singleShot(0, this, &ExecuteJob::feedInline);
        return;
    }
    // A slice per event-loop turn keeps the hub answering other requests meanwhile.
    bool ok = true;
    const std::string_view text(m_inline);
    const std::size_t end = std::min(text.size(), m_inlineOffset + kInlineSlice);
    for (; ok && m_inlineOffset < end; m_inlineOffset += kReadPiece)
        ok = feedReader(
            text.substr(m_inlineOffset, std::min<std::size_t>(kReadPiece, end - m_inlineOffset)));
    if (!ok || m_inlineOffset >= text.size()) {
        m_inlineOffset = std::min(m_inlineOffset, text.size());
        endOfInput(ok);
        return;
    }
    if (backedUp())
        m_paused = true; // resumed when an append is committed
    else
        QTimer::singleShot(0, this, &ExecuteJob::feedInline);
}

void ExecuteJob::startDownload() {
    QNetworkRequest request{QUrl(QString::fromStdString(m_downloadUrl))};
    request.setTransferTimeout(m_settings.downloadTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network.get(request);
    // Without a cap QNAM buffers without limit when the pipeline falls behind.
    m_reply->setReadBufferSize(kDownloadBuffer);
    connect(m_reply, &QNetworkReply::readyRead, this, &ExecuteJob::readDownload);
    connect(m_reply, &QNetworkReply::finished, this, &ExecuteJob::downloadFinished);
}

void ExecuteJob::readDownload() {
    if (!m_reply || m_inputDone)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return; // an error page, reported when the reply finishes
    m_paused = false;
    while (m_reply->bytesAvailable() > 0) {
        if (backedUp()) {
            m_paused = true;
            return;
        }
        const QByteArray piece = m_reply->read(kReadPiece);
        if (!feedReader(std::string_view(piece.constData(), std::size_t(piece.size())))) {
            // Settle first: abort() emits finished() at once.
            QPointer<QNetworkReply> reply = m_reply;
            endOfInput(false);
            if (reply) {
                reply->disconnect(this);
                reply->abort();
            }
            return;
        }
    }
}

void ExecuteJob::downloadFinished() {
    if (!m_reply || m_inputDone)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || status >= 300) {
        const QString what =
            status >= 300 ? QStringLiteral("answered HTTP %1").arg(status) : m_reply->errorString();
        m_inputError = QStringLiteral("The query result could not be downloaded from Looker's "
                                      "download URL: %1.")
                           .arg(what);
        m_inputError += storedBefore(true);
        m_inputDone = true;
        appendBatches(true);
        maybeFinish();
        return;
    }
    readDownload();
    if (m_paused)
        return; // finishes when the reader has caught up
    endOfInput(true);
}

void ExecuteJob::endOfInput(bool readOk) {
    if (m_inputDone || m_draining)
        return;
    if (readOk)
        readOk = m_reader.finish();
    if (m_excerpt)
        keepExcerpt();
    if (!readOk && !m_reader.stoppedByConsumer()) {
        m_inputError = QStringLiteral("The query result is not valid JSON: %1.")
                           .arg(fromStd(m_reader.error().message));
        m_inputError += storedBefore(false);
    }
    if (!readOk) {
        m_inputDone = true;
        appendBatches(true);
        maybeFinish();
        return;
    }
    m_draining = true;
    drain();
}

void ExecuteJob::drain() {
    m_paused = false;
    if (!m_producer->drain(kDrainMessages)) {
        if (backedUp())
            m_paused = true; // resumed when an append is committed
        else
            QTimer::singleShot(0, this, &ExecuteJob::drain);
        return;
    }
    m_draining = false;
    m_inputDone = true;
    appendBatches(true);
    maybeFinish();
}

void ExecuteJob::appendBatches(bool force) {
    if (force) {
        const std::size_t closedBefore = m_batches.size();
        m_assembler.flush(m_batches);
        if (m_settings.captureLive && m_batches.size() > closedBefore)
            captureClosedBatch();
    }
    if (m_batches.empty())
        return;
    int messages = 0;
    int rejected = 0;
    for (const NewBatch& batch : m_batches)
        (batch.failure.isEmpty() ? messages : rejected) += batch.messageCount;
    ++m_pendingAppends;
    m_outbox.append(std::exchange(m_batches, {}))
        .then(this, [this, messages, rejected, live = std::exchange(m_liveClosed, {})](
                        const Outbox::AppendResult& result) mutable {
            --m_pendingAppends;
            if (result.ok) {
                m_storedMessages += messages;
                m_rejectedMessages += rejected;
                emit messagesStored(messages);
                reportRun(false);
                if (!live.empty())
                    emitLive(std::move(live), result.ids);
            } else if (m_storageError.isEmpty()) {
                m_storageError = result.error;
            }
            if (m_paused && m_draining) {
                drain();
            } else if (m_paused && !m_inputDone && m_pushed) {
                if (!backedUp()) {
                    m_paused = false;
                    emit inputWanted(true);
                }
            } else if (m_paused && !m_inputDone) {
                if (m_reply)
                    readDownload();
                else
                    feedInline();
                if (m_reply && !m_paused && m_reply->isFinished())
                    endOfInput(true);
            }
            maybeFinish();
        });
}

void ExecuteJob::maybeFinish() {
    if (m_finished || !m_inputDone || m_pendingAppends > 0)
        return;
    m_finished = true;
    if (m_sync)
        m_outbox.setSyncRemembered(m_sync->scopeId, qint64(m_sync->rows.size()) + m_newIdentities);
    ExecuteOutcome outcome;
    outcome.rows = qint64(m_producer->rowsSeen());
    outcome.messagesBuilt = qint64(m_producer->messagesBuilt());
    outcome.storedMessages = m_storedMessages;
    outcome.rejectedMessages = m_rejectedMessages;
    outcome.skippedRows = qint64(m_producer->skippedRows().count());
    outcome.skippedSentence = fromStd(m_producer->skippedRows().message(m_producer->rowsSeen()));
    outcome.unchanged = m_unchanged;
    if (m_producer->requestError())
        outcome.requestError = fromStd(*m_producer->requestError());
    outcome.storageError = m_storageError;
    outcome.inputError = m_inputError;
    for (const UnusedRename& unused :
         m_builder ? m_builder->unusedRenames() : std::vector<UnusedRename>())
        outcome.warnings.append(fromStd(unused.sentence()));
    for (const std::string& sentence :
         m_activity ? m_activity->warnings().sentences() : std::vector<std::string>())
        outcome.warnings.append(fromStd(sentence));
    outcome.compared = m_sync.has_value();
    outcome.systemActivity = m_activity != nullptr;
    outcome.note = m_settings.note;
    ExecuteResult result = ExecuteAnswer::compose(outcome);
    answerRun(result);
    if (m_settings.run)
        result.runId = m_settings.run->id;
    emit finished(result);
}

} // namespace ActionDeck
