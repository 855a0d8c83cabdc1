#pragma once

#include "connection/hubconnection.h"

namespace ActionDeck::TestSupport {

/// A HubConnection over a bare Outbox, for tests of the Outbox page that drive the outbox
/// themselves (no hub, no delivery); the calls are LocalHubConnection's.
class OutboxConnection : public HubConnection {
public:
    explicit OutboxConnection(Outbox& outbox)
        : m_outbox(outbox) {
        QObject::connect(&outbox, &Outbox::batchesChanged, this, &HubConnection::batchesChanged);
        setState(State::Connected);
    }

    QString name() const override { return QStringLiteral("test outbox"); }
    bool isLocal() const override { return true; }
    HubConfig config() const override { return {}; }
    void open() override {}
    void close() override {}
    void setWatchingMessages(bool) override {}
    QFuture<HubReply<OutboxCounts>> counts() override { return replyOf(m_outbox.counts()); }
    QFuture<HubReply<std::vector<BatchInfo>>> batches(std::optional<BatchState> state, int limit,
                                                      qint64 afterId = 0) override {
        return replyOf(m_outbox.list(state, limit, afterId));
    }
    QFuture<HubReply<Outbox::Messages>> payload(qint64 id) override {
        return replyOf(m_outbox.payload(id));
    }
    QFuture<HubReply<int>> retry(std::vector<qint64> ids) override {
        return replyOf(m_outbox.retry(std::move(ids)));
    }
    QFuture<HubReply<int>> discard(std::vector<qint64> ids) override {
        return replyOf(m_outbox.discard(std::move(ids)));
    }

private:
    Outbox& m_outbox;
};

} // namespace ActionDeck::TestSupport
