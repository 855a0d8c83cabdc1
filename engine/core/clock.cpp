#include "core/clock.h"

#include <QDateTime>

namespace ActionDeck {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace ActionDeck
