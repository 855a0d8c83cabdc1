#pragma once

#include "core/base64piecedecoder.h"
#include "hub/livemessage.h"
#include "looker/executerequest.h"
#include "looker/jsondetailexcerpt.h"
#include "looker/jsondetailreader.h"
#include "outbox/outbox.h"
#include "rudder/batchassembler.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageproducer.h"
#include "rudder/systemactivitybuilder.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace ActionDeck {

class Clock;
class IdGenerator;

/// What an execute needs besides the request: where to send, how to build, how to read.
struct ExecuteSettings {
    QString actionName;
    QString region;
    DeliveryTarget target;
    BuildOptions build;
    /// Which rows go: all, or those changed since the schedule last sent them.
    SendRows sendRows = SendRows::All;
    BatchLimits limits;
    int downloadTimeoutMs = 120000;
    QString sourceName;       ///< the destination source, or the data plane's host
    bool captureLive = false; ///< report every stored message (liveMessages) for the views
    /// With captureLive, asked as each batch opens: whether its messages are wanted now (no
    /// viewer keeping up: only their number is reported). Null: always.
    std::function<bool()> liveWanted;
    /// "Only new or changed rows": the scope whose last run the rows are compared against (the
    /// builder makes fingerprints); none: every row is sent.
    std::optional<SyncScopeKey> syncScope;
    /// The Rudder System Activity action (build.call SystemActivity): its options, and where its
    /// merge may spill.
    SystemActivityOptions systemActivity;
    QString spillDirectory;
    QString note; ///< said in Looker's message whatever the outcome
    /// Keep the first rows of a streamed result for Preview (a window watches): excerptKept().
    bool keepExcerpt = false;
    /// The run this execute is recorded as (RunStore): begun before anything is read, answered
    /// when it ends. None: no run is kept (a preview's send).
    std::optional<RunRecord> run;
};

/// How an execute ended: what Looker is told, and counts for the views.
struct ExecuteResult {
    bool success = false;
    QString message;
    qint64 rows = 0;
    qint64 messages = 0;
    qint64 skippedRows = 0;
    qint64 unchangedRows = 0; ///< not sent: the same as the last run sent (syncScope)
    qint64 runId = 0;         ///< the run kept for it; 0 when none could be
};

/// One Looker execute: reads the json_detail (inline or from the download URL, in pieces, with
/// back-pressure), builds the messages, batches them and appends them to the outbox. Finishes
/// only when every appended batch is durably committed.
class ExecuteJob : public QObject, private MessageSink {
    Q_OBJECT

public:
    ExecuteJob(ExecuteRequest request, ExecuteSettings settings, Outbox& outbox,
               QNetworkAccessManager& network, const Clock& clock, IdGenerator& ids,
               QObject* parent = nullptr);
    ~ExecuteJob() override;

    /// Starts reading; with a sync scope, once the scope's state is read.
    void start();
    /// Ends a job that never started (the hub is shutting down) with `reason` as the answer.
    void cancel(const QString& reason);
    const ExecuteSettings& settings() const { return m_settings; }
    bool isStarted() const { return m_started; }

    /// For a request whose attachment is streamed: its next piece of text, as it is read from
    /// the body (held until the job starts). inputWanted says when to send more.
    void pushAttachment(std::string_view text);
    /// The streamed attachment has ended; `bodyError` says why when the body was cut short or
    /// invalid (the answer then says so, and how many messages were stored before).
    void endAttachment(const QString& bodyError);

signals:
    /// Messages were committed to the outbox.
    void messagesStored(int count);
    /// The messages just committed, when settings().captureLive is on.
    void liveMessages(const QList<ActionDeck::LiveMessage>& messages);
    /// Messages just committed that were not captured (nobody wanted them as they were built).
    void liveMessagesNotCaptured(qint64 count);
    void finished(const ActionDeck::ExecuteResult& result);
    /// A streamed attachment: false while the job can not take more (queued, or appends wait
    /// for their commit), true when it can again.
    void inputWanted(bool more);
    /// With settings().keepExcerpt: the result's first rows as a json_detail of their own
    /// (`partial`: rows were left out), once they are read.
    void excerptKept(const QByteArray& jsonDetail, qint64 rows, bool partial);
    /// The run as this job knows it: begun, then its counts as batches are stored (at most
    /// every kRunReportMs), then answered (its id in ExecuteResult::runId).
    void runChanged(const ActionDeck::RunRecord& run);

private:
    static constexpr qint64 kRunReportMs = 500;

    /// Begins the run (settings().run), then starts.
    void beginRun();
    void reportRun(bool force);
    void answerRun(const ExecuteResult& result);
    bool accept(std::string_view message, const MessageBuilder::RowResult& row) override;
    void feedInline();
    /// Feeds the reader, and the excerpt while it wants bytes.
    bool feedReader(std::string_view text);
    void keepExcerpt();
    /// The next slice of a spooled attachment, base64-decoded where it is; false on an error.
    bool nextSpoolSlice(QByteArray* slice);
    /// Decodes base64 in groups of four characters, keeping the rest for the next call unless
    /// `last`; false (with m_inputError) on invalid base64.
    bool decodeBase64(QByteArray* bytes, bool last);
    void feedPushed(std::string_view text);
    /// " N messages from the rows (read) before that were stored and will be sent.", or empty.
    QString storedBefore(bool read) const;
    void startDownload();
    void readDownload();
    void downloadFinished();
    void endOfInput(bool readOk);
    void appendBatches(bool force);
    void captureClosedBatch();
    LiveMessage liveRecord(std::string_view message) const;
    /// One batch's captured messages, or how many it had when it was not captured.
    struct LiveBatch {
        std::vector<LiveMessage> messages;
        qint64 uncaptured = 0;
        bool empty() const { return messages.empty() && uncaptured == 0; }
    };
    void emitLive(std::vector<LiveBatch> batches, const std::vector<qint64>& ids);
    /// Notes one message of the open batch (deciding, as the batch opens, whether to copy it).
    void captureLive(std::string_view message, bool rejected);
    bool backedUp() const;
    MessageSink& sink() { return *this; }
    /// Hands out, a slice per turn, what the producer held back (merged events), then finishes.
    void drain();
    void maybeFinish();

    ExecuteSettings m_settings;
    Outbox& m_outbox;
    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    std::string m_inline;
    std::size_t m_inlineOffset = 0;
    std::shared_ptr<SpoolFile> m_spool; ///< the attachment, when it was kept in a file
    bool m_spoolBase64 = false;
    Base64PieceDecoder m_base64;
    bool m_pushed = false; ///< the attachment is streamed in (pushAttachment)
    bool m_started = false;
    bool m_pushFailed = false; ///< the reader refused the streamed text
    std::string m_earlyPush;   ///< streamed text that arrived before the job started
    std::string m_downloadUrl;

    std::unique_ptr<MessageBuilder> m_builder;         ///< the tag-based actions
    std::unique_ptr<SystemActivityBuilder> m_activity; ///< Rudder System Activity
    std::unique_ptr<ResultProducer> m_producer;
    JsonDetailReader m_reader;
    std::unique_ptr<JsonDetailExcerpt> m_excerpt; ///< the first rows, while it wants more
    bool m_draining = false; ///< the input is read; the producer is handing out what it held
    BatchAssembler m_assembler;
    std::vector<NewBatch> m_batches;
    // With captureLive: the messages of the open batch, and of each batch in m_batches.
    LiveBatch m_liveOpen;
    std::vector<LiveBatch> m_liveClosed;
    bool m_capturingOpen = true; ///< the open batch's messages are copied

    QPointer<QNetworkReply> m_reply;
    int m_pendingAppends = 0;
    qint64 m_storedMessages = 0;
    qint64 m_accepted = 0;
    qint64 m_rejectedMessages = 0; ///< events over the per-event limit, kept as failed
    bool m_inputDone = false;
    bool m_finished = false;
    bool m_paused = false;
    QString m_inputError;
    QString m_storageError;
    std::optional<SyncState> m_sync; ///< the scope's state, once read (syncScope)
    qint64 m_unchanged = 0;
    qint64 m_newIdentities = 0; ///< rows sent whose identity the scope did not know
    bool m_runBegun = false;
    qint64 m_lastRunReportMs = 0;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::ExecuteResult)
