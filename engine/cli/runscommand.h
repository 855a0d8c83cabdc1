#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

/// `actiondeck runs list|show`: the runs the outbox keeps (one per execute), read from the
/// outbox file or a fleet's PostgreSQL outbox, as the admin API gives them (--json).
class RunsCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    /// `arguments` start after the word `runs`.
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    static QString helpText();
};

} // namespace ActionDeck
