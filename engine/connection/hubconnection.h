#pragma once

#include "connection/hostsettings.h"
#include "connection/hubsnapshot.h"
#include "delivery/connectionprobe.h"
#include "hub/executesummary.h"
#include "hub/hubconfig.h"
#include "hub/livemessage.h"
#include "hub/receivedrequest.h"
#include "outbox/outbox.h"
#include "outbox/outboxtypes.h"
#include "outbox/syncstatestore.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace ActionDeck {

/// A hub's answer: the value, or why there is none (the hub is unreachable, the token may not,
/// the outbox is closed).
template <typename T> struct HubReply {
    T value{};
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// An outbox call's future as a reply that always has a value. No context: the conversion is
/// pure, so it may run on the outbox's thread.
template <typename T> QFuture<HubReply<T>> replyOf(QFuture<T> future) {
    return future.then([](T value) { return HubReply<T>{std::move(value), {}}; });
}

/// A Looker token of a region as the Connections page lists it: its nonce always; the token
/// itself only where it may be shown again (the hub in this process keeps it in its
/// configuration; a server's hub shows a token once, when it is made).
struct RegionTokenInfo {
    QString nonce;
    QByteArray token;
};

/// A token just made: shown this once.
struct MadeToken {
    QByteArray token;
    QString nonce;
};

/// One hub as the window sees it — the hub in this process or one on a server, through its
/// admin API — so every page works against either and never knows which. Everything that may
/// cross a network is asynchronous; answers and signals come on the connection's thread.
class HubConnection : public QObject {
    Q_OBJECT

public:
    enum class State {
        Connecting,         ///< the first contact is under way
        Connected,          ///< the snapshot is current and events flow
        Reconnecting,       ///< lost; trying again (stateReason says why)
        Unauthorized,       ///< the token was refused; not retried until it is changed
        CertificateChanged, ///< the hub's certificate is not the one pinned (or none is)
        Closed              ///< close() was called, or the embedded hub is switched off
    };
    Q_ENUM(State)

    using QObject::QObject;

    /// "This computer" or the name the user gave the hub.
    virtual QString name() const = 0;
    virtual bool isLocal() const = 0;

    State state() const { return m_state; }
    const QString& stateReason() const { return m_stateReason; }
    const HubSnapshot& snapshot() const { return m_snapshot; }
    /// The configuration without secrets (remote: as GET /api/v1/config gives it to an admin
    /// token; empty for other scopes).
    virtual HubConfig config() const = 0;

    virtual void open() = 0;
    virtual void close() = 0;
    /// Whether messages are wanted now (a page shows them): each one costs the hub a copy.
    virtual void setWatchingMessages(bool on) = 0;

    /// Starting and stopping Looker's port is the embedded hub's alone.
    virtual bool canControlListening() const { return false; }
    virtual bool setListening(bool on, QString* error);

    virtual QFuture<HubReply<OutboxCounts>> counts() = 0;
    /// Batches of `state` (all when nullopt) in the order of their ids, after the id `afterId`
    /// (0: from the first), at most `limit` (-1: all); of run `runId` only when not 0.
    virtual QFuture<HubReply<std::vector<BatchInfo>>>
    batches(std::optional<BatchState> state, int limit, qint64 afterId = 0, qint64 runId = 0) = 0;
    /// The runs the hub keeps (one per execute), by id: of a schedule, in a state, after an id,
    /// at most RunFilter::limit (-1: all). A hub that keeps none says why.
    virtual QFuture<HubReply<std::vector<RunRecord>>> runs(RunFilter filter);
    /// One run; an error when there is no such run.
    virtual QFuture<HubReply<RunRecord>> run(qint64 id);
    /// A batch's messages as stored, one JSON object a line.
    virtual QFuture<HubReply<Outbox::Messages>> payload(qint64 id) = 0;
    /// How many of `ids` were changed.
    virtual QFuture<HubReply<int>> retry(std::vector<qint64> ids) = 0;
    virtual QFuture<HubReply<int>> discard(std::vector<qint64> ids) = 0;

    /// The last executes the hub received, oldest first, without their results (jsonDetail is
    /// empty; resultKept says whether requestResult has it). A hub that offers none says why.
    virtual QFuture<HubReply<std::vector<ReceivedRequest>>> recentRequests();
    /// The result (json_detail) of recent request `seq`, as Looker sent it.
    virtual QFuture<HubReply<QByteArray>> requestResult(qint64 seq);

    /// What "only new or changed rows" remembers: one scope per scheduled plan, action and
    /// destination source (rows remembered, last run). A hub that offers none says why.
    virtual QFuture<HubReply<std::vector<SyncScopeInfo>>> syncScopes();
    /// Forgets the scopes of `planId` (every scope when nullopt): their next run sends every
    /// row. How many scopes were forgotten.
    virtual QFuture<HubReply<int>> resetSync(std::optional<QString> planId);
    /// What scope `key` has sent (a fingerprint per row), changing nothing: what a preview of
    /// "only new or changed rows" compares with. scopeId 0: the scope has sent nothing.
    virtual QFuture<HubReply<SyncState>> syncState(SyncScopeKey key);

    // The configuration: every change is a ConfigPatch document (hub/configpatch.h), applied by
    // the hub in this process or sent to a server's admin API (an admin token).
    /// Whether config() is the hub's and can be changed here; configUnavailableReason() says
    /// why not (another scope than admin, not loaded yet).
    virtual bool configAvailable() const { return false; }
    virtual QString configUnavailableReason() const { return {}; }
    /// Fields a command-line flag of the hub sets, which a change can not touch:
    /// "publicBaseUrl", "regions.<name>.secret", "regions.<name>.tokens".
    virtual QStringList fieldsSetByFlags() const { return {}; }
    /// Applies `patch` (a ConfigPatch document) and keeps it; the reply holds the configuration
    /// after it. With `host`, where the hub listens, its TLS files and outbox change too, which
    /// only the hub in this process offers (canChangeHostSettings).
    virtual QFuture<HubReply<HubConfig>> changeConfig(const QJsonObject& patch,
                                                      const std::optional<HostSettings>& host = {});
    virtual bool canChangeHostSettings() const { return false; }
    /// The tokens of `region` that Looker may use, and its revoked nonces.
    virtual QList<RegionTokenInfo> regionTokens(const QString& region) const;
    virtual QStringList revokedNonces(const QString& region) const;
    /// A new Looker token for `region`, in force at once.
    virtual QFuture<HubReply<MadeToken>> makeRegionToken(const QString& region);
    /// Refuses every token of `nonce` from the next request on.
    virtual QFuture<HubReply<bool>> revokeRegionToken(const QString& region, const QString& nonce);
    /// The write key of `source` (an admin's; a server's hub logs that it was revealed).
    virtual QFuture<HubReply<QString>> revealWriteKey(const QString& source);
    /// "Test connection": an empty batch to the data plane with the write key, from where the
    /// hub runs. `dataPlaneUrl` and `writeKey` as typed in the form; empty ones are the saved
    /// source's.
    virtual QFuture<HubReply<ConnectionProbe::Result>>
    testSource(const QString& source, const QString& dataPlaneUrl, const QString& writeKey);
    /// Stores `messages` (each one JSON object) in the hub's outbox for `source`, delivered as
    /// an execute's are; how many were stored.
    virtual QFuture<HubReply<int>> sendMessages(const QString& source,
                                                const std::vector<std::string>& messages,
                                                const QString& origin);

signals:
    void stateChanged(ActionDeck::HubConnection::State state);
    void snapshotChanged();
    /// Stored messages, while setWatchingMessages is on.
    void liveMessages(const QList<ActionDeck::LiveMessage>& messages);
    /// Messages the hub did not send this viewer because it fell behind.
    void messagesSkipped(qint64 count);
    void batchesChanged(const QList<ActionDeck::BatchStateChange>& changes);
    /// A request to a data plane ended (remote hubs: read from the batch's state change).
    void deliveryAttempt(qint64 batchId, int status, bool delivered, bool willRetry);
    void executeStarted(const QString& actionName, const QString& region);
    void executeFinished(const ActionDeck::ExecuteSummary& summary);
    /// A run began, its counts moved while it read, or it became final (remote hubs: the SSE
    /// `run` events). Delivered counts of runs still delivering move with batchesChanged.
    void runChanged(const ActionDeck::RunRecord& run);
    void configChanged();
    /// The hub received an execute: recentRequests has one more.
    void requestReceived();
    /// A recent request's kept result or row counts changed: its execute read its first rows,
    /// or finished (remote hubs: said at each execute's end).
    void requestUpdated();
    /// Events were missed (the hub restarted, or this viewer fell too far behind): views
    /// that keep their own copy of the hub's state fetch it again.
    void resynced();

protected:
    void setState(State state, const QString& reason = {});
    void setSnapshot(const HubSnapshot& snapshot);
    HubSnapshot& snapshotRef() { return m_snapshot; }

private:
    State m_state = State::Connecting;
    QString m_stateReason;
    HubSnapshot m_snapshot;
};

/// The state in words, for the views.
QString hubConnectionStateText(HubConnection::State state);

} // namespace ActionDeck
