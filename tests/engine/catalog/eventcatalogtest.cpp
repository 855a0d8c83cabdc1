#include "catalog/eventcatalog.h"

#include "catalog/lookereventseedparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace ActionDeck;
using Language = EventCatalog::Language;

namespace {

QByteArray resource(const char* name) {
    QFile file(QStringLiteral(ACTIONDECK_RESOURCES_DIR "/catalog/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

EventCatalogData parsedSeed() {
    QString error;
    const auto data =
        LookerEventSeedParser::parse(QString::fromUtf8(resource("looker_events_es.txt")), &error);
    EXPECT_TRUE(data) << error.toStdString();
    return data.value_or(EventCatalogData{});
}

const EventType* typeNamed(const EventCatalogData& data, const QString& name) {
    for (const EventType& type : data.types) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

QStringList attributeNames(const EventType& type) {
    QStringList names;
    for (const EventAttribute& a : type.attributes)
        names.append(a.name);
    return names;
}

} // namespace

TEST(LookerEventSeedParser, FindsEveryEventTypeOfTheSeedOnce) {
    const EventCatalogData data = parsedSeed();
    EXPECT_EQ(data.types.size(), 108);
    QSet<QString> names;
    for (const EventType& type : data.types)
        names.insert(type.name);
    EXPECT_EQ(names.size(), data.types.size());
    EXPECT_TRUE(names.contains(QStringLiteral("set_legacy_feature_#{id}_to_#{val}")));
    EXPECT_EQ(data.types.first().name, QStringLiteral("add_external_email_to_scheduled_task"));
    EXPECT_EQ(data.types.last().name, QStringLiteral("user_roles_updated"));
}

TEST(LookerEventSeedParser, ReadsTheCommonAttributes) {
    const EventCatalogData data = parsedSeed();
    QStringList names;
    for (const EventAttribute& a : data.common)
        names.append(a.name);
    EXPECT_EQ(names, (QStringList{u"id"_qs, u"user_id"_qs, u"name"_qs, u"created"_qs,
                                  u"category"_qs, u"sudo_user_id"_qs, u"is_looker_employee"_qs,
                                  u"is_admin"_qs, u"is_api_call"_qs}));
    EXPECT_EQ(data.common[0].descriptionEs,
              QStringLiteral("Identificador numérico único del evento"));
}

TEST(LookerEventSeedParser, ReadsTypesAttributeByAttribute) {
    const EventCatalogData data = parsedSeed();
    const EventType* login = typeNamed(data, QStringLiteral("login"));
    ASSERT_NE(login, nullptr);
    EXPECT_EQ(login->triggerEs, QStringLiteral("Un usuario que accedió a la IU o a la API."));
    EXPECT_EQ(attributeNames(*login),
              (QStringList{u"type"_qs, u"ldap"_qs, u"ip"_qs, u"user_id"_qs}));
    EXPECT_EQ(login->attributes[2].descriptionEs,
              QStringLiteral("La dirección IP de la solicitud"));

    const EventType* pdtRegen = typeNamed(data, QStringLiteral("pdt_regen"));
    ASSERT_NE(pdtRegen, nullptr);
    EXPECT_EQ(pdtRegen->attributes.size(), 9);
    EXPECT_EQ(pdtRegen->attributes.last().name, QStringLiteral("failed_count"));

    // An attribute on the trigger's line, and "ninguno" for no attributes.
    const EventType* destination =
        typeNamed(data, QStringLiteral("create_scheduled_plan_destination"));
    ASSERT_NE(destination, nullptr);
    EXPECT_EQ(destination->triggerEs, QStringLiteral("Se creó un destino de plan programado."));
    EXPECT_EQ(attributeNames(*destination), QStringList{u"scheduled_plan_destination_id"_qs});
    const EventType* deleteSpace = typeNamed(data, QStringLiteral("delete_space"));
    ASSERT_NE(deleteSpace, nullptr);
    EXPECT_TRUE(deleteSpace->attributes.isEmpty());
    EXPECT_EQ(deleteSpace->triggerEs, QStringLiteral("Se quitó una carpeta."));

    // A name with a space, and a type listed right after another's attributes.
    const EventType* external =
        typeNamed(data, QStringLiteral("add_external_email_to_scheduled_task"));
    ASSERT_NE(external, nullptr);
    EXPECT_EQ(attributeNames(*external),
              (QStringList{u"scheduled_task_id"_qs, u"external email"_qs}));
    const EventType* elevation = typeNamed(data, QStringLiteral("user_permission_elevation"));
    ASSERT_NE(elevation, nullptr);
    EXPECT_EQ(elevation->attributes.size(), 7);
}

TEST(LookerEventSeedParser, RejectsTextThatIsNotTheEventsPage) {
    QString error;
    EXPECT_FALSE(LookerEventSeedParser::parse(QStringLiteral("hola"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(EventCatalog, TheBuiltInCatalogHasEveryTypeOfTheSeedWithAllItsAttributes) {
    const EventCatalogData seed = parsedSeed();
    const EventCatalog& catalog = EventCatalog::builtIn();
    ASSERT_EQ(catalog.data().types.size(), seed.types.size());
    EXPECT_EQ(catalog.data().common.size(), seed.common.size());
    EXPECT_FALSE(catalog.data().source.isEmpty());
    EXPECT_FALSE(catalog.data().sourceDate.isEmpty());
    for (const EventType& expected : seed.types) {
        const EventType* actual = catalog.find(expected.name);
        ASSERT_NE(actual, nullptr) << expected.name.toStdString();
        EXPECT_EQ(actual->triggerEs, expected.triggerEs);
        EXPECT_FALSE(actual->triggerEn.isEmpty()) << expected.name.toStdString();
        ASSERT_EQ(actual->attributes.size(), expected.attributes.size())
            << expected.name.toStdString();
        for (qsizetype i = 0; i < expected.attributes.size(); ++i) {
            EXPECT_EQ(actual->attributes[i].name, expected.attributes[i].name);
            EXPECT_EQ(actual->attributes[i].descriptionEs, expected.attributes[i].descriptionEs);
            EXPECT_FALSE(actual->attributes[i].descriptionEn.isEmpty())
                << expected.name.toStdString() << "." << expected.attributes[i].name.toStdString();
        }
        EXPECT_TRUE(EventCatalog::categories().contains(actual->category));
    }
}

TEST(EventCatalog, GenerationNamesEveryMissingTranslation) {
    QJsonObject english = QJsonDocument::fromJson(resource("looker_events_en.json")).object();
    QJsonObject events = english.value(u"events").toObject();
    events.remove(u"login");
    english.insert(u"events", events);
    QString error;
    EXPECT_FALSE(EventCatalog::generate(QString::fromUtf8(resource("looker_events_es.txt")),
                                        QJsonDocument(english).toJson(),
                                        resource("attribute_types.json"), &error));
    EXPECT_TRUE(error.contains(u"login")) << error.toStdString();
}

TEST(EventCatalog, SearchMatchesNamesTriggersAndAttributeNamesInEitherLanguage) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    const auto names = [](const QList<const EventType*>& types) {
        QStringList list;
        for (const EventType* type : types)
            list.append(type->name);
        return list;
    };
    EXPECT_EQ(names(catalog.search(QStringLiteral("SUDO"), Language::English)),
              (QStringList{u"enter_sudo"_qs, u"exit_sudo"_qs}));
    EXPECT_EQ(names(catalog.search(QStringLiteral("impersonation"), Language::English)),
              (QStringList{u"enter_sudo"_qs, u"exit_sudo"_qs}));
    EXPECT_EQ(names(catalog.search(QStringLiteral("robo de identidad"), Language::Spanish)),
              (QStringList{u"enter_sudo"_qs, u"exit_sudo"_qs}));
    EXPECT_TRUE(names(catalog.search(QStringLiteral("cause_event_id"), Language::English))
                    .contains(u"user_permission_elevation"_qs));
    EXPECT_EQ(catalog.search(QString(), Language::English).size(), 108);
    EXPECT_TRUE(catalog.search(QStringLiteral("no such thing"), Language::English).isEmpty());
}

TEST(EventCatalog, FiltersByCategoryAndLabelsCategoriesInBothLanguages) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    const auto folders = catalog.search({}, Language::English, QStringLiteral("folders"));
    ASSERT_EQ(folders.size(), 4);
    for (const EventType* type : folders)
        EXPECT_TRUE(type->name.contains(u"space")) << type->name.toStdString();
    EXPECT_EQ(catalog.search(QStringLiteral("login"), Language::English, QStringLiteral("folders"))
                  .size(),
              0);
    EXPECT_EQ(EventCatalog::categoryLabel(QStringLiteral("folders"), Language::English),
              QStringLiteral("Folders"));
    EXPECT_EQ(EventCatalog::categoryLabel(QStringLiteral("folders"), Language::Spanish),
              QStringLiteral("Carpetas"));
    EXPECT_EQ(EventCatalog::categoryFor(QStringLiteral("delete_user_credentials_saml")),
              QStringLiteral("authentication"));
    EXPECT_EQ(EventCatalog::verbFor(QStringLiteral("new_space")), QStringLiteral("create"));
    EXPECT_EQ(EventCatalog::verbFor(QStringLiteral("user_roles_updated")),
              QStringLiteral("update"));
}
