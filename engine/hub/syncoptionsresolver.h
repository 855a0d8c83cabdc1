#pragma once

#include "hub/sourceconfig.h"
#include "rudder/syncoptions.h"

#include <QString>

#include <map>
#include <optional>
#include <string>

namespace ActionDeck {

/// Turns an execute's form values and its destination source into the options it runs with.
/// A form value of `default` — or none, as from a schedule made before the options existed —
/// takes the source's setting; without a destination source (write key and URL from the
/// action's settings), ActionDeck's defaults: today's behaviour.
class SyncOptionsResolver {
public:
    /// The form fields, as the three tag-based actions' forms name them.
    static constexpr const char* kPropertyNamesField = "property_names";
    static constexpr const char* kSendRowsField = "send_rows";
    static constexpr const char* kLookerContextField = "looker_context";
    /// Every field's first choice: the destination source's setting.
    static constexpr const char* kDefaultChoice = "default";

    /// The options, or nullopt with `error` (the message Looker shows) for a value the form
    /// does not offer.
    static std::optional<SyncOptions> resolve(const std::map<std::string, std::string>& formParams,
                                              const SourceConfig* source, QString* error);
};

} // namespace ActionDeck
