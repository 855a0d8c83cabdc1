#include "admin/adminservice.h"

#include "admin/prometheustext.h"
#include "admin/runmetrics.h"
#include "core/clock.h"
#include "delivery/deliveryworker.h"
#include "hub/hub.h"
#include "version.h"

#include <QJsonArray>
#include <QUuid>

namespace ActionDeck {

AdminService::AdminService(Hub& hub)
    : m_hub(hub)
    , m_counters(hub)
    , m_bootId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_events(m_bootId)
    , m_hubEvents(hub, m_counters, m_events) {}

void AdminService::setMessageDemand(std::function<bool()> demand) {
    m_hub.setLiveDemand(std::move(demand));
}

QJsonObject AdminService::status(AdminScope callerScope, const QString& callerName) const {
    QJsonObject status = m_hub.status();
    status.insert(u"bootId", m_bootId);
    status.insert(u"lastEventSeq", double(m_events.lastSeq()));
    status.insert(u"listening", QJsonObject{{QStringLiteral("listening"), m_hub.isListening()},
                                            {QStringLiteral("url"), m_hub.baseUrl()},
                                            {QStringLiteral("error"), m_hub.listenError()}});
    status.insert(u"notReadyReason", m_hub.notReadyReason());
    status.insert(
        u"counters",
        QJsonObject{{QStringLiteral("rows_received"), double(m_counters.rowsReceived())},
                    {QStringLiteral("messages_stored"), double(m_counters.messagesStored())},
                    {QStringLiteral("executes_succeeded"), double(m_counters.executesSucceeded())},
                    {QStringLiteral("executes_failed"), double(m_counters.executesFailed())},
                    {QStringLiteral("attempts_delivered"), double(m_counters.attemptsDelivered())},
                    {QStringLiteral("attempts_retried"), double(m_counters.attemptsRetried())},
                    {QStringLiteral("attempts_failed"), double(m_counters.attemptsFailed())}});
    status.insert(u"caller", QJsonObject{{QStringLiteral("name"), callerName},
                                         {QStringLiteral("scope"), adminScopeName(callerScope)}});
    return status;
}

QByteArray AdminService::metrics() const {
    const QJsonObject status = m_hub.status();
    const QJsonObject queue = status.value(u"queue").toObject();
    const QJsonObject executes = status.value(u"executes").toObject();
    PrometheusText text;
    text.family("actiondeck_build_info", "gauge", QStringLiteral("The running version."));
    text.sample("actiondeck_build_info", 1, {{"version", QString::fromLatin1(kVersion)}});
    text.family("actiondeck_rows_received_total", "counter",
                QStringLiteral("Rows of Looker results read by finished executes."));
    text.sample("actiondeck_rows_received_total", double(m_counters.rowsReceived()));
    text.family("actiondeck_messages_stored_total", "counter",
                QStringLiteral("Messages committed to the outbox."));
    text.sample("actiondeck_messages_stored_total", double(m_counters.messagesStored()));
    text.family("actiondeck_delivery_attempts_total", "counter",
                QStringLiteral("Requests to data planes, by outcome."));
    text.sample("actiondeck_delivery_attempts_total", double(m_counters.attemptsDelivered()),
                {{"outcome", QStringLiteral("delivered")}});
    text.sample("actiondeck_delivery_attempts_total", double(m_counters.attemptsRetried()),
                {{"outcome", QStringLiteral("retry")}});
    text.sample("actiondeck_delivery_attempts_total", double(m_counters.attemptsFailed()),
                {{"outcome", QStringLiteral("failed")}});
    text.family("actiondeck_executes_total", "counter",
                QStringLiteral("Finished executes, by result."));
    text.sample("actiondeck_executes_total", double(m_counters.executesSucceeded()),
                {{"result", QStringLiteral("success")}});
    text.sample("actiondeck_executes_total", double(m_counters.executesFailed()),
                {{"result", QStringLiteral("failure")}});
    text.family("actiondeck_executes_running", "gauge", QStringLiteral("Executes reading now."));
    text.sample("actiondeck_executes_running", executes.value(u"running").toDouble());
    text.family("actiondeck_executes_queued", "gauge",
                QStringLiteral("Executes waiting for a turn (executes.maxConcurrent)."));
    text.sample("actiondeck_executes_queued", executes.value(u"queued").toDouble());
    text.family("actiondeck_outbox_pending_messages", "gauge",
                QStringLiteral("Messages stored and not yet delivered."));
    text.sample("actiondeck_outbox_pending_messages", queue.value(u"pending_messages").toDouble());
    text.family("actiondeck_outbox_failed_messages", "gauge",
                QStringLiteral("Messages of batches the data plane refused, kept for retry."));
    text.sample("actiondeck_outbox_failed_messages", queue.value(u"failed_messages").toDouble());
    const QJsonObject outbox = status.value(u"outbox").toObject();
    text.family(
        "actiondeck_outbox_info", "gauge",
        QStringLiteral("The outbox the hub uses: sqlite (its own) or postgresql (shared)."));
    text.sample("actiondeck_outbox_info", 1, {{"kind", outbox.value(u"kind").toString()}});
    text.family("actiondeck_outbox_hubs", "gauge",
                QStringLiteral("Hubs whose heartbeat is fresh on this outbox, this one included."));
    text.sample("actiondeck_outbox_hubs", outbox.value(u"live_hubs").toDouble());
    text.family("actiondeck_delivery_yielding", "gauge",
                QStringLiteral("1 while delivery slows down for running executes."));
    text.sample("actiondeck_delivery_yielding", queue.value(u"delivery_yielding").toBool() ? 1 : 0);
    text.histogram("actiondeck_execute_duration_seconds",
                   QStringLiteral("Time from an execute's start to its answer."),
                   HubCounters::durationBounds(), m_counters.durationCounts(),
                   m_counters.durationSumSeconds(),
                   m_counters.executesSucceeded() + m_counters.executesFailed());
    RunMetrics::append(text, m_hub.runMonitor(), m_hub.clock().nowMs());
    return text.text();
}

} // namespace ActionDeck
