#include "lookerapi/lookerschedules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace ActionDeck {

namespace {

/// Looker's ids are strings in API 4.0 and numbers in older answers; null is none.
QString idOf(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

} // namespace

LookerSchedules::LookerSchedules(LookerApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

QList<LookerSchedule> LookerSchedules::ofHub(const QJsonArray& plans, const QString& hubId) {
    const QString prefix = QStringLiteral("looker-integration://%1::").arg(hubId);
    QList<LookerSchedule> found;
    for (const QJsonValue& value : plans) {
        const QJsonObject plan = value.toObject();
        for (const QJsonValue& destination : plan.value(u"scheduled_plan_destination").toArray()) {
            const QJsonObject d = destination.toObject();
            const QString type = d.value(u"type").toString();
            if (!type.startsWith(prefix))
                continue;
            LookerSchedule schedule;
            schedule.planId = idOf(plan.value(u"id"));
            schedule.name = plan.value(u"name").toString();
            schedule.lookId = idOf(plan.value(u"look_id"));
            schedule.dashboardId = idOf(plan.value(u"dashboard_id"));
            schedule.action = type.mid(prefix.size());
            schedule.crontab = plan.value(u"crontab").toString();
            schedule.owner = plan.value(u"user").toObject().value(u"display_name").toString();
            schedule.enabled = plan.value(u"enabled").toBool(true);
            // The form values are a JSON object written as a string.
            schedule.formParams =
                QJsonDocument::fromJson(d.value(u"parameters").toString().toUtf8()).object();
            found.append(schedule);
        }
    }
    return found;
}

QFuture<LookerSchedules::Result> LookerSchedules::forHub(const QString& hubId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all_users"), QStringLiteral("true"));
    return m_api.get(QStringLiteral("/scheduled_plans"), query)
        .then(this, [hubId](const LookerApiClient::Answer& answer) {
            Result result;
            result.error = answer.error;
            if (answer.error.kind == LookerApiError::Kind::Forbidden)
                result.error.message =
                    QStringLiteral("The Looker API user may not see other users' schedules: "
                                   "it needs the see_schedules permission.");
            if (answer.ok())
                result.schedules = ofHub(answer.json.array(), hubId);
            return result;
        });
}

QFuture<LookerApiClient::Answer> LookerSchedules::runOnce(const QString& planId) {
    return m_api.post(QStringLiteral("/scheduled_plans/%1/run_once")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(planId))));
}

} // namespace ActionDeck
