#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

/// `actiondeck sync-state list|reset [--schedule ID]`: what "only new or changed rows"
/// remembers per schedule, and forgetting it (the next run then sends every row). Works on the
/// outbox file directly, as `actiondeck outbox` does.
class SyncStateCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    /// `arguments` start after the word `sync-state`.
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    static QString helpText();
};

} // namespace ActionDeck
