#include "core/datadirectory.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace ActionDeck {

QString defaultDataDirectory() {
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("ActionDeck"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace ActionDeck
