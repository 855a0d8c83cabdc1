#pragma once

#include "connection/adminclient.h"
#include "connection/hubconnection.h"
#include "connection/ssereader.h"

#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace ActionDeck {

/// A hub on a server, through its admin API: one event stream (SSE, resumed with
/// Last-Event-ID after a reconnect with backoff), the snapshot fetched once the stream is open
/// (so no change falls between the two), and the outbox calls as REST.
class RemoteHubConnection : public HubConnection {
    Q_OBJECT

public:
    explicit RemoteHubConnection(RemoteHubSettings settings, QObject* parent = nullptr);
    ~RemoteHubConnection() override;

    QString name() const override { return m_client.settings().name; }
    bool isLocal() const override { return false; }
    HubConfig config() const override { return m_config; }
    const RemoteHubSettings& settings() const { return m_client.settings(); }
    /// The certificate the hub showed when it was refused (hex SHA-256), to offer for pinning.
    const QByteArray& offeredSha256() const { return m_offeredSha256; }
    /// Trusts this certificate from now on and connects again.
    void pinCertificate(const QByteArray& sha256);
    /// The last event id taken ("bootId:seq"): a reconnect resumes after it.
    const QByteArray& lastEventId() const { return m_lastEventId; }

    void open() override;
    void close() override;
    void setWatchingMessages(bool on) override;

    QFuture<HubReply<OutboxCounts>> counts() override;
    QFuture<HubReply<std::vector<BatchInfo>>> batches(std::optional<BatchState> state, int limit,
                                                      qint64 afterId = 0,
                                                      qint64 runId = 0) override;
    QFuture<HubReply<std::vector<RunRecord>>> runs(RunFilter filter) override;
    QFuture<HubReply<RunRecord>> run(qint64 id) override;
    QFuture<HubReply<Outbox::Messages>> payload(qint64 id) override;
    QFuture<HubReply<int>> retry(std::vector<qint64> ids) override;
    QFuture<HubReply<int>> discard(std::vector<qint64> ids) override;
    QFuture<HubReply<std::vector<ReceivedRequest>>> recentRequests() override;
    QFuture<HubReply<QByteArray>> requestResult(qint64 seq) override;
    QFuture<HubReply<std::vector<SyncScopeInfo>>> syncScopes() override;
    QFuture<HubReply<int>> resetSync(std::optional<QString> planId) override;
    QFuture<HubReply<SyncState>> syncState(SyncScopeKey key) override;

    // The configuration through the admin API (an admin token; remoteconfigcalls.cpp): answers
    // carry no secret but the one asked for. A change is made against the configuration last
    // fetched (If-Match): one changed meanwhile by someone else is refused.
    bool configAvailable() const override;
    QString configUnavailableReason() const override;
    QStringList fieldsSetByFlags() const override;
    QFuture<HubReply<HubConfig>>
    changeConfig(const QJsonObject& patch, const std::optional<HostSettings>& host = {}) override;
    QList<RegionTokenInfo> regionTokens(const QString& region) const override;
    QStringList revokedNonces(const QString& region) const override;
    QFuture<HubReply<MadeToken>> makeRegionToken(const QString& region) override;
    QFuture<HubReply<bool>> revokeRegionToken(const QString& region, const QString& nonce) override;
    QFuture<HubReply<QString>> revealWriteKey(const QString& source) override;
    QFuture<HubReply<ConnectionProbe::Result>> testSource(const QString& source,
                                                          const QString& dataPlaneUrl,
                                                          const QString& writeKey) override;
    QFuture<HubReply<int>> sendMessages(const QString& source,
                                        const std::vector<std::string>& messages,
                                        const QString& origin) override;

    /// Backoff bounds (tests shorten them).
    void setBackoff(int firstMs, int maxMs);

private:
    void connectStream();
    void streamHeaders();
    void streamData();
    void streamEnded();
    void scheduleReconnect(const QString& reason);
    void dispatch(const SseEvent& event);
    /// GET `path` page after page (`key` holds each page's items) until `limit` (-1: all) or
    /// the end, in one answer.
    QFuture<HubReply<std::vector<QJsonObject>>> pages(const QString& path, const QUrlQuery& query,
                                                      const QString& key, int limit,
                                                      qint64 afterId);
    std::optional<LiveMessage> messageOf(const QByteArray& data);
    void flushPending();
    void fetchSnapshot();
    void fetchConfig();
    /// The masked configuration's entry of `region`.
    QJsonObject maskedRegion(const QString& region) const;
    /// A call's failure that says something about the connection (token, certificate).
    void noteFailure(const AdminAnswer& answer);
    QFuture<HubReply<int>> change(const QString& verb, std::vector<qint64> ids);
    /// Why a batch's export was empty: gone (no messages, no error) or damaged (`damage`).
    QFuture<HubReply<Outbox::Messages>> emptyExportOf(qint64 id);

    AdminClient m_client;
    SseReader m_reader;
    QPointer<QNetworkReply> m_stream;
    QTimer m_reconnect;
    QTimer m_statusPoll; ///< what no event says (listening) is asked for now and then
    QByteArray m_lastEventId;
    QByteArray m_offeredSha256;
    HubConfig m_config;
    QJsonObject m_maskedConfig;
    QByteArray m_configEtag; ///< of m_config: a change is made against it
    QList<LiveMessage> m_pendingMessages;
    LiveMessage m_lastMessage; ///< its action, region and source are shared with the next
    QList<BatchStateChange> m_pendingBatches;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 1000;
    bool m_open = false;
    bool m_watchingMessages = false;
    bool m_streamAccepted = false;
    bool m_resyncPending = false; ///< a resync event came: the next snapshot says so
};

} // namespace ActionDeck
