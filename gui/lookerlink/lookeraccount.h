#pragma once

#include "hub/hubconfig.h"
#include "lookerapi/lookerapisettings.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace ActionDeck {

/// The window's connection to Looker's API: one for the window, used for whichever hub is shown.
/// Kept in the window's configuration ("looker"; the secret as every other secret) by the saver
/// main.cpp gives.
class LookerAccount : public QObject {
    Q_OBJECT

public:
    using Saver = std::function<void(const LookerApiConnection&)>;

    LookerAccount(LookerApiConnection saved, Saver saver, QObject* parent = nullptr);

    const LookerApiConnection& connection() const { return m_connection; }
    /// A URL, a client id and a secret: enough to sign in.
    bool isComplete() const;
    LookerApiSettings settings() const;
    void save(const LookerApiConnection& connection);

    /// What the form offers while nothing is saved: the Looker SDK's LOOKERSDK_* variables, which
    /// many teams already have.
    static std::optional<LookerApiConnection>
    fromEnvironment(const QProcessEnvironment& environment);

signals:
    void changed();

private:
    LookerApiConnection m_connection;
    Saver m_saver;
};

} // namespace ActionDeck
