#include "admin/receivedrequestjson.h"

#include <QJsonArray>

namespace ActionDeck {

namespace {

QString latin1(std::string_view name) {
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QJsonObject renameJson(const RenameMap& rename) {
    QJsonObject json;
    for (const auto& [field, name] : rename)
        json.insert(QString::fromStdString(field), QString::fromStdString(name));
    return json;
}

} // namespace

QJsonObject receivedRequestJson(const ReceivedRequest& request) {
    return {
        {QStringLiteral("seq"), request.seq},
        {QStringLiteral("receivedMs"), request.receivedMs},
        {QStringLiteral("action"), request.actionName},
        {QStringLiteral("region"), request.region},
        {QStringLiteral("event"), request.event},
        {QStringLiteral("eventPrefix"), request.eventPrefix},
        {QStringLiteral("lookerInstance"), request.lookerInstance},
        {QStringLiteral("source"), request.source},
        {QStringLiteral("hiddenFields"), QJsonArray::fromStringList(request.hiddenFields)},
        {QStringLiteral("planId"), request.planId},
        {QStringLiteral("syncSource"), request.syncSource},
        {QStringLiteral("propertyNames"), latin1(propertyNamesName(request.sync.propertyNames))},
        {QStringLiteral("sendRows"), latin1(sendRowsName(request.sync.sendRows))},
        {QStringLiteral("lookerContext"), request.sync.lookerContext},
        {QStringLiteral("rename"), renameJson(request.sync.rename)},
        {QStringLiteral("resultBytes"), request.resultBytes},
        {QStringLiteral("resultKept"), request.resultKept},
        {QStringLiteral("resultWithheld"), request.resultWithheld},
        {QStringLiteral("resultRows"), request.resultRows},
        {QStringLiteral("rowsTotal"),
         request.rowsTotal < 0 ? QJsonValue() : QJsonValue(request.rowsTotal)},
        {QStringLiteral("resultPartial"), request.resultPartial},
        {QStringLiteral("runId"), request.runId}};
}

ReceivedRequest receivedRequestFromJson(const QJsonObject& json) {
    ReceivedRequest request;
    request.seq = json.value(u"seq").toInteger();
    request.receivedMs = json.value(u"receivedMs").toInteger();
    request.actionName = json.value(u"action").toString();
    request.region = json.value(u"region").toString();
    request.event = json.value(u"event").toString();
    request.eventPrefix = json.value(u"eventPrefix").toString();
    request.lookerInstance = json.value(u"lookerInstance").toString();
    request.source = json.value(u"source").toString();
    for (const QJsonValue& field : json.value(u"hiddenFields").toArray())
        request.hiddenFields.append(field.toString());
    request.planId = json.value(u"planId").toString();
    request.syncSource = json.value(u"syncSource").toString();
    request.sync.propertyNames =
        propertyNamesFromName(json.value(u"propertyNames").toString().toStdString())
            .value_or(PropertyNames::Looker);
    request.sync.sendRows =
        sendRowsFromName(json.value(u"sendRows").toString().toStdString()).value_or(SendRows::All);
    request.sync.lookerContext = json.value(u"lookerContext").toBool();
    const QJsonObject rename = json.value(u"rename").toObject();
    for (auto it = rename.begin(); it != rename.end(); ++it)
        request.sync.rename.emplace_back(it.key().toStdString(),
                                         it.value().toString().toStdString());
    request.resultBytes = json.value(u"resultBytes").toInteger();
    request.resultWithheld = json.value(u"resultWithheld").toBool();
    request.resultKept = json.value(u"resultKept").toBool();
    request.resultRows = json.value(u"resultRows").toInteger();
    request.rowsTotal = json.value(u"rowsTotal").toInteger(-1);
    request.resultPartial = json.value(u"resultPartial").toBool();
    request.runId = json.value(u"runId").toInteger();
    return request;
}

} // namespace ActionDeck
