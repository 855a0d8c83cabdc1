#pragma once

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

class QObject;
class QThread;

namespace ActionDeck {
class RemoteHubConnection;
}

namespace ActionDeck::Bench {

/// Windows watching a hub from elsewhere, as the benchmark needs them: each a
/// RemoteHubConnection on a thread of its own with the Live flow's message stream on, counting
/// the messages it was sent and those the hub said it skipped.
class RemoteViewers {
public:
    RemoteViewers(int count, const QUrl& adminUrl, const QByteArray& token);
    ~RemoteViewers();

    /// True once every viewer is connected (within `timeoutMs`).
    bool waitConnected(int timeoutMs);
    /// Waits until every viewer has seen or been told it skipped `messages` (or `timeoutMs`).
    void waitAccounted(long long messages, int timeoutMs);
    long long seen(std::size_t viewer) const { return m_viewers[viewer]->seen; }
    long long skipped(std::size_t viewer) const { return m_viewers[viewer]->skipped; }
    std::size_t size() const { return m_viewers.size(); }

private:
    struct Viewer {
        std::unique_ptr<QThread> thread;
        QObject* context = nullptr; ///< lives on `thread`: what runs there is invoked on it
        RemoteHubConnection* connection = nullptr; ///< lives on `thread`
        std::atomic<long long> seen{0};
        std::atomic<long long> skipped{0};
        std::atomic<bool> connected{false};
    };
    std::vector<std::unique_ptr<Viewer>> m_viewers;
};

} // namespace ActionDeck::Bench
