#pragma once

#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/fleetconfigstore.h"
#include "hub/hubconfig.h"

#include <QString>

#include <memory>
#include <optional>

namespace ActionDeck {

class FleetConfigWatcher;
class Hub;

/// The window's hub in a fleet (its configuration's outbox is PostgreSQL): the fleet's regions,
/// sources and tokens over its own configuration, a change kept in the database for every hub,
/// and another hub's change followed at once — so that a token revoked anywhere is refused by
/// this hub too. (`--headless` wires the same parts with its flags and admin API.)
class FleetMembership {
public:
    FleetMembership(HubConfig own, QString dataDirectory);
    ~FleetMembership();
    FleetMembership(const FleetMembership&) = delete;
    FleetMembership& operator=(const FleetMembership&) = delete;

    /// Opens the fleet's configuration (the first hub gives it its own regions and sources);
    /// the configuration to start the hub with, or nullopt with `error`.
    std::optional<HubConfig> join(QString* error);
    /// Follows the fleet from now on: `hub` (started with join()'s configuration, outliving
    /// this) is reconfigured when another hub changes it.
    void follow(Hub& hub);
    /// Keeps a change made here; false with `error` (and nothing changed) when it can not be
    /// written or another hub changed the configuration meanwhile.
    bool keep(const HubConfig& wanted, QString* error);

private:
    HubConfig m_own;
    QString m_dataDirectory;
    FleetConfigStore m_store;
    ConfigLayers m_layers;
    AdminTokenStore m_adminTokens; ///< the fleet's, unused here: the window serves no admin API
    std::unique_ptr<FleetConfigWatcher> m_watcher;
};

} // namespace ActionDeck
