#include "lookerapi/lookerlooks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace ActionDeck {

LookerLooks::LookerLooks(LookerApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

QFuture<LookerApiClient::Answer> LookerLooks::run(const QString& id, int limit, QIODevice& sink) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apply_formatting"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("apply_vis"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_api.download(QStringLiteral("/looks/%1/run/json_detail")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                          query, sink);
}

LookerLook LookerLooks::lookOf(const QJsonObject& json) {
    LookerLook look;
    const QJsonValue id = json.value(u"id");
    look.id = id.isString() ? id.toString() : QString::number(id.toInteger());
    look.title = json.value(u"title").toString();
    look.folder = json.value(u"folder").toObject().value(u"name").toString();
    const QJsonObject query = json.value(u"query").toObject();
    look.model = query.value(u"model").toString();
    look.explore = query.value(u"view").toString();
    for (const QJsonValue& field :
         query.value(u"vis_config").toObject().value(u"hidden_fields").toArray())
        look.hiddenFields.append(field.toString());
    return look;
}

QFuture<LookerLooks::Result> LookerLooks::search(const QString& text) {
    QUrlQuery query;
    // Looker's search takes % as SQL's LIKE does, case-insensitively. QUrlQuery holds values
    // percent-encoded: the wildcards are %25.
    if (!text.isEmpty())
        query.addQueryItem(QStringLiteral("title"),
                           QStringLiteral("%25") +
                               QString::fromLatin1(QUrl::toPercentEncoding(text)) +
                               QStringLiteral("%25"));
    query.addQueryItem(QStringLiteral("sorts"), QStringLiteral("title"));
    return m_api.get(QStringLiteral("/looks/search"), query)
        .then(this, [](const LookerApiClient::Answer& answer) {
            Result result;
            result.error = answer.error;
            for (const QJsonValue& look : answer.json.array())
                result.looks.append(lookOf(look.toObject()));
            std::stable_sort(result.looks.begin(), result.looks.end(),
                             [](const LookerLook& a, const LookerLook& b) {
                                 return a.title.localeAwareCompare(b.title) < 0;
                             });
            return result;
        });
}

QFuture<LookerLooks::Result> LookerLooks::look(const QString& id) {
    return m_api
        .get(QStringLiteral("/looks/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))))
        .then(this, [](const LookerApiClient::Answer& answer) {
            Result result;
            result.error = answer.error;
            if (answer.ok())
                result.looks.append(lookOf(answer.json.object()));
            return result;
        });
}

} // namespace ActionDeck
