// ExecuteJob's live capture: which stored messages the views get, copied or only counted.
#include "core/clock.h"
#include "hub/executejob.h"

namespace ActionDeck {

LiveMessage ExecuteJob::liveRecord(std::string_view message) const {
    LiveMessage record;
    record.action = m_settings.actionName;
    record.region = m_settings.region;
    record.source = m_settings.sourceName;
    record.json = QByteArray(message.data(), qsizetype(message.size()));
    return record;
}

void ExecuteJob::captureLive(std::string_view message, bool rejected) {
    // Asked once a batch (as it opens, or for a rejected message, a batch of its own): not on
    // every message of the hot path.
    const auto wanted = [this] { return !m_settings.liveWanted || m_settings.liveWanted(); };
    if (rejected) {
        // Kept as failed on its own, never sent: a batch of one.
        LiveBatch alone;
        if (wanted()) {
            LiveMessage record = liveRecord(message);
            record.rejected = true;
            alone.messages.push_back(std::move(record));
        } else {
            alone.uncaptured = 1;
        }
        m_liveClosed.push_back(std::move(alone));
        return;
    }
    if (m_liveOpen.empty())
        m_capturingOpen = wanted();
    if (m_capturingOpen)
        m_liveOpen.messages.push_back(liveRecord(message));
    else
        ++m_liveOpen.uncaptured;
}

void ExecuteJob::captureClosedBatch() {
    m_liveClosed.push_back(std::exchange(m_liveOpen, {}));
}

void ExecuteJob::emitLive(std::vector<LiveBatch> batches, const std::vector<qint64>& ids) {
    const qint64 now = m_clock.nowMs();
    QList<LiveMessage> out;
    qint64 uncaptured = 0;
    for (std::size_t i = 0; i < batches.size(); ++i) {
        uncaptured += batches[i].uncaptured;
        for (LiveMessage& record : batches[i].messages) {
            record.batchId = i < ids.size() ? ids[i] : 0;
            record.storedMs = now;
            out.append(std::move(record));
        }
    }
    if (!out.isEmpty())
        emit liveMessages(out);
    if (uncaptured > 0)
        emit liveMessagesNotCaptured(uncaptured);
}

} // namespace ActionDeck
