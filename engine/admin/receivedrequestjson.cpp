#include "admin/receivedrequestjson.h"

#include <QJsonArray>

namespace ActionDeck {

QJsonObject receivedRequestJson(const ReceivedRequest& request) {
    return {{QStringLiteral("seq"), request.seq},
            {QStringLiteral("receivedMs"), request.receivedMs},
            {QStringLiteral("action"), request.actionName},
            {QStringLiteral("region"), request.region},
            {QStringLiteral("event"), request.event},
            {QStringLiteral("source"), request.source},
            {QStringLiteral("hiddenFields"), QJsonArray::fromStringList(request.hiddenFields)},
            {QStringLiteral("resultBytes"), request.resultBytes},
            {QStringLiteral("resultKept"), request.resultKept},
            {QStringLiteral("resultWithheld"), request.resultWithheld}};
}

ReceivedRequest receivedRequestFromJson(const QJsonObject& json) {
    ReceivedRequest request;
    request.seq = json.value(u"seq").toInteger();
    request.receivedMs = json.value(u"receivedMs").toInteger();
    request.actionName = json.value(u"action").toString();
    request.region = json.value(u"region").toString();
    request.event = json.value(u"event").toString();
    request.source = json.value(u"source").toString();
    for (const QJsonValue& field : json.value(u"hiddenFields").toArray())
        request.hiddenFields.append(field.toString());
    request.resultBytes = json.value(u"resultBytes").toInteger();
    request.resultWithheld = json.value(u"resultWithheld").toBool();
    request.resultKept = json.value(u"resultKept").toBool();
    return request;
}

} // namespace ActionDeck
