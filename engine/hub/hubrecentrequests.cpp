// Hub's recent requests: what Preview and the Runs page may show of the executes received.
#include "core/clock.h"
#include "hub/hub.h"

namespace ActionDeck {

qint64 Hub::remember(const ExecuteRequest& request, ExecuteSettings& settings,
                     const QString& syncSource) {
    ReceivedRequest kept;
    kept.seq = ++m_requestSeq;
    kept.receivedMs = m_clock.nowMs();
    kept.actionName = settings.actionName;
    kept.region = settings.region;
    kept.event = QString::fromStdString(settings.build.event);
    if (callTypeFromName(settings.actionName.toStdString()) == CallType::SystemActivity) {
        const SystemActivityOptions options = systemActivityOptions(request, settings.region, {});
        kept.eventPrefix = QString::fromStdString(options.eventPrefix);
        kept.lookerInstance = QString::fromStdString(options.lookerHost);
    }
    kept.source = settings.sourceName;
    for (const std::string& field : request.hiddenFields)
        kept.hiddenFields.append(QString::fromStdString(field));
    kept.planId = QString::fromStdString(request.planId);
    kept.syncSource = syncSource;
    kept.sync = {settings.build.propertyNames, settings.build.rename, settings.sendRows,
                 settings.build.lookerContext};
    // Results are copied only while a window can preview them (this process's, or one on the
    // admin API that asked lately), and only when small: of a large one, or one that streams
    // (never held whole), the job keeps the first rows.
    const bool keeping = m_keepResults || kept.receivedMs < m_keepResultsUntilMs;
    if (request.hasAttachment && !request.attachmentStreamed) {
        kept.resultBytes = request.attachmentSize();
        if (keeping && kept.resultBytes <= kKeptResultBytes) {
            std::string error;
            const std::string text = request.decodedAttachment(&error);
            if (error.empty()) {
                kept.jsonDetail = QByteArray(text.data(), qsizetype(text.size()));
                kept.resultKept = true;
            }
        }
        kept.resultWithheld = !keeping && kept.resultBytes <= kKeptResultBytes;
    }
    settings.keepExcerpt = keeping && !kept.resultKept;
    m_recent.push_back(std::move(kept));
    while (m_recent.size() > std::size_t(kRecentRequests))
        m_recent.pop_front();
    emit requestReceived(m_recent.back());
    return m_recent.back().seq;
}

ReceivedRequest* Hub::recentRequestRef(qint64 seq) {
    for (ReceivedRequest& request : m_recent) {
        if (request.seq == seq)
            return &request;
    }
    return nullptr;
}

void Hub::keepExcerpt(qint64 seq, const QByteArray& jsonDetail, qint64 rows, bool partial) {
    ReceivedRequest* request = recentRequestRef(seq);
    if (!request)
        return; // ten newer ones came meanwhile
    request->jsonDetail = jsonDetail;
    request->resultKept = true;
    request->resultRows = rows;
    request->resultPartial = partial;
    emit requestUpdated(*request);
}

void Hub::countRows(qint64 seq, qint64 rowsTotal) {
    ReceivedRequest* request = recentRequestRef(seq);
    if (!request || !request->resultKept)
        return;
    request->rowsTotal = rowsTotal;
    // A result kept whole holds every row read.
    if (!request->resultPartial)
        request->resultRows = rowsTotal;
    emit requestUpdated(*request);
}

void Hub::keepRecentResultsFor(qint64 ms) {
    m_keepResultsUntilMs = m_clock.nowMs() + ms;
}

const ReceivedRequest* Hub::recentRequest(qint64 seq) const {
    return const_cast<Hub*>(this)->recentRequestRef(seq);
}

} // namespace ActionDeck
