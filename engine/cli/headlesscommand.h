#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

class Clock;
class IdGenerator;

/// `actiondeck --headless`: the hub without a window until SIGINT or SIGTERM, after which running
/// executes finish and the process exits 0. Needs a QCoreApplication.
class HeadlessCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    HeadlessCommand(const Clock& clock, IdGenerator& ids);

    /// `arguments` include `--headless`.
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    static QString helpText();

private:
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace ActionDeck
