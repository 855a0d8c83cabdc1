#pragma once

#include "hub/hubconfig.h"

#include <QByteArray>
#include <QString>

namespace ActionDeck {

class SecretSealer;

/// The fleet's configuration as FleetConfigStore keeps it: the regions and sources of a
/// HubConfig (what the admin API and the window manage for every hub at once; where each hub
/// listens stays in its own --config), with every secret — region secrets and tokens, write
/// keys — in one value sealed by SecretSealer. The rest is plain JSON, to read with psql.
class FleetConfigCodec {
public:
    static QByteArray encode(const HubConfig& config, const SecretSealer& sealer);
    /// Replaces the regions and sources of `config` by those of `body` (a region may have
    /// neither secret nor token there: one only --hub-secret gives); false with `error`
    /// (and `config` unchanged) when it is damaged or sealed under another key.
    static bool decodeInto(const QByteArray& body, const SecretSealer& sealer, HubConfig* config,
                           QString* error);
};

} // namespace ActionDeck
