#include "admin/hubevents.h"

#include "admin/eventlog.h"
#include "admin/hubcounters.h"
#include "delivery/deliveryworker.h"
#include "hub/hub.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ActionDeck {

namespace {

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

HubEvents::HubEvents(Hub& hub, const HubCounters& counters, EventLog& log, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_counters(counters)
    , m_log(log) {
    connect(&hub, &Hub::liveMessages, this, [this](const QList<LiveMessage>& messages) {
        // The window's own Live flow turns capture on too: then nobody here wants them.
        if (m_messageViewers == 0)
            return;
        for (const LiveMessage& m : messages) {
            // The message's own JSON goes in as it was stored, not re-serialised.
            const QByteArray meta = compact({{QStringLiteral("storedMs"), double(m.storedMs)},
                                             {QStringLiteral("action"), m.action},
                                             {QStringLiteral("region"), m.region},
                                             {QStringLiteral("source"), m.source},
                                             {QStringLiteral("batchId"), double(m.batchId)},
                                             {QStringLiteral("rejected"), m.rejected}});
            m_log.append("message", meta.chopped(1) + ",\"message\":" + m.json + '}');
        }
    });
    connect(&hub, &Hub::configChanged, this, [this] {
        m_log.append("config", compact({{QStringLiteral("changed"), true}}));
    });
    // A hub whose outbox could not be opened has no batches to tell of.
    if (!hub.isOpen())
        return;
    connect(&hub.outbox(), &Outbox::batchesChanged, this,
            [this](const QList<BatchStateChange>& changes) {
                for (const BatchStateChange& c : changes)
                    m_log.append("batch",
                                 compact({{QStringLiteral("id"), double(c.id)},
                                          {QStringLiteral("state"), batchStateName(c.state)},
                                          {QStringLiteral("messages"), c.messageCount},
                                          {QStringLiteral("attempts"), c.attempts},
                                          {QStringLiteral("lastStatus"), c.lastStatus},
                                          {QStringLiteral("lastError"), c.lastError}}));
            });
    connect(&hub.delivery(), &DeliveryWorker::snapshot, this, [this](const DeliverySnapshot& s) {
        m_log.append(
            "counters",
            compact({{QStringLiteral("pendingMessages"), double(s.counts.pendingMessages)},
                     {QStringLiteral("failedMessages"), double(s.counts.failedMessages)},
                     {QStringLiteral("deliveredMessages"), double(s.counts.deliveredMessages)},
                     {QStringLiteral("inFlightBatches"), s.inFlightBatches},
                     {QStringLiteral("executesRunning"), m_hub.runningExecutes()},
                     {QStringLiteral("rowsReceived"), double(m_counters.rowsReceived())},
                     {QStringLiteral("messagesStored"), double(m_counters.messagesStored())},
                     {QStringLiteral("timeMs"), double(s.timeMs)}}));
    });
    connect(&hub, &Hub::executeStarted, this, [this](const QString& action, const QString& region) {
        m_log.append("execute", compact({{QStringLiteral("phase"), QStringLiteral("start")},
                                         {QStringLiteral("action"), action},
                                         {QStringLiteral("region"), region}}));
    });
    connect(&hub, &Hub::executeFinished, this, [this](const ExecuteSummary& s) {
        m_log.append("execute",
                     compact({{QStringLiteral("phase"), QStringLiteral("finish")},
                              {QStringLiteral("action"), s.actionName},
                              {QStringLiteral("region"), s.region},
                              {QStringLiteral("success"), s.result.success},
                              {QStringLiteral("message"), s.result.message},
                              {QStringLiteral("rows"), double(s.result.rows)},
                              {QStringLiteral("messages"), double(s.result.messages)},
                              {QStringLiteral("durationMs"), double(s.finishedMs - s.startedMs)}}));
    });
}

void HubEvents::addMessageViewers(int delta) {
    m_messageViewers += delta;
    m_hub.addLiveCaptureViewers(delta);
}

} // namespace ActionDeck
