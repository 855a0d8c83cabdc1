#include "outbox/runrecordjson.h"

#include <QJsonArray>

namespace ActionDeck {

QJsonObject RunRecordJson::toJson(const RunRecord& run) {
    return QJsonObject{
        {QStringLiteral("id"), double(run.id)},
        {QStringLiteral("hubId"), run.hubId},
        {QStringLiteral("receivedMs"), double(run.receivedMs)},
        {QStringLiteral("answeredMs"), double(run.answeredMs)},
        {QStringLiteral("finishedMs"), double(run.finishedMs)},
        {QStringLiteral("action"), run.action},
        {QStringLiteral("region"), run.region},
        {QStringLiteral("source"), run.source},
        {QStringLiteral("planId"), run.planId},
        {QStringLiteral("planTitle"), run.planTitle},
        {QStringLiteral("lookId"), run.lookId},
        {QStringLiteral("queryId"), run.queryId},
        {QStringLiteral("url"), run.url},
        {QStringLiteral("lookerInstance"), run.lookerInstance},
        {QStringLiteral("rowsRead"), double(run.rowsRead)},
        {QStringLiteral("rowsSkipped"), double(run.rowsSkipped)},
        {QStringLiteral("rowsUnchanged"), double(run.rowsUnchanged)},
        {QStringLiteral("messagesStored"), double(run.messagesStored)},
        {QStringLiteral("skipReasons"), QJsonArray::fromStringList(run.skipReasons)},
        {QStringLiteral("success"), run.success},
        {QStringLiteral("message"), run.message},
        {QStringLiteral("delivered"), double(run.delivered)},
        {QStringLiteral("failed"), double(run.failed)},
        {QStringLiteral("pending"), double(run.pending)},
        {QStringLiteral("failReason"), run.failReason},
        {QStringLiteral("state"), runStateName(run.state)},
    };
}

std::optional<RunRecord> RunRecordJson::fromJson(const QJsonObject& json, QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<RunRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!json.value(u"id").isDouble())
        return fail(QStringLiteral("a run without a numeric \"id\""));
    const auto state = runStateNamed(json.value(u"state").toString());
    if (!state)
        return fail(QStringLiteral("run %1 has no known \"state\"")
                        .arg(qint64(json.value(u"id").toDouble())));
    const auto number = [&json](QStringView key) { return qint64(json.value(key).toDouble()); };
    const auto text = [&json](QStringView key) { return json.value(key).toString(); };
    RunRecord run;
    run.id = number(u"id");
    run.hubId = text(u"hubId");
    run.receivedMs = number(u"receivedMs");
    run.answeredMs = number(u"answeredMs");
    run.finishedMs = number(u"finishedMs");
    run.action = text(u"action");
    run.region = text(u"region");
    run.source = text(u"source");
    run.planId = text(u"planId");
    run.planTitle = text(u"planTitle");
    run.lookId = text(u"lookId");
    run.queryId = text(u"queryId");
    run.url = text(u"url");
    run.lookerInstance = text(u"lookerInstance");
    run.rowsRead = number(u"rowsRead");
    run.rowsSkipped = number(u"rowsSkipped");
    run.rowsUnchanged = number(u"rowsUnchanged");
    run.messagesStored = number(u"messagesStored");
    for (const QJsonValue& reason : json.value(u"skipReasons").toArray())
        run.skipReasons.append(reason.toString());
    run.success = json.value(u"success").toBool();
    run.message = text(u"message");
    run.delivered = number(u"delivered");
    run.failed = number(u"failed");
    run.pending = number(u"pending");
    run.failReason = text(u"failReason");
    run.state = *state;
    return run;
}

} // namespace ActionDeck
