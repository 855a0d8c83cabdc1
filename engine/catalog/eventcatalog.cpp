#include "catalog/eventcatalog.h"

#include "catalog/lookereventseedparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
                                 {QStringLiteral("en"), a.descriptionEn},
                                 {QStringLiteral("type"), attributeTypeName(a.type)}});
    return array;
}

// Appends to `bad` each attribute whose type is missing or unknown, naming it `owner.name`.
QList<EventAttribute> attributesFromJson(const QJsonArray& array, const QString& owner,
                                         QStringList& bad) {
    QList<EventAttribute> attributes;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(u"name").toString();
        const auto type = attributeTypeFromName(o.value(u"type").toString());
        if (!type)
            bad.append(owner + u'.' + name);
        attributes.append({name, o.value(u"es").toString(), o.value(u"en").toString(),
                           type.value_or(AttributeType::Text)});
    }
    return attributes;
}

// The type a name from the types file stands for; an unknown name goes to `bad`.
std::optional<AttributeType> typeNamed(const QJsonValue& value, const QString& where,
                                       QStringList& bad) {
    const auto type = attributeTypeFromName(value.toString());
    if (!type)
        bad.append(where + QStringLiteral(" (\"") + value.toString() + u'"' + u')');
    return type;
}

// Merges resources/catalog/attribute_types.json into `data`: an event type's attribute takes
// its override ("event.attribute"), else the attribute name's usual type. Every attribute must
// get a type, and every name in the file must exist, so that a renamed attribute on Looker's
// page cannot keep a stale type.
bool applyTypes(EventCatalogData& data, const QByteArray& typesJson, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(typesJson, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("the attribute types are not valid JSON: ") +
                     parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonObject common = root.value(u"common").toObject();
    const QJsonObject usual = root.value(u"attributes").toObject();
    const QJsonObject overrides = root.value(u"overrides").toObject();
    const QJsonObject exceptions = root.value(u"exceptions").toObject();
    QStringList untyped;
    QStringList unknown;
    QStringList badTypes;
    QSet<QString> commonNames;
    QSet<QString> attributeNames;
    QSet<QString> qualifiedNames;
    for (EventAttribute& attribute : data.common) {
        commonNames.insert(attribute.name);
        if (!common.contains(attribute.name)) {
            untyped.append(QStringLiteral("common attribute ") + attribute.name);
            continue;
        }
        attribute.type = typeNamed(common.value(attribute.name),
                                   QStringLiteral("common.") + attribute.name, badTypes)
                             .value_or(AttributeType::Text);
    }
    for (EventType& eventType : data.types) {
        for (EventAttribute& attribute : eventType.attributes) {
            const QString qualified = eventType.name + u'.' + attribute.name;
            attributeNames.insert(attribute.name);
            qualifiedNames.insert(qualified);
            std::optional<AttributeType> type;
            if (overrides.contains(qualified))
                type = typeNamed(overrides.value(qualified).toObject().value(u"type"),
                                 QStringLiteral("overrides.") + qualified, badTypes);
            else if (usual.contains(attribute.name))
                type = typeNamed(usual.value(attribute.name),
                                 QStringLiteral("attributes.") + attribute.name, badTypes);
            else
                untyped.append(qualified);
            attribute.type = type.value_or(AttributeType::Text);
        }
    }
    for (const QString& name : common.keys()) {
        if (!commonNames.contains(name))
            unknown.append(QStringLiteral("common.") + name);
    }
    for (const QString& name : usual.keys()) {
        if (!attributeNames.contains(name))
            unknown.append(QStringLiteral("attributes.") + name);
    }
    for (const QString& name : overrides.keys()) {
        if (!qualifiedNames.contains(name))
            unknown.append(QStringLiteral("overrides.") + name);
    }
    for (const QString& name : exceptions.keys()) {
        if (!qualifiedNames.contains(name) && !attributeNames.contains(name) &&
            !commonNames.contains(name))
            unknown.append(QStringLiteral("exceptions.") + name);
    }
    QStringList problems;
    if (!untyped.isEmpty())
        problems.append(QStringLiteral("no type for: ") + untyped.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        problems.append(QStringLiteral("the attribute types name no such event or attribute: ") +
                        unknown.join(QStringLiteral(", ")));
    if (!badTypes.isEmpty())
        problems.append(QStringLiteral("unknown type for: ") + badTypes.join(QStringLiteral(", ")));
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return false;
    }
    return true;
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
                                                   const QByteArray& englishJson,
                                                   const QByteArray& typesJson, QString* error) {
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
    if (!applyTypes(*data, typesJson, error))
        return std::nullopt;
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
    QStringList untyped;
    data.common = attributesFromJson(root.value(u"common_attributes").toArray(),
                                     QStringLiteral("common"), untyped);
    for (const QJsonValue& value : root.value(u"event_types").toArray()) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(u"name").toString();
        data.types.append({name, o.value(u"category").toString(), o.value(u"verb").toString(),
                           o.value(u"trigger_es").toString(), o.value(u"trigger_en").toString(),
                           attributesFromJson(o.value(u"attributes").toArray(), name, untyped)});
    }
    if (!untyped.isEmpty()) {
        if (error)
            *error = QStringLiteral("the catalogue gives no known type for: ") +
                     untyped.join(QStringLiteral(", "));
        return std::nullopt;
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

const EventAttribute* EventCatalog::attribute(const QString& eventName,
                                              const QString& attributeName) const {
    if (const EventType* type = find(eventName)) {
        for (const EventAttribute& a : type->attributes) {
            if (a.name == attributeName)
                return &a;
        }
    }
    for (const EventAttribute& a : m_data.common) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

} // namespace ActionDeck
