#include "outbox/outbox.h"

#include "core/clock.h"
#include "core/gzip.h"
#include "core/isotime.h"
#include "core/threadhandover.h"
#include "outbox/outboxstore.h"
#include "rudder/batchbody.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPromise>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>

namespace ActionDeck {

namespace {

std::atomic<int> g_connectionSerial{0};

/// Unique per process, readable in the views: host, process and a random part.
QString newHubId() {
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace

Outbox::Outbox(const QString& directory, const Clock& clock, QObject* parent)
    : Outbox(OutboxLocation::sqlite(directory), clock, parent) {}

Outbox::Outbox(OutboxLocation location, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_hubId(newHubId())
    , m_clock(clock)
    , m_context(new QObject) {
    qRegisterMetaType<ActionDeck::BatchStateChange>();
    qRegisterMetaType<QList<ActionDeck::BatchStateChange>>();
    qRegisterMetaType<ActionDeck::OutboxCounts>();
    qRegisterMetaType<ActionDeck::RunRecord>();
    qRegisterMetaType<QList<ActionDeck::RunRecord>>();
    m_thread.setObjectName(QStringLiteral("outbox"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

Outbox::~Outbox() {
    // The store's SQL connection must be closed on the thread that opened it.
    auto closeStore = [this] {
        drainAppends();
        delete m_wakeups; // before the connection whose socket it watches
        m_wakeups = nullptr;
        m_store.reset();
        delete m_context;
    };
    QMetaObject::invokeMethod(m_context, handedOver(closeStore), Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool Outbox::open(QString* error) {
    bool ok = false;
    QString message;
    auto openStore = [this, &ok, &message] {
        const QString name = QStringLiteral("outbox-%1").arg(++g_connectionSerial);
        m_store = m_location.open(name, m_hubId, &message);
        ok = m_store != nullptr;
        if (ok) {
            m_outboxId = m_store->outboxId();
            m_store->runs().interruptOrphans(m_clock.nowMs());
            reportFinishedRuns();
        }
        if (ok && m_store->shared())
            startSharing();
    };
    QMetaObject::invokeMethod(m_context, handedOver(openStore), Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    return ok;
}

void Outbox::startSharing() {
    // Other hubs add work and free leases: a poll finds it when no notification came.
    m_poll = new QTimer(m_context);
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, m_context, [this] {
        if (!m_store)
            return;
        if (++m_pollTurns % 3 == 1) {
            m_store->maintain();
            reportFinishedRuns(); // the janitor's: runs of hubs that stopped
        }
        watchWakeups();
        emit workAvailable();
        m_poll->start(1000 + int(QRandomGenerator::global()->bounded(1000)));
    });
    m_poll->start(1000);
    watchWakeups();
}

void Outbox::watchWakeups() {
    const int socket = m_store->wakeupSocket();
    if (m_wakeups && m_wakeups->socket() == socket)
        return;
    // A new connection after the server came back: its socket is another.
    delete m_wakeups;
    m_wakeups = nullptr;
    if (socket < 0)
        return;
    m_wakeups = new QSocketNotifier(socket, QSocketNotifier::Read, m_context);
    connect(m_wakeups, &QSocketNotifier::activated, m_context, [this] {
        if (m_store && m_store->takeWakeups())
            emit workAvailable();
    });
}

QFuture<int> Outbox::liveHubs() {
    return call<int>([](OutboxStore& store) { return store.liveHubs(); });
}

template <typename R, typename F> QFuture<R> Outbox::call(F function) {
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    auto run = [this, promise, function = std::move(function)]() mutable {
        if (m_store)
            promise->addResult(function(*m_store));
        else
            promise->addResult(R{});
        promise->finish();
    };
    QMetaObject::invokeMethod(m_context, handedOver(std::move(run)), Qt::QueuedConnection);
    return future;
}

void Outbox::reportFinishedRuns() {
    std::vector<RunRecord> finished = m_store->runs().takeFinished();
    if (!finished.empty())
        emit runsFinished(QList<RunRecord>(std::make_move_iterator(finished.begin()),
                                           std::make_move_iterator(finished.end())));
}

void Outbox::record(BatchStateChange change) {
    m_changes.append(std::move(change));
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, m_context, [this] {
        m_flushScheduled = false;
        emit batchesChanged(std::exchange(m_changes, {}));
    });
}

QFuture<Outbox::AppendResult> Outbox::append(std::vector<NewBatch> batches) {
    auto promise = std::make_shared<QPromise<AppendResult>>();
    QFuture<AppendResult> future = promise->future();
    promise->start();
    bool schedule = false;
    {
        const std::lock_guard lock(m_appendMutex);
        m_appendQueue.push_back({std::move(batches), promise});
        schedule = !std::exchange(m_drainScheduled, true);
    }
    if (schedule)
        QMetaObject::invokeMethod(m_context, handedOver([this] { drainAppends(); }),
                                  Qt::QueuedConnection);
    return future;
}

void Outbox::drainAppends() {
    // Group commit: every append queued while the previous commit ran shares one transaction,
    // so one fsync covers them all.
    std::vector<PendingAppend> pending;
    {
        const std::lock_guard lock(m_appendMutex);
        pending.swap(m_appendQueue);
        m_drainScheduled = false;
    }
    if (pending.empty())
        return;
    std::vector<NewBatch> all;
    for (PendingAppend& append : pending)
        std::move(append.batches.begin(), append.batches.end(), std::back_inserter(all));
    AppendResult stored;
    if (m_store) {
        if (const auto ids = m_store->append(all, m_clock.nowMs(), &stored.error)) {
            stored.ok = true;
            stored.ids = *ids;
        }
    } else {
        stored.error = QStringLiteral("the outbox is not open");
    }
    std::size_t next = 0;
    int messages = 0;
    for (PendingAppend& append : pending) {
        AppendResult result;
        result.ok = stored.ok;
        result.error = stored.error;
        const std::size_t count = append.batches.size();
        if (stored.ok) {
            result.ids.assign(stored.ids.begin() + long(next),
                              stored.ids.begin() + long(next + count));
            for (std::size_t i = next; i < next + count; ++i) {
                messages += all[i].messageCount;
                const bool failed = !all[i].failure.isEmpty();
                record({stored.ids[i], failed ? BatchState::Failed : BatchState::Pending,
                        all[i].messageCount, 0, 0, all[i].failure});
            }
        }
        next += count;
        append.promise->addResult(result);
        append.promise->finish();
    }
    if (stored.ok) {
        reportFinishedRuns();
        emit appended(int(all.size()), messages);
        emit workAvailable();
    }
}

QFuture<std::vector<Outbox::Lease>> Outbox::lease(LeaseRequest request) {
    return call<std::vector<Lease>>([this, request](OutboxStore& store) {
        std::vector<Lease> leases;
        const qint64 now = m_clock.nowMs();
        std::string sentAt;
        IsoTime().append(now, sentAt);
        std::vector<qint64> unreadable;
        std::vector<LeasedBatch> leased = store.lease(
            now, request.inFlightPerSource, request.perSourceLimit, request.maxCount, &unreadable);
        for (const qint64 id : unreadable) {
            if (const auto info = store.info(id))
                record({id, BatchState::Failed, info->messageCount, info->attempts,
                        info->lastStatus, info->lastError});
        }
        if (!unreadable.empty())
            reportFinishedRuns();
        for (LeasedBatch& batch : leased) {
            Lease lease;
            const std::string body = BatchBody::build(batch.payload, sentAt);
            lease.gzipped = request.gzipLevel > 0;
            lease.body = lease.gzipped ? Gzip::compress(body, request.gzipLevel)
                                       : QByteArray(body.data(), qsizetype(body.size()));
            batch.payload.clear();
            lease.batch = std::move(batch);
            leases.push_back(std::move(lease));
        }
        return leases;
    });
}

QFuture<std::optional<qint64>> Outbox::nextDueMs() {
    return call<std::optional<qint64>>([](OutboxStore& store) { return store.nextDueMs(); });
}

void Outbox::markDelivered(qint64 id, int status) {
    // The attempt ended now, not when the outbox thread gets to it (an append's fsync may hold
    // it up).
    const qint64 now = m_clock.nowMs();
    call<bool>([this, id, now, status](OutboxStore& store) {
        const bool ok = store.markDelivered(id, now, status);
        if (const auto info = store.info(id))
            record({id, BatchState::Delivered, info->messageCount, info->attempts, status, {}});
        reportFinishedRuns();
        return ok;
    });
}

void Outbox::markRetry(qint64 id, qint64 nextAttemptMs, int status, const QString& error) {
    const qint64 now = m_clock.nowMs();
    call<bool>([this, id, now, nextAttemptMs, status, error](OutboxStore& store) {
        const bool ok = store.markRetry(id, now, nextAttemptMs, status, error);
        if (const auto info = store.info(id))
            record({id, BatchState::Pending, info->messageCount, info->attempts, status, error});
        return ok;
    });
}

void Outbox::markFailed(qint64 id, int status, const QString& error) {
    const qint64 now = m_clock.nowMs();
    call<bool>([this, id, now, status, error](OutboxStore& store) {
        const bool ok = store.markFailed(id, now, status, error);
        if (const auto info = store.info(id))
            record({id, BatchState::Failed, info->messageCount, info->attempts, status, error});
        reportFinishedRuns();
        return ok;
    });
}

QFuture<OutboxCounts> Outbox::counts() {
    return call<OutboxCounts>([](OutboxStore& store) { return store.counts(); });
}

QFuture<std::vector<BatchInfo>> Outbox::list(std::optional<BatchState> state, int limit,
                                             qint64 afterId, qint64 runId) {
    return call<std::vector<BatchInfo>>([state, limit, afterId, runId](OutboxStore& store) {
        return store.list(state, limit, afterId, runId);
    });
}

QFuture<std::optional<BatchInfo>> Outbox::info(qint64 id) {
    return call<std::optional<BatchInfo>>([id](OutboxStore& store) { return store.info(id); });
}

QFuture<std::vector<BatchAttempt>> Outbox::attempts(qint64 id) {
    return call<std::vector<BatchAttempt>>([id](OutboxStore& store) { return store.attempts(id); });
}

QFuture<Outbox::Messages> Outbox::payload(qint64 id) {
    return call<Messages>([id](OutboxStore& store) {
        Messages messages;
        messages.text = store.payload(id, &messages.damage);
        return messages;
    });
}

QFuture<int> Outbox::retry(std::vector<qint64> ids) {
    return call<int>([this, ids = std::move(ids)](OutboxStore& store) {
        const int changed = store.retry(ids, m_clock.nowMs());
        if (changed > 0) {
            // The views learn which batches are pending again (a retry of everything names
            // none; they refresh on workAvailable's effects instead).
            for (const qint64 id : ids)
                record({id, BatchState::Pending, 0, 0, 0, {}});
            emit workAvailable();
        }
        reportFinishedRuns();
        return changed;
    });
}

QFuture<int> Outbox::discard(std::vector<qint64> ids) {
    return call<int>([this, ids = std::move(ids)](OutboxStore& store) {
        const int discarded = store.discard(ids);
        reportFinishedRuns(); // a run whose last pending batch went
        return discarded;
    });
}

QFuture<int> Outbox::pruneDelivered(qint64 keepMs) {
    return call<int>([this, keepMs](OutboxStore& store) {
        return store.pruneDelivered(m_clock.nowMs() - keepMs);
    });
}

QFuture<Outbox::SyncOpening> Outbox::openSync(SyncScopeKey key) {
    return call<SyncOpening>([this, key = std::move(key)](OutboxStore& store) {
        SyncOpening opening;
        opening.state = store.syncState().open(key, m_clock.nowMs(), &opening.error);
        return opening;
    });
}

QFuture<Outbox::SyncOpening> Outbox::readSync(SyncScopeKey key) {
    return call<SyncOpening>([key = std::move(key)](OutboxStore& store) {
        SyncOpening opening;
        opening.state = store.syncState().read(key, &opening.error);
        return opening;
    });
}

void Outbox::setSyncRemembered(qint64 scopeId, qint64 remembered) {
    call<bool>([scopeId, remembered](OutboxStore& store) {
        return store.syncState().setRemembered(scopeId, remembered);
    });
}

QFuture<std::vector<SyncScopeInfo>> Outbox::syncScopes() {
    return call<std::vector<SyncScopeInfo>>(
        [](OutboxStore& store) { return store.syncState().scopes(); });
}

QFuture<int> Outbox::resetSync(std::optional<QString> planId) {
    return call<int>([planId = std::move(planId)](OutboxStore& store) {
        return store.syncState().reset(planId);
    });
}

QFuture<int> Outbox::pruneSync(qint64 keepMs) {
    return call<int>([this, keepMs](OutboxStore& store) {
        return store.syncState().prune(m_clock.nowMs() - keepMs);
    });
}

QFuture<Outbox::RunStart> Outbox::beginRun(RunRecord run) {
    run.hubId = m_hubId;
    if (run.receivedMs == 0)
        run.receivedMs = m_clock.nowMs();
    return call<RunStart>([run = std::move(run)](OutboxStore& store) {
        RunStart start;
        start.id = store.runs().begin(run, &start.error).value_or(0);
        return start;
    });
}

QFuture<bool> Outbox::answerRun(qint64 id, RunAnswer answer) {
    if (answer.answeredMs == 0)
        answer.answeredMs = m_clock.nowMs();
    return call<bool>([this, id, answer = std::move(answer)](OutboxStore& store) {
        const bool answered = store.runs().answer(id, answer, nullptr);
        reportFinishedRuns(); // nothing pending: final at once
        return answered;
    });
}

QFuture<std::vector<RunRecord>> Outbox::runs(RunFilter filter) {
    return call<std::vector<RunRecord>>(
        [filter = std::move(filter)](OutboxStore& store) { return store.runs().list(filter); });
}

QFuture<std::optional<RunRecord>> Outbox::run(qint64 id) {
    return call<std::optional<RunRecord>>(
        [id](OutboxStore& store) { return store.runs().get(id); });
}

QFuture<int> Outbox::pruneRuns(qint64 keepMs) {
    return call<int>([this, keepMs](OutboxStore& store) {
        return store.runs().prune(m_clock.nowMs() - keepMs);
    });
}

QFuture<std::vector<PlanLastSuccess>> Outbox::lastSuccessPerPlan() {
    return call<std::vector<PlanLastSuccess>>(
        [](OutboxStore& store) { return store.runs().lastSuccessPerPlan(); });
}

QFuture<std::map<QString, qint64>> Outbox::oldestPendingByEndpoint() {
    return call<std::map<QString, qint64>>(
        [](OutboxStore& store) { return store.oldestPendingByEndpoint(); });
}

} // namespace ActionDeck
