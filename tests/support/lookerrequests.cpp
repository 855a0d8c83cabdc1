#include "lookerrequests.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ActionDeck::TestSupport {

namespace {

QJsonObject params(const QString& writeKey, const QString& dataPlaneUrl) {
    return {{u"rudder_write_key"_qs, writeKey}, {u"rudder_server_url"_qs, dataPlaneUrl}};
}

QByteArray compact(const QJsonObject& body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray LookerRequests::usersResult(int rows, const QSet<int>& changed, const QString& ranAt) {
    QJsonArray data;
    for (int i = 0; i < rows; ++i)
        data.append(QJsonObject{
            {u"u.id"_qs, QJsonObject{{u"value"_qs, QStringLiteral("user-%1").arg(i)}}},
            {u"u.plan"_qs,
             QJsonObject{{u"value"_qs, changed.contains(i) ? u"platinum"_qs : u"gold"_qs}}}});
    // Written by hand: QJsonDocument would sort ran_at after the rows.
    QByteArray detail = "{";
    if (!ranAt.isEmpty())
        detail += "\"ran_at\":\"" + ranAt.toUtf8() + "\",";
    return detail +
           R"("fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"u.plan"}]},)"
           R"("data":)" +
           QJsonDocument(data).toJson(QJsonDocument::Compact) + "}";
}

QByteArray LookerRequests::executeBody(const QByteArray& detail, const QJsonValue& planId,
                                       QJsonObject form) {
    QJsonObject plan{{u"title"_qs, u"Daily users"_qs}};
    if (!planId.isNull())
        plan.insert(u"scheduled_plan_id", planId);
    form.insert(u"destination_source", u"Prod"_qs);
    return compact({{u"type"_qs, u"query"_qs},
                    {u"form_params"_qs, form},
                    {u"scheduled_plan"_qs, plan},
                    {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                                   {u"data"_qs, QString::fromUtf8(detail)}}}});
}

QByteArray LookerRequests::withParams(const QString& writeKey, const QString& dataPlaneUrl,
                                      const QByteArray& detail) {
    return compact({{u"type"_qs, u"query"_qs},
                    {u"data"_qs, params(writeKey, dataPlaneUrl)},
                    {u"attachment"_qs, QJsonObject{{u"data"_qs, QString::fromUtf8(detail)}}}});
}

QByteArray LookerRequests::downloading(const QString& writeKey, const QString& dataPlaneUrl,
                                       const QString& downloadUrl, const QJsonObject& form) {
    QJsonObject body{{u"type"_qs, u"query"_qs},
                     {u"data"_qs, params(writeKey, dataPlaneUrl)},
                     {u"scheduled_plan"_qs, QJsonObject{{u"download_url"_qs, downloadUrl}}}};
    if (!form.isEmpty())
        body.insert(u"form_params", form);
    return compact(body);
}

QByteArray LookerRequests::reference(const std::string& name, const QString& writeKey,
                                     const QString& dataPlaneUrl) {
    QJsonObject body =
        QJsonDocument::fromJson(
            QByteArray::fromStdString(readTestData("reference/" + name + ".request.json")))
            .object();
    QJsonObject data = body.value(u"data").toObject();
    data.insert(u"rudder_server_url", dataPlaneUrl);
    data.insert(u"rudder_write_key", writeKey);
    body.insert(u"data", data);
    return compact(body);
}

} // namespace ActionDeck::TestSupport
