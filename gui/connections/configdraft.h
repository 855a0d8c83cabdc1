#pragma once

#include "hub/hubconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace ActionDeck {

/// The Connections page's configuration as edited, against the one the hub runs with: sources
/// and regions change here first (checked as a --config file would be), and their difference is
/// the ConfigPatch that Apply sends. Nothing reaches the hub from here.
class ConfigDraft {
    Q_DECLARE_TR_FUNCTIONS(ActionDeck::ConfigDraft)

public:
    /// What the hub runs with; nothing pending.
    void reset(const HubConfig& applied);
    /// The hub's configuration changed elsewhere: what is pending here stays pending over it.
    void follow(const HubConfig& now);
    const HubConfig& applied() const { return m_applied; }
    const HubConfig& form() const { return m_form; }

    /// Adds `source` or replaces the one of its name. `keysKept`: the hub keeps write keys
    /// (a server's), so an empty one keeps the source's.
    bool addOrUpdateSource(SourceConfig source, bool keysKept, QString* error);
    void removeSource(const QString& name);
    bool addRegion(const QString& name, QString* error);
    bool setRegionLookerHost(const QString& region, const QString& host, QString* error);

    /// The entries of `key` ("sources", "regions") that `difference` adds or changes.
    static QSet<QString> changedNames(const QJsonObject& difference, const QString& key);
    /// What `difference` (a ConfigPatch document) changes, in words.
    static QString describe(const QJsonObject& difference);

private:
    HubConfig m_applied;
    HubConfig m_form;
};

} // namespace ActionDeck
