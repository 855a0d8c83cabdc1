#pragma once

#include "hub/hubconfig.h"

#include <QByteArray>

/// What the tests of ConfigLayers start from and change it with, the same for one hub's layers
/// and for a fleet's. A test file says `using namespace TestSupport::ConfigLayersFixture;`.
namespace ActionDeck::TestSupport::ConfigLayersFixture {

/// The --config file's configuration: region US (secret "file-secret") and source Prod.
HubConfig fileConfig();
/// `current` changed by a ConfigPatch request body, expected to apply (else `current`).
HubConfig changed(const HubConfig& current, const QByteArray& patch);

} // namespace ActionDeck::TestSupport::ConfigLayersFixture
