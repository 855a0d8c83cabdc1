#pragma once

#include "rudder/syncoptions.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ActionDeck {

/// A RudderStack source the action forms offer as "Destination source", with the sync options
/// an action's form leaves at "default" when it sends there.
struct SourceConfig {
    SourceConfig() = default;
    SourceConfig(QString sourceName, QString sourceWriteKey, QString sourceDataPlaneUrl)
        : name(std::move(sourceName))
        , writeKey(std::move(sourceWriteKey))
        , dataPlaneUrl(std::move(sourceDataPlaneUrl)) {}

    QString name;
    QString writeKey;
    QString dataPlaneUrl;
    PropertyNames propertyNames = PropertyNames::Looker;
    QMap<QString, QString> rename; ///< Looker field name → the name sent (after the style)
    SendRows sendRows = SendRows::All;
    bool lookerContext = false;

    /// The JSON names of the options, as in a source of --config: propertyNames, rename,
    /// sendRows, lookerContext.
    static const QStringList& optionKeys();
    /// Reads the options `o` has (the others are left alone); false with `error` naming the
    /// field ("sendRows must be all or changed (got \"x\")").
    bool readOptions(const QJsonObject& o, QString* error);
    /// The options as JSON members: those that are not the default, or `all` of them.
    QJsonObject optionsJson(bool all) const;
    /// The options of an execute whose form leaves them all at "default".
    SyncOptions syncOptions() const;

    friend bool operator==(const SourceConfig&, const SourceConfig&) = default;
};

} // namespace ActionDeck
