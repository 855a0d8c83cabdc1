#pragma once

#include "outbox/outboxlocation.h"
#include "outbox/outboxtypes.h"
#include "outbox/runrecord.h"
#include "outbox/syncstatestore.h"
#include "rudder/batchassembler.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QThread>

class QSocketNotifier;
class QTimer;

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ActionDeck {

class Clock;
class OutboxStore;

/// The outbox for the rest of the engine: an OutboxStore on a thread of its own, with an
/// asynchronous API. Calls run in the order they are made.
class Outbox : public QObject {
    Q_OBJECT

public:
    struct AppendResult {
        bool ok = false;
        QString error;
        std::vector<qint64> ids;
    };
    struct LeaseRequest {
        QHash<qint64, int> inFlightPerSource;
        int perSourceLimit = 16;
        int maxCount = 64;
        int gzipLevel = 1; ///< 0 sends bodies uncompressed
    };
    /// A batch ready to send: the request body is built (and gzipped) on the outbox thread.
    struct Lease {
        LeasedBatch batch;
        QByteArray body;
        bool gzipped = false;
    };

    Outbox(OutboxLocation location, const Clock& clock, QObject* parent = nullptr);
    /// The SQLite outbox in `directory`.
    Outbox(const QString& directory, const Clock& clock, QObject* parent = nullptr);
    ~Outbox() override;

    /// Opens the store; blocks until it is open or has failed. A shared store is then polled
    /// (every 1–2 s, jittered), woken by its notifications, and kept alive (heartbeat, leases).
    /// Runs a crash cut off become interrupted (RunStore::interruptOrphans): the hub opens it.
    bool open(QString* error);
    const OutboxLocation& location() const { return m_location; }
    /// This hub's name in a shared outbox's leases and heartbeats.
    const QString& hubId() const { return m_hubId; }
    /// OutboxStore::outboxId, read when it opened.
    const QString& outboxId() const { return m_outboxId; }
    /// Hubs working on this outbox, this one included (1 for SQLite).
    QFuture<int> liveHubs();

    /// Resolves once the batches are durably committed (or failed to be).
    QFuture<AppendResult> append(std::vector<NewBatch> batches);
    QFuture<std::vector<Lease>> lease(LeaseRequest request);
    QFuture<std::optional<qint64>> nextDueMs();
    /// Each settles one delivery attempt, recording it in the batch's history (a manual retry,
    /// which makes a failed batch pending again, is not an attempt).
    void markDelivered(qint64 id, int status);
    void markRetry(qint64 id, qint64 nextAttemptMs, int status, const QString& error);
    void markFailed(qint64 id, int status, const QString& error);

    QFuture<OutboxCounts> counts();
    /// Batches as OutboxStore::list gives them (of run `runId` when not 0).
    QFuture<std::vector<BatchInfo>> list(std::optional<BatchState> state, int limit = -1,
                                         qint64 afterId = 0, qint64 runId = 0);
    QFuture<std::optional<BatchInfo>> info(qint64 id);
    /// A batch's delivery attempts, oldest first (the latest AttemptHistory::kKeptPerBatch);
    /// none for a batch that is gone or was stored before schema 4.
    QFuture<std::vector<BatchAttempt>> attempts(qint64 id);
    /// A batch's messages; `damage` says why there are none when they are unreadable.
    struct Messages {
        std::optional<std::string> text; ///< nothing when the batch is gone or damaged
        QString damage;
    };
    QFuture<Messages> payload(qint64 id);
    QFuture<int> retry(std::vector<qint64> ids);
    QFuture<int> discard(std::vector<qint64> ids);
    /// Deletes batches delivered more than `keepMs` ago (see OutboxStore::pruneDelivered).
    QFuture<int> pruneDelivered(qint64 keepMs);

    /// A sync scope opened for a run (SyncStateStore::open); `error` says why there is none.
    struct SyncOpening {
        std::optional<SyncState> state;
        QString error;
    };
    QFuture<SyncOpening> openSync(SyncScopeKey key);
    /// What the scope has sent, changing nothing (SyncStateStore::read).
    QFuture<SyncOpening> readSync(SyncScopeKey key);
    void setSyncRemembered(qint64 scopeId, qint64 remembered);
    QFuture<std::vector<SyncScopeInfo>> syncScopes();
    /// Forgets the sync state of `planId`'s scopes (all when nullopt); how many scopes.
    QFuture<int> resetSync(std::optional<QString> planId);
    /// Forgets scopes not run for `keepMs`.
    QFuture<int> pruneSync(qint64 keepMs);

    /// A run begun: its id for NewBatch::runId, or 0 with `error` (the execute goes on without).
    struct RunStart {
        qint64 id = 0;
        QString error;
    };
    /// Records an execute that starts reading its result as a run of this hub (RunStore::begin;
    /// `run.receivedMs` is now when 0).
    QFuture<RunStart> beginRun(RunRecord run);
    /// Records how the execute ended, answered now (RunStore::answer).
    QFuture<bool> answerRun(qint64 id, RunAnswer answer);
    QFuture<std::vector<RunRecord>> runs(RunFilter filter);
    QFuture<std::optional<RunRecord>> run(qint64 id);
    /// Deletes runs finished more than `keepMs` ago (`runDays`).
    QFuture<int> pruneRuns(qint64 keepMs);
    /// Each scheduled plan's last good run (RunStore::lastSuccessPerPlan), at most kPlansKept.
    QFuture<std::vector<PlanLastSuccess>> lastSuccessPerPlan();
    /// Each endpoint's oldest pending batch (OutboxStore::oldestPendingByEndpoint).
    QFuture<std::map<QString, qint64>> oldestPendingByEndpoint();

signals:
    /// Batches that changed state, gathered per turn of the outbox thread's event loop.
    void batchesChanged(const QList<ActionDeck::BatchStateChange>& changes);
    void appended(int batches, int messages);
    /// Pending batches were added (appended or retried): delivery has work.
    void workAvailable();
    /// Runs that became final (or interrupted) through this hub, each once in a fleet: the
    /// hub's alerts and metrics. Emitted on the outbox thread.
    void runsFinished(const QList<ActionDeck::RunRecord>& runs);

private:
    struct PendingAppend {
        std::vector<NewBatch> batches;
        std::shared_ptr<QPromise<AppendResult>> promise;
    };

    template <typename R, typename F> QFuture<R> call(F function);
    void drainAppends();
    void record(BatchStateChange change);
    /// On m_thread, after a call that may settle runs: tells runsFinished.
    void reportFinishedRuns();
    /// On m_thread: the poll, the maintenance and the wake-up socket of a shared store.
    void startSharing();
    void watchWakeups();

    OutboxLocation m_location;
    QString m_hubId;
    QString m_outboxId;
    QTimer* m_poll = nullptr;             ///< on m_thread, shared stores only
    QSocketNotifier* m_wakeups = nullptr; ///< on m_thread, shared stores only
    int m_pollTurns = 0;
    const Clock& m_clock;
    QThread m_thread;
    QObject* m_context = nullptr;         ///< lives on m_thread; calls are queued to it
    std::unique_ptr<OutboxStore> m_store; ///< created, used and destroyed on m_thread
    QList<BatchStateChange> m_changes;    ///< touched on m_thread only
    bool m_flushScheduled = false;
    std::mutex m_appendMutex; ///< guards the two below: append() is called from other threads
    std::vector<PendingAppend> m_appendQueue;
    bool m_drainScheduled = false;
};

} // namespace ActionDeck
