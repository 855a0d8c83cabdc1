#pragma once

#include <QString>

class QIODevice;

namespace ActionDeck {

/// Writes `text` and a newline, UTF-8: how the command-line commands print.
void writeLine(QIODevice& device, const QString& text);

} // namespace ActionDeck
