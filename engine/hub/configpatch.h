#pragma once

#include "hub/hubconfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ActionDeck {

/// A change to the configuration as one JSON document: the body of PATCH /api/v1/config, and
/// the form of the overlay file the admin API keeps in the data directory. Named entries are
/// changed member by member (`"sources": {"Prod": {"dataPlaneUrl": …}}` keeps Prod's write key),
/// null removes one; sections (`delivery`, `executes`, `http`, `alerts`) take the members given,
/// null restores a default; arrays (`tokens`, `revokedNonces`, `trustedProxies`) are replaced
/// whole. Where the hub listens (`listen`, `tls`, `admin`) is not changed this way.
class ConfigPatch {
public:
    enum class Mode {
        /// From an admin: every mistake is an error; a region added without a secret or a token
        /// gets a new random secret, as the Connections page gives one.
        Request,
        /// Kept over a --config file that may have changed since: removing what is no longer
        /// there changes nothing, and a region that has neither a secret nor a token (its secret
        /// was on a command line that no longer gives it) is left out.
        Overlay,
    };

    /// `current` with `patch` applied and checked by the rules of a --config file, or nullopt
    /// with `error` naming the field (`sources.Prod.dataPlaneUrl: …`).
    static std::optional<HubConfig> apply(const HubConfig& current, const QJsonObject& patch,
                                          Mode mode, QString* error);
    /// The document that turns `base` into `wanted`: the sections' members and the named entries
    /// that differ (entries whole, so that it still says the same over a changed base), and null
    /// for each entry `wanted` no longer has.
    static QJsonObject difference(const HubConfig& base, const HubConfig& wanted);
};

} // namespace ActionDeck
