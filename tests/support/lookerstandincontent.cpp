#include "lookerstandincontent.h"

#include <QJsonDocument>

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

} // namespace ActionDeck::TestSupport
