#include "lookerstandincontent.h"

#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <functional>

namespace ActionDeck::TestSupport {

namespace {

QByteArray compact(const QJsonValue& value) {
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray notFound() {
    return compact(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found")}});
}

} // namespace

QString LookerStandInContent::addPlan(const QString& name, const QString& lookId,
                                      const QString& destinationType,
                                      const QJsonObject& formParams) {
    const QString id = QString::number(100 + m_plans.size());
    m_plans.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("look_id"), lookId},
        {QStringLiteral("dashboard_id"), QJsonValue()},
        {QStringLiteral("crontab"), QStringLiteral("0 6 * * 1")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("display_name"), QStringLiteral("Ada Admin")}}},
        {QStringLiteral("scheduled_plan_destination"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), destinationType},
             {QStringLiteral("format"), QStringLiteral("json_detail_lite_stream")},
             {QStringLiteral("apply_formatting"), false},
             {QStringLiteral("apply_vis"), false},
             // A JSON object written as a string, as Looker keeps it.
             {QStringLiteral("parameters"),
              QString::fromUtf8(QJsonDocument(formParams).toJson(QJsonDocument::Compact))}}}}});
    return id;
}

const QJsonObject* LookerStandInContent::plan(const QString& id) const {
    for (const QJsonObject& plan : m_plans) {
        if (plan.value(u"id").toString() == id)
            return &plan;
    }
    return nullptr;
}

const LookerStandInContent::Look* LookerStandInContent::look(const QString& id) const {
    for (const Look& look : m_looks) {
        if (look.id == id)
            return &look;
    }
    return nullptr;
}

QJsonObject LookerStandInContent::lookJson(const Look& look) const {
    return {{QStringLiteral("id"), look.id},
            {QStringLiteral("title"), look.title},
            {QStringLiteral("folder"),
             look.folder.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(QJsonObject{{QStringLiteral("name"), look.folder}})},
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("model"), look.model},
                         {QStringLiteral("view"), look.view},
                         {QStringLiteral("vis_config"),
                          QJsonObject{{QStringLiteral("hidden_fields"),
                                       QJsonArray::fromStringList(look.hiddenFields)}}}}}};
}

std::optional<LookerStandInContent::Answer>
LookerStandInContent::answer(const QByteArray& method, const QString& path,
                             const QUrlQuery& query) const {
    if (method != "GET")
        return std::nullopt;
    if (path == u"/api/4.0/looks/search") {
        // % is SQL's LIKE wildcard; the stand-in takes "%text%" only.
        QString wanted = query.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded);
        if (wanted.startsWith(u'%') && wanted.endsWith(u'%') && wanted.size() >= 2)
            wanted = wanted.mid(1, wanted.size() - 2);
        QJsonArray found;
        for (const Look& look : m_looks) {
            if (look.title.contains(wanted, Qt::CaseInsensitive))
                found.append(lookJson(look));
        }
        return Answer{200, compact(found)};
    }
    if (path == u"/api/4.0/scheduled_plans") {
        if (query.queryItemValue(QStringLiteral("all_users")) == u"true" && !m_seeSchedules)
            return Answer{403, compact(QJsonObject{
                                   {QStringLiteral("message"), QStringLiteral("Not authorized")}})};
        QJsonArray plans;
        for (const QJsonObject& plan : m_plans)
            plans.append(plan);
        return Answer{200, compact(plans)};
    }
    const QString prefix = QStringLiteral("/api/4.0/looks/");
    if (!path.startsWith(prefix))
        return std::nullopt;
    const QStringList parts = path.mid(prefix.size()).split(u'/');
    const Look* found = look(parts[0]);
    if (!found)
        return Answer{404, notFound()};
    if (parts.size() == 1)
        return Answer{200, compact(lookJson(*found))};
    if (parts.size() == 3 && parts[1] == u"run" && parts[2] == u"json_detail")
        return Answer{200, found->jsonDetail};
    return Answer{404, notFound()};
}

std::optional<LookerStandInContent::Answer>
LookerStandInContent::runQuery(const QString& format, const QJsonObject& query) const {
    const QString model = query.value(u"model").toString();
    const QString view = query.value(u"view").toString();
    if (model != m_activityModel)
        return Answer{404, notFound()};
    const QJsonObject filters = query.value(u"filters").toObject();
    const QString wanted = filters.value(u"event.name").toString();
    const auto nameOf = [](const ActivityEvent& event) {
        return event.fields.value(u"event.name").toString();
    };
    if (view == u"event" && format == u"json") {
        // event.name and event.count, most frequent first.
        QMap<QString, qint64> counts;
        for (const ActivityEvent& event : m_activity)
            ++counts[nameOf(event)];
        QList<std::pair<qint64, QString>> sorted;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QJsonArray rows;
        for (const auto& [count, name] : sorted)
            rows.append(QJsonObject{{QStringLiteral("event.name"), name},
                                    {QStringLiteral("event.count"), count}});
        return Answer{200, compact(rows)};
    }
    if (view != u"event_attribute" || format != u"json_detail")
        return std::nullopt;
    QJsonArray dimensions;
    QStringList fields;
    for (const QJsonValue& field : query.value(u"fields").toArray()) {
        fields.append(field.toString());
        dimensions.append(QJsonObject{{QStringLiteral("name"), field.toString()},
                                      {QStringLiteral("label"), field.toString()}});
    }
    QJsonArray data;
    const int limit = query.value(u"limit").toString().toInt();
    for (const ActivityEvent& event : m_activity) {
        if (!wanted.isEmpty() && nameOf(event) != wanted)
            continue;
        for (const auto& [name, value] : event.attributes) {
            if (limit > 0 && data.size() >= limit)
                break;
            QJsonObject row;
            for (const QString& field : fields) {
                const QJsonValue cell = field == u"event_attribute.name" ? QJsonValue(name)
                                        : field == u"event_attribute.value"
                                            ? QJsonValue(value)
                                            : event.fields.value(field);
                row.insert(field, QJsonObject{{QStringLiteral("value"), cell}});
            }
            data.append(row);
        }
    }
    return Answer{200, compact(QJsonObject{
                           {QStringLiteral("fields"),
                            QJsonObject{{QStringLiteral("dimensions"), dimensions},
                                        {QStringLiteral("measures"), QJsonArray()}}},
                           {QStringLiteral("ran_at"), QStringLiteral("2026-12-07T06:00:00+00:00")},
                           {QStringLiteral("data"), data}})};
}

} // namespace ActionDeck::TestSupport
