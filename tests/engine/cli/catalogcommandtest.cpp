// `actiondeck catalog` as a subprocess.
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using ActionDeck::TestSupport::ProcessRun;

ProcessRun catalog(const QStringList& arguments) {
    return ActionDeck::TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                               QStringList{QStringLiteral("catalog")} + arguments);
}

} // namespace

TEST(CatalogCommand, ListsEveryTypeAsText) {
    const ProcessRun run = catalog({});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count("\n    - "), 217);
    EXPECT_TRUE(run.out.contains(
        "login  [Authentication and sign-in]\n    A user logged in to the UI or the API.\n"));
}

TEST(CatalogCommand, MatchesTextAndWritesJsonInSpanish) {
    const ProcessRun run = catalog({QStringLiteral("--json"), QStringLiteral("--lang"),
                                    QStringLiteral("es"), QStringLiteral("pdt")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray types = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(types.size(), 2);
    EXPECT_EQ(types[0].toObject().value(u"name").toString(), QStringLiteral("pdt_build"));
    EXPECT_EQ(types[0].toObject().value(u"trigger").toString(),
              QStringLiteral("Se reconstruyó un PDT."));
    EXPECT_EQ(types[1].toObject().value(u"attributes").toArray().size(), 9);
    const QJsonArray build = types[0].toObject().value(u"attributes").toArray();
    EXPECT_EQ(build[0].toObject().value(u"type").toString(), QStringLiteral("boolean"));
    EXPECT_EQ(build[1].toObject().value(u"type").toString(), QStringLiteral("number"));
    EXPECT_EQ(build[2].toObject().value(u"type").toString(), QStringLiteral("text"));
}

TEST(CatalogCommand, GenerateWantsTheSeedTheEnglishTheTypesAndTheOutput) {
    const ProcessRun run = catalog({QStringLiteral("--generate"), QStringLiteral("seed"),
                                    QStringLiteral("english"), QStringLiteral("out")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("SEED ENGLISH_JSON TYPES_JSON OUT")) << run.err.toStdString();
    const ProcessRun help = catalog({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("--generate SEED ENGLISH_JSON TYPES_JSON OUT"));
}

TEST(CatalogCommand, NothingMatchingExitsOneAndBadLanguageTwo) {
    const ProcessRun none = catalog({QStringLiteral("nothing-like-this")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_TRUE(none.err.contains("no event type matches"));
    EXPECT_EQ(catalog({QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2);
}

TEST(CatalogCommand, ExploreUrlHasTheActionsFieldsTheEventsAndTheSort) {
    const ProcessRun run =
        catalog({QStringLiteral("--explore-url"), QStringLiteral("acme.looker.com"),
                 QStringLiteral("login"), QStringLiteral("login_failure")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(),
              "https://acme.looker.com/explore/system__activity/event_attribute?fields=event.id,"
              "event.name,event.category,event.created_time,event.user_id,event.sudo_user_id,"
              "event.is_admin,event.is_api_call,event.is_looker_employee,user.email,user.name,"
              "event_attribute.name,event_attribute.value&f[event.name]=login,login_failure&sorts="
              "event.id");
}

TEST(CatalogCommand, ExploreUrlKeepsAGivenSchemeAndPortWithoutDoublingIt) {
    const ProcessRun run =
        catalog({QStringLiteral("--explore-url"), QStringLiteral("https://acme.looker.com:9999/")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(
        "https://acme.looker.com:9999/explore/system__activity/event_attribute?fields=event.id,"))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("f[event.name]")) << "no names: every event";
}

TEST(CatalogCommand, ExploreUrlOfACategoryNamesEachOfItsTypes) {
    const ProcessRun list = catalog({QStringLiteral("--json")});
    int pdtTypes = 0;
    for (const QJsonValue& type : QJsonDocument::fromJson(list.out).array())
        pdtTypes += type.toObject().value(u"category").toString() == u"pdts";
    ASSERT_GT(pdtTypes, 0);
    const ProcessRun run = catalog({QStringLiteral("--explore-url"),
                                    QStringLiteral("acme.looker.com"), QStringLiteral("pdts")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray names = run.out.mid(run.out.indexOf("f[event.name]=") + 14);
    EXPECT_EQ(names.left(names.indexOf('&')).count(',') + 1, pdtTypes) << run.out.toStdString();
}

TEST(CatalogCommand, ExploreUrlRefusesAnUnknownNameAndABadHost) {
    const ProcessRun unknown =
        catalog({QStringLiteral("--explore-url"), QStringLiteral("acme.looker.com"),
                 QStringLiteral("lgoin")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("\"lgoin\" is neither a System Activity event type"))
        << unknown.err.toStdString();
    const ProcessRun host =
        catalog({QStringLiteral("--explore-url"), QStringLiteral("ftp://acme.looker.com")});
    EXPECT_EQ(host.exitCode, 2);
    EXPECT_TRUE(host.err.contains("is not a Looker host")) << host.err.toStdString();
    EXPECT_EQ(catalog({QStringLiteral("--explore-url")}).exitCode, 2);
}

TEST(CatalogCommand, JsonSchemaTypesEachPropertyByTheCatalogue) {
    const ProcessRun run =
        catalog({QStringLiteral("--json-schema"), QStringLiteral("--event-prefix"),
                 QStringLiteral("Looker "), QStringLiteral("pdt_build")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray schemas = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(schemas.size(), 1);
    const QJsonObject schema = schemas[0].toObject();
    EXPECT_EQ(schema.value(u"$schema").toString(),
              QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    EXPECT_EQ(schema.value(u"title").toString(), QStringLiteral("Looker pdt_build"));
    const QJsonObject message = schema.value(u"properties").toObject();
    EXPECT_EQ(message.value(u"event").toObject().value(u"const").toString(),
              QStringLiteral("Looker pdt_build"));
    const QJsonObject properties =
        message.value(u"properties").toObject().value(u"properties").toObject();
    // pdt_build's attributes are boolean, number, text first (the --json test above).
    const ProcessRun types = catalog({QStringLiteral("--json"), QStringLiteral("pdt_build")});
    const QJsonArray attributes =
        QJsonDocument::fromJson(types.out).array()[0].toObject().value(u"attributes").toArray();
    ASSERT_FALSE(attributes.isEmpty());
    const QHash<QString, QString> jsonType{{QStringLiteral("number"), QStringLiteral("number")},
                                           {QStringLiteral("boolean"), QStringLiteral("boolean")},
                                           {QStringLiteral("text"), QStringLiteral("string")},
                                           {QStringLiteral("time"), QStringLiteral("string")}};
    for (const QJsonValue& a : attributes) {
        const QString name = a.toObject().value(u"name").toString();
        const QString type = a.toObject().value(u"type").toString();
        ASSERT_TRUE(properties.contains(name)) << name.toStdString();
        EXPECT_EQ(properties.value(name).toObject().value(u"type").toArray().first().toString(),
                  jsonType.value(type))
            << name.toStdString();
    }
    EXPECT_EQ(properties.value(u"is_admin").toObject().value(u"type").toArray().first().toString(),
              QStringLiteral("boolean"));
    EXPECT_EQ(catalog({QStringLiteral("--json-schema")}).out.count("\"$schema\""), 108);
}
