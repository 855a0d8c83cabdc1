#include "rudder/messagebuilder.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "core/jsonescape.h"
#include "rudder/systemactivityfields.h"

#include <algorithm>
#include <xxhash.h>

namespace ActionDeck {

namespace {

constexpr std::string_view kUserIdTag = "user_id";
constexpr std::string_view kEmailTag = "email";
constexpr std::string_view kAnonymousIdTag = "rudder_anonymous_id";
constexpr std::string_view kGroupIdTag = "rudder_group_id";

std::optional<std::size_t> firstTagged(const JsonDetailFieldSet& fields, std::string_view tag) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].hasTag(tag))
            return i;
    }
    return std::nullopt;
}

/// The identifier in a field's cell, or empty when the field, its value or its text is missing.
std::string_view identifierIn(const JsonDetailRow& row, std::optional<std::size_t> field) {
    if (!field)
        return {};
    const JsonDetailCell& cell = row.cells[*field];
    if (!cell.hasValue)
        return {};
    const std::string_view id = cell.value.asIdentifier();
    return isBlankIdentifier(id) ? std::string_view() : id;
}

/// The row's identity (its userId, else its own anonymousId, else its email) and a digest of
/// its ids and of `content` (the groupId, traits or properties and event, as written), using
/// `scratch` for the bytes hashed.
SyncRow syncRowOf(std::string_view userId, std::string_view anonymousId, std::string_view email,
                  std::string_view content, std::string& scratch) {
    const char kind = !userId.empty() ? 'u' : !anonymousId.empty() ? 'a' : 'e';
    const std::string_view id = !userId.empty()        ? userId
                                : !anonymousId.empty() ? anonymousId
                                                       : email;
    SyncRow row;
    row.identity = XXH3_64bits_withSeed(id.data(), id.size(), XXH64_hash_t(kind));
    scratch.clear();
    for (const std::string_view part : {userId, anonymousId, email}) {
        scratch += part;
        scratch += '\0';
    }
    scratch += content;
    row.fingerprint = XXH3_64bits(scratch.data(), scratch.size());
    return row;
}

void appendIdOrNull(std::string& out, std::string_view id) {
    if (id.empty())
        out += "null";
    else
        appendJsonString(out, id);
}

} // namespace

std::string messageIdScope(std::string_view planId, std::string_view destination,
                           std::string_view actionName) {
    std::string scope = planId.empty() ? "destination:" : "plan:";
    scope += planId.empty() ? destination : planId;
    scope += '|';
    scope += actionName;
    return scope;
}

MessageBuilder::MessageBuilder(BuildOptions options, const Clock& clock, IdGenerator& ids)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_ids(ids)
    , m_stableIds(m_options.idScope)
    , m_envelope(m_options.call, m_options.lookerContext, m_options.run) {
    IsoTime requestTime;
    requestTime.append(m_clock.nowMs(), m_timestamp);
}

std::optional<std::string> MessageBuilder::prepare(const JsonDetailFieldSet& fields) {
    if (m_options.call == CallType::Track && isBlankIdentifier(m_options.event))
        return "Track requires an event name (the form field \"event\").";

    m_fields = &fields;
    m_unusedRenames.clear();
    m_userIdField = firstTagged(fields, kUserIdTag);
    m_anonymousIdField = firstTagged(fields, kAnonymousIdTag);
    m_emailField = firstTagged(fields, kEmailTag);
    m_groupIdField = firstTagged(fields, kGroupIdTag);
    if (!m_userIdField && !m_anonymousIdField && !m_emailField) {
        // System Activity's fields carry no tags (its LookML can't be edited): say where to go.
        std::string error;
        const bool systemActivity = SystemActivityFields::find(fields, &error).has_value();
        return std::string("Query requires a field tagged email or user_id or "
                           "rudder_anonymous_id.") +
               (systemActivity ? " This is a System Activity result: send it with the Rudder "
                                 "System Activity action, which needs no tags."
                               : "");
    }
    if (m_options.call == CallType::Group && !m_groupIdField)
        return "Query requires a field tagged rudder_group_id.";

    // Identifier fields are not copied into traits; the email goes in at its field's position.
    std::vector<PropertyNamer::Entry> named;
    const auto& hidden = m_options.hiddenFields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const JsonDetailField& field = fields[i];
        if (m_emailField == i) {
            named.push_back({i, std::string(kEmailTag), true});
            continue;
        }
        const bool isIdentifier = field.hasTag(kUserIdTag) || field.hasTag(kEmailTag) ||
                                  field.hasTag(kAnonymousIdTag) || field.hasTag(kGroupIdTag);
        const bool isHidden = std::find(hidden.begin(), hidden.end(), field.name) != hidden.end();
        if (!isIdentifier && !isHidden)
            named.push_back({i, {}, false});
    }
    const PropertyNamer namer(m_options.propertyNames, m_options.rename);
    if (auto collision =
            namer.name(fields, named, m_options.call == CallType::Track ? "property" : "trait"))
        return collision;
    m_unusedRenames = namer.unusedRenames(fields, named);
    m_plan.clear();
    for (const PropertyNamer::Entry& entry : named) {
        std::string key;
        appendJsonString(key, entry.key);
        key += ':';
        m_plan.push_back(
            {entry.field, entry.fixed ? PlanItem::Email : PlanItem::Value, std::move(key)});
    }
    return std::nullopt;
}

bool MessageBuilder::setRanAt(std::string_view ranAt) {
    // Looker writes ran_at before the rows: every message of the run gets its context and ids.
    m_stableIds.setRanAt(ranAt);
    m_envelope.setRanAt(ranAt);
    const auto ms = IsoTime::parse(ranAt);
    if (!ms)
        return false;
    m_timestamp.clear();
    IsoTime().append(*ms, m_timestamp);
    return true;
}

MessageBuilder::RowResult MessageBuilder::build(const JsonDetailRow& row, std::string& out) {
    RowResult result;
    const std::string_view userId = identifierIn(row, m_userIdField);
    std::string_view anonymousId = identifierIn(row, m_anonymousIdField);
    const std::string_view email = identifierIn(row, m_emailField);
    const std::string_view groupId = identifierIn(row, m_groupIdField);

    if (m_options.call == CallType::Group && groupId.empty()) {
        result.skipReason = "row " + std::to_string(row.index) + ": the rudder_group_id field " +
                            (*m_fields)[*m_groupIdField].name + " is empty";
        return result;
    }
    // RudderStack's gateway rejects a whole batch when one event has neither id.
    const bool generateAnonymousId = userId.empty() && anonymousId.empty();
    if (generateAnonymousId && email.empty()) {
        result.skipReason =
            "row " + std::to_string(row.index) + ": no user_id, rudder_anonymous_id or email value";
        return result;
    }
    StableMessageIds::Digest digest{};
    if (m_stableIds.active())
        digest = m_stableIds.digest(row);
    std::string generatedId;
    if (generateAnonymousId) {
        // Stable too, or a resent row would differ in its anonymousId.
        if (m_stableIds.active())
            m_stableIds.append(row.index, digest, 'a', generatedId);
        else
            m_ids.appendUuid(generatedId);
        anonymousId = generatedId;
    }

    out += R"({"userId":)";
    appendIdOrNull(out, userId);
    out += R"(,"anonymousId":)";
    appendIdOrNull(out, anonymousId);
    // From here to the event: what the row says, the same from one run to the next.
    const std::size_t groupStart = out.size();
    if (m_options.call == CallType::Group) {
        out += R"(,"groupId":)";
        appendJsonString(out, groupId);
    }

    const std::size_t traitsStart = out.size();
    out += m_options.call == CallType::Track ? R"(,"properties":{)" : R"(,"traits":{)";
    appendTraits(row, out);
    out += '}';
    const std::size_t traitsEnd = out.size();
    if (m_options.call == CallType::Track) {
        out += R"(,"event":)";
        appendJsonString(out, m_options.event);
    }
    if (m_options.fingerprints)
        result.sync = syncRowOf(userId, generateAnonymousId ? std::string_view() : anonymousId,
                                email, std::string_view(out).substr(groupStart), m_syncScratch);

    out += m_envelope.contextHead();
    if (m_options.call == CallType::Identify) {
        // The SDKs copy identify traits into context.traits.
        out.append(out, traitsStart, traitsEnd - traitsStart);
    }
    out += m_envelope.contextTail();
    out += R"(,"timestamp":")";
    out += m_timestamp;
    out += '"';
    out += m_envelope.typeAndMetadata();
    out += R"(,"originalTimestamp":")";
    m_originalTimestamps.append(m_clock.nowMs(), out);
    out += R"(","messageId":")";
    if (m_stableIds.active())
        m_stableIds.append(row.index, digest, 'm', out);
    else
        m_ids.appendUuid(out);
    out += "\"}";

    result.built = true;
    result.hasUserId = !userId.empty();
    return result;
}

void MessageBuilder::appendTraits(const JsonDetailRow& row, std::string& out) const {
    bool first = true;
    for (const PlanEntry& entry : m_plan) {
        const JsonDetailCell& cell = row.cells[entry.field];
        // A field the row does not carry (filters, parameters) is not sent.
        if (!cell.present)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += entry.key;
        if (entry.item == PlanItem::Email)
            cell.value.appendJson(out);
        else
            appendCellValue(cell, out);
    }
}

void MessageBuilder::appendCellValue(const JsonDetailCell& cell, std::string& out) const {
    if (cell.isPivoted()) {
        out += '[';
        bool first = true;
        for (const PivotValue& pivot : cell.pivots) {
            if (!first)
                out += ',';
            first = false;
            out += '{';
            appendJsonString(out, pivot.key);
            out += ':';
            pivot.value.appendJson(out);
            out += '}';
        }
        out += ']';
        return;
    }
    if (m_options.legacyEmptyValues && (!cell.hasValue || cell.value.isFalsy())) {
        out += "[]";
        return;
    }
    cell.value.appendJson(out);
}

void appendMessageWithSentAt(std::string& out, std::string_view message, std::string_view sentAt) {
    if (message.empty() || message.back() != '}') {
        out += message;
        return;
    }
    out.append(message.data(), message.size() - 1);
    out += R"(,"sentAt":")";
    out += sentAt;
    out += "\"}";
}

} // namespace ActionDeck
