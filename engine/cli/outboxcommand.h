#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

class Clock;

/// `actiondeck outbox`: inspects and manages pending and failed deliveries without a window.
/// It works on the outbox file directly; a running hub picks up retried batches when it next
/// looks for due work.
class OutboxCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    explicit OutboxCommand(const Clock& clock);

    /// `arguments` start after the word `outbox`.
    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    static QString helpText();

private:
    int migrate(const QString& directory, const QString& uri, const QString& keyFile,
                QIODevice& out, QIODevice& err);

    const Clock& m_clock;
};

} // namespace ActionDeck
