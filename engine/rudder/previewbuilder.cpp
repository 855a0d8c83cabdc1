#include "rudder/previewbuilder.h"

#include "core/clock.h"
#include "core/isotime.h"
#include "looker/executerequest.h"
#include "looker/jsondetailreader.h"
#include "looker/lookerinputsniffer.h"
#include "rudder/batchbody.h"
#include "rudder/dataplaneurl.h"
#include "rudder/messageproducer.h"
#include "rudder/systemactivityproducer.h"

#include <QUrl>

#include <algorithm>

namespace ActionDeck {

namespace {

constexpr std::size_t kChunkSize = 64 * 1024;
/// How much input is held while telling a json_detail from an execute body.
constexpr std::size_t kMaxSniffBytes = 16 << 20;

/// The identifier fields MessageBuilder reads (the first field with each tag).
std::vector<std::pair<std::size_t, std::string>> identifierFields(const JsonDetailFieldSet& fields,
                                                                  CallType call) {
    std::vector<std::pair<std::size_t, std::string>> found;
    for (const char* tag : {"user_id", "email", "rudder_anonymous_id", "rudder_group_id"}) {
        if (call != CallType::Group && std::string_view(tag) == "rudder_group_id")
            continue;
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [tag](const JsonDetailField& f) { return f.hasTag(tag); });
        if (field != fields.end())
            found.emplace_back(std::size_t(field - fields.begin()), tag);
    }
    return found;
}

} // namespace

/// Reader → (inspection) → MessageProducer or SystemActivityProducer → (sizes, kept messages,
/// line handler).
class PreviewBuilder::Pipeline : public JsonDetailConsumer, public MessageSink {
public:
    Pipeline(BuildOptions build, SystemActivityOptions systemActivity,
             const PreviewOptions& options, const PreviewSyncState* sync, const Clock& clock,
             IdGenerator& ids, PreviewResult& result, const LineHandler& lineHandler)
        : m_options(options)
        , m_sync(sync)
        , m_result(result)
        , m_lineHandler(lineHandler)
        , m_reader(*this) {
        if (build.call == CallType::SystemActivity) {
            m_activity = std::make_unique<SystemActivityBuilder>(std::move(systemActivity),
                                                                 EventCatalog::builtIn(), clock);
            m_producer = std::make_unique<SystemActivityProducer>(*m_activity, *this);
        } else {
            m_builder = std::make_unique<MessageBuilder>(std::move(build), clock, ids);
            m_producer = std::make_unique<MessageProducer>(*m_builder, *this);
        }
        // After the builder has read the request time, as the command always did.
        IsoTime().append(clock.nowMs(), m_result.sentAt);
    }

    JsonDetailReader& reader() { return m_reader; }
    ResultProducer& producer() { return *m_producer; }
    std::uint64_t sentWithoutUserId() const { return m_withoutUserId; }
    /// `ran_at` came before the rows, so ids are stable where the run has a scope.
    bool ranAtFirst() const { return m_ranAtFirst; }
    SystemActivityWarnings warnings() const {
        return m_activity ? m_activity->warnings() : SystemActivityWarnings();
    }

    bool onFields(const JsonDetailFieldSet& fields) override {
        m_fields = &fields;
        m_result.fields = fields;
        if (m_builder)
            m_identifiers = identifierFields(fields, m_options.call);
        const bool ok = m_producer->onFields(fields);
        if (m_builder)
            m_result.unusedRenames = m_builder->unusedRenames();
        return ok;
    }
    bool onRanAt(std::string_view ranAt) override {
        m_ranAtFirst = m_producer->rowsSeen() == 0;
        return m_producer->onRanAt(ranAt);
    }
    bool onTimezone(std::string_view timezone) override { return m_producer->onTimezone(timezone); }
    bool onRow(const JsonDetailRow& row) override {
        for (const auto& [index, tag] : m_identifiers)
            inspect(row, index, tag);
        return m_producer->onRow(row);
    }

    bool accept(std::string_view message, const MessageBuilder::RowResult& row) override {
        if (m_sync) {
            // As the hub's execute compares: equal to the last sent → not sent.
            const auto last = lastSentFingerprint(m_sync->rows, row.sync.identity);
            if (last == row.sync.fingerprint) {
                ++m_result.unchangedRows;
                return true;
            }
            ++(last ? m_result.changedRows : m_result.newRows);
        }
        if (!row.hasUserId)
            ++m_withoutUserId;
        const std::uint64_t number = ++m_accepted;
        const std::size_t sentBytes = message.size() + BatchBody::kPerMessageOverhead;
        if (sentBytes > std::size_t(m_options.limits.maxEventBytes)) {
            ++m_result.oversizedCount;
            if (m_result.oversized.size() < PreviewResult::kMaxListed)
                m_result.oversized.push_back({number, sentBytes});
        }
        if (m_result.messages.size() < m_options.maxKeptMessages)
            m_result.messages.emplace_back(message);
        if (!m_lineHandler)
            return true;
        m_line.clear();
        appendMessageWithSentAt(m_line, message, m_result.sentAt);
        return m_lineHandler(m_line);
    }

private:
    void inspect(const JsonDetailRow& row, std::size_t index, const std::string& tag) {
        const JsonDetailCell& cell = row.cells[index];
        const bool pivoted = cell.isPivoted();
        const CellValue::Kind kind = cell.value.kind;
        const bool unusable = pivoted || (cell.hasValue && (kind == CellValue::Kind::True ||
                                                            kind == CellValue::Kind::False ||
                                                            kind == CellValue::Kind::Composite));
        if (!cell.present || !unusable)
            return;
        ++m_result.unsupportedCount;
        if (m_result.unsupported.size() < PreviewResult::kMaxListed)
            m_result.unsupported.push_back(
                {row.index, (*m_fields)[index].name, tag, kind, pivoted});
    }

    const PreviewOptions& m_options;
    const PreviewSyncState* m_sync;
    PreviewResult& m_result;
    const LineHandler& m_lineHandler;
    std::unique_ptr<MessageBuilder> m_builder;
    std::unique_ptr<SystemActivityBuilder> m_activity;
    std::unique_ptr<ResultProducer> m_producer;
    JsonDetailReader m_reader;
    const JsonDetailFieldSet* m_fields = nullptr;
    std::vector<std::pair<std::size_t, std::string>> m_identifiers;
    std::uint64_t m_accepted = 0;
    std::uint64_t m_withoutUserId = 0;
    bool m_ranAtFirst = false;
    std::string m_line;
};

struct PreviewBuilder::Sniffing {
    LookerInputSniffer sniffer;
    std::string head;
};

std::string PreviewResult::line(std::size_t index) const {
    std::string out;
    appendMessageWithSentAt(out, messages.at(index), sentAt);
    return out;
}

PreviewBuilder::PreviewBuilder(PreviewOptions options, const Clock& clock, IdGenerator& ids)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_ids(ids)
    , m_sniffing(std::make_unique<Sniffing>()) {}

PreviewBuilder::~PreviewBuilder() = default;

void PreviewBuilder::setLineHandler(LineHandler handler) {
    m_lineHandler = std::move(handler);
}

bool PreviewBuilder::feed(std::string_view chunk) {
    if (m_finished || m_inputEnded)
        return false;
    if (m_sniffing) {
        m_sniffing->head.append(chunk);
        auto kind = m_sniffing->sniffer.feed(chunk);
        if (kind == LookerInputSniffer::Kind::Undecided && m_sniffing->head.size() < kMaxSniffBytes)
            return true;
        if (kind == LookerInputSniffer::Kind::Undecided)
            kind = m_sniffing->sniffer.finish();
        decide(kind == LookerInputSniffer::Kind::ExecuteRequest
                   ? PreviewResult::Input::ExecuteRequest
                   : PreviewResult::Input::JsonDetail);
        return !m_finished;
    }
    if (m_result.input == PreviewResult::Input::ExecuteRequest) {
        m_body.append(chunk);
        return true;
    }
    return feedReader(chunk);
}

void PreviewBuilder::endInput() {
    if (m_inputEnded)
        return;
    m_inputEnded = true;
    if (m_sniffing && !m_finished)
        decide(m_sniffing->sniffer.finish() == LookerInputSniffer::Kind::ExecuteRequest
                   ? PreviewResult::Input::ExecuteRequest
                   : PreviewResult::Input::JsonDetail);
    if (!m_finished && m_result.input == PreviewResult::Input::ExecuteRequest)
        readExecuteRequest();
}

bool PreviewBuilder::advance(std::size_t maxBytes) {
    if (!m_inputEnded)
        return false;
    if (m_finished)
        return true;
    if (m_result.input == PreviewResult::Input::ExecuteRequest) {
        const std::string_view text(m_attachment);
        std::size_t spent = 0;
        while (m_attachmentDone < text.size() && spent < maxBytes) {
            const std::string_view piece =
                text.substr(m_attachmentDone, std::min(kChunkSize, maxBytes - spent));
            m_attachmentDone += piece.size();
            spent += piece.size();
            if (!feedReader(piece))
                return true;
        }
        if (m_attachmentDone < text.size())
            return false;
    }
    complete(m_pipeline->reader().finish());
    return true;
}

void PreviewBuilder::finish() {
    endInput();
    advance();
}

bool PreviewBuilder::isFinished() const {
    return m_finished;
}

std::pair<std::uint64_t, std::uint64_t> PreviewBuilder::attachmentProgress() const {
    return {m_attachmentDone, m_attachmentSize};
}

PreviewResult PreviewBuilder::build(std::string_view input, PreviewOptions options,
                                    const Clock& clock, IdGenerator& ids) {
    PreviewBuilder builder(std::move(options), clock, ids);
    for (std::size_t at = 0; at < input.size(); at += kChunkSize) {
        if (!builder.feed(input.substr(at, kChunkSize)))
            break;
    }
    builder.finish();
    return builder.takeResult();
}

void PreviewBuilder::decide(PreviewResult::Input input) {
    std::string head = std::move(m_sniffing->head);
    m_sniffing.reset();
    m_result.input = input;
    if (input == PreviewResult::Input::ExecuteRequest) {
        m_body = std::move(head);
        return;
    }
    startPipeline(nullptr);
    if (!m_finished)
        feedReader(head);
}

void PreviewBuilder::startPipeline(const ExecuteRequest* request) {
    BuildOptions build;
    build.call = m_options.call;
    build.propertyNames = m_options.propertyNames.value_or(
        m_result.requestPropertyNames.value_or(PropertyNames::Looker));
    build.rename = m_options.rename;
    build.event = m_options.event.value_or(m_result.requestEvent);
    build.hiddenFields = m_options.hiddenFields.value_or(m_result.requestHiddenFields);
    build.legacyEmptyValues = m_options.legacyEmptyValues;
    build.lookerContext =
        m_options.lookerContext.value_or(m_result.requestLookerContext.value_or(false));

    // The run and its scope, as the hub names them (Hub::execute).
    PreviewScope& scope = m_result.scope;
    if (request) {
        build.run = {request->planId, request->planTitle, request->planType, request->planUrl,
                     request->queryId};
        scope.destination = request->formParam("destination_source");
        if (scope.destination.empty()) {
            const QUrl endpoint = batchEndpoint(
                QString::fromStdString(request->param("rudder_server_url")).trimmed());
            if (endpoint.isValid())
                scope.destination = endpoint.toString().toStdString();
        }
    }
    if (m_options.planId)
        build.run.planId = *m_options.planId;
    if (m_options.destination)
        scope.destination = *m_options.destination;
    // System Activity events are sent once a source, whatever schedule sends them.
    const bool systemActivity = build.call == CallType::SystemActivity;
    scope.planId = systemActivity ? std::string(kSystemActivityScope) : build.run.planId;
    scope.action = lookerActionName(build.call);
    if (!systemActivity && (!scope.planId.empty() || !scope.destination.empty()))
        build.idScope = messageIdScope(scope.planId, scope.destination, scope.action);

    m_result.sendRows =
        systemActivity
            ? SendRows::Changed
            : m_options.sendRows.value_or(m_result.requestSendRows.value_or(SendRows::All));
    // As the hub: without a schedule there is nothing to compare with, and every row goes.
    m_result.compared = m_result.sendRows == SendRows::Changed &&
                        (systemActivity ? !scope.destination.empty() : !scope.planId.empty());
    SystemActivityOptions activity = systemActivityOptions(request, build);
    activity.fingerprints = m_result.compared;
    if (m_result.compared) {
        build.fingerprints = true;
        std::string error;
        m_syncState = m_options.readSyncState ? m_options.readSyncState(scope, &error)
                                              : std::optional(PreviewSyncState());
        if (!m_syncState) {
            m_result.error = {PreviewError::Kind::SyncState,
                              error.empty() ? "what the schedule last sent could not be read"
                                            : error,
                              {},
                              false};
            m_finished = true;
            return;
        }
        m_result.scheduleRanBefore = m_syncState->ranBefore;
    }
    m_hasIdScope = !build.idScope.empty();
    m_pipeline = std::make_unique<Pipeline>(std::move(build), std::move(activity), m_options,
                                            m_syncState ? &*m_syncState : nullptr, m_clock, m_ids,
                                            m_result, m_lineHandler);
}

bool PreviewBuilder::feedReader(std::string_view chunk) {
    if (m_pipeline->reader().feed(chunk))
        return true;
    complete(false);
    return false;
}

void PreviewBuilder::readExecuteRequest() {
    const auto fail = [this](PreviewError::Kind kind, std::string message,
                             ParseError position = {}) {
        m_result.error = {kind, std::move(message), std::move(position), false};
        m_finished = true;
    };
    ParseError parseError;
    const auto request = ExecuteRequestReader::read(m_body, &parseError);
    std::string().swap(m_body);
    if (!request)
        return fail(PreviewError::Kind::Request, parseError.message, parseError);
    m_result.requestEvent = request->formParam("event");
    m_result.requestHiddenFields = request->hiddenFields;
    // Explicit choices of the form; "default" is the source's, which a preview does not know.
    m_result.requestPropertyNames = propertyNamesFromName(request->formParam("property_names"));
    m_result.requestSendRows = sendRowsFromName(request->formParam("send_rows"));
    if (const std::string context = request->formParam("looker_context");
        context == "yes" || context == "no")
        m_result.requestLookerContext = context == "yes";
    if (!request->hasAttachment) {
        if (!request->downloadUrl.empty())
            return fail(PreviewError::Kind::NoResult,
                        "the request has no inline attachment; its result is at "
                        "scheduled_plan.download_url, a one-time URL that preview does not fetch");
        return fail(PreviewError::Kind::NoResult,
                    "the request has neither an attachment nor a download URL");
    }
    std::string decodeError;
    m_attachment = request->decodedAttachment(&decodeError);
    m_attachmentSize = m_attachment.size();
    if (!decodeError.empty())
        return fail(PreviewError::Kind::Attachment, decodeError);
    startPipeline(&*request);
}

SystemActivityOptions PreviewBuilder::systemActivityOptions(const ExecuteRequest* request,
                                                            const BuildOptions& build) const {
    SystemActivityOptions options = m_options.systemActivity;
    options.lookerContext = build.lookerContext;
    options.run = build.run;
    if (!request)
        return options;
    if (options.eventPrefix.empty())
        options.eventPrefix = request->formParam("event_prefix");
    if (const std::string zone = request->formParam("looker_timezone"); !zone.empty())
        options.timezone = zone;
    // The instance as the hub names it, the host Looker's URLs point at, wins over the option:
    // the ids shown are then the ones the hub sends.
    for (const std::string& url : {request->downloadUrl, request->planUrl}) {
        const QString host = QUrl(QString::fromStdString(url)).host();
        if (!host.isEmpty())
            options.lookerHost = host.toStdString();
    }
    return options;
}

void PreviewBuilder::complete(bool readerOk) {
    ResultProducer& producer = m_pipeline->producer();
    // What a producer held back (merged events) comes out once the input is read.
    while (readerOk && !producer.drain(4096)) {
    }
    m_result.systemActivity = m_pipeline->warnings();
    m_result.systemActivityWarnings = m_result.systemActivity.sentences();
    m_result.rows = producer.rowsSeen();
    m_result.messageCount = producer.messagesBuilt() - m_result.unchangedRows;
    m_result.withoutUserId = m_pipeline->sentWithoutUserId();
    m_result.stableIds =
        m_hasIdScope && m_pipeline->ranAtFirst() && producer.unreadableRanAt().empty();
    m_result.skippedRows = producer.skippedRows().count();
    if (m_result.skippedRows > 0)
        m_result.skippedRowsMessage = producer.skippedRows().message(producer.rowsSeen());
    m_result.unreadableRanAt = producer.unreadableRanAt();
    const JsonDetailReader& reader = m_pipeline->reader();
    if (producer.requestError()) {
        m_result.error = {PreviewError::Kind::Query, *producer.requestError(), {}, false};
    } else if (!readerOk && reader.stoppedByConsumer()) {
        m_result.error = {PreviewError::Kind::Stopped,
                          "the preview was stopped before the end of the input",
                          {},
                          false};
    } else if (!readerOk) {
        m_result.error = {PreviewError::Kind::Json, reader.error().message, reader.error(),
                          m_result.input == PreviewResult::Input::ExecuteRequest};
    }
    m_pipeline.reset();
    m_syncState.reset();
    std::string().swap(m_attachment);
    m_finished = true;
}

} // namespace ActionDeck
