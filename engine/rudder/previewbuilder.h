#pragma once

#include "core/parseerror.h"
#include "looker/cellvalue.h"
#include "rudder/deliverytarget.h"
#include "rudder/messagebuilder.h"
#include "rudder/systemactivitybuilder.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ActionDeck {

class Clock;
class IdGenerator;
struct ExecuteRequest;

/// Where a preview's messages would go: what stable messageIds and "only new or changed rows"
/// are scoped by (the hub's SyncScopeKey).
struct PreviewScope {
    std::string planId;      ///< empty: an ad-hoc send
    std::string action;      ///< rudder_event, rudder_track, rudder_group
    std::string destination; ///< the source's name, else the batch endpoint; may be empty
};

/// What a schedule last sent, as the hub's outbox remembers it.
struct PreviewSyncState {
    bool ranBefore = false;    ///< the scope exists: the schedule has sent rows there
    std::vector<SyncRow> rows; ///< sorted by identity, one each
};

/// Reads the state of `scope` without changing it; nullopt with `error` (a sentence) when it
/// can't.
using PreviewSyncReader =
    std::function<std::optional<PreviewSyncState>(const PreviewScope& scope, std::string* error)>;

/// What a preview builds: the call, and what may override an execute body's own settings.
struct PreviewOptions {
    CallType call = CallType::Identify;
    /// The track event; unset: an execute body's `form_params.event`.
    std::optional<std::string> event;
    /// The fields not to send; unset: an execute body's `vis_config.hidden_fields`.
    std::optional<std::vector<std::string>> hiddenFields;
    bool legacyEmptyValues = false;
    /// How traits are named; unset: an execute body's explicit `form_params.property_names`,
    /// else Looker's names.
    std::optional<PropertyNames> propertyNames;
    /// Applied after the style, as a source's rename map.
    RenameMap rename;
    /// Which rows go; unset: an execute body's explicit `form_params.send_rows`, else all.
    std::optional<SendRows> sendRows;
    /// Adds `context.looker`; unset: an execute body's explicit `form_params.looker_context`,
    /// else not.
    std::optional<bool> lookerContext;
    /// The scheduled plan; unset: an execute body's `scheduled_plan.scheduled_plan_id`.
    std::optional<std::string> planId;
    /// The destination source; unset: an execute body's `form_params.destination_source`, else
    /// its data plane URL's batch endpoint.
    std::optional<std::string> destination;
    /// With "only new or changed rows" and a schedule: what the rows are compared with. Unset:
    /// nothing was sent before, every row is new.
    PreviewSyncReader readSyncState;
    /// The System Activity action's prefix, instance and time zone (CallType::SystemActivity);
    /// an execute body's form and URLs fill what is left empty.
    SystemActivityOptions systemActivity;
    /// The per-event limit the size warning checks against.
    BatchLimits limits;
    /// How many messages PreviewResult::messages keeps; every message is still counted.
    std::size_t maxKeptMessages = std::numeric_limits<std::size_t>::max();
};

/// Why a preview could not be built, or stopped part-way (the messages before it stay).
struct PreviewError {
    enum class Kind {
        None,
        Request,    ///< the execute body is not valid JSON (`position` set)
        NoResult,   ///< the execute body has no inline attachment
        Attachment, ///< the attachment's base64 is invalid
        Query,      ///< the error Looker would be answered: no identifier field, no event...
        Json,       ///< the json_detail is malformed or truncated (`position` set)
        Stopped,    ///< the line handler refused a message
        SyncState,  ///< what the schedule last sent could not be read
    };
    Kind kind = Kind::None;
    std::string message;       ///< a complete sentence; Request and Json name the position
    ParseError position;       ///< Request, Json
    bool inAttachment = false; ///< Json: the json_detail was an execute body's attachment.data

    bool isSet() const { return kind != Kind::None; }
};

/// A message over RudderStack's limit for one event: it would be kept as failed, never sent.
struct OversizedEvent {
    std::uint64_t message = 0; ///< counted from 1
    std::size_t sentBytes = 0; ///< with `sentAt`, as the batch assembler counts it
};

/// An identifier cell whose value can not be an id (a boolean, object, array or pivot): the
/// builder treats it as missing, so the row gets another id or is skipped.
struct UnsupportedValue {
    std::uint64_t row = 0; ///< counted from 1
    std::string field;
    std::string tag; ///< user_id, email, rudder_anonymous_id or rudder_group_id
    CellValue::Kind kind = CellValue::Kind::Composite;
    bool pivoted = false;
};

/// Everything a preview found out.
struct PreviewResult {
    enum class Input { Undecided, JsonDetail, ExecuteRequest };
    static constexpr std::size_t kMaxListed = 10; ///< oversized and unsupported values kept

    Input input = Input::Undecided;
    /// An execute body's own event and hidden fields (whether or not options overrode them).
    std::string requestEvent;
    std::vector<std::string> requestHiddenFields;
    /// An execute body's explicit `form_params.property_names` (not `default`), if any.
    std::optional<PropertyNames> requestPropertyNames;
    std::optional<SendRows> requestSendRows;  ///< its explicit `form_params.send_rows`
    std::optional<bool> requestLookerContext; ///< its explicit `form_params.looker_context`

    /// System Activity: what the catalogue did not know or could not type, as sentences.
    std::vector<std::string> systemActivityWarnings;
    /// The same, counted, for a window to say in its own language.
    SystemActivityWarnings systemActivity;

    /// What the messages were built for: the schedule, action and destination.
    PreviewScope scope;
    SendRows sendRows = SendRows::All; ///< as applied
    bool stableIds = false;            ///< messageIds are those the hub would send (a `ran_at`)
    /// "Only new or changed rows" compared each row with the schedule's state (false without a
    /// schedule: every row goes, as the hub would send them).
    bool compared = false;
    bool scheduleRanBefore = false;  ///< the schedule had sent rows to this destination
    std::uint64_t unchangedRows = 0; ///< equal to the row last sent: not sent
    std::uint64_t changedRows = 0;   ///< sent before, different now
    std::uint64_t newRows = 0;       ///< never sent by this schedule

    /// The first PreviewOptions::maxKeptMessages messages without `sentAt`, as stored.
    std::vector<std::string> messages;
    JsonDetailFieldSet fields; ///< the result's fields, for the tag check
    std::string sentAt;        ///< what a batch sent now would carry
    std::uint64_t rows = 0;
    std::uint64_t messageCount = 0; ///< the messages that would be sent
    std::uint64_t withoutUserId = 0;
    std::uint64_t skippedRows = 0;
    std::string skippedRowsMessage; ///< "2 of 10 rows were skipped: row 3: ...", as Looker sees it
    std::uint64_t oversizedCount = 0;
    std::vector<OversizedEvent> oversized; ///< the first kMaxListed
    std::uint64_t unsupportedCount = 0;
    std::vector<UnsupportedValue> unsupported; ///< the first kMaxListed
    std::string unreadableRanAt;               ///< set when `ran_at` is not a date
    std::vector<UnusedRename> unusedRenames;   ///< rename entries that renamed nothing
    PreviewError error;

    /// Kept message `index` exactly as `actiondeck preview` prints it: with `sentAt`.
    std::string line(std::size_t index) const;
    bool keptAll() const { return messages.size() == messageCount; }
};

/// The preview pipeline shared by `actiondeck preview` and the Preview page: tells a json_detail
/// result from a whole execute body (LookerInputSniffer), reads it (ExecuteRequestReader,
/// JsonDetailReader) and builds the messages (MessageProducer) with the warnings a user needs.
/// Pushed in pieces, so a caller can print as it goes (CLI) or share the work out over event-loop
/// turns (GUI); the json_detail of an execute body is read after the body ends, by advance().
class PreviewBuilder {
public:
    /// Receives each message line as printed (with `sentAt`). False stops the preview.
    using LineHandler = std::function<bool(std::string_view line)>;

    PreviewBuilder(PreviewOptions options, const Clock& clock, IdGenerator& ids);
    ~PreviewBuilder();
    PreviewBuilder(const PreviewBuilder&) = delete;
    PreviewBuilder& operator=(const PreviewBuilder&) = delete;

    void setLineHandler(LineHandler handler);

    /// The next piece of input. False once nothing more can be built (see result().error).
    bool feed(std::string_view chunk);
    /// Declares the end of the input.
    void endInput();
    /// Does at most about `maxBytes` of the work left after endInput(); true once it is all done.
    bool advance(std::size_t maxBytes = std::numeric_limits<std::size_t>::max());
    /// endInput() and advance() until done.
    void finish();
    bool isFinished() const;
    /// How far advance() is through the json_detail of an execute body: done and total bytes.
    std::pair<std::uint64_t, std::uint64_t> attachmentProgress() const;

    const PreviewResult& result() const { return m_result; }
    PreviewResult takeResult() { return std::move(m_result); }

    /// The whole preview of `input` at once.
    static PreviewResult build(std::string_view input, PreviewOptions options, const Clock& clock,
                               IdGenerator& ids);

private:
    class Pipeline;

    void decide(PreviewResult::Input input);
    void startPipeline(const ExecuteRequest* request);
    SystemActivityOptions systemActivityOptions(const ExecuteRequest* request,
                                                const BuildOptions& build) const;
    bool feedReader(std::string_view chunk);
    void readExecuteRequest();
    void complete(bool readerOk);

    PreviewOptions m_options;
    const Clock& m_clock;
    IdGenerator& m_ids;
    LineHandler m_lineHandler;
    PreviewResult m_result;

    struct Sniffing;
    std::unique_ptr<Sniffing> m_sniffing; ///< until the kind of input is known
    std::string m_body;                   ///< an execute body, until it ends
    std::string m_attachment;             ///< its json_detail, read by advance()
    std::size_t m_attachmentDone = 0;
    std::size_t m_attachmentSize = 0;
    std::unique_ptr<Pipeline> m_pipeline;
    std::optional<PreviewSyncState> m_syncState; ///< what the rows are compared with
    bool m_hasIdScope = false;
    bool m_inputEnded = false;
    bool m_finished = false;
};

} // namespace ActionDeck
