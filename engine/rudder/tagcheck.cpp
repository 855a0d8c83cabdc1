#include "rudder/tagcheck.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ActionDeck {

namespace {

constexpr std::array<const char*, 3> kIdentityTags = {"user_id", "email", "rudder_anonymous_id"};

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

/// The part of `users.id` after the view.
std::string shortName(const std::string& name) {
    const auto dot = name.rfind('.');
    return lowered(dot == std::string::npos ? name : name.substr(dot + 1));
}

const char* categoryWord(FieldCategory category) {
    switch (category) {
    case FieldCategory::Dimension:
        return "dimension";
    case FieldCategory::Measure:
        return "measure";
    case FieldCategory::Filter:
        return "filter";
    case FieldCategory::Parameter:
        return "parameter";
    case FieldCategory::TableCalculation:
        return "table calculation";
    }
    return "field";
}

/// The field most likely meant to carry an identity (its name says id or email), and the tag
/// it would get; none when nothing looks like one. `taken` is already proposed for another tag.
const JsonDetailField* likely(const JsonDetailFieldSet& fields,
                              const std::vector<std::string>& names, std::string* tag,
                              const char* tagFor, const JsonDetailField* taken = nullptr) {
    for (const std::string& wanted : names) {
        for (const JsonDetailField& field : fields) {
            if (&field == taken)
                continue;
            // A field that already carries an identity or a group is not proposed again.
            const bool tagged = std::any_of(kIdentityTags.begin(), kIdentityTags.end(),
                                            [&field](const char* t) { return field.hasTag(t); }) ||
                                field.hasTag("rudder_group_id");
            if (field.category != FieldCategory::Dimension || tagged)
                continue;
            const std::string name = shortName(field.name);
            if (name == wanted) {
                *tag = tagFor ? tagFor
                              : (name.find("email") != std::string::npos ? "email" : "user_id");
                return &field;
            }
        }
    }
    return nullptr;
}

} // namespace

std::string TagCheck::fix(const JsonDetailField& field, const std::string& tag) {
    const auto dot = field.name.rfind('.');
    std::string said = "add `tags: [\"" + tag + "\"]` to " + categoryWord(field.category) + " `" +
                       field.name + "`";
    if (dot != std::string::npos)
        said += " in view `" + field.name.substr(0, dot) + "`";
    return said;
}

TagCheck::Result TagCheck::check(const JsonDetailFieldSet& fields, CallType call) {
    Result result;
    std::vector<const char*> tags(kIdentityTags.begin(), kIdentityTags.end());
    tags.push_back("rudder_group_id");
    for (const char* tag : tags) {
        Tagged tagged{tag, {}};
        for (const JsonDetailField& field : fields) {
            if (field.hasTag(tag))
                tagged.fields.push_back(field.name);
        }
        result.tagged.push_back(std::move(tagged));
    }
    if (call == CallType::SystemActivity)
        return result; // its fields are System Activity's own
    const auto has = [&result](std::string_view tag) {
        return std::any_of(result.tagged.begin(), result.tagged.end(),
                           [tag](const Tagged& t) { return t.tag == tag && !t.fields.empty(); });
    };
    const bool identity = std::any_of(kIdentityTags.begin(), kIdentityTags.end(), has);
    const JsonDetailField* identityField = nullptr;
    if (!identity) {
        std::string tag;
        const JsonDetailField* field = identityField = likely(
            fields, {"user_id", "id", "email", "email_address", "anonymous_id"}, &tag, nullptr);
        result.gaps.push_back({Gap::Need::Identity,
                               field ? std::optional<JsonDetailField>(*field) : std::nullopt,
                               field ? tag : "user_id"});
        result.missing.push_back(
            "no field is tagged user_id, email or rudder_anonymous_id, which " +
            std::string(callTypeName(call)) + " needs" +
            (field ? ": " + fix(*field, tag)
                   : std::string(": tag the field that identifies a user")));
    }
    if (call == CallType::Group && !has("rudder_group_id")) {
        std::string tag;
        const JsonDetailField* field =
            likely(fields, {"group_id", "account_id", "organization_id", "company_id", "id"}, &tag,
                   "rudder_group_id", identityField);
        result.gaps.push_back({Gap::Need::Group,
                               field ? std::optional<JsonDetailField>(*field) : std::nullopt,
                               "rudder_group_id"});
        result.missing.push_back(
            std::string("no field is tagged rudder_group_id, which group needs") +
            (field ? ": " + fix(*field, tag)
                   : std::string(": tag the field that names the group")));
    }
    return result;
}

} // namespace ActionDeck
