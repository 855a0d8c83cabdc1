#include "admin/hubcounters.h"

#include "delivery/deliveryworker.h"
#include "hub/hub.h"

namespace ActionDeck {

const QList<double>& HubCounters::durationBounds() {
    static const QList<double> bounds{0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900};
    return bounds;
}

HubCounters::HubCounters(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_durationCounts(durationBounds().size(), 0) {
    connect(&hub, &Hub::messagesStored, this,
            [this](const QString&, const QString&, int count) { m_stored += count; });
    connect(&hub, &Hub::executeFinished, this, &HubCounters::executeFinished);
    // A hub whose outbox could not be opened delivers nothing (the window still shows it).
    if (!hub.isOpen())
        return;
    connect(&hub.delivery(), &DeliveryWorker::attemptFinished, this,
            [this](qint64, int, bool delivered, bool willRetry) {
                if (delivered)
                    ++m_attemptsDelivered;
                else if (willRetry)
                    ++m_attemptsRetried;
                else
                    ++m_attemptsFailed;
            });
}

void HubCounters::executeFinished(const ExecuteSummary& summary) {
    m_rows += summary.result.rows;
    if (summary.result.success)
        ++m_succeeded;
    else
        ++m_failed;
    const double seconds = double(summary.finishedMs - summary.startedMs) / 1000.0;
    m_durationSum += seconds;
    const QList<double>& bounds = durationBounds();
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds[i])
            ++m_durationCounts[i];
    }
}

} // namespace ActionDeck
