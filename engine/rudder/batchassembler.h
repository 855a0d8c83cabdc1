#pragma once

#include "rudder/deliverytarget.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace ActionDeck {

/// A batch about to be written to the outbox.
struct NewBatch {
    DeliveryTarget target;
    std::string payload; ///< messages without sentAt, one a line
    int messageCount = 0;
    QString failure; ///< set when the batch is failed from the start (an event over 32 KB)
    QString origin;  ///< what produced it, for people: "rudder_event execute 12"
};

/// Groups one source's messages into batches within RudderStack's limits. An event over the
/// per-event limit becomes a failed batch of its own, kept for export, never sent.
class BatchAssembler {
public:
    BatchAssembler(DeliveryTarget target, BatchLimits limits, QString origin);

    /// Adds a message; full batches are moved to `out`. False when the message was over the
    /// per-event limit and became a failed batch of its own (the last one in `out`).
    bool add(std::string_view message, std::vector<NewBatch>& out);
    /// Moves the last, partial batch to `out`.
    void flush(std::vector<NewBatch>& out);

private:
    NewBatch fresh() const;

    DeliveryTarget m_target;
    BatchLimits m_limits;
    QString m_origin;
    NewBatch m_current;
    std::size_t m_bodyBytes = 0;
    std::size_t m_lastPayloadBytes = 0;
};

} // namespace ActionDeck
