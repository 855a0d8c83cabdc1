#pragma once

#include "connection/hubconnection.h"

#include <QTimer>

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
    Hub* localHub() override { return &m_hub; }
    HubConfig config() const override { return m_hub.config(); }
    void open() override;
    void close() override;
    void setWatchingMessages(bool on) override;
    bool canControlListening() const override { return true; }
    bool setListening(bool on, QString* error) override;

    QFuture<HubReply<OutboxCounts>> counts() override;
    QFuture<HubReply<std::vector<BatchInfo>>> batches(std::optional<BatchState> state, int limit,
                                                      qint64 afterId = 0) override;
    QFuture<HubReply<Outbox::Messages>> payload(qint64 id) override;
    QFuture<HubReply<int>> retry(std::vector<qint64> ids) override;
    QFuture<HubReply<int>> discard(std::vector<qint64> ids) override;
    QFuture<HubReply<std::vector<ReceivedRequest>>> recentRequests() override;
    QFuture<HubReply<QByteArray>> requestResult(qint64 seq) override;
    QFuture<HubReply<std::vector<SyncScopeInfo>>> syncScopes() override;
    QFuture<HubReply<int>> resetSync(std::optional<QString> planId) override;
    QFuture<HubReply<SyncState>> syncState(SyncScopeKey key) override;

private:
    void refreshSnapshot();
    void attachOutbox();
    QString closedReason() const;

    Hub& m_hub;
    AdminService& m_service;
    QTimer m_refresh; ///< the snapshot follows the delivery worker's (once a second)
    bool m_open = false;
    bool m_outboxAttached = false;
};

} // namespace ActionDeck
