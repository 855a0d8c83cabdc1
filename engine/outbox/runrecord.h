#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ActionDeck {

/// Where a run is; the numbers are what the outbox stores keep.
enum class RunState : int {
    Running = 0,     ///< reading the result
    Delivering = 1,  ///< answered, messages still pending
    Succeeded = 2,   ///< Looker was told success, and every stored message was delivered
    Partial = 3,     ///< some rows skipped or some messages failed, and the rest delivered
    Failed = 4,      ///< Looker was told failure with nothing stored, or every message failed
    Interrupted = 5, ///< cut off by a crash (its batches are still delivered)
};

QString runStateName(RunState state);
/// The state of that name (as runStateName gives it), or nullopt.
std::optional<RunState> runStateNamed(const QString& name);

struct RunRecord;
/// What an interrupted run says in English (alerts, the CLI): "the hub stopped while reading
/// the result; 150,050 messages were stored and are being delivered".
QString runInterruptedText(const RunRecord& run);

/// One execute as the outbox keeps it: what asked for it, what it read, what Looker was told,
/// and where its messages are, counted in messages as its batches settle.
struct RunRecord {
    /// The first reasons rows were skipped are kept, no more (they are texts, no message data).
    static constexpr int kSkipReasonsKept = 20;

    qint64 id = 0;
    QString hubId; ///< the hub that took the execute
    qint64 receivedMs = 0;
    qint64 answeredMs = 0; ///< 0 until Looker is answered
    qint64 finishedMs = 0; ///< 0 until answered (or interrupted) with nothing pending
    QString action;
    QString region;
    QString source; ///< the destination source's name
    QString planId; ///< the scheduled plan; empty for an execute sent by hand
    QString planTitle;
    QString lookId;
    QString queryId;
    QString url;
    QString lookerInstance;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsUnchanged = 0; ///< left out by "only new or changed rows"
    qint64 messagesStored = 0;
    QStringList skipReasons;
    bool success = false; ///< what Looker was told
    QString message;      ///< what Looker was told, with it
    qint64 delivered = 0; ///< messages
    qint64 failed = 0;    ///< messages, discarded ones included
    qint64 pending = 0;   ///< messages
    QString failReason;   ///< the data plane's answer to the first batch that failed
    RunState state = RunState::Running;

    bool operator==(const RunRecord&) const = default;
};

/// How an execute ended, as RunStore::answer records it.
struct RunAnswer {
    qint64 answeredMs = 0;
    qint64 rowsRead = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsUnchanged = 0;
    QStringList skipReasons; ///< the first kSkipReasonsKept are kept
    bool success = false;
    QString message;
};

/// Which runs a list gives: by id after `afterId`, at most `limit` (-1: all), as batches page.
struct RunFilter {
    std::optional<QString> planId;
    std::optional<RunState> state;
    qint64 afterId = 0;
    int limit = -1;
};

/// A scheduled plan's last good run, for actiondeck_schedule_last_success_timestamp_seconds.
struct PlanLastSuccess {
    QString planId;
    qint64 finishedMs = 0;

    bool operator==(const PlanLastSuccess&) const = default;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::RunRecord)
