// The attribute types: resources/catalog/attribute_types.json, merged into the catalogue.
#include "catalog/attributetype.h"
#include "catalog/eventcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

QByteArray resource(const char* name) {
    QFile file(QStringLiteral(ACTIONDECK_RESOURCES_DIR "/catalog/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QJsonObject typesFile() {
    return QJsonDocument::fromJson(resource("attribute_types.json")).object();
}

std::optional<EventCatalog> generateWith(const QJsonObject& types, QString* error) {
    return EventCatalog::generate(QString::fromUtf8(resource("looker_events_es.txt")),
                                  resource("looker_events_en.json"), QJsonDocument(types).toJson(),
                                  error);
}

// The type the English description suggests, by the rules attribute_types.json is reviewed
// with: lists and JSON objects are json; "ID of" a number unless it says a name, text or URI;
// "Whether/If/Indicates" and true/false booleans; counts, lengths and durations numbers; times
// of day and dates time; the rest text.
AttributeType suggestedType(const QString& description) {
    const auto matches = [&](const char* pattern) {
        return QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption)
            .match(description)
            .hasMatch();
    };
    if (matches(R"(^(JSON object|List of|IDs of)\b)"))
        return AttributeType::Json;
    if (description.contains(u"ID of"))
        return matches(R"(\b(name|text|URI)\b)") ? AttributeType::Text : AttributeType::Number;
    if (matches(R"(^(Whether|If|Indicates)\b|^(true|false)$)"))
        return AttributeType::Boolean;
    if (matches(R"(^(the )?number of|^(Length of|How long|Total time|Run time)\b)"))
        return AttributeType::Number;
    if (matches(R"(^(The time|Date and time)\b)"))
        return AttributeType::Time;
    return AttributeType::Text;
}

} // namespace

TEST(AttributeType, NamesRoundTrip) {
    for (AttributeType type : {AttributeType::Text, AttributeType::Number, AttributeType::Boolean,
                               AttributeType::Json, AttributeType::Time})
        EXPECT_EQ(attributeTypeFromName(attributeTypeName(type)), type);
    EXPECT_EQ(attributeTypeName(AttributeType::Json), QStringLiteral("json"));
    EXPECT_FALSE(attributeTypeFromName(u"integer"));
    EXPECT_FALSE(attributeTypeFromName(u""));
}

TEST(AttributeTypes, TheBuiltInCatalogTypesEveryAttributeAsTheTypesFileSays) {
    // catalog.json itself gives every attribute a type (fromJson refuses one without)...
    const QJsonObject shipped = QJsonDocument::fromJson(resource("catalog.json")).object();
    QStringList untyped;
    const auto collect = [&](const QString& owner, const QJsonArray& attributes) {
        for (const QJsonValue& value : attributes) {
            const QJsonObject a = value.toObject();
            if (!attributeTypeFromName(a.value(u"type").toString()))
                untyped.append(owner + u'.' + a.value(u"name").toString());
        }
    };
    collect(QStringLiteral("common"), shipped.value(u"common_attributes").toArray());
    for (const QJsonValue& type : shipped.value(u"event_types").toArray())
        collect(type.toObject().value(u"name").toString(),
                type.toObject().value(u"attributes").toArray());
    EXPECT_TRUE(untyped.isEmpty()) << untyped.join(u", ").toStdString();

    // ...and they are the types file's: catalog.json was regenerated after its last change.
    QString error;
    const auto generated = generateWith(typesFile(), &error);
    ASSERT_TRUE(generated) << error.toStdString();
    const EventCatalog& builtIn = EventCatalog::builtIn();
    ASSERT_EQ(builtIn.data().types.size(), 108);
    EXPECT_EQ(builtIn.data().common, generated->data().common);
    for (const EventType& type : generated->data().types) {
        const EventType* shippedType = builtIn.find(type.name);
        ASSERT_NE(shippedType, nullptr) << type.name.toStdString();
        EXPECT_EQ(shippedType->attributes, type.attributes) << type.name.toStdString();
    }
}

TEST(AttributeTypes, EveryTypeFollowsItsDescriptionOrTheFileSaysWhy) {
    const QJsonObject types = typesFile();
    const QJsonObject overrides = types.value(u"overrides").toObject();
    const QJsonObject exceptions = types.value(u"exceptions").toObject();
    QStringList unexplained;
    QSet<QString> usedExceptions;
    const auto check = [&](const QString& eventName, const EventAttribute& attribute) {
        const AttributeType suggested = suggestedType(attribute.descriptionEn);
        if (attribute.type == suggested)
            return;
        const QString qualified = eventName + u'.' + attribute.name;
        if (!overrides.value(qualified).toObject().value(u"why").toString().isEmpty())
            return;
        for (const QString& key : {qualified, attribute.name}) {
            if (!exceptions.value(key).toString().isEmpty()) {
                usedExceptions.insert(key);
                return;
            }
        }
        unexplained.append(QStringLiteral("%1 is %2, but \"%3\" suggests %4")
                               .arg(qualified, attributeTypeName(attribute.type),
                                    attribute.descriptionEn, attributeTypeName(suggested)));
    };
    const EventCatalogData& data = EventCatalog::builtIn().data();
    ASSERT_FALSE(data.types.isEmpty());
    for (const EventAttribute& attribute : data.common)
        check(QStringLiteral("common"), attribute);
    for (const EventType& type : data.types) {
        for (const EventAttribute& attribute : type.attributes)
            check(type.name, attribute);
    }
    EXPECT_TRUE(unexplained.isEmpty()) << unexplained.join(u"\n").toStdString();

    // A reason that no longer explains anything is stale; so is an override without one.
    QStringList stale;
    for (const QString& key : exceptions.keys()) {
        if (!usedExceptions.contains(key))
            stale.append(key);
    }
    for (const QString& key : overrides.keys()) {
        if (overrides.value(key).toObject().value(u"why").toString().isEmpty())
            stale.append(key);
    }
    EXPECT_TRUE(stale.isEmpty()) << stale.join(u", ").toStdString();
}

TEST(AttributeTypes, TheFacts) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    const auto typeOf = [&](const char* event, const char* attribute) {
        const EventAttribute* a = catalog.attribute(QLatin1String(event), QLatin1String(attribute));
        EXPECT_NE(a, nullptr) << event << "." << attribute;
        return a ? attributeTypeName(a->type) : QString();
    };
    EXPECT_EQ(typeOf("login", "created"), u"time");
    EXPECT_EQ(typeOf("login", "is_api_call"), u"boolean");
    EXPECT_EQ(typeOf("run_query", "dashboard_id"), u"text");
    EXPECT_EQ(typeOf("mail_sent", "dashboard_id"), u"number");
    EXPECT_EQ(typeOf("pdt_build", "connection_id"), u"text");
    EXPECT_EQ(typeOf("run_query_task", "query_task_id"), u"text");
    EXPECT_EQ(typeOf("create_look_render_task", "render_task_id"), u"text");
    EXPECT_EQ(typeOf("update_embed_config", "action"), u"text");
    EXPECT_EQ(typeOf("support_access_enabled", "support_access_open"), u"boolean");
    EXPECT_EQ(typeOf("support_access_enabled", "support_access_open_until"), u"time");
    EXPECT_EQ(typeOf("mail_opened", "build_time"), u"time");
    EXPECT_EQ(typeOf("update_role_groups", "group_ids"), u"json");
    EXPECT_EQ(typeOf("user_permission_elevation", "added_permissions"), u"json");
    EXPECT_EQ(typeOf("run_query", "runtime"), u"number");
}

TEST(AttributeTypes, LookupTakesTheEventsOwnAttributeElseACommonOne) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    const EventAttribute* own = catalog.attribute(u"datagroup_trigger_changed"_qs, u"name"_qs);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->descriptionEn, QStringLiteral("Name of the datagroup"));
    const EventAttribute* common = catalog.attribute(u"login"_qs, u"name"_qs);
    ASSERT_NE(common, nullptr);
    EXPECT_TRUE(common->descriptionEn.startsWith(u"Name of the specific event"));
    // An event Looker added after the catalogue still has the common attributes.
    const EventAttribute* newer = catalog.attribute(u"some_new_event"_qs, u"is_admin"_qs);
    ASSERT_NE(newer, nullptr);
    EXPECT_EQ(newer->type, AttributeType::Boolean);
    EXPECT_EQ(catalog.attribute(u"login"_qs, u"query_id"_qs), nullptr);
    EXPECT_EQ(catalog.attribute(u"some_new_event"_qs, u"ip"_qs), nullptr);
}

TEST(AttributeTypes, GenerationRefusesAFileMissingAnAttribute) {
    QJsonObject types = typesFile();
    QJsonObject attributes = types.value(u"attributes").toObject();
    attributes.remove(u"ip");
    types.insert(u"attributes", attributes);
    QJsonObject common = types.value(u"common").toObject();
    common.remove(u"created");
    types.insert(u"common", common);
    QString error;
    EXPECT_FALSE(generateWith(types, &error));
    EXPECT_TRUE(error.contains(u"login.ip")) << error.toStdString();
    EXPECT_TRUE(error.contains(u"login_failure.ip")) << error.toStdString();
    EXPECT_TRUE(error.contains(u"common attribute created")) << error.toStdString();
}

TEST(AttributeTypes, GenerationRefusesAFileNamingWhatDoesNotExist) {
    QJsonObject types = typesFile();
    QJsonObject attributes = types.value(u"attributes").toObject();
    attributes.insert(u"no_such_attribute", u"text"_qs);
    attributes.insert(u"ip", u"integer"_qs);
    types.insert(u"attributes", attributes);
    QJsonObject common = types.value(u"common").toObject();
    common.insert(u"no_such_common", u"text"_qs);
    types.insert(u"common", common);
    QJsonObject overrides = types.value(u"overrides").toObject();
    const QJsonObject text{{u"type"_qs, u"text"_qs}, {u"why"_qs, u"test"_qs}};
    overrides.insert(u"login.query_id", text);
    overrides.insert(u"no_such_event.ip", text);
    types.insert(u"overrides", overrides);
    QJsonObject exceptions = types.value(u"exceptions").toObject();
    exceptions.insert(u"no_such_excuse", u"test"_qs);
    types.insert(u"exceptions", exceptions);
    QString error;
    EXPECT_FALSE(generateWith(types, &error));
    for (const char* name :
         {"attributes.no_such_attribute", "common.no_such_common", "overrides.login.query_id",
          "overrides.no_such_event.ip", "exceptions.no_such_excuse", "attributes.ip (\"integer\")"})
        EXPECT_TRUE(error.contains(QLatin1String(name))) << name << ": " << error.toStdString();
    EXPECT_FALSE(generateWith(QJsonObject(), &error));
    EXPECT_TRUE(error.contains(u"no type for")) << error.toStdString();
}

TEST(AttributeTypes, JsonCarriesTheTypes) {
    QString error;
    const auto generated = generateWith(typesFile(), &error);
    ASSERT_TRUE(generated) << error.toStdString();
    const QByteArray json = generated->toJson();
    const auto loaded = EventCatalog::fromJson(json, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->data().common, generated->data().common);
    ASSERT_EQ(loaded->data().types.size(), generated->data().types.size());
    for (qsizetype i = 0; i < loaded->data().types.size(); ++i)
        EXPECT_EQ(loaded->data().types[i].attributes, generated->data().types[i].attributes);
    EXPECT_EQ(loaded->toJson(), json);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(u"common_attributes")[3].toObject().value(u"type"), u"time"_qs);

    // A catalogue whose attribute has lost its type is refused, naming the attribute.
    QByteArray untyped = json;
    untyped.replace("\"type\": \"time\"", "\"type\": \"date\"");
    EXPECT_FALSE(EventCatalog::fromJson(untyped, &error));
    EXPECT_TRUE(error.contains(u"common.created")) << error.toStdString();
}
