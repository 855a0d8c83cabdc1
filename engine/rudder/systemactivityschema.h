#pragma once

#include "catalog/eventcatalog.h"

#include <QJsonObject>
#include <QString>

namespace ActionDeck {

/// The JSON Schema (draft 2020-12) of the track messages the Rudder System Activity action sends
/// for one Looker event type: `event` is the (prefixed) Looker name, `properties` the common
/// attributes and the type's own with the catalogue's types, so a RudderStack Tracking Plan or
/// any validator can check what arrives. Every value but looker_event_id may be null (Looker
/// sends empty attributes); attributes the catalogue does not know are sent as they came and
/// are not constrained.
class SystemActivitySchema {
public:
    static QJsonObject forType(const EventType& type, const EventCatalog& catalog,
                               const QString& eventPrefix);
};

} // namespace ActionDeck
