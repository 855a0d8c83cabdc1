#pragma once

#include "alerts/runmonitor.h"
#include "hub/actiondefinitions.h"
#include "hub/executejob.h"
#include "hub/executesummary.h"
#include "hub/hubconfig.h"
#include "hub/livemessage.h"
#include "hub/receivedrequest.h"
#include "hub/regionauthenticator.h"
#include "outbox/outbox.h"
#include "outbox/outboxmigration.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

namespace ActionDeck {

class Clock;
class DeliveryWorker;
class HubServer;
class IdGenerator;
class SqliteOutboxLock;

/// The engine's façade: configuration, the outbox and its delivery worker, the Looker Action API
/// server and the executes it runs. Built once (main.cpp, tests) and handed to whoever needs it.
class Hub : public QObject {
    Q_OBJECT

public:
    Hub(HubConfig config, QString dataDirectory, const Clock& clock, IdGenerator& ids,
        QObject* parent = nullptr);
    ~Hub() override;

    /// Opens the outbox, starts delivery and listens. False with `error` set otherwise (the
    /// outbox may then be open and delivering: see isOpen()).
    bool start(QString* error);
    /// Listens again after stopListening() or a failed start, on the configured address.
    bool listen(QString* error);
    /// Refuses new requests; running executes finish and delivery goes on.
    void stopListening();
    bool isListening() const { return m_listening; }
    /// Why the hub is not listening: the last listen error, or empty when it was stopped.
    const QString& listenError() const { return m_listenError; }
    bool isOpen() const { return m_outbox != nullptr && m_delivery != nullptr; }
    /// What start() moved from the data directory's SQLite outbox into a PostgreSQL one (a
    /// hub switched to PostgreSQL takes along what waited in the file), if anything.
    const std::optional<OutboxMove>& movedAtStart() const { return m_movedAtStart; }
    /// The outbox the hub opened (before start(), the data directory's file).
    OutboxLocation outboxLocation() const;
    /// Why the hub is not ready to serve (empty when it is), for /readyz: the outbox is not
    /// open, or Looker's port does not listen.
    QString notReadyReason() const;
    /// Where the outbox and the temporary files of requests being read are kept.
    const QString& dataDirectory() const { return m_dataDirectory; }
    /// Applies a new configuration without a restart: tokens, sources and limits at once (the
    /// next request sees them), the listen address by listening anew. False with `error` when
    /// the new address can not be listened on (the hub then does not listen).
    bool reconfigure(HubConfig config, QString* error);
    /// Reports every stored message through liveMessages (costs a copy of each message).
    void setLiveCapture(bool on) { m_liveCaptureWindow = on; }
    /// The admin API's viewers of message events, counted apart from the window's own use.
    void addLiveCaptureViewers(int delta) { m_liveCaptureViewers += delta; }
    bool liveCapture() const { return m_liveCaptureWindow || m_liveCaptureViewers > 0; }
    /// Whether the admin API's viewers take messages now (set by the admin server): while
    /// none does and the window does not capture, batches are counted, not copied.
    void setLiveDemand(std::function<bool()> demand) { m_liveDemand = std::move(demand); }
    /// Keeps inline results up to kKeptResultBytes in recentRequests, for Preview (off for
    /// --headless: up to kRecentRequests copies of 8 MB).
    void setKeepRecentResults(bool on) { m_keepResults = on; }
    /// Keeps them also for the next `ms`: a window on the admin API asked for them.
    void keepRecentResultsFor(qint64 ms);
    /// Stops listening, lets running executes finish, then calls `done`.
    void shutdown(std::function<void()> done);

    QUrl listeningUrl() const;
    /// Where Looker should send requests: the public base URL when set, else the listening URL.
    QString baseUrl() const;
    const HubConfig& config() const { return m_config; }
    const Clock& clock() const { return m_clock; }
    Outbox& outbox() { return *m_outbox; }
    DeliveryWorker& delivery() { return *m_delivery; }
    /// Alerts and the run figures of /metrics (open once the outbox is).
    RunMonitor* runMonitor() { return m_runs.get(); }

    // Used by HubServer.
    std::optional<QString> regionFor(const QByteArray& authorization) const;
    QJsonObject actionList(const LookerVersion& version) const;
    std::optional<QJsonObject> action(const QString& name, const LookerVersion& version) const;
    std::optional<QJsonObject> form(const QString& name) const;
    QJsonObject status() const;
    /// Which outbox the hub uses and how many hubs share it (the "outbox" of status()).
    QJsonObject outboxStatus() const;

    struct ExecuteStart {
        int httpStatus = 200;
        QString error;            ///< set when the execute can not start
        QPointer<ExecuteJob> job; ///< the accepted execute (queued or running)
    };
    /// Validates and queues an execute; `finished` is called with its result (on this thread).
    ExecuteStart execute(const QString& actionName, const QString& region, ExecuteRequest request,
                         std::function<void(const ExecuteResult&)> finished);
    int runningExecutes() const { return m_running; }
    /// Delivery goes at a trickle while executes stream (DeliveryWorker::setYielding).
    bool deliveryYielding() const;
    /// Stores messages (JSON objects without sentAt, e.g. from a preview) for the configured
    /// source `sourceName`; they are delivered like an execute's. Fails at once for an unknown
    /// source or an unusable data plane URL.
    QFuture<Outbox::AppendResult> send(const QString& sourceName,
                                       const std::vector<std::string>& messages,
                                       const QString& origin);
    /// The last executes received, oldest first.
    const std::deque<ReceivedRequest>& recentRequests() const { return m_recent; }
    /// The recent request `seq`; null when it is no longer held.
    const ReceivedRequest* recentRequest(qint64 seq) const;
    static constexpr int kRecentRequests = 10;
    static constexpr qint64 kKeptResultBytes = 8 << 20;

signals:
    /// Messages of an execute were committed to the outbox (batched per append, not per row).
    void messagesStored(const QString& actionName, const QString& region, int count);
    void executeFinished(const ActionDeck::ExecuteSummary& summary);
    /// An execute started reading its result.
    void executeStarted(const QString& actionName, const QString& region);
    /// Messages committed to the outbox, when live capture is on.
    void liveMessages(const QList<ActionDeck::LiveMessage>& messages);
    /// Messages committed while capture was on but nobody wanted them: their number only.
    void liveMessagesNotCaptured(qint64 count);
    void listeningChanged(bool listening);
    /// reconfigure() applied a new configuration.
    void configChanged();
    /// recentRequests() has a new entry.
    void requestReceived(const ActionDeck::ReceivedRequest& request);
    /// A recent request's kept result or row counts changed (its execute read them).
    void requestUpdated(const ActionDeck::ReceivedRequest& request);
    /// A run began, its counts moved while it reads (at most twice a second),
    /// or it became final through this hub.
    void runChanged(const ActionDeck::RunRecord& run);

private:
    /// Delivered batches are checked for pruning at start and then this often.
    static constexpr int kPruneIntervalMs = 10 * 60 * 1000;

    void startQueued();
    void pruneDelivered();
    /// Lists the request (its seq returned); asks `settings` for an excerpt of a result not
    /// kept whole while a window watches.
    qint64 remember(const ExecuteRequest& request, ExecuteSettings& settings,
                    const QString& syncSource);
    /// Request `seq`'s excerpt, or its row counts once its execute finished.
    void keepExcerpt(qint64 seq, const QByteArray& jsonDetail, qint64 rows, bool partial);
    void countRows(qint64 seq, qint64 rowsTotal);
    ReceivedRequest* recentRequestRef(qint64 seq);
    /// The configured source whose data plane `endpoint` is, else the endpoint's host.
    QString sourceNameOf(const QString& endpoint) const;
    /// The Rudder System Activity action's options from the request's form and URLs.
    static SystemActivityOptions systemActivityOptions(const ExecuteRequest& request,
                                                       const QString& region,
                                                       const SyncOptions& sync);

    HubConfig m_config;
    QString m_dataDirectory;
    const Clock& m_clock;
    IdGenerator& m_ids;
    RegionAuthenticator m_authenticator;
    std::unique_ptr<SqliteOutboxLock> m_outboxLock; ///< the SQLite file's, held while the hub runs
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DeliveryWorker> m_delivery;
    std::unique_ptr<HubServer> m_server;
    std::unique_ptr<RunMonitor> m_runs;
    QNetworkAccessManager m_network;
    QElapsedTimer m_uptime;
    QTimer m_pruneTimer; ///< deletes delivered batches older than delivery.keepDeliveredMs
    std::deque<ReceivedRequest> m_recent;
    QSet<QString> m_busySyncScopes;  ///< keys of the sync scopes an execute runs in now
    std::deque<ExecuteJob*> m_queue; ///< started in order, at most maxConcurrentExecutes at once
    int m_liveHubs = 1;
    std::optional<OutboxMove> m_movedAtStart;
    OutboxCounts m_lastCounts;
    int m_running = 0;
    bool m_shuttingDown = false;
    bool m_listening = false;
    QString m_listenError;
    bool m_liveCaptureWindow = false;
    int m_liveCaptureViewers = 0;
    std::function<bool()> m_liveDemand;
    bool m_keepResults = false;
    qint64 m_keepResultsUntilMs = 0;
    qint64 m_requestSeq = 0;
    std::function<void()> m_shutdownDone;
};

} // namespace ActionDeck
