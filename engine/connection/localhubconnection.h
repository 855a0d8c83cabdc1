#pragma once

#include "connection/hubconnection.h"
#include "hub/hub.h"

#include <QTimer>

#include <functional>

namespace ActionDeck {

class AdminService;

/// The hub in this process, through the same AdminService as the admin API (its status, with
/// the implicit scope admin) and the hub's own signals for events. Connected while the hub's
/// outbox is open.
class LocalHubConnection : public HubConnection {
    Q_OBJECT

public:
    LocalHubConnection(Hub& hub, AdminService& service, QObject* parent = nullptr);

    QString name() const override;
    bool isLocal() const override { return true; }
    HubConfig config() const override { return m_hub.config(); }
    void open() override;
    void close() override;
    void setWatchingMessages(bool on) override;
    bool canControlListening() const override { return true; }
    bool setListening(bool on, QString* error) override;

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

    /// Where a change is kept before the hub takes it, for a hub in a fleet (FleetMembership):
    /// when it refuses, nothing is applied and the reply says why.
    void setConfigKeeper(std::function<bool(const HubConfig&, QString*)> keeper);
    /// Saves what the hub took (the window's ConfigStore: engine/ can not include it).
    void setConfigSaver(std::function<void(const HubConfig&)> saver);

    /// The window's Looker connection (HubConfig::looker). No ConfigPatch carries it, since a
    /// hub has no use for it: it is put into the hub's configuration (which ignores it) and
    /// saved, so that every later change keeps it.
    void setLookerConnection(const LookerApiConnection& looker);

    bool configAvailable() const override { return true; }
    QFuture<HubReply<HubConfig>>
    changeConfig(const QJsonObject& patch, const std::optional<HostSettings>& host = {}) override;
    bool canChangeHostSettings() const override { return true; }
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

private:
    void refreshSnapshot();
    void attachOutbox();
    QString closedReason() const;

    const RegionConfig* region(const QString& name) const;

    Hub& m_hub;
    AdminService& m_service;
    std::function<bool(const HubConfig&, QString*)> m_keeper;
    std::function<void(const HubConfig&)> m_saver;
    QTimer m_refresh; ///< the snapshot follows the delivery worker's (once a second)
    bool m_open = false;
    bool m_outboxAttached = false;
};

} // namespace ActionDeck
