#pragma once

#include "rudder/resultproducer.h"
#include "rudder/systemactivitybuilder.h"
#include "rudder/systemactivityfields.h"
#include "rudder/systemactivitymerger.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ActionDeck {

/// The Rudder System Activity action's producer: the rows of a System Activity result are
/// merged per event.id (SystemActivityMerger) while they are read, and each Looker event becomes
/// one track message (SystemActivityBuilder) when drain() is called after the end of the input.
class SystemActivityProducer : public ResultProducer {
public:
    SystemActivityProducer(SystemActivityBuilder& builder, MessageSink& sink,
                           std::size_t memoryLimit = SystemActivityMerger::kDefaultMemoryLimit,
                           QString spillDirectory = {});

    bool onFields(const JsonDetailFieldSet& fields) override;
    bool onRanAt(std::string_view ranAt) override;
    bool onTimezone(std::string_view timezone) override;
    bool onRow(const JsonDetailRow& row) override;
    bool drain(std::size_t maxMessages) override;

    const std::optional<std::string>& requestError() const override { return m_requestError; }
    const RowErrorSummary& skippedRows() const override { return m_skipped; }
    std::uint64_t rowsSeen() const override { return m_rows; }
    std::uint64_t messagesBuilt() const override { return m_built; }
    const std::string& unreadableRanAt() const override { return m_unreadableRanAt; }
    std::uint64_t messagesWithoutUserId() const { return m_withoutUserId; }
    const SystemActivityWarnings& warnings() const { return m_builder.warnings(); }
    bool spilled() const { return m_merger.spilled(); }

private:
    SystemActivityBuilder& m_builder;
    MessageSink& m_sink;
    SystemActivityMerger m_merger;
    std::optional<SystemActivityFields> m_fields;
    std::optional<std::string> m_requestError;
    RowErrorSummary m_skipped;
    std::string m_unreadableRanAt;
    std::vector<SystemActivityEvent> m_out;
    std::string m_message;
    std::uint64_t m_rows = 0;
    std::uint64_t m_built = 0;
    std::uint64_t m_withoutUserId = 0;
    bool m_stopped = false;
};

} // namespace ActionDeck
