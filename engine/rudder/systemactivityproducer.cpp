#include "rudder/systemactivityproducer.h"

#include "core/isotime.h"

namespace ActionDeck {

SystemActivityProducer::SystemActivityProducer(SystemActivityBuilder& builder, MessageSink& sink,
                                               std::size_t memoryLimit, QString spillDirectory)
    : m_builder(builder)
    , m_sink(sink)
    , m_merger(memoryLimit, std::move(spillDirectory)) {}

bool SystemActivityProducer::onFields(const JsonDetailFieldSet& fields) {
    std::string error;
    m_fields = SystemActivityFields::find(fields, &error);
    if (!m_fields)
        m_requestError = error;
    return m_fields.has_value();
}

bool SystemActivityProducer::onRanAt(std::string_view ranAt) {
    if (!IsoTime::parse(ranAt))
        m_unreadableRanAt = ranAt;
    m_builder.setRanAt(ranAt);
    return true;
}

bool SystemActivityProducer::onTimezone(std::string_view timezone) {
    m_builder.setTimezone(timezone);
    return true;
}

bool SystemActivityProducer::onRow(const JsonDetailRow& row) {
    ++m_rows;
    const auto cell = [&row](const SystemActivityFields::Index& field) -> const CellValue* {
        if (!field || !row.cells[*field].hasValue)
            return nullptr;
        return &row.cells[*field].value;
    };
    const CellValue* id = cell(m_fields->eventId);
    if (!id || isBlankIdentifier(id->asIdentifier())) {
        m_skipped.add("row " + std::to_string(row.index) + ": no event.id");
        return true;
    }
    SystemActivityEvent part;
    part.id = std::string(id->asIdentifier());
    part.firstRow = row.index;
    const std::pair<SystemActivityFields::Index SystemActivityFields::*,
                    SystemActivityEvent::Column>
        columns[] = {
            {&SystemActivityFields::eventName, SystemActivityEvent::Name},
            {&SystemActivityFields::category, SystemActivityEvent::Category},
            {&SystemActivityFields::createdTime, SystemActivityEvent::CreatedTime},
            {&SystemActivityFields::createdDate, SystemActivityEvent::CreatedDate},
            {&SystemActivityFields::userId, SystemActivityEvent::UserId},
            {&SystemActivityFields::sudoUserId, SystemActivityEvent::SudoUserId},
            {&SystemActivityFields::isAdmin, SystemActivityEvent::IsAdmin},
            {&SystemActivityFields::isApiCall, SystemActivityEvent::IsApiCall},
            {&SystemActivityFields::isLookerEmployee, SystemActivityEvent::IsLookerEmployee},
            {&SystemActivityFields::lookerUserId, SystemActivityEvent::LookerUserId},
            {&SystemActivityFields::email, SystemActivityEvent::Email},
            {&SystemActivityFields::userName, SystemActivityEvent::UserName},
        };
    for (const auto& [field, column] : columns) {
        if (const CellValue* value = cell((*m_fields).*field))
            part.columns[column] = *value;
    }
    const CellValue* name = cell(m_fields->attributeName);
    if (name && !name->asIdentifier().empty()) {
        const CellValue* value = cell(m_fields->attributeValue);
        part.attributes.emplace_back(std::string(name->asIdentifier()),
                                     value ? *value : CellValue());
    }
    if (!m_merger.add(std::move(part))) {
        m_requestError = "ActionDeck could not merge the events: " + m_merger.error() + ".";
        return false;
    }
    return true;
}

bool SystemActivityProducer::drain(std::size_t maxMessages) {
    if (m_requestError || m_stopped || !m_fields)
        return true;
    m_out.clear();
    const bool done = m_merger.next(m_out, maxMessages);
    if (!m_merger.error().empty()) {
        m_requestError = "ActionDeck could not merge the events: " + m_merger.error() + ".";
        return true;
    }
    for (const SystemActivityEvent& event : m_out) {
        if (event.columns[SystemActivityEvent::Name].kind == CellValue::Kind::Null) {
            m_skipped.add("event " + event.id + ": no event.name");
            continue;
        }
        m_message.clear();
        const MessageBuilder::RowResult result = m_builder.build(event, m_message);
        ++m_built;
        if (!result.hasUserId)
            ++m_withoutUserId;
        if (!m_sink.accept(m_message, result)) {
            m_stopped = true;
            return true;
        }
    }
    return done;
}

} // namespace ActionDeck
