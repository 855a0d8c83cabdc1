#include "rudder/systemactivityschema.h"

#include <QJsonArray>
#include <QUrl>

namespace ActionDeck {

namespace {

QJsonValue nullable(const QString& type) {
    return QJsonArray{type, QStringLiteral("null")};
}

/// The schema of a value of `type` as SystemActivityBuilder writes it.
QJsonObject valueSchema(AttributeType type, const QString& description) {
    QJsonObject out;
    switch (type) {
    case AttributeType::Number:
        out.insert(QStringLiteral("type"), nullable(QStringLiteral("number")));
        break;
    case AttributeType::Boolean:
        out.insert(QStringLiteral("type"), nullable(QStringLiteral("boolean")));
        break;
    case AttributeType::Json:
        // Parsed from Looker's JSON text: an object or a list.
        out.insert(
            QStringLiteral("type"),
            QJsonArray{QStringLiteral("object"), QStringLiteral("array"), QStringLiteral("null")});
        break;
    case AttributeType::Text:
    case AttributeType::Time: // sent as Looker wrote it: "2026-11-23 09:30:00"
        out.insert(QStringLiteral("type"), nullable(QStringLiteral("string")));
        break;
    }
    if (!description.isEmpty())
        out.insert(QStringLiteral("description"), description);
    return out;
}

QJsonObject stringSchema(bool orNull) {
    return QJsonObject{{QStringLiteral("type"), orNull ? nullable(QStringLiteral("string"))
                                                       : QJsonValue(QStringLiteral("string"))}};
}

} // namespace

QJsonObject SystemActivitySchema::forType(const EventType& type, const EventCatalog& catalog,
                                          const QString& eventPrefix) {
    const auto common = [&](const QString& name) {
        const EventAttribute* a = catalog.attribute(type.name, name);
        return valueSchema(a ? a->type : AttributeType::Text, a ? a->descriptionEn : QString());
    };
    // The properties SystemActivityBuilder::appendProperties writes, under the same names.
    QJsonObject properties{
        {QStringLiteral("looker_event_id"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                     {QStringLiteral("description"), QStringLiteral("Looker's event.id")}}},
        {QStringLiteral("category"), common(QStringLiteral("category"))},
        {QStringLiteral("is_admin"), common(QStringLiteral("is_admin"))},
        {QStringLiteral("is_api_call"), common(QStringLiteral("is_api_call"))},
        {QStringLiteral("is_looker_employee"), common(QStringLiteral("is_looker_employee"))},
        {QStringLiteral("sudo_user_id"), common(QStringLiteral("sudo_user_id"))},
        {QStringLiteral("looker_user_id"), common(QStringLiteral("user_id"))},
        {QStringLiteral("user_name"), stringSchema(true)},
    };
    for (const EventAttribute& attribute : type.attributes) {
        if (!properties.contains(attribute.name))
            properties.insert(attribute.name, valueSchema(attribute.type, attribute.descriptionEn));
    }
    const QString event = eventPrefix + type.name;
    const QJsonObject message{
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("const"), QStringLiteral("track")}}},
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("const"), event}}},
        {QStringLiteral("userId"), stringSchema(true)},
        {QStringLiteral("anonymousId"), stringSchema(true)},
        {QStringLiteral("messageId"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                     {QStringLiteral("format"), QStringLiteral("uuid")}}},
        {QStringLiteral("timestamp"), stringSchema(false)},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"), properties},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("looker_event_id")}}}},
    };
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"), QStringLiteral("urn:actiondeck:system-activity:") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(type.name))},
        {QStringLiteral("title"), event},
        {QStringLiteral("description"), type.triggerEn},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), message},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("messageId"),
                    QStringLiteral("timestamp"), QStringLiteral("properties")}},
    };
}

} // namespace ActionDeck
