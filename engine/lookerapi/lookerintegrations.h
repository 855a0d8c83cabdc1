#pragma once

#include "lookerapi/lookerapiclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ActionDeck {

/// One of this hub's actions as Looker holds it (`/integrations/<hub_id>::<action>`).
struct LookerIntegration {
    QString id;   ///< "<hub_id>::rudder_event"
    QString name; ///< Looker's action name: rudder_event, rudder_track, …
    QString label;
    bool enabled = false;
    /// Looker returns sensitive values as null: a write key shows only as has_value.
    bool hasWriteKey = false;
    QString dataPlaneUrl;
    std::optional<bool> testSucceeded; ///< Looker's own test, when it was run
    QString testMessage;

    /// Reads one of Looker's `Integration` answers (GET or PATCH /integrations/{id}).
    static LookerIntegration fromJson(const QJsonObject& json);
};

/// Enables this hub's actions in Looker with a source's write key and data plane URL (or with
/// the params left empty, for a hub whose schedules pick a Destination source), runs Looker's
/// test of each, and reads their state back.
class LookerIntegrations : public QObject {
    Q_OBJECT

public:
    struct Params {
        QString writeKey;
        QString dataPlaneUrl;
    };
    struct Result {
        QList<LookerIntegration> actions;
        LookerApiError error;
        bool ok() const { return error.ok(); }
        /// Every action enabled and its test passed.
        bool allPassed() const;
    };

    explicit LookerIntegrations(LookerApiClient& api, QObject* parent = nullptr);

    /// Enables `actions` (rudder_event, …) of hub `hubId` with `params` (none: left empty), then
    /// runs Looker's test of each.
    QFuture<Result> enable(const QString& hubId, const QStringList& actions,
                           const std::optional<Params>& params);
    /// The hub's actions as Looker holds them, each tested by Looker when `test`.
    QFuture<Result> status(const QString& hubId, bool test);

    static QString integrationId(const QString& hubId, const QString& action);

private:
    /// PATCHes then tests actions[index…], collecting into `done`.
    QFuture<Result> enableFrom(const QString& hubId, QStringList actions, int index,
                               std::optional<Params> params, Result done);
    QFuture<Result> testFrom(Result done, int index);

    LookerApiClient& m_api;
};

} // namespace ActionDeck
