#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace ActionDeck {

class Clock;

/// `actiondeck admin-token create|list|revoke`: the admin API's tokens in a data directory. A
/// token is printed once, when it is made; only its hash is kept, and a hub running on the same
/// data directory takes a change at its next request.
class AdminTokenCommand {
public:
    enum Exit { Ok = 0, Failure = 1, UsageError = 2 };

    explicit AdminTokenCommand(const Clock& clock);
    static QString helpText();
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

private:
    const Clock& m_clock;
};

} // namespace ActionDeck
