#include "connection/hubsnapshot.h"

#include <QJsonArray>

namespace ActionDeck {

HubSnapshot HubSnapshot::fromStatus(const QJsonObject& status) {
    HubSnapshot s;
    s.version = status.value(u"version").toString();
    s.bootId = status.value(u"bootId").toString();
    s.uptimeSeconds = qint64(status.value(u"uptime_seconds").toDouble());
    const QJsonObject listening = status.value(u"listening").toObject();
    s.listening = listening.value(u"listening").toBool();
    s.url = listening.value(u"url").toString();
    s.listenError = listening.value(u"error").toString();
    s.notReadyReason = status.value(u"notReadyReason").toString();
    for (const QJsonValue& region : status.value(u"regions").toArray())
        s.regions.append(region.toString());
    for (const QJsonValue& source : status.value(u"sources").toArray())
        s.sources.append(source.toString());
    const QJsonObject executes = status.value(u"executes").toObject();
    s.executesRunning = executes.value(u"running").toInt();
    s.executesQueued = executes.value(u"queued").toInt();
    const QJsonObject queue = status.value(u"queue").toObject();
    s.counts.pendingBatches = qint64(queue.value(u"pending_batches").toDouble());
    s.counts.pendingMessages = qint64(queue.value(u"pending_messages").toDouble());
    s.counts.failedBatches = qint64(queue.value(u"failed_batches").toDouble());
    s.counts.failedMessages = qint64(queue.value(u"failed_messages").toDouble());
    s.counts.deliveredBatches = qint64(queue.value(u"delivered_batches").toDouble());
    s.counts.deliveredMessages = qint64(queue.value(u"delivered_messages").toDouble());
    s.inFlightBatches = queue.value(u"in_flight_batches").toInt();
    s.deliveryYielding = queue.value(u"delivery_yielding").toBool();
    const QJsonObject counters = status.value(u"counters").toObject();
    s.rowsReceived = qint64(counters.value(u"rows_received").toDouble());
    s.messagesStored = qint64(counters.value(u"messages_stored").toDouble());
    s.callerScope = status.value(u"caller").toObject().value(u"scope").toString();
    const QJsonObject outbox = status.value(u"outbox").toObject();
    s.outboxKind = outbox.value(u"kind").toString();
    s.outboxLocation = outbox.value(u"location").toString();
    s.hubId = outbox.value(u"hub_id").toString();
    s.outboxId = outbox.value(u"id").toString();
    s.liveHubs = outbox.value(u"live_hubs").toInt(1);
    return s;
}

void HubSnapshot::applyCounters(const QJsonObject& c) {
    counts.pendingMessages = qint64(c.value(u"pendingMessages").toDouble());
    counts.failedMessages = qint64(c.value(u"failedMessages").toDouble());
    counts.deliveredMessages = qint64(c.value(u"deliveredMessages").toDouble());
    inFlightBatches = c.value(u"inFlightBatches").toInt();
    executesRunning = c.value(u"executesRunning").toInt();
    rowsReceived = qint64(c.value(u"rowsReceived").toDouble());
    messagesStored = qint64(c.value(u"messagesStored").toDouble());
}

} // namespace ActionDeck
