#include "catalog/eventcatalog.h"

#include "catalog/lookereventseedparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initCatalogResource() {
    Q_INIT_RESOURCE(catalog);
}

namespace ActionDeck {

namespace {

struct Category {
    const char* key;
    const char* english;
    const char* spanish;
    QList<const char*> keywords; ///< the first category with a keyword in the name wins
};

// Order matters: credentials and roles before users, schedules before dashboards and looks.
const QList<Category>& categoryTable() {
    static const QList<Category> table = {
        {"authentication",
         "Authentication and sign-in",
         "Autenticación e inicio de sesión",
         {"credentials", "login", "sudo", "session", "support_access", "saml", "ldap", "oidc",
          "google", "totp", "embed_config", "whitelabel", "test_user"}},
        {"permissions",
         "Roles and permissions",
         "Funciones y permisos",
         {"permission", "role", "model_set", "access_filter"}},
        {"groups", "Groups", "Grupos", {"group_group", "group_user", "from_group"}},
        {"schedules", "Schedules and email", "Programaciones y correo", {"scheduled", "mail"}},
        {"users", "Users", "Usuarios", {"user"}},
        {"dashboards", "Dashboards", "Paneles", {"dashboard", "generating_pdf"}},
        {"looks", "Looks", "Looks", {"look"}},
        {"queries", "Queries and content", "Consultas y contenido", {"query", "find_and_replace"}},
        {"folders", "Folders", "Carpetas", {"space"}},
        {"homepage", "Homepage", "Página principal", {"homepage"}},
        {"uploads", "Uploads", "Cargas", {"upload"}},
        {"pdts", "PDTs and datagroups", "PDT y grupos de datos", {"pdt", "datagroup"}},
        {"settings", "Settings", "Configuración", {"legacy_feature"}},
        {"other", "Other", "Otros", {}},
    };
    return table;
}

QJsonArray attributesToJson(const QList<EventAttribute>& attributes) {
    QJsonArray array;
    for (const EventAttribute& a : attributes)
        array.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("es"), a.descriptionEs},
                                 {QStringLiteral("en"), a.descriptionEn}});
    return array;
}

QList<EventAttribute> attributesFromJson(const QJsonArray& array) {
    QList<EventAttribute> attributes;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        attributes.append(
            {o.value(u"name").toString(), o.value(u"es").toString(), o.value(u"en").toString()});
    }
    return attributes;
}

} // namespace

const EventCatalog& EventCatalog::builtIn() {
    static const EventCatalog catalog = [] {
        initCatalogResource();
        QFile file(QStringLiteral(":/catalog/catalog.json"));
        file.open(QIODevice::ReadOnly);
        auto loaded = fromJson(file.readAll(), nullptr);
        return loaded ? *loaded : EventCatalog(EventCatalogData{});
    }();
    return catalog;
}

QStringList EventCatalog::categories() {
    QStringList keys;
    for (const Category& c : categoryTable())
        keys.append(QLatin1String(c.key));
    return keys;
}

QString EventCatalog::categoryLabel(const QString& category, Language language) {
    for (const Category& c : categoryTable()) {
        if (category == QLatin1String(c.key))
            return QString::fromUtf8(language == Language::Spanish ? c.spanish : c.english);
    }
    return category;
}

QString EventCatalog::categoryFor(const QString& eventName) {
    for (const Category& c : categoryTable()) {
        for (const char* keyword : c.keywords) {
            if (eventName.contains(QLatin1String(keyword)))
                return QLatin1String(c.key);
        }
    }
    return QStringLiteral("other");
}

QString EventCatalog::verbFor(const QString& eventName) {
    const QString first = eventName.section(u'_', 0, 0);
    if (first == u"create" || first == u"new" || first == u"add")
        return QStringLiteral("create");
    if (first == u"delete")
        return QStringLiteral("delete");
    if (first == u"update" || first == u"move" || first == u"enable" || first == u"disable" ||
        first == u"set" || eventName.endsWith(u"_updated") || eventName.endsWith(u"_changed"))
        return QStringLiteral("update");
    if (first == u"run" || first == u"render" || first == u"generating" || first == u"pdt")
        return QStringLiteral("run");
    return QStringLiteral("other");
}

std::optional<EventCatalog> EventCatalog::generate(const QString& seedText,
                                                   const QByteArray& englishJson, QString* error) {
    auto data = LookerEventSeedParser::parse(seedText, error);
    if (!data)
        return std::nullopt;
    const QJsonObject english = QJsonDocument::fromJson(englishJson).object();
    const QJsonObject common = english.value(u"common").toObject();
    const QJsonObject events = english.value(u"events").toObject();
    QStringList missing;
    for (EventAttribute& attribute : data->common) {
        attribute.descriptionEn = common.value(attribute.name).toString();
        if (attribute.descriptionEn.isEmpty())
            missing.append(QStringLiteral("common attribute ") + attribute.name);
    }
    for (EventType& type : data->types) {
        const QJsonObject translation = events.value(type.name).toObject();
        type.triggerEn = translation.value(u"trigger").toString();
        type.category = categoryFor(type.name);
        type.verb = verbFor(type.name);
        if (type.triggerEn.isEmpty())
            missing.append(type.name);
        const QJsonObject attributes = translation.value(u"attributes").toObject();
        for (EventAttribute& attribute : type.attributes) {
            attribute.descriptionEn = attributes.value(attribute.name).toString();
            if (attribute.descriptionEn.isEmpty())
                missing.append(type.name + u'.' + attribute.name);
        }
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = QStringLiteral("no English text for: ") + missing.join(QStringLiteral(", "));
        return std::nullopt;
    }
    data->source = QStringLiteral("Looker documentation, \"Looker events\" page (Spanish edition); "
                                  "English translation by ActionDeck");
    data->sourceDate = QStringLiteral("2026-11-23");
    return EventCatalog(*data);
}

QByteArray EventCatalog::toJson() const {
    QJsonArray types;
    for (const EventType& type : m_data.types)
        types.append(
            QJsonObject{{QStringLiteral("name"), type.name},
                        {QStringLiteral("category"), type.category},
                        {QStringLiteral("verb"), type.verb},
                        {QStringLiteral("trigger_es"), type.triggerEs},
                        {QStringLiteral("trigger_en"), type.triggerEn},
                        {QStringLiteral("attributes"), attributesToJson(type.attributes)}});
    const QJsonObject root{{QStringLiteral("source"), m_data.source},
                           {QStringLiteral("source_date"), m_data.sourceDate},
                           {QStringLiteral("common_attributes"), attributesToJson(m_data.common)},
                           {QStringLiteral("event_types"), types}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<EventCatalog> EventCatalog::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("the catalogue is not valid JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    EventCatalogData data;
    data.source = root.value(u"source").toString();
    data.sourceDate = root.value(u"source_date").toString();
    data.common = attributesFromJson(root.value(u"common_attributes").toArray());
    for (const QJsonValue& value : root.value(u"event_types").toArray()) {
        const QJsonObject o = value.toObject();
        data.types.append({o.value(u"name").toString(), o.value(u"category").toString(),
                           o.value(u"verb").toString(), o.value(u"trigger_es").toString(),
                           o.value(u"trigger_en").toString(),
                           attributesFromJson(o.value(u"attributes").toArray())});
    }
    return EventCatalog(std::move(data));
}

QList<const EventType*> EventCatalog::search(const QString& text, Language language,
                                             const QString& category) const {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<const EventType*> result;
    for (const EventType& type : m_data.types) {
        if (!category.isEmpty() && type.category != category)
            continue;
        QString haystack = type.name + u' ' + trigger(type, language);
        for (const EventAttribute& attribute : type.attributes)
            haystack += u' ' + attribute.name;
        bool all = true;
        for (const QString& word : words)
            all = all && haystack.contains(word, Qt::CaseInsensitive);
        if (all)
            result.append(&type);
    }
    return result;
}

const EventType* EventCatalog::find(const QString& name) const {
    for (const EventType& type : m_data.types) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

} // namespace ActionDeck
