#include "hub/actiondefinitions.h"

#include "hub/syncoptionsresolver.h"

namespace ActionDeck {

namespace {

struct ActionInfo {
    CallType call;
    const char* name;
    const char* label;
    const char* description;
    LookerVersion minimum;
};

const ActionInfo kActions[] = {
    {CallType::Identify, "rudder_event", "Rudder Identify",
     "Add traits via identify to your Rudder users.", LookerVersion::of(4, 20, 0)},
    {CallType::Track, "rudder_track", "Rudder Track", "Add traits via track to your Rudder users.",
     LookerVersion::of(5, 5, 0)},
    {CallType::Group, "rudder_group", "Rudder Group",
     "Add traits and / or users to your Rudder groups.", LookerVersion::of(5, 5, 0)},
    {CallType::SystemActivity, "rudder_system_activity", "Rudder System Activity",
     "Send Looker's own events (System Activity's Event Attribute Explore) to Rudder as track "
     "events, each Looker event once.",
     LookerVersion::of(5, 5, 0)},
};

const ActionInfo* infoFor(const QString& name) {
    for (const ActionInfo& info : kActions) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

// ActionDeck's own icon: a deck of three cards with an arrow, in RudderStack blue.
constexpr char kIconDataUri[] =
    "data:image/svg+xml;base64,"
    "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA2NCA2NCI+PHJlY3Qg"
    "eD0iNCIgeT0iMTQiIHdpZHRoPSIzNCIgaGVpZ2h0PSI0NCIgcng9IjUiIGZpbGw9IiNjNWQ0ZjUiLz48cmVjdCB4"
    "PSIxMCIgeT0iMTAiIHdpZHRoPSIzNCIgaGVpZ2h0PSI0NCIgcng9IjUiIGZpbGw9IiM3ZjllZTgiLz48cmVjdCB4"
    "PSIxNiIgeT0iNiIgd2lkdGg9IjM0IiBoZWlnaHQ9IjQ0IiByeD0iNSIgZmlsbD0iIzEwNWVkNSIvPjxwYXRoIGQ9"
    "Ik0yNCAyOGgyMG0tNy03IDcgNy03IDciIHN0cm9rZT0iI2ZmZiIgc3Ryb2tlLXdpZHRoPSI0IiBmaWxsPSJub25l"
    "IiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz48L3N2Zz4=";

QJsonObject param(const char* name, const char* label, const char* description, bool sensitive,
                  bool required) {
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("label"), QLatin1String(label)},
            {QStringLiteral("description"), QLatin1String(description)},
            {QStringLiteral("required"), required},
            {QStringLiteral("sensitive"), sensitive}};
}

/// A select of the sync options: `default` (the destination source's setting) first.
QJsonObject select(const char* name, const char* label, const char* description,
                   std::initializer_list<std::pair<const char*, const char*>> choices) {
    QJsonArray options{
        QJsonObject{{QStringLiteral("name"), QLatin1String(SyncOptionsResolver::kDefaultChoice)},
                    {QStringLiteral("label"), QStringLiteral("The destination source's setting")}}};
    for (const auto& [choice, choiceLabel] : choices)
        options.append(QJsonObject{{QStringLiteral("name"), QLatin1String(choice)},
                                   {QStringLiteral("label"), QString::fromUtf8(choiceLabel)}});
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("label"), QLatin1String(label)},
            {QStringLiteral("description"), QString::fromUtf8(description)},
            {QStringLiteral("type"), QStringLiteral("select")},
            {QStringLiteral("options"), options},
            {QStringLiteral("default"), QLatin1String(SyncOptionsResolver::kDefaultChoice)},
            {QStringLiteral("required"), false}};
}

/// The sync options every tag-based action's form offers (README "Sync options").
QJsonArray syncOptionFields() {
    return {
        select(SyncOptionsResolver::kPropertyNamesField, "Property names",
               "How the traits (or properties) are named. The destination source's setting is "
               "Looker's names unless set in ActionDeck; its rename list applies after any "
               "choice.",
               {{"looker", "As Looker names them (users.email)"},
                {"field", "Field name without the view (email)"},
                {"snake_label", "Label in snake_case (users_email)"},
                {"camel_label", "Label in camelCase (usersEmail)"}}),
        select(SyncOptionsResolver::kSendRowsField, "Rows to send",
               "All rows, or only the rows that are new or changed since this schedule last "
               "sent them. The destination source's setting is all rows unless set in "
               "ActionDeck.",
               {{"all", "All rows"}, {"changed", "Only new or changed rows"}}),
        select(SyncOptionsResolver::kLookerContextField, "Looker context",
               "Add context.looker to each message: the schedule's id and title, the query id, "
               "ran_at and the look or dashboard URL. The destination source's setting is no "
               "unless set in ActionDeck.",
               {{"no", "No"}, {"yes", "Yes, add context.looker"}}),
    };
}

/// The Rudder System Activity action's own options: its events are sent once a source, so it
/// has no rows to send; property names are Looker's attribute names as they arrive.
QJsonArray systemActivityFields() {
    const auto text = [](const char* name, const char* label, const char* description,
                         const char* byDefault) {
        QJsonObject field{{QStringLiteral("name"), QLatin1String(name)},
                          {QStringLiteral("label"), QLatin1String(label)},
                          {QStringLiteral("description"), QString::fromUtf8(description)},
                          {QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("required"), false}};
        if (*byDefault)
            field.insert(QStringLiteral("default"), QLatin1String(byDefault));
        return field;
    };
    return {
        text("event_prefix", "Event name prefix",
             "Put before each Looker event name, e.g. \"Looker \" for \"Looker login\".", ""),
        text("looker_timezone", "Looker system time zone",
             "The time zone of System Activity's times when the result names none (an IANA "
             "name such as Europe/Madrid; Looker's system time zone).",
             "UTC"),
        syncOptionFields().last(),
    };
}

QJsonArray strings(std::initializer_list<const char*> values) {
    QJsonArray array;
    for (const char* value : values)
        array.append(QLatin1String(value));
    return array;
}

} // namespace

ActionDefinitions::ActionDefinitions(QString baseUrl, QStringList sourceNames)
    : m_baseUrl(std::move(baseUrl))
    , m_sourceNames(std::move(sourceNames)) {
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

std::optional<CallType> ActionDefinitions::callFor(const QString& actionName) {
    const ActionInfo* info = infoFor(actionName);
    return info ? std::optional<CallType>(info->call) : std::nullopt;
}

QStringList ActionDefinitions::names() {
    QStringList names;
    for (const ActionInfo& info : kActions)
        names.append(QLatin1String(info.name));
    return names;
}

bool ActionDefinitions::isSupported(const QString& actionName, const LookerVersion& version) {
    const ActionInfo* info = infoFor(actionName);
    return info && version >= info->minimum;
}

QJsonObject ActionDefinitions::definition(CallType call, const LookerVersion& version) const {
    const ActionInfo& info = kActions[int(call)];
    const QString name = QLatin1String(info.name);
    QJsonObject requiredField{
        {QStringLiteral("any_tag"), strings({"email", "user_id", "rudder_anonymous_id"})}};
    if (call == CallType::Group)
        requiredField.insert(QStringLiteral("tag"), QStringLiteral("rudder_group_id"));
    // System Activity's fields carry no tags (its LookML can't be edited): Looker would hide an
    // action that asked for one.
    const QJsonArray requiredFields =
        call == CallType::SystemActivity ? QJsonArray() : QJsonArray{requiredField};
    // With sources each schedule picks its Destination source on the form and the params may
    // stay empty (docs/CONNECT_LOOKER.md): required, Looker would not let them. Without sources
    // they are the only way to name a data plane.
    const bool paramsRequired = m_sourceNames.isEmpty();
    // Streaming json_detail from Looker 6.2.0 on (SPEC section 2).
    const bool streaming = version >= LookerVersion::of(6, 2, 0);
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("label"), QLatin1String(info.label)},
        {QStringLiteral("description"), QLatin1String(info.description)},
        // Every action has a form: the sync options are on each.
        {QStringLiteral("form_url"),
         m_baseUrl + QStringLiteral("/actions/") + name + QStringLiteral("/form")},
        {QStringLiteral("url"),
         m_baseUrl + QStringLiteral("/actions/") + name + QStringLiteral("/execute")},
        {QStringLiteral("params"),
         QJsonArray{param("rudder_write_key", "Rudder Write Key",
                          "Looker source write key for Rudder.", true, paramsRequired),
                    param("rudder_server_url", "Rudder Data Plane URL",
                          "Give your Rudder server URL", false, paramsRequired)}},
        {QStringLiteral("required_fields"), requiredFields},
        {QStringLiteral("supported_action_types"), strings({"query"})},
        {QStringLiteral("supported_formats"),
         streaming ? strings({"json_detail_lite_stream"}) : strings({"json_detail"})},
        {QStringLiteral("supported_formattings"), strings({"unformatted"})},
        {QStringLiteral("supported_visualization_formattings"), strings({"noapply"})},
        {QStringLiteral("supported_download_settings"), strings({"url"})},
        {QStringLiteral("uses_oauth"), false},
        {QStringLiteral("delegate_oauth"), false},
        {QStringLiteral("icon_data_uri"), QLatin1String(kIconDataUri)},
    };
}

QJsonObject ActionDefinitions::list(const QString& label, const LookerVersion& version) const {
    QJsonArray integrations;
    for (const ActionInfo& info : kActions) {
        if (version >= info.minimum)
            integrations.append(definition(info.call, version));
    }
    return {{QStringLiteral("label"), label}, {QStringLiteral("integrations"), integrations}};
}

std::optional<QJsonObject> ActionDefinitions::action(const QString& name,
                                                     const LookerVersion& version) const {
    const ActionInfo* info = infoFor(name);
    if (!info)
        return std::nullopt;
    return definition(info->call, version);
}

std::optional<QJsonObject> ActionDefinitions::form(const QString& name) const {
    const ActionInfo* info = infoFor(name);
    if (!info)
        return std::nullopt;
    QJsonArray fields;
    if (info->call == CallType::Track)
        fields.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("event")},
                                  {QStringLiteral("label"), QStringLiteral("Event")},
                                  {QStringLiteral("description"),
                                   QStringLiteral("The name of the event you’re tracking.")},
                                  {QStringLiteral("type"), QStringLiteral("string")},
                                  {QStringLiteral("required"), true}});
    if (!m_sourceNames.isEmpty()) {
        QJsonArray options;
        for (const QString& source : m_sourceNames)
            options.append(
                QJsonObject{{QStringLiteral("name"), source}, {QStringLiteral("label"), source}});
        fields.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("destination_source")},
            {QStringLiteral("label"), QStringLiteral("Destination source")},
            {QStringLiteral("description"),
             QStringLiteral("The RudderStack source to send to. Leave empty to use the write key "
                            "and data plane URL of the action's settings.")},
            {QStringLiteral("type"), QStringLiteral("select")},
            {QStringLiteral("options"), options},
            {QStringLiteral("required"), false}});
    }
    if (info->call == CallType::SystemActivity) {
        for (const QJsonValue& field : systemActivityFields())
            fields.append(field);
        return QJsonObject{{QStringLiteral("fields"), fields}};
    }
    for (const QJsonValue& field : syncOptionFields())
        fields.append(field);
    return QJsonObject{{QStringLiteral("fields"), fields}};
}

} // namespace ActionDeck
