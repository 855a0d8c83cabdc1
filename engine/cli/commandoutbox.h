#pragma once

#include <QString>

#include <memory>

namespace ActionDeck {

class OutboxStore;

/// The outbox a command works on: DIR/outbox.sqlite, or a PostgreSQL URI (--outbox) with the
/// fleet's --secrets-key-file. Not a hub: it holds no lease and interrupts no run.
class CommandOutbox {
public:
    struct Opened {
        std::unique_ptr<OutboxStore> store;
        QString error;
        bool usageError = false; ///< the flags are wrong, not the outbox
    };
    static Opened open(const QString& directory, const QString& uri, const QString& secretsKeyFile,
                       const QString& holder);
};

} // namespace ActionDeck
