#include "cli/catalogcommand.h"

#include "catalog/eventcatalog.h"
#include "cli/commandoutput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

} // namespace

QString CatalogCommand::helpText() {
    return QStringLiteral(
        "Usage: actiondeck catalog [--lang en|es] [--json] [TEXT...]\n"
        "       actiondeck catalog --generate SEED ENGLISH_JSON TYPES_JSON OUT\n"
        "\n"
        "Lists Looker's System Activity event types (the i__looker and system__activity \"event\"\n"
        "and \"event_attribute\" Explores), or those whose name, trigger or attribute names\n"
        "contain every word of TEXT. Exits 1 when nothing matches.\n"
        "\n"
        "  --lang en|es   language of triggers and descriptions (default en)\n"
        "  --json         one JSON array instead of text; each attribute has its type\n"
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
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({lang, json, generateOption, help});
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
