#include "lookerapi/lookersystemactivity.h"

#include "catalog/systemactivityexploreurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ActionDeck {

namespace {

const QString kModel = QStringLiteral("system__activity");
const QString kOldModel = QStringLiteral("i__looker");
const QString kLastWeek = QStringLiteral("7 days");

} // namespace

LookerSystemActivity::LookerSystemActivity(LookerApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

QJsonObject LookerSystemActivity::countsQuery(const QString& model) {
    return {
        {QStringLiteral("model"), model},
        {QStringLiteral("view"), QStringLiteral("event")},
        {QStringLiteral("fields"),
         QJsonArray{QStringLiteral("event.name"), QStringLiteral("event.count")}},
        {QStringLiteral("filters"), QJsonObject{{QStringLiteral("event.created_time"), kLastWeek}}},
        {QStringLiteral("sorts"), QJsonArray{QStringLiteral("event.count desc")}},
        {QStringLiteral("limit"), QStringLiteral("5000")}};
}

QFuture<LookerSystemActivity::Counts> LookerSystemActivity::eventCounts() {
    return countsIn(kModel, true);
}

QFuture<LookerSystemActivity::Counts> LookerSystemActivity::countsIn(const QString& model,
                                                                     bool fallBack) {
    return m_api.post(QStringLiteral("/queries/run/json"), QJsonDocument(countsQuery(model)))
        .then(this,
              [this, model, fallBack](const LookerApiClient::Answer& answer) -> QFuture<Counts> {
                  // An instance without the system__activity model has its Explores in
                  // i__looker: Looker says the model is not found (404) or invalid (422).
                  const auto kind = answer.error.kind;
                  if (fallBack && (kind == LookerApiError::Kind::NotFound ||
                                   kind == LookerApiError::Kind::Invalid))
                      return countsIn(kOldModel, false);
                  Counts counts;
                  counts.error = answer.error;
                  counts.model = model;
                  for (const QJsonValue& row : answer.json.array()) {
                      const QJsonObject o = row.toObject();
                      const QString name = o.value(u"event.name").toString();
                      if (!name.isEmpty())
                          counts.byName.insert(name, o.value(u"event.count").toInteger());
                  }
                  return QtFuture::makeReadyFuture(counts);
              })
        .unwrap();
}

QFuture<LookerSystemActivity::Events> LookerSystemActivity::events(const QString& name,
                                                                   const QString& model) {
    const QJsonObject query{
        {QStringLiteral("model"), model.isEmpty() ? kModel : model},
        {QStringLiteral("view"), QStringLiteral("event_attribute")},
        {QStringLiteral("fields"), QJsonArray::fromStringList(SystemActivityExploreUrl::fields())},
        {QStringLiteral("filters"), QJsonObject{{QStringLiteral("event.name"), name},
                                                {QStringLiteral("event.created_time"), kLastWeek}}},
        {QStringLiteral("sorts"), QJsonArray{QStringLiteral("event.id desc")}},
        {QStringLiteral("limit"), QString::number(kEventRows)}};
    return m_api.post(QStringLiteral("/queries/run/json_detail"), QJsonDocument(query))
        .then(this, [](const LookerApiClient::Answer& answer) {
            Events events;
            events.error = answer.error;
            if (answer.ok())
                events.jsonDetail = answer.json.toJson(QJsonDocument::Compact);
            return events;
        });
}

} // namespace ActionDeck
