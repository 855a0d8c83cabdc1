#pragma once

#include "catalog/eventcatalog.h"
#include "core/isotime.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageenvelope.h"
#include "rudder/systemactivityevent.h"

#include <QTimeZone>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ActionDeck {

class Clock;

/// The sync state's plan id under which the events sent to a source are remembered, whatever
/// schedule sent them: overlapping schedules then share it.
inline constexpr std::string_view kSystemActivityScope = "system_activity";

/// What the Rudder System Activity action's form and the hub say about its messages.
struct SystemActivityOptions {
    std::string eventPrefix;      ///< put before the Looker event name ("Looker login")
    std::string lookerHost;       ///< the Looker instance: it names the messageIds
    std::string timezone = "UTC"; ///< Looker's system time zone, when the result names none
    bool lookerContext = false;
    LookerRun run;
    bool fingerprints = false; ///< make each event's SyncRow (sent once per source)
};

/// What a System Activity result held that the catalogue does not know or could not type.
struct SystemActivityWarnings {
    static constexpr std::size_t kMaxListed = 10;
    std::uint64_t unknownEvents = 0; ///< events of a type the catalogue lacks
    std::vector<std::string> unknownEventNames;
    std::uint64_t unknownAttributes = 0; ///< attribute values sent as text: not in the catalogue
    std::vector<std::string> unknownAttributeNames; ///< "event_name.attribute"
    std::uint64_t badValues = 0;                    ///< values that did not read as their type
    std::string firstBadValue;                      ///< a sentence about the first one
    std::uint64_t unreadableTimes = 0;              ///< created times that could not be read
    std::string unknownTimezone; ///< a time zone name Qt does not know (then UTC)

    /// The sentences for Looker's message and the preview (empty when nothing to say).
    std::vector<std::string> sentences() const;
};

/// Builds the track message of one Looker event (README "Sending Looker's own events"): `event`
/// is the Looker event name, `properties` the common attributes and the event's own, typed by
/// the catalogue; `userId` the user's email, else `looker-user-<id>`, else an `anonymousId`
/// made from the event; `timestamp` the event's created time read in the result's time zone;
/// `messageId` a UUID v5 of the Looker instance and event.id, so that a Looker event is one id
/// wherever and however often it is sent.
class SystemActivityBuilder {
public:
    SystemActivityBuilder(SystemActivityOptions options, const EventCatalog& catalog,
                          const Clock& clock);

    /// The zone of the result's times (json_detail's `timezone`).
    void setTimezone(std::string_view name);
    /// Looker's `ran_at`: the time of events without a readable created time, and the context.
    void setRanAt(std::string_view ranAt);

    MessageBuilder::RowResult build(const SystemActivityEvent& event, std::string& out);
    const SystemActivityWarnings& warnings() const { return m_warnings; }

private:
    void appendProperties(const SystemActivityEvent& event, std::string& out);
    void appendTyped(const SystemActivityEvent& event, std::string_view attribute,
                     const CellValue& value, std::string& out);
    bool appendTimestamp(const SystemActivityEvent& event, std::string& out);
    void badValue(const SystemActivityEvent& event, std::string_view attribute,
                  const CellValue& value, std::string_view type);
    void appendUuid(std::string_view id, char purpose, std::string& out) const;
    bool knownEvent(const std::string& name);

    SystemActivityOptions m_options;
    const EventCatalog& m_catalog;
    const Clock& m_clock;
    MessageEnvelope m_envelope;
    IsoTime m_times;
    QTimeZone m_zone;
    std::string m_fallbackTime; ///< `ran_at`, else the time of the request
    /// "event\x1fattribute" → its catalogue type (-1: not in the catalogue), looked up once.
    std::unordered_map<std::string, int> m_types;
    std::unordered_map<std::string, bool> m_knownEvents;
    std::string m_key;
    SystemActivityWarnings m_warnings;
};

} // namespace ActionDeck
