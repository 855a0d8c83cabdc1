#include "rudder/systemactivitybuilder.h"

#include "core/clock.h"
#include "core/jsonescape.h"

#include <QDateTime>
#include <QUuid>

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <xxhash.h>

namespace ActionDeck {

namespace {

/// The namespace of System Activity messageIds (UUID v5, RFC 4122): ActionDeck's own.
const QUuid kNamespace(QStringLiteral("2f6c3a0e-91d4-5b7e-8c15-6a4e0b9d3f72"));

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

/// A JSON number as JSON writes it (no leading zeros, no "+", no hex).
bool isJsonNumber(std::string_view text) {
    std::size_t at = 0;
    const auto digits = [&] {
        const std::size_t start = at;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
            ++at;
        return at - start;
    };
    if (at < text.size() && text[at] == '-')
        ++at;
    const std::size_t start = at;
    const std::size_t whole = digits();
    if (whole == 0 || (whole > 1 && text[start] == '0'))
        return false;
    if (at < text.size() && text[at] == '.') {
        ++at;
        if (digits() == 0)
            return false;
    }
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-'))
            ++at;
        if (digits() == 0)
            return false;
    }
    return at == text.size();
}

/// Yes/No (Looker's yesno dimensions), true/false, 1/0.
std::optional<bool> booleanOf(const CellValue& value) {
    if (value.kind == CellValue::Kind::True || value.kind == CellValue::Kind::False)
        return value.kind == CellValue::Kind::True;
    const std::string text = lower(value.text);
    if (text == "yes" || text == "true" || text == "1")
        return true;
    if (text == "no" || text == "false" || text == "0")
        return false;
    return std::nullopt;
}

const CellValue& column(const SystemActivityEvent& event, SystemActivityEvent::Column c) {
    return event.columns[c];
}

bool given(const CellValue& value) {
    return value.kind != CellValue::Kind::Null && !isBlankIdentifier(value.asIdentifier()) &&
           !(value.kind == CellValue::Kind::String && value.text.empty());
}

} // namespace

std::vector<std::string> SystemActivityWarnings::sentences() const {
    std::vector<std::string> out;
    const auto listed = [](const std::vector<std::string>& names, std::uint64_t count) {
        std::string text;
        for (const std::string& name : names)
            text += (text.empty() ? "" : ", ") + name;
        if (count > names.size())
            text += ", …";
        return text;
    };
    if (unknownEvents > 0)
        out.push_back(
            std::to_string(unknownEvents) + " event(s) of a type the catalogue does not know (" +
            listed(unknownEventNames, unknownEvents) + "): their attributes went as text");
    if (unknownAttributes > 0)
        out.push_back(std::to_string(unknownAttributes) +
                      " attribute value(s) the catalogue does not know went as text (" +
                      listed(unknownAttributeNames, unknownAttributes) + ")");
    if (badValues > 0)
        out.push_back(
            std::to_string(badValues) +
            " value(s) did not read as their type and went as text, the first: " + firstBadValue);
    if (unreadableTimes > 0)
        out.push_back(std::to_string(unreadableTimes) +
                      " event(s) without a readable created time carry the time of the run");
    if (!unknownTimezone.empty())
        out.push_back("the time zone \"" + unknownTimezone + "\" is unknown: times read as UTC");
    return out;
}

SystemActivityBuilder::SystemActivityBuilder(SystemActivityOptions options,
                                             const EventCatalog& catalog, const Clock& clock)
    : m_options(std::move(options))
    , m_catalog(catalog)
    , m_clock(clock)
    , m_envelope(CallType::Track, m_options.lookerContext, m_options.run)
    , m_zone(QTimeZone::utc()) {
    m_times.append(m_clock.nowMs(), m_fallbackTime);
    setTimezone(m_options.timezone);
}

void SystemActivityBuilder::setTimezone(std::string_view name) {
    const QByteArray id(name.data(), qsizetype(name.size()));
    if (id.isEmpty() || id == "UTC" || id == "Etc/UTC") {
        m_zone = QTimeZone::utc();
        return;
    }
    const QTimeZone zone(id);
    if (zone.isValid()) {
        m_zone = zone;
        m_warnings.unknownTimezone.clear();
    } else {
        m_zone = QTimeZone::utc();
        m_warnings.unknownTimezone = std::string(name);
    }
}

void SystemActivityBuilder::setRanAt(std::string_view ranAt) {
    m_envelope.setRanAt(ranAt);
    if (const auto ms = IsoTime::parse(ranAt)) {
        m_fallbackTime.clear();
        m_times.append(*ms, m_fallbackTime);
    }
}

void SystemActivityBuilder::appendUuid(std::string_view id, char purpose, std::string& out) const {
    // The instance and the event: the same Looker event has the same id from any schedule.
    QByteArray name = QByteArray::fromStdString(m_options.lookerHost);
    name += '\x1f';
    name += QByteArray(id.data(), qsizetype(id.size()));
    if (purpose != 'm')
        name += QByteArray("\x1f") + purpose;
    out += QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces).toStdString();
}

bool SystemActivityBuilder::knownEvent(const std::string& name) {
    auto found = m_knownEvents.find(name);
    if (found == m_knownEvents.end())
        found = m_knownEvents.emplace(name, m_catalog.find(QString::fromStdString(name)) != nullptr)
                    .first;
    return found->second;
}

MessageBuilder::RowResult SystemActivityBuilder::build(const SystemActivityEvent& event,
                                                       std::string& out) {
    MessageBuilder::RowResult result;
    result.built = true;
    const std::string& name = column(event, SystemActivityEvent::Name).text;
    if (!knownEvent(name)) {
        ++m_warnings.unknownEvents;
        if (m_warnings.unknownEventNames.size() < SystemActivityWarnings::kMaxListed &&
            std::find(m_warnings.unknownEventNames.begin(), m_warnings.unknownEventNames.end(),
                      name) == m_warnings.unknownEventNames.end())
            m_warnings.unknownEventNames.push_back(name);
    }
    const CellValue& email = column(event, SystemActivityEvent::Email);
    const CellValue& userId = given(column(event, SystemActivityEvent::UserId))
                                  ? column(event, SystemActivityEvent::UserId)
                                  : column(event, SystemActivityEvent::LookerUserId);
    out += R"({"userId":)";
    if (given(email)) {
        appendJsonString(out, email.asIdentifier());
        result.hasUserId = true;
    } else if (given(userId)) {
        appendJsonString(out, "looker-user-" + std::string(userId.asIdentifier()));
        result.hasUserId = true;
    } else {
        out += "null";
    }
    out += R"(,"anonymousId":)";
    if (result.hasUserId) {
        out += "null";
    } else {
        out += '"';
        appendUuid(event.id, 'a', out);
        out += '"';
    }
    out += R"(,"event":)";
    appendJsonString(out, m_options.eventPrefix + name);
    out += R"(,"properties":{)";
    appendProperties(event, out);
    out += '}';
    out += m_envelope.contextHead();
    out += m_envelope.contextTail();
    out += R"(,"timestamp":")";
    if (!appendTimestamp(event, out)) {
        ++m_warnings.unreadableTimes;
        out += m_fallbackTime;
    }
    out += '"';
    out += m_envelope.typeAndMetadata();
    out += R"(,"originalTimestamp":")";
    m_times.append(m_clock.nowMs(), out);
    out += R"(","messageId":")";
    appendUuid(event.id, 'm', out);
    out += "\"}";
    if (m_options.fingerprints) {
        // A Looker event never changes: remembering that it was sent is enough.
        m_key = m_options.lookerHost + '\x1f' + event.id;
        result.sync.identity = XXH3_64bits(m_key.data(), m_key.size());
        result.sync.fingerprint = 0;
    }
    return result;
}

void SystemActivityBuilder::appendProperties(const SystemActivityEvent& event, std::string& out) {
    bool first = true;
    const auto key = [&](std::string_view name) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ':';
    };
    key("looker_event_id");
    isJsonNumber(event.id) ? void(out += event.id) : appendJsonString(out, event.id);
    const std::pair<const char*, SystemActivityEvent::Column> common[] = {
        {"category", SystemActivityEvent::Category},
        {"is_admin", SystemActivityEvent::IsAdmin},
        {"is_api_call", SystemActivityEvent::IsApiCall},
        {"is_looker_employee", SystemActivityEvent::IsLookerEmployee},
        {"sudo_user_id", SystemActivityEvent::SudoUserId},
    };
    for (const auto& [name, c] : common) {
        if (column(event, c).kind == CellValue::Kind::Null)
            continue;
        key(name);
        appendTyped(event, name, column(event, c), out);
    }
    const CellValue& userId = given(column(event, SystemActivityEvent::UserId))
                                  ? column(event, SystemActivityEvent::UserId)
                                  : column(event, SystemActivityEvent::LookerUserId);
    if (given(userId)) {
        key("looker_user_id");
        appendTyped(event, "user_id", userId, out);
    }
    if (given(column(event, SystemActivityEvent::UserName))) {
        key("user_name");
        appendJsonString(out, column(event, SystemActivityEvent::UserName).text);
    }
    for (const auto& [name, value] : event.attributes) {
        key(name);
        appendTyped(event, name, value, out);
    }
}

void SystemActivityBuilder::appendTyped(const SystemActivityEvent& event,
                                        std::string_view attribute, const CellValue& value,
                                        std::string& out) {
    if (value.kind == CellValue::Kind::Null) {
        out += "null";
        return;
    }
    const std::string& eventName = column(event, SystemActivityEvent::Name).text;
    m_key = eventName;
    m_key += '\x1f';
    m_key += attribute;
    auto found = m_types.find(m_key);
    if (found == m_types.end()) {
        const EventAttribute* known = m_catalog.attribute(
            QString::fromStdString(eventName), QString::fromStdString(std::string(attribute)));
        found = m_types.emplace(m_key, known ? int(known->type) : -1).first;
    }
    if (found->second < 0) {
        // An event of an unknown type is counted once, in build().
        if (knownEvent(eventName)) {
            ++m_warnings.unknownAttributes;
            const std::string name = eventName + '.' + std::string(attribute);
            if (m_warnings.unknownAttributeNames.size() < SystemActivityWarnings::kMaxListed &&
                std::find(m_warnings.unknownAttributeNames.begin(),
                          m_warnings.unknownAttributeNames.end(),
                          name) == m_warnings.unknownAttributeNames.end())
                m_warnings.unknownAttributeNames.push_back(name);
        }
        value.kind == CellValue::Kind::String ? appendJsonString(out, value.text)
                                              : value.appendJson(out);
        return;
    }
    switch (AttributeType(found->second)) {
    case AttributeType::Number:
        if (value.kind == CellValue::Kind::Number || isJsonNumber(value.text)) {
            out += value.text;
            return;
        }
        badValue(event, attribute, value, "a number");
        break;
    case AttributeType::Boolean:
        if (const auto flag = booleanOf(value)) {
            out += *flag ? "true" : "false";
            return;
        }
        badValue(event, attribute, value, "yes or no");
        break;
    case AttributeType::Json: {
        if (value.kind == CellValue::Kind::Composite) {
            out += value.text;
            return;
        }
        boost::system::error_code error;
        const boost::json::value parsed = boost::json::parse(value.text, error);
        if (!error) {
            out += boost::json::serialize(parsed);
            return;
        }
        badValue(event, attribute, value, "JSON");
        break;
    }
    case AttributeType::Text:
    case AttributeType::Time:
        break;
    }
    value.kind == CellValue::Kind::String ? appendJsonString(out, value.text)
                                          : value.appendJson(out);
}

void SystemActivityBuilder::badValue(const SystemActivityEvent& event, std::string_view attribute,
                                     const CellValue& value, std::string_view type) {
    if (m_warnings.badValues++ > 0)
        return;
    m_warnings.firstBadValue = "event " + event.id + " (" +
                               column(event, SystemActivityEvent::Name).text +
                               "): " + std::string(attribute) + " \"" + value.text.substr(0, 60) +
                               "\" is not " + std::string(type);
}

bool SystemActivityBuilder::appendTimestamp(const SystemActivityEvent& event, std::string& out) {
    const CellValue& time = column(event, SystemActivityEvent::CreatedTime);
    const CellValue& date = column(event, SystemActivityEvent::CreatedDate);
    const std::string& text = given(time) ? time.text : date.text;
    if (text.empty())
        return false;
    // A time with its own zone (an ISO 8601 offset) says where it is; Looker's don't.
    if (text.find('Z') != std::string::npos || text.find('+') != std::string::npos) {
        if (const auto ms = IsoTime::parse(text)) {
            m_times.append(*ms, out);
            return true;
        }
    }
    const QString local = QString::fromStdString(text).replace(u'T', u' ');
    QDateTime parsed;
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
          QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd")}) {
        parsed = QDateTime::fromString(local, format);
        if (parsed.isValid())
            break;
    }
    if (!parsed.isValid())
        return false;
    parsed.setTimeZone(m_zone);
    m_times.append(parsed.toMSecsSinceEpoch(), out);
    return true;
}

} // namespace ActionDeck
