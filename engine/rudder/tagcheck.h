#pragma once

#include "looker/jsondetailfield.h"
#include "rudder/calltype.h"

#include <optional>
#include <string>
#include <vector>

namespace ActionDeck {

/// Whether a result's fields carry the tags an action needs, said before anything is scheduled:
/// identify and track need a field tagged user_id, email or rudder_anonymous_id; group needs one
/// tagged rudder_group_id as well (as RudderStack's actions declare in their required_fields).
/// What is missing comes with its fix in LookML words, naming the likely field when none is
/// tagged.
class TagCheck {
public:
    struct Tagged {
        std::string tag;
        std::vector<std::string> fields; ///< the fields carrying it, in the result's order
    };
    /// What the action needs and no field carries, and the field proposed for it (by its
    /// name), for a window to say in its own language.
    struct Gap {
        enum class Need { Identity, Group };
        Need need = Need::Identity;
        std::optional<JsonDetailField> proposed; ///< none: nothing looks like one
        std::string tag;                         ///< the tag proposed for it
    };
    struct Result {
        std::vector<Tagged> tagged;       ///< user_id, email, rudder_anonymous_id, rudder_group_id
        std::vector<Gap> gaps;            ///< the same as `missing`, in parts
        std::vector<std::string> missing; ///< what the action needs and lacks, with the fix
        bool ok() const { return missing.empty(); }
    };

    static Result check(const JsonDetailFieldSet& fields, CallType call);
    /// "add `tags: ["user_id"]` to dimension `users.id` in view `users`".
    static std::string fix(const JsonDetailField& field, const std::string& tag);
};

} // namespace ActionDeck
