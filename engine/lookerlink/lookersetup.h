#pragma once

#include "connection/hubconnection.h"
#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerhublink.h"
#include "lookerapi/lookerintegrations.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ActionDeck {

/// The window's steps in Looker for one hub — this computer's or a server's, through its
/// HubConnection: who signs in, the hub's state in Looker, adding it with a token of one of its
/// regions (made by the hub, or through a server's admin API), enabling its actions with a
/// source's write key and data plane URL, and removing it. Each step signs in as needed; the
/// owner signs out when done (signOut).
class LookerSetup : public QObject {
    Q_OBJECT

public:
    /// Who signed in, and to which Looker.
    struct SignIn {
        QString user; ///< display_name
        std::optional<QString> version;
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };

    /// The hub in Looker and its actions, or why it could not be read or changed.
    struct State {
        std::optional<LookerHubEntry> hub; ///< none: not in Looker
        QList<LookerIntegration> actions;
        LookerApiError error; ///< Looker's
        // Initialised so that {hub, actions, error} lists may leave them out.
        QString hubError = {};    ///< the hub's (no token made, no write key, no URL)
        QString tokenRegion = {}; ///< the region whose token Looker was given
        QString tokenNonce = {};
        bool ok() const { return error.ok() && hubError.isEmpty(); }
        /// Looker could read the hub's action list.
        bool usable() const { return hub && hub->fetchError.isEmpty(); }
    };

    /// The actions "Enable" picks by default, and System Activity's.
    static QStringList defaultActions();
    static QString systemActivityAction();

    LookerSetup(HubConnection& hub, const LookerApiSettings& settings, QObject* parent = nullptr);

    LookerApiClient& api() { return m_api; }
    /// Where Looker reaches the hub (its public URL, else where it listens); empty when the hub
    /// has not said.
    QUrl hubUrl() const;
    /// A loopback or private address, which a Looker in the cloud can't reach: said, not refused,
    /// as a Looker beside the hub can.
    static bool unreachableFromTheCloud(const QUrl& url);

    QFuture<SignIn> signIn();
    /// The hub in Looker and its actions, each tested by Looker when `test`.
    QFuture<State> state(bool test);
    /// Adds the hub to Looker, or gives it a new token, with a token of `region`: one the hub
    /// shows and has not revoked, else a new one. Then Looker's verdict and the actions.
    QFuture<State> addToLooker(const QString& region);
    /// Enables `actions` with `source`'s write key and data plane URL (nullopt: the params left
    /// empty, for a hub whose schedules pick a Destination source), then Looker's test of each.
    QFuture<State> enable(const QStringList& actions, const std::optional<QString>& source);
    /// "Do it for me": adds the hub with a token of `region`, then, once Looker can use it,
    /// enables the default actions with `source` (nullopt: the params left empty).
    QFuture<State> addAndEnable(const QString& region, const std::optional<QString>& source);
    /// Takes the hub out of Looker.
    QFuture<State> remove();
    QFuture<void> signOut();

private:
    QFuture<State> failed(const QString& hubError) const;
    /// A token of `region`: shown by the hub and in force, else made.
    QFuture<HubReply<MadeToken>> tokenOf(const QString& region);
    /// Finds the hub, then `next` with its id (a failure or a hub not in Looker stops there).
    /// Every action of `hub` as Looker holds it, with `done`'s (just enabled and tested) in place.
    QFuture<State> withAllActions(const LookerHubEntry& hub,
                                  const LookerIntegrations::Result& done);
    QFuture<State> withHub(std::function<QFuture<State>(const LookerHubEntry&)> next);

    QPointer<HubConnection> m_hub;
    LookerApiClient m_api;
    LookerHubLink m_link;
    LookerIntegrations m_integrations;
};

} // namespace ActionDeck
