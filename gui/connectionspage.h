#pragma once

#include "hub/hubconfig.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ActionDeck {

class ConfigStore;
class DeliverySection;
class HttpLimitsSection;
class Hub;
class ListeningSection;
class OutboxSection;
class RegionsSection;
class SourcesSection;

/// Sources (write key masked, data plane URL validated and tested), regions and their tokens
/// (generate, copy, show, revoke), the Action Hub URL for Looker, the listen address and public
/// base URL, and delivery options. Token changes apply at once; the rest with Apply. Every
/// change is applied to the running hub and saved through the ConfigStore.
class ConnectionsPage : public QWidget {
    Q_OBJECT

public:
    ConnectionsPage(Hub& hub, ConfigStore& store, QWidget* parent = nullptr);

    /// The configuration the form shows (what Apply would apply).
    HubConfig formConfig() const;
    /// Shows `config` in the form (after a load or a revert).
    void showConfig(const HubConfig& config);

    // The actions behind the buttons, callable without dialogs.
    /// Adds `source` or replaces the one of its name, sync options included.
    bool addOrUpdateSource(SourceConfig source, QString* error);
    /// The same with a source's connection only: one that exists keeps its sync options.
    bool addOrUpdateSource(const QString& name, const QString& writeKey, const QString& url,
                           QString* error);
    void removeSource(const QString& name);
    bool addRegion(const QString& name, QString* error);
    /// The Looker instance of `region` ("" for the hub's), applied and saved.
    bool setRegionLookerHost(const QString& region, const QString& host, QString* error);
    /// A new token for `region`, applied and saved; empty when the region has no secret.
    QByteArray generateToken(const QString& region);
    void revokeToken(const QString& region, const QByteArray& token);
    /// Applies the form to the hub and saves it. False with `error` for an invalid form.
    bool apply(QString* error);
    void testConnection(const QString& url, const QString& writeKey);
    /// Where a change is kept before the hub takes it, for a hub in a fleet (FleetMembership):
    /// when it refuses, nothing is applied and the page says why.
    void setKeeper(std::function<bool(const HubConfig&, QString*)> keeper);

signals:
    /// The configuration was applied to the hub (and a save started).
    void applied();
    void connectionTested(const QString& words);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showLists();
    void updateHubUrl();
    /// Keeps (through the keeper), applies and saves `config`; false when the keeper refused.
    bool commit(const HubConfig& config);
    /// Another hub of the fleet changed the regions or sources: the lists show them.
    void followHub();

    Hub& m_hub;
    ConfigStore& m_store;
    HubConfig m_config;
    std::function<bool(const HubConfig&, QString*)> m_keeper;

    // Created in this order, which is also the tab order.
    SourcesSection* m_sources;
    RegionsSection* m_regions;
    ListeningSection* m_listening;
    DeliverySection* m_delivery;
    HttpLimitsSection* m_httpLimits;
    OutboxSection* m_outbox;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QLabel* m_status;
};

} // namespace ActionDeck
