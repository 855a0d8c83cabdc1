#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

/// `actiondeck token [--secret-file FILE]`: prints a new Action Hub token signed with the hub
/// secret read from FILE or standard input (never from the command line, where other users of
/// the machine could see it).
class TokenCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    int run(const QStringList& arguments, QIODevice& in, QIODevice& out, QIODevice& err);
    static QString helpText();
};

} // namespace ActionDeck
