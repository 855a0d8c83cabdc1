#include "cli/commandoutbox.h"

#include "core/secretsealer.h"
#include "outbox/outboxlocation.h"
#include "outbox/outboxstore.h"

#include <QDir>
#include <QFile>

namespace ActionDeck {

CommandOutbox::Opened CommandOutbox::open(const QString& directory, const QString& uri,
                                          const QString& secretsKeyFile, const QString& holder) {
    Opened opened;
    auto location = OutboxLocation::parse(uri, directory, &opened.error);
    if (!location) {
        opened.error = QStringLiteral("--outbox: %1").arg(opened.error);
        opened.usageError = true;
        return opened;
    }
    if (location->isPostgres()) {
        if (secretsKeyFile.isEmpty()) {
            opened.error =
                QStringLiteral("--outbox postgresql://… needs the fleet's --secrets-key-file");
            opened.usageError = true;
            return opened;
        }
        const auto sealer = SecretSealer::load(secretsKeyFile, &opened.error);
        if (!sealer)
            return opened;
        location->setSealer(sealer);
    } else if (!QFile::exists(QDir(directory).filePath(QStringLiteral("outbox.sqlite")))) {
        opened.error = QStringLiteral("there is no outbox in %1").arg(directory);
        return opened;
    }
    opened.store = location->open(holder, holder, &opened.error);
    return opened;
}

} // namespace ActionDeck
