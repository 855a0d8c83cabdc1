#include "cli/commandoutput.h"

#include <QIODevice>

namespace ActionDeck {

void writeLine(QIODevice& device, const QString& text) {
    device.write(text.toUtf8());
    device.write("\n");
}

} // namespace ActionDeck
