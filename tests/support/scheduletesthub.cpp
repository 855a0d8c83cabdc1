#include "scheduletesthub.h"

#include "hub/hubtoken.h"
#include "waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ActionDeck::TestSupport {

namespace {

const QByteArray kSecret = "schedule-test-hub-secret";

} // namespace

bool ScheduleTestHub::startHub(SendRows sendRows, QString* error) {
    if (!dir.isValid() || !sink.listen()) {
        *error = QStringLiteral("no temporary directory or sink");
        return false;
    }
    HubConfig config;
    config.listenPort = 0;
    config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
    SourceConfig prod(QStringLiteral("Prod"), QStringLiteral("wk"), sink.url());
    prod.sendRows = sendRows;
    config.sources.append(prod);
    config.delivery.retry = {20, 200, 2000};
    hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
    return hub->start(error);
}

QByteArray ScheduleTestHub::usersResult(int rows, const QSet<int>& changed, const QString& ranAt) {
    QJsonArray data;
    for (int i = 0; i < rows; ++i)
        data.append(QJsonObject{
            {u"u.id"_qs, QJsonObject{{u"value"_qs, QStringLiteral("user-%1").arg(i)}}},
            {u"u.plan"_qs,
             QJsonObject{{u"value"_qs, changed.contains(i) ? u"platinum"_qs : u"gold"_qs}}}});
    // Written by hand: QJsonDocument would sort ran_at after the rows.
    QByteArray detail = "{";
    if (!ranAt.isEmpty())
        detail += "\"ran_at\":\"" + ranAt.toUtf8() + "\",";
    return detail +
           R"("fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"u.plan"}]},)"
           R"("data":)" +
           QJsonDocument(data).toJson(QJsonDocument::Compact) + "}";
}

QByteArray ScheduleTestHub::executeBody(const QByteArray& detail, const QJsonValue& planId,
                                        const QString& sendRows) {
    QJsonObject plan{{u"title"_qs, u"Daily users"_qs}};
    if (!planId.isNull())
        plan.insert(u"scheduled_plan_id", planId);
    QJsonObject form{{u"destination_source"_qs, u"Prod"_qs}};
    if (!sendRows.isEmpty())
        form.insert(u"send_rows", sendRows);
    const QJsonObject body{
        {u"type"_qs, u"query"_qs},
        {u"form_params"_qs, form},
        {u"scheduled_plan"_qs, plan},
        {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                       {u"data"_qs, QString::fromUtf8(detail)}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpClient::Response ScheduleTestHub::post(const QByteArray& body, const QString& action) {
    return client.post(
        hub->listeningUrl().resolved(QUrl(QStringLiteral("/actions/%1/execute").arg(action))), body,
        {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""}});
}

QJsonObject ScheduleTestHub::execute(const QByteArray& detail, const QJsonValue& planId,
                                     const QString& sendRows) {
    const HttpClient::Response answer = post(executeBody(detail, planId, sendRows));
    if (answer.status != 200)
        return QJsonObject{{u"status"_qs, answer.status},
                           {u"message"_qs, QString::fromUtf8(answer.body)}};
    return QJsonDocument::fromJson(answer.body.trimmed()).object().value(u"looker").toObject();
}

bool ScheduleTestHub::settled(int timeoutMs) {
    return waitUntil([&] { return hub->outbox().counts().result().pendingBatches == 0; },
                     timeoutMs);
}

} // namespace ActionDeck::TestSupport
