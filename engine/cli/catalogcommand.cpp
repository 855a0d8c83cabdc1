#include "cli/catalogcommand.h"

#include "catalog/eventcatalog.h"
#include "catalog/systemactivityexploreurl.h"
#include "cli/commandoutput.h"
#include "rudder/systemactivityschema.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace ActionDeck {

namespace {

int generate(const QStringList& paths, QIODevice& out, QIODevice& err) {
    QFile seed(paths.value(0));
    QFile english(paths.value(1));
    QFile types(paths.value(2));
    if (paths.size() != 4 || !seed.open(QIODevice::ReadOnly) ||
        !english.open(QIODevice::ReadOnly) || !types.open(QIODevice::ReadOnly)) {
        writeLine(err, QStringLiteral("actiondeck catalog --generate SEED ENGLISH_JSON TYPES_JSON "
                                      "OUT: cannot read the inputs"));
        return CatalogCommand::UsageError;
    }
    QString error;
    const auto catalog = EventCatalog::generate(QString::fromUtf8(seed.readAll()),
                                                english.readAll(), types.readAll(), &error);
    if (!catalog) {
        writeLine(err, QStringLiteral("actiondeck catalog: ") + error);
        return CatalogCommand::NoMatch;
    }
    QSaveFile output(paths.value(3));
    if (!output.open(QIODevice::WriteOnly) || output.write(catalog->toJson()) < 0 ||
        !output.commit()) {
        writeLine(err, QStringLiteral("actiondeck catalog: cannot write ") + paths.value(3));
        return CatalogCommand::NoMatch;
    }
    writeLine(out, QStringLiteral("%1 event types, %2 common attributes written to %3")
                       .arg(catalog->data().types.size())
                       .arg(catalog->data().common.size())
                       .arg(paths.value(3)));
    return CatalogCommand::Ok;
}

/// The event types `names` gives: each a type's name or a category key (all of its types), in the
/// catalogue's order; nullopt, with the error written, for a name that is neither.
std::optional<QList<const EventType*>> typesNamed(const QStringList& names, QIODevice& err) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    QList<const EventType*> out;
    for (const QString& name : names) {
        if (!catalog.find(name) && !EventCatalog::categories().contains(name)) {
            writeLine(err, QStringLiteral("actiondeck catalog: \"%1\" is neither a System Activity "
                                          "event type nor a category (see actiondeck catalog)")
                               .arg(name));
            return std::nullopt;
        }
    }
    for (const EventType& type : catalog.data().types) {
        if (names.contains(type.name) || names.contains(type.category))
            out.append(&type);
    }
    return out;
}

int exploreUrl(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    if (arguments.isEmpty()) {
        writeLine(err, QStringLiteral("actiondeck catalog --explore-url HOST [NAME...]: give the "
                                      "Looker host (acme.looker.com)"));
        return CatalogCommand::UsageError;
    }
    const auto types = typesNamed(arguments.mid(1), err);
    if (!types)
        return CatalogCommand::NoMatch;
    QStringList names;
    for (const EventType* type : *types)
        names.append(type->name);
    const QString url = SystemActivityExploreUrl::build(arguments.first(), names);
    if (url.isEmpty()) {
        writeLine(err, QStringLiteral("actiondeck catalog: \"%1\" is not a Looker host "
                                      "(acme.looker.com or https://acme.looker.com)")
                           .arg(arguments.first()));
        return CatalogCommand::UsageError;
    }
    writeLine(out, url);
    return CatalogCommand::Ok;
}

int jsonSchema(const QStringList& names, const QString& prefix, QIODevice& out, QIODevice& err) {
    const EventCatalog& catalog = EventCatalog::builtIn();
    QList<const EventType*> types;
    if (names.isEmpty()) {
        for (const EventType& type : catalog.data().types)
            types.append(&type);
    } else if (const auto named = typesNamed(names, err)) {
        types = *named;
    } else {
        return CatalogCommand::NoMatch;
    }
    QJsonArray schemas;
    for (const EventType* type : types)
        schemas.append(SystemActivitySchema::forType(*type, catalog, prefix));
    out.write(QJsonDocument(schemas).toJson(QJsonDocument::Indented));
    return CatalogCommand::Ok;
}

} // namespace

QString CatalogCommand::helpText() {
    return QStringLiteral(
        "Usage: actiondeck catalog [--lang en|es] [--json] [TEXT...]\n"
        "       actiondeck catalog --explore-url HOST [NAME...]\n"
        "       actiondeck catalog --json-schema [--event-prefix TEXT] [NAME...]\n"
        "       actiondeck catalog --generate SEED ENGLISH_JSON TYPES_JSON OUT\n"
        "\n"
        "Lists Looker's System Activity event types (the i__looker and system__activity \"event\"\n"
        "and \"event_attribute\" Explores), or those whose name, trigger or attribute names\n"
        "contain every word of TEXT. Exits 1 when nothing matches.\n"
        "\n"
        "  --lang en|es   language of triggers and descriptions (default en)\n"
        "  --json         one JSON array instead of text; each attribute has its type\n"
        "  --explore-url  print the URL of the Event Attribute Explore on the Looker\n"
        "                 instance HOST (acme.looker.com; a given https:// is kept) with the\n"
        "                 fields the Rudder System Activity action reads, filtered to the event\n"
        "                 types NAME (a type's name or a category such as users; none: all)\n"
        "  --json-schema  print a JSON array of one JSON Schema (draft 2020-12) per event type\n"
        "                 NAME (none: all): the track message the Rudder System Activity\n"
        "                 action sends for it, its properties typed, for a tracking plan\n"
        "  --event-prefix TEXT  with --json-schema: the action's event prefix (\"Looker \")\n"
        "  --generate     rebuild the catalogue from Looker's page (SEED), the English\n"
        "                 translation and the attribute types (resources/catalog/), written\n"
        "                 to OUT; exits 1 when a text or a type is missing\n");
}

int CatalogCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"),
                                  QStringLiteral("en"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption generateOption(QStringLiteral("generate"));
    const QCommandLineOption exploreOption(QStringLiteral("explore-url"));
    const QCommandLineOption schemaOption(QStringLiteral("json-schema"));
    const QCommandLineOption prefixOption(QStringLiteral("event-prefix"), QString(),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions(
        {lang, json, generateOption, exploreOption, schemaOption, prefixOption, help});
    if (!parser.parse(QStringList{QStringLiteral("catalog")} + arguments)) {
        writeLine(err, QStringLiteral("actiondeck catalog: ") + parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    if (parser.isSet(generateOption))
        return generate(parser.positionalArguments(), out, err);
    if (parser.isSet(exploreOption))
        return exploreUrl(parser.positionalArguments(), out, err);
    if (parser.isSet(schemaOption))
        return jsonSchema(parser.positionalArguments(), parser.value(prefixOption), out, err);
    const QString code = parser.value(lang);
    if (code != u"en" && code != u"es") {
        writeLine(err, QStringLiteral("actiondeck catalog: --lang must be en or es"));
        return UsageError;
    }
    const auto language =
        code == u"es" ? EventCatalog::Language::Spanish : EventCatalog::Language::English;
    const EventCatalog& catalog = EventCatalog::builtIn();
    const QList<const EventType*> found =
        catalog.search(parser.positionalArguments().join(u' '), language);
    if (found.isEmpty()) {
        writeLine(err, QStringLiteral("actiondeck catalog: no event type matches \"%1\"")
                           .arg(parser.positionalArguments().join(u' ')));
        return NoMatch;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const EventType* type : found) {
            QJsonArray attributes;
            for (const EventAttribute& a : type->attributes)
                attributes.append(QJsonObject{
                    {QStringLiteral("name"), a.name},
                    {QStringLiteral("type"), attributeTypeName(a.type)},
                    {QStringLiteral("description"), EventCatalog::description(a, language)}});
            array.append(
                QJsonObject{{QStringLiteral("name"), type->name},
                            {QStringLiteral("category"), type->category},
                            {QStringLiteral("verb"), type->verb},
                            {QStringLiteral("trigger"), EventCatalog::trigger(*type, language)},
                            {QStringLiteral("attributes"), attributes}});
        }
        out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const EventType* type : found) {
        writeLine(out, QStringLiteral("%1  [%2]")
                           .arg(type->name, EventCatalog::categoryLabel(type->category, language)));
        writeLine(out, QStringLiteral("    ") + EventCatalog::trigger(*type, language));
        for (const EventAttribute& a : type->attributes)
            writeLine(
                out,
                QStringLiteral("    - %1: %2").arg(a.name, EventCatalog::description(a, language)));
    }
    return Ok;
}

} // namespace ActionDeck
