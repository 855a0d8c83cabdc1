#include "hub/fleetconfigwatcher.h"

#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/fleetconfigstore.h"
#include "hub/hub.h"

#include <QLoggingCategory>

#include <utility>

namespace ActionDeck {

namespace {
Q_LOGGING_CATEGORY(watchLog, "actiondeck.fleet")
} // namespace

FleetConfigWatcher::FleetConfigWatcher(FleetConfigStore& store, ConfigLayers& layers, Hub& hub,
                                       AdminTokenStore& adminTokens, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_layers(layers)
    , m_hub(hub)
    , m_adminTokens(adminTokens) {
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &FleetConfigWatcher::check);
    m_poll.start();
    watchSocket();
}

void FleetConfigWatcher::watchSocket() {
    const int socket = m_store.socket();
    if (socket == m_socket)
        return;
    m_socket = socket;
    m_notifier.reset();
    if (socket < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        if (m_store.takeNotifications())
            check();
    });
}

void FleetConfigWatcher::check() {
    m_store.takeNotifications();
    QString error;
    if (m_layers.refreshFleet(&error)) {
        QString why;
        if (!m_hub.reconfigure(m_layers.effective(), &why))
            qCWarning(watchLog).noquote() << "the fleet's configuration changed, but Looker's "
                                             "port can not listen:"
                                          << why;
        else
            qCInfo(watchLog) << "the fleet's configuration changed on another hub: applied";
        emit configurationChanged();
    } else if (!error.isEmpty()) {
        // Once per outage, not at every poll.
        if (!std::exchange(m_failing, true))
            qCWarning(watchLog).noquote() << error << "(the configuration read last stands)";
        watchSocket();
        return;
    }
    if (std::exchange(m_failing, false))
        qCInfo(watchLog) << "the fleet's configuration can be read again";
    m_adminTokens.refresh();
    watchSocket();
}

} // namespace ActionDeck
