#include "gui/window/appicon.h"

// Outside any namespace, as Q_INIT_RESOURCE requires. The library is static: this keeps the
// icons' resource linked in.
static void initIconResource() {
    Q_INIT_RESOURCE(icons);
}

namespace ActionDeck {

QIcon appIcon() {
    initIconResource();
    QIcon builtIn;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/%1/actiondeck.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("actiondeck"), builtIn);
}

} // namespace ActionDeck
