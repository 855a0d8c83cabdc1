#include "hub/fleetmembership.h"

#include "hub/fleetconfigwatcher.h"

namespace ActionDeck {

FleetMembership::FleetMembership(HubConfig own, QString dataDirectory)
    : m_own(std::move(own))
    , m_dataDirectory(std::move(dataDirectory))
    , m_layers(m_own, CommandLineConfig{}, m_dataDirectory)
    , m_adminTokens(m_dataDirectory) {}

FleetMembership::~FleetMembership() = default;

std::optional<HubConfig> FleetMembership::join(QString* error) {
    const auto sealer = m_own.loadSealer(error);
    if (!sealer || !m_store.open(m_own.outbox, sealer, error))
        return std::nullopt;
    m_layers.setFleet(&m_store);
    m_adminTokens.setFleet(&m_store);
    if (!m_layers.load(error) || !m_adminTokens.load(error))
        return std::nullopt;
    return m_layers.effective();
}

void FleetMembership::follow(Hub& hub) {
    m_watcher = std::make_unique<FleetConfigWatcher>(m_store, m_layers, hub, m_adminTokens);
}

bool FleetMembership::keep(const HubConfig& wanted, QString* error) {
    return m_layers.keep(wanted, error);
}

} // namespace ActionDeck
