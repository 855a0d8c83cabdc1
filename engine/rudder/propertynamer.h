#pragma once

#include "looker/jsondetailfield.h"
#include "rudder/syncoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ActionDeck {

/// A rename entry that renamed nothing, for the warning Looker and the preview show.
struct UnusedRename {
    enum class Why : std::uint8_t {
        NotInResult, ///< no field of that name in the result
        FixedName,   ///< an identifier (fixed name) or hidden field: not sent as a trait
    };
    std::string field;
    Why why = Why::NotInResult;

    /// "rename: users.plan is not a field of this result", as Looker's message says it.
    std::string sentence() const;
    friend bool operator==(const UnusedRename&, const UnusedRename&) = default;
};

/// Names the traits (or properties) of one execute: the style first, then the source's rename
/// map, keyed by Looker's field name. Run once per execute (MessageBuilder::prepare), never per
/// row. The label styles read a label's words as its runs of letters and digits (after NFKD:
/// accents on Latin letters dropped, other scripts kept, lowercased); an apostrophe inside a
/// word joins (`User's` → `users`); a field whose label is empty or has no letter or digit is
/// named from its Looker name as if that were its label (`users.email` → `users_email`).
class PropertyNamer {
public:
    /// One field to name: its index in the field set and its key; `fixed` keys (the email's
    /// `email`) are neither styled nor renamed, but count for collisions.
    struct Entry {
        std::size_t field = 0;
        std::string key;
        bool fixed = false;
    };

    PropertyNamer(PropertyNames style, RenameMap rename);

    /// The key of `field` by `style` alone.
    static std::string styled(PropertyNames style, const JsonDetailField& field);
    /// `text`'s words joined by `_`, lowercased (`Users Email` → `users_email`); empty when it
    /// has no letter or digit.
    static std::string snakeCase(std::string_view text);
    /// `text`'s words, the first lowercased, each other capitalised (`Users Email` → `usersEmail`).
    static std::string camelCase(std::string_view text);

    /// Gives each entry that is not fixed its key, or returns the error Looker shows when two
    /// entries end up with one key (naming both fields; `kind` is "trait" or "property").
    std::optional<std::string> name(const JsonDetailFieldSet& fields, std::vector<Entry>& entries,
                                    std::string_view kind) const;
    /// The rename entries that named no entry that is not fixed, in the map's order.
    std::vector<UnusedRename> unusedRenames(const JsonDetailFieldSet& fields,
                                            const std::vector<Entry>& entries) const;

private:
    const std::string* renamed(const std::string& field) const;

    PropertyNames m_style;
    RenameMap m_rename;
};

} // namespace ActionDeck
