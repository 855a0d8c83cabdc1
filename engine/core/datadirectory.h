#pragma once

#include <QString>

namespace ActionDeck {

/// Where ActionDeck keeps its outbox and state unless --data-dir says otherwise:
/// QStandardPaths::AppDataLocation (~/.local/share/ActionDeck on Linux).
QString defaultDataDirectory();

} // namespace ActionDeck
