#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

class Clock;
class IdGenerator;

/// `actiondeck preview`: reads a json_detail result or a whole Looker execute request body and
/// prints each message exactly as it would be sent, one JSON object per line.
class PreviewCommand {
public:
    enum ExitCode { Ok = 0, InputError = 1, UsageError = 2, RowsSkipped = 3 };

    PreviewCommand(const Clock& clock, IdGenerator& ids);

    /// `arguments` start after the word `preview`.
    int run(const QStringList& arguments, QIODevice& in, QIODevice& out, QIODevice& err);

    static QString helpText();

private:
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace ActionDeck
