#pragma once

#include <QIcon>

namespace ActionDeck {

/// ActionDeck's icon: the installed theme's (hicolor, from the .deb) when there is one, else the
/// copy built into the binary, so a build tree shows the same icon.
QIcon appIcon();

} // namespace ActionDeck
