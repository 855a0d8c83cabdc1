#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace ActionDeck {

class AdminTokenStore;
class ConfigLayers;
class FleetConfigStore;
class Hub;

/// Keeps a hub of a fleet on the fleet's configuration: when another hub announces a change
/// (NOTIFY, at once) or a poll finds one (the fallback, every kPollMs), the regions, sources
/// and admin tokens are read again and the hub reconfigured — a token revoked on one hub is
/// refused by the others within a second.
class FleetConfigWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kPollMs = 2000;

    FleetConfigWatcher(FleetConfigStore& store, ConfigLayers& layers, Hub& hub,
                       AdminTokenStore& adminTokens, QObject* parent = nullptr);
    /// Looks for a change now.
    void check();

signals:
    /// The hub now runs with a configuration another hub changed.
    void configurationChanged();

private:
    /// A reconnection may have changed the socket notifications come on.
    void watchSocket();

    FleetConfigStore& m_store;
    ConfigLayers& m_layers;
    Hub& m_hub;
    AdminTokenStore& m_adminTokens;
    QTimer m_poll;
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_socket = -1;
    bool m_failing = false; ///< the last read failed (said once)
};

} // namespace ActionDeck
