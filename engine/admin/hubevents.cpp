#include "admin/hubevents.h"

#include "admin/eventlog.h"
#include "admin/hubcounters.h"
#include "core/jsonescape.h"
#include "delivery/deliveryworker.h"
#include "hub/hub.h"
#include "outbox/runrecordjson.h"

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

        // By hand, not through QJsonObject: this runs for every message of a 1 M-row execute
        // while a viewer watches. Action, region and source repeat: escaped once a run.
        QString action, region, source;
        std::string names;
        for (const LiveMessage& m : messages) {
            if (names.empty() || m.action != action || m.region != region || m.source != source) {
                action = m.action;
                region = m.region;
                source = m.source;
                names = ",\"action\":";
                appendJsonString(names, action.toStdString());
                names += ",\"region\":";
                appendJsonString(names, region.toStdString());
                names += ",\"source\":";
                appendJsonString(names, source.toStdString());
            }
            QByteArray numbers = "{\"storedMs\":" + QByteArray::number(m.storedMs) +
                                 ",\"batchId\":" + QByteArray::number(m.batchId) +
                                 (m.rejected ? ",\"rejected\":true" : ",\"rejected\":false");
            // The message's own JSON goes in as it was stored, last, not re-serialised.
            m_log.append("message", {numbers, QByteArrayView(names.data(), qsizetype(names.size())),
                                     ",\"message\":", m.json, "}"});
        }
    });
    // Not copied because no viewer took messages then: a `skipped` event in the log says how
    // many, so a reconnect's replay says it too.
    connect(&hub, &Hub::liveMessagesNotCaptured, this, [this](qint64 count) {
        if (m_messageViewers > 0)
            m_log.append("skipped", "{\"messages\":" + QByteArray::number(count) + '}');
    });
    connect(&hub, &Hub::runChanged, this, [this](const RunRecord& run) {
        m_log.append("run", compact(RunRecordJson::toJson(run)));
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
