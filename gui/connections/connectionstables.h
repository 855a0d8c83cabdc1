#pragma once

#include <QString>

class QTableWidget;
class QWidget;

namespace ActionDeck {

/// A read-only table selected a whole row at a time, as the Connections page lists sources,
/// regions and tokens.
QTableWidget* makeConnectionsTable(int columns, QWidget* parent);

/// Enough of a secret (a write key, a token) to tell them apart, never enough to use one.
QString maskedSecret(const QString& secret);

} // namespace ActionDeck
