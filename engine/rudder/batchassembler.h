#pragma once

#include "rudder/deliverytarget.h"
#include "rudder/syncrow.h"

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
    /// "Only new or changed rows": the sync scope its rows are remembered in (0: none), and
    /// those rows, remembered in the transaction that stores the batch.
    qint64 syncScopeId = 0;
    std::vector<SyncRow> syncRows;
    /// The run (RunStore) whose execute made it, counted in that run as it settles (0: none).
    qint64 runId = 0;
};

/// Groups one source's messages into batches within RudderStack's limits. An event over the
/// per-event limit becomes a failed batch of its own, kept for export, never sent.
class BatchAssembler {
public:
    BatchAssembler(DeliveryTarget target, BatchLimits limits, QString origin);

    /// Adds a message; full batches are moved to `out`. False when the message was over the
    /// per-event limit and became a failed batch of its own (the last one in `out`).
    /// `row` (when given) is remembered with the batch the message goes in; never with a
    /// message over the limit, which is not sent.
    bool add(std::string_view message, std::vector<NewBatch>& out, const SyncRow* row = nullptr);
    /// Batches made from now on remember their rows in `scopeId`.
    void setSyncScope(qint64 scopeId);
    /// Batches made from now on belong to run `runId` (RunStore).
    void setRun(qint64 runId);
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
    qint64 m_syncScopeId = 0;
    qint64 m_runId = 0;
};

} // namespace ActionDeck
