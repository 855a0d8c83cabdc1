#include "outbox/runrecord.h"

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

} // namespace ActionDeck
