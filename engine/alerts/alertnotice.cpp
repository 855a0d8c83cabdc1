#include "alerts/alertnotice.h"

namespace ActionDeck {

QString AlertNotice::kindName(Kind kind) {
    switch (kind) {
    case Kind::RunEnded:
        return QStringLiteral("run");
    case Kind::SourceStuck:
        return QStringLiteral("stuck");
    case Kind::SourceRecovered:
        return QStringLiteral("recovered");
    }
    return {};
}

} // namespace ActionDeck
