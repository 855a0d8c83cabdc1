#include "remoteviewers.h"

#include "connection/remotehubconnection.h"
#include "waituntil.h"

#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ActionDeck::Bench {

RemoteViewers::RemoteViewers(int count, const QUrl& adminUrl, const QByteArray& token) {
    for (int i = 0; i < count; ++i) {
        auto viewer = std::make_unique<Viewer>();
        viewer->thread = std::make_unique<QThread>();
        viewer->context = new QObject;
        viewer->context->moveToThread(viewer->thread.get());
        viewer->thread->start();
        Viewer* v = viewer.get();
        QMetaObject::invokeMethod(
            v->context,
            [v, adminUrl, token, i] {
                // Windows run on other computers: here, on the hub's two cores, the viewers
                // (and the network thread their connection starts) yield to the hub.
                setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19);
                v->connection = new RemoteHubConnection(
                    RemoteHubSettings{QStringLiteral("viewer %1").arg(i), adminUrl, token, {}});
                QObject::connect(v->connection, &HubConnection::liveMessages,
                                 [v](const QList<LiveMessage>& m) { v->seen += m.size(); });
                QObject::connect(v->connection, &HubConnection::messagesSkipped,
                                 [v](qint64 n) { v->skipped += n; });
                QObject::connect(v->connection, &HubConnection::stateChanged,
                                 [v](HubConnection::State s) {
                                     v->connected = s == HubConnection::State::Connected;
                                 });
                v->connection->setWatchingMessages(
                    !qEnvironmentVariableIsSet("ACTIONDECK_BENCH_VIEWERS_NO_MESSAGES"));
                v->connection->open();
            },
            Qt::BlockingQueuedConnection);
        m_viewers.push_back(std::move(viewer));
    }
}

RemoteViewers::~RemoteViewers() {
    for (auto& v : m_viewers) {
        QMetaObject::invokeMethod(
            v->context,
            [v = v.get()] {
                delete v->connection;
                delete v->context;
            },
            Qt::BlockingQueuedConnection);
        v->thread->quit();
        v->thread->wait();
    }
}

bool RemoteViewers::waitConnected(int timeoutMs) {
    return TestSupport::waitUntil(
        [this] {
            for (const auto& v : m_viewers)
                if (!v->connected)
                    return false;
            return true;
        },
        timeoutMs);
}

void RemoteViewers::waitAccounted(long long messages, int timeoutMs) {
    TestSupport::waitUntil(
        [this, messages] {
            for (const auto& v : m_viewers)
                if (v->seen + v->skipped < messages)
                    return false;
            return true;
        },
        timeoutMs);
}

} // namespace ActionDeck::Bench
