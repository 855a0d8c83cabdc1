#include "gui/lookerlink/lookertext.h"

#include <QHostAddress>

#include <algorithm>

namespace ActionDeck {

QString LookerText::error(const LookerApiError& error) {
    using Kind = LookerApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::CredentialsRefused:
        return tr("Looker refused the API credentials: check the client ID and secret (Looker: "
                  "Admin → Users → Edit keys).");
    case Kind::NoApi:
        return tr("There is no Looker API 4.0 at this URL. Give the instance's URL, such as "
                  "https://acme.looker.com (older instances serve the API on port 19999).");
    case Kind::Forbidden:
        return tr("The Looker API user may not do this (%1): adding Action Hubs and enabling "
                  "actions needs a Looker admin.")
            .arg(error.detail.isEmpty() ? QStringLiteral("HTTP 403") : error.detail);
    case Kind::NotFound:
        return tr("Not found in Looker: %1.").arg(error.detail);
    case Kind::Invalid:
        return tr("Looker refused the values (%1).").arg(error.detail);
    case Kind::RateLimited:
        return tr("Looker is limiting the API's rate: try again in a minute.");
    case Kind::Unreachable:
        return tr("Looker can not be reached: %1").arg(error.detail);
    case Kind::Tls:
        return tr("Looker's certificate is not trusted (%1). Turn the check off only for a "
                  "Looker you know.")
            .arg(error.detail);
    case Kind::Server:
        return error.detail.isEmpty()
                   ? tr("Looker answered HTTP %1.").arg(error.status)
                   : tr("Looker answered HTTP %1: %2").arg(error.status).arg(error.detail);
    }
    return error.message;
}

QString LookerText::signedIn(const LookerSetup::SignIn& signIn) {
    if (!signIn.ok())
        return error(signIn.error);
    return signIn.version ? tr("Signed in to Looker %1 as %2.").arg(*signIn.version, signIn.user)
                          : tr("Signed in to Looker as %1.").arg(signIn.user);
}

QString LookerText::hubState(const LookerSetup::State& state, const QString& hubName) {
    if (!state.hubError.isEmpty())
        return state.hubError;
    if (!state.error.ok())
        return error(state.error);
    if (!state.hub)
        return tr("%1 is not in Looker yet.").arg(hubName);
    const LookerHubEntry& hub = *state.hub;
    const int read = std::max(hub.actionsRead, int(state.actions.size()));
    const QString given =
        state.tokenRegion.isEmpty()
            ? QString()
            : QStringLiteral(" ") + tr("Looker was given a token of region %1 (%2).")
                                        .arg(state.tokenRegion, state.tokenNonce);
    switch (hub.fetchProblem()) {
    case LookerHubEntry::FetchProblem::None:
        return tr("In Looker as Action Hub %1: Looker read %n action(s).", nullptr, read)
                   .arg(hub.id) +
               given;
    case LookerHubEntry::FetchProblem::TokenRefused:
        return tr("Looker could not read the hub's actions: the hub refused Looker's token "
                  "(Looker says: %1). The token Looker holds is another hub's, another "
                  "region's that was removed, or revoked: update the token.")
                   .arg(hub.fetchError) +
               given;
    case LookerHubEntry::FetchProblem::Certificate:
        return tr("Looker does not trust the hub's certificate (Looker says: %1). Looker takes "
                  "hubs with a certificate from a public authority only.")
            .arg(hub.fetchError);
    case LookerHubEntry::FetchProblem::Unreachable:
        return tr("Looker could not reach the hub at %1 (Looker says: %2). Set the public URL "
                  "on the Connections page, and open the port to Looker.")
            .arg(hub.url, hub.fetchError);
    case LookerHubEntry::FetchProblem::Other:
        break;
    }
    return tr("Looker can not use the hub: %1").arg(hub.fetchError);
}

QString LookerText::cloudWarning(const QUrl& hubUrl) {
    return tr("A Looker in the cloud can't reach %1: set the public URL on the Connections page. "
              "(A Looker beside the hub can.)")
        .arg(hubUrl.host());
}

QString LookerText::tlsOffWarning() {
    return tr("Looker's certificate is not checked: anyone between here and Looker could read "
              "the API secret.");
}

QString LookerText::plainHttpWarning() {
    return tr("Looker's URL is plain http: the API secret would cross the network unencrypted.");
}

QString LookerText::connectionWarnings(const LookerApiConnection& connection) {
    QStringList said;
    const QUrl url(connection.baseUrl);
    const QHostAddress host(url.host());
    if (url.scheme() == u"http" && url.host() != u"localhost" && !host.isLoopback())
        said.append(plainHttpWarning());
    else if (url.scheme() == u"https" && !connection.verifySsl)
        said.append(tlsOffWarning());
    return said.join(u'\n');
}

QString LookerText::testResult(const LookerIntegration& action) {
    if (!action.testSucceeded)
        return tr("not run");
    if (*action.testSucceeded)
        return action.testMessage.isEmpty() ? tr("passed")
                                            : tr("passed: %1").arg(action.testMessage);
    return tr("failed: %1").arg(action.testMessage);
}

} // namespace ActionDeck
