#pragma once

#include "looker/jsondetailfield.h"

#include <cstddef>
#include <optional>
#include <string>

namespace ActionDeck {

/// Where the fields of a System Activity result are, found by their Looker names: the Event and
/// Event Attribute Explores of `system__activity` (and `i__looker`) carry no tags, since their
/// LookML can't be edited.
struct SystemActivityFields {
    using Index = std::optional<std::size_t>;
    Index eventId;          ///< event.id (required)
    Index eventName;        ///< event.name (required)
    Index category;         ///< event.category
    Index createdTime;      ///< event.created_time
    Index createdDate;      ///< event.created_date, when there is no created_time
    Index userId;           ///< event.user_id
    Index sudoUserId;       ///< event.sudo_user_id
    Index isAdmin;          ///< event.is_admin
    Index isApiCall;        ///< event.is_api_call
    Index isLookerEmployee; ///< event.is_looker_employee
    Index attributeName;    ///< event_attribute.name
    Index attributeValue;   ///< event_attribute.value
    Index lookerUserId;     ///< user.id, when the user view is joined
    Index email;            ///< user.email
    Index userName;         ///< user.name

    /// The fields of `fields`, or nothing with `error` set: the sentence Looker shows, naming
    /// what is missing and the Explore to use.
    static std::optional<SystemActivityFields> find(const JsonDetailFieldSet& fields,
                                                    std::string* error);
};

} // namespace ActionDeck
