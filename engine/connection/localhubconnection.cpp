#include "connection/localhubconnection.h"

#include "admin/adminservice.h"
#include "admin/requestroutes.h"
#include "delivery/deliveryworker.h"

#include <QCoreApplication>

namespace ActionDeck {

namespace {

template <typename T> QFuture<HubReply<T>> failed(const QString& error) {
    return QtFuture::makeReadyFuture(HubReply<T>{T{}, error});
}

} // namespace

LocalHubConnection::LocalHubConnection(Hub& hub, AdminService& service, QObject* parent)
    : HubConnection(parent)
    , m_hub(hub)
    , m_service(service) {
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &LocalHubConnection::refreshSnapshot);
    connect(&hub, &Hub::liveMessages, this, &HubConnection::liveMessages);
    connect(&hub, &Hub::executeStarted, this, &HubConnection::executeStarted);
    connect(&hub, &Hub::executeFinished, this, [this](const ExecuteSummary& summary) {
        emit executeFinished(summary);
        refreshSnapshot();
    });
    connect(&hub, &Hub::configChanged, this, &HubConnection::configChanged);
    connect(&hub, &Hub::requestReceived, this, &HubConnection::requestReceived);
    connect(&hub, &Hub::requestUpdated, this, &HubConnection::requestUpdated);
    connect(&hub, &Hub::runChanged, this, &HubConnection::runChanged);
    connect(&hub, &Hub::listeningChanged, this, &LocalHubConnection::refreshSnapshot);
}

QString LocalHubConnection::name() const {
    return QCoreApplication::translate("ActionDeck::HubConnection", "This computer");
}

void LocalHubConnection::open() {
    m_open = true;
    attachOutbox();
    m_refresh.start();
    refreshSnapshot();
}

void LocalHubConnection::close() {
    m_open = false;
    m_refresh.stop();
    setState(State::Closed,
             QCoreApplication::translate("ActionDeck::HubConnection",
                                         "The hub on this computer is switched off (Hubs page)."));
}

void LocalHubConnection::attachOutbox() {
    if (m_outboxAttached || !m_hub.isOpen())
        return;
    m_outboxAttached = true;
    connect(&m_hub.outbox(), &Outbox::batchesChanged, this, &HubConnection::batchesChanged);
    connect(&m_hub.delivery(), &DeliveryWorker::attemptFinished, this,
            &HubConnection::deliveryAttempt);
}

QString LocalHubConnection::closedReason() const {
    return QCoreApplication::translate("ActionDeck::HubConnection",
                                       "The outbox of the hub on this computer is not open.");
}

void LocalHubConnection::refreshSnapshot() {
    if (!m_open)
        return;
    attachOutbox();
    setSnapshot(HubSnapshot::fromStatus(m_service.status(AdminScope::Admin, name())));
    if (m_hub.isOpen())
        setState(State::Connected);
    else
        setState(State::Reconnecting, m_hub.notReadyReason());
}

void LocalHubConnection::setWatchingMessages(bool on) {
    m_hub.setLiveCapture(on);
}

bool LocalHubConnection::setListening(bool on, QString* error) {
    if (!on) {
        m_hub.stopListening();
        return true;
    }
    return m_hub.listen(error);
}

QFuture<HubReply<OutboxCounts>> LocalHubConnection::counts() {
    if (!m_hub.isOpen())
        return failed<OutboxCounts>(closedReason());
    return replyOf(m_hub.outbox().counts());
}

QFuture<HubReply<std::vector<BatchInfo>>>
LocalHubConnection::batches(std::optional<BatchState> state, int limit, qint64 afterId,
                            qint64 runId) {
    if (!m_hub.isOpen())
        return failed<std::vector<BatchInfo>>(closedReason());
    return replyOf(m_hub.outbox().list(state, limit, afterId, runId));
}

QFuture<HubReply<std::vector<RunRecord>>> LocalHubConnection::runs(RunFilter filter) {
    if (!m_hub.isOpen())
        return failed<std::vector<RunRecord>>(closedReason());
    return replyOf(m_hub.outbox().runs(std::move(filter)));
}

QFuture<HubReply<RunRecord>> LocalHubConnection::run(qint64 id) {
    if (!m_hub.isOpen())
        return failed<RunRecord>(closedReason());
    return m_hub.outbox().run(id).then([id](const std::optional<RunRecord>& run) {
        return run ? HubReply<RunRecord>{*run, {}}
                   : HubReply<RunRecord>{{},
                                         QCoreApplication::translate("ActionDeck::HubConnection",
                                                                     "There is no run %1.")
                                             .arg(id)};
    });
}

QFuture<HubReply<Outbox::Messages>> LocalHubConnection::payload(qint64 id) {
    if (!m_hub.isOpen())
        return failed<Outbox::Messages>(closedReason());
    return replyOf(m_hub.outbox().payload(id));
}

QFuture<HubReply<int>> LocalHubConnection::retry(std::vector<qint64> ids) {
    if (!m_hub.isOpen())
        return failed<int>(closedReason());
    return replyOf(m_hub.outbox().retry(std::move(ids)));
}

QFuture<HubReply<int>> LocalHubConnection::discard(std::vector<qint64> ids) {
    if (!m_hub.isOpen())
        return failed<int>(closedReason());
    return replyOf(m_hub.outbox().discard(std::move(ids)));
}

QFuture<HubReply<std::vector<ReceivedRequest>>> LocalHubConnection::recentRequests() {
    // As the admin API does: whoever looks has the next results kept for a while.
    m_hub.keepRecentResultsFor(RequestRoutes::kKeepForMs);
    std::vector<ReceivedRequest> requests(m_hub.recentRequests().begin(),
                                          m_hub.recentRequests().end());
    // As a remote hub lists them: results are fetched one at a time.
    for (ReceivedRequest& request : requests)
        request.jsonDetail.clear();
    return QtFuture::makeReadyFuture(
        HubReply<std::vector<ReceivedRequest>>{std::move(requests), {}});
}

QFuture<HubReply<QByteArray>> LocalHubConnection::requestResult(qint64 seq) {
    const ReceivedRequest* request = m_hub.recentRequest(seq);
    if (!request || !request->resultKept)
        return failed<QByteArray>(QCoreApplication::translate(
            "ActionDeck::LocalHubConnection", "That request's result is no longer kept."));
    return QtFuture::makeReadyFuture(HubReply<QByteArray>{request->jsonDetail, {}});
}

QFuture<HubReply<std::vector<SyncScopeInfo>>> LocalHubConnection::syncScopes() {
    if (!m_hub.isOpen())
        return failed<std::vector<SyncScopeInfo>>(closedReason());
    return replyOf(m_hub.outbox().syncScopes());
}

QFuture<HubReply<int>> LocalHubConnection::resetSync(std::optional<QString> planId) {
    if (!m_hub.isOpen())
        return failed<int>(closedReason());
    return replyOf(m_hub.outbox().resetSync(std::move(planId)));
}

QFuture<HubReply<SyncState>> LocalHubConnection::syncState(SyncScopeKey key) {
    if (!m_hub.isOpen())
        return failed<SyncState>(closedReason());
    return m_hub.outbox().readSync(std::move(key)).then([](const Outbox::SyncOpening& read) {
        return read.state ? HubReply<SyncState>{*read.state, {}}
                          : HubReply<SyncState>{{}, read.error};
    });
}

} // namespace ActionDeck
