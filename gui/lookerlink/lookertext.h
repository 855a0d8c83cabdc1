#pragma once

#include "lookerlink/lookersetup.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ActionDeck {

/// What the Looker link says, in the window's language: errors by kind with Looker's own words
/// kept as they are, who signed in, the hub's state in Looker with what to do about it.
class LookerText {
    Q_DECLARE_TR_FUNCTIONS(ActionDeck::LookerText)

public:
    static QString error(const LookerApiError& error);
    static QString signedIn(const LookerSetup::SignIn& signIn);
    /// The hub in Looker in a sentence or two: not there, added (and how many actions Looker
    /// read), or Looker's verdict with what to do; `hubName` says which hub.
    static QString hubState(const LookerSetup::State& state, const QString& hubName);
    /// Said (not refused) for a public URL a Looker in the cloud can't reach.
    static QString cloudWarning(const QUrl& hubUrl);
    static QString tlsOffWarning();
    /// Said for a plain http:// Looker that is not on this machine: the secret would cross the
    /// network unencrypted.
    static QString plainHttpWarning();
    /// The warnings `connection` calls for (certificate not checked, plain http), one a line.
    static QString connectionWarnings(const LookerApiConnection& connection);
    /// Looker's test of an action: passed, failed with Looker's message, or not run.
    static QString testResult(const LookerIntegration& action);
};

} // namespace ActionDeck
