#include "outbox/runrecord.h"

#include <QLocale>

namespace ActionDeck {

QString runStateName(RunState state) {
    switch (state) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Delivering:
        return QStringLiteral("delivering");
    case RunState::Succeeded:
        return QStringLiteral("succeeded");
    case RunState::Partial:
        return QStringLiteral("partial");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("running");
}

std::optional<RunState> runStateNamed(const QString& name) {
    for (const RunState state : {RunState::Running, RunState::Delivering, RunState::Succeeded,
                                 RunState::Partial, RunState::Failed, RunState::Interrupted})
        if (runStateName(state) == name)
            return state;
    return std::nullopt;
}

QString runInterruptedText(const RunRecord& run) {
    const QLocale english(QLocale::English);
    return QStringLiteral("the hub stopped while reading the result; %1 messages were stored and "
                          "%2")
        .arg(english.toString(run.messagesStored),
             run.pending > 0
                 ? QStringLiteral("are being delivered (%1 delivered, %2 failed so far)")
                       .arg(english.toString(run.delivered), english.toString(run.failed))
                 : QStringLiteral("%1 were delivered, %2 failed")
                       .arg(english.toString(run.delivered), english.toString(run.failed)));
}

} // namespace ActionDeck
