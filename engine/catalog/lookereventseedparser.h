#pragma once

#include "catalog/eventcatalogdata.h"

#include <QString>

#include <optional>

namespace ActionDeck {

/// Reads Looker's "Looker events" page (the Spanish text of seed 003): the common attributes
/// and the table of event types, whose rows the page flattens into lines: an event name with
/// its trigger (sometimes bulleted, sometimes followed by an inline attribute or "ninguno"),
/// then one bulleted "name: description" line per attribute.
class LookerEventSeedParser {
public:
    static std::optional<EventCatalogData> parse(const QString& text, QString* error);
};

} // namespace ActionDeck
