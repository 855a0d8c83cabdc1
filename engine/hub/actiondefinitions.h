#pragma once

#include "looker/lookerversion.h"
#include "rudder/calltype.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ActionDeck {

/// The three actions as Looker sees them (names, labels, params, required fields, formats and
/// forms as the Node reference hub declares them, so existing installations keep working).
class ActionDefinitions {
public:
    /// `baseUrl` is where Looker reaches the hub; `sourceNames` are the configured sources the
    /// forms offer as "Destination source". With any, the write key and data plane URL params
    /// are not required.
    ActionDefinitions(QString baseUrl, QStringList sourceNames);

    /// The action list for a Looker version: `{"label": ..., "integrations": [...]}`.
    QJsonObject list(const QString& label, const LookerVersion& version) const;
    /// One action's definition, or nothing for an unknown name.
    std::optional<QJsonObject> action(const QString& name, const LookerVersion& version) const;
    /// The form of an action: `{"fields": [...]}` (track's event, the destination source when
    /// sources are configured, the sync options), or nothing for an unknown name.
    std::optional<QJsonObject> form(const QString& name) const;

    static std::optional<CallType> callFor(const QString& actionName);
    /// Every action's name, as Looker calls it.
    static QStringList names();
    static bool isSupported(const QString& actionName, const LookerVersion& version);

private:
    QJsonObject definition(CallType call, const LookerVersion& version) const;

    QString m_baseUrl;
    QStringList m_sourceNames;
};

} // namespace ActionDeck
