#pragma once

#include "lookerapi/lookerapiclient.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ActionDeck {

/// A Look as the window and the command line list it.
struct LookerLook {
    QString id;
    QString title;
    QString model;
    QString explore;
    QString folder;           ///< empty for a Look in no folder
    QStringList hiddenFields; ///< the query's vis_config.hidden_fields: never sent
};

/// Looker's Looks: searched by title, or listed.
class LookerLooks : public QObject {
    Q_OBJECT

public:
    struct Result {
        QList<LookerLook> looks;
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };

    explicit LookerLooks(LookerApiClient& api, QObject* parent = nullptr);

    /// Looks whose title contains `text` (every Look when empty), by title.
    QFuture<Result> search(const QString& text);
    /// One Look with its query (model, explore, hidden fields).
    QFuture<Result> look(const QString& id);

    /// Runs Look `id` as json_detail, unformatted and without its visualisation (as a schedule
    /// sends it to the hub), at most `limit` rows (-1: all), its result written to `sink` as it
    /// arrives.
    QFuture<LookerApiClient::Answer> run(const QString& id, int limit, QIODevice& sink);

    static LookerLook lookOf(const QJsonObject& json);

private:
    LookerApiClient& m_api;
};

} // namespace ActionDeck
