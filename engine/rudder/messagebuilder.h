#pragma once

#include "core/isotime.h"
#include "looker/jsondetailfield.h"
#include "looker/jsondetailrow.h"
#include "rudder/calltype.h"
#include "rudder/messageenvelope.h"
#include "rudder/propertynamer.h"
#include "rudder/stablemessageids.h"
#include "rudder/syncoptions.h"
#include "rudder/syncrow.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace ActionDeck {

class Clock;
class IdGenerator;

/// What a Looker request asks the builder to make.
struct BuildOptions {
    CallType call = CallType::Identify;
    std::string event; ///< track: `form_params.event`
    std::vector<std::string> hiddenFields;
    /// Send falsy values as `[]`, as the Node reference hub does (off by default).
    bool legacyEmptyValues = false;
    /// How traits (properties) are named, then renamed (keyed by Looker's field name).
    PropertyNames propertyNames = PropertyNames::Looker;
    RenameMap rename;
    LookerRun run;
    /// Adds `context.looker`: the run's schedule, query, `ran_at` and URL.
    bool lookerContext = false;
    /// What StableMessageIds names the run by; empty: random messageIds always.
    std::string idScope;
    /// Make each row's SyncRow ("only new or changed rows").
    bool fingerprints = false;
};

/// The scope of stable messageIds: the schedule when there is one, else the destination; with
/// the action either way.
std::string messageIdScope(std::string_view planId, std::string_view destination,
                           std::string_view actionName);

/// Turns json_detail rows into RudderStack messages (SPEC section 3), written as JSON text in
/// the field order the RudderStack SDKs use. Messages leave without `sentAt`, which belongs to the
/// moment of sending (see appendMessageWithSentAt).
class MessageBuilder {
public:
    struct RowResult {
        bool built = false;
        bool hasUserId = false;
        std::string skipReason; ///< why the row was skipped, when it was
        /// With BuildOptions::fingerprints: the row's identity and what its message says, without
        /// ids and times (`timestamp`, `originalTimestamp`, `messageId`, a made anonymousId).
        SyncRow sync;
    };

    MessageBuilder(BuildOptions options, const Clock& clock, IdGenerator& ids);

    /// Checks the request and the fields and names the traits; returns the error Looker must
    /// show (no identifier field, two fields with one name...), or nothing.
    std::optional<std::string> prepare(const JsonDetailFieldSet& fields);
    /// The rename entries prepare() found nothing to rename with (warnings, not errors).
    const std::vector<UnusedRename>& unusedRenames() const { return m_unusedRenames; }
    /// Uses Looker's `ran_at` as every message's `timestamp`. False when it can't be read.
    bool setRanAt(std::string_view ranAt);

    /// Appends the row's message to `out`, or leaves `out` alone and says why the row is skipped.
    RowResult build(const JsonDetailRow& row, std::string& out);

private:
    enum class PlanItem : std::uint8_t { Value, Email };

    void appendTraits(const JsonDetailRow& row, std::string& out) const;
    void appendCellValue(const JsonDetailCell& cell, std::string& out) const;

    BuildOptions m_options;
    const Clock& m_clock;
    IdGenerator& m_ids;
    IsoTime m_originalTimestamps;
    StableMessageIds m_stableIds;
    std::string m_syncScratch;

    std::string m_timestamp; ///< `ran_at`, else the time of the request
    MessageEnvelope m_envelope;

    const JsonDetailFieldSet* m_fields = nullptr;
    /// What goes into traits (or properties), in order: the cell's field, what it is, and its
    /// key already escaped with the colon (`"users.city":`), made once per execute.
    struct PlanEntry {
        std::size_t field;
        PlanItem item;
        std::string key;
    };
    std::vector<PlanEntry> m_plan;
    std::vector<UnusedRename> m_unusedRenames;
    std::optional<std::size_t> m_userIdField;
    std::optional<std::size_t> m_anonymousIdField;
    std::optional<std::size_t> m_emailField;
    std::optional<std::size_t> m_groupIdField;
};

/// Appends `message` (as the builder made it) with the batch's `sentAt` as its last member.
void appendMessageWithSentAt(std::string& out, std::string_view message, std::string_view sentAt);

} // namespace ActionDeck
