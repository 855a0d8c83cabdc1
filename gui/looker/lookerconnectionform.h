#pragma once

#include "lookerlink/lookersetup.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ActionDeck {

class LookerAccount;

/// The window's connection to Looker's API: the instance's URL, an API client id and secret,
/// whether Looker's certificate is checked (a warning when not), and "Save and sign in", which
/// keeps it and says who signed in on which Looker version.
class LookerConnectionForm : public QGroupBox {
    Q_OBJECT

public:
    explicit LookerConnectionForm(LookerAccount& account, QWidget* parent = nullptr);

    /// While a step runs, nothing is changed.
    void setBusy(bool busy);
    /// Says who signed in, or why not.
    void showSignIn(const LookerSetup::SignIn& signIn);
    void showSigningIn();

signals:
    /// The form was saved into the account: the page signs in with it.
    void signInRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    /// The form as a connection (the kept secret when none is typed).
    LookerApiConnection typed() const;
    void save(const LookerApiConnection& connection);
    void updateWarning();
    void showStatus();
    /// What `connection` lacks, in words; empty when it can be used.
    static QString problem(const LookerApiConnection& connection);

    LookerAccount& m_account;
    QLineEdit* m_url;
    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QCheckBox* m_verify;
    QLabel* m_urlLabel = nullptr;
    QLabel* m_clientIdLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_hint;
    QLabel* m_tlsWarning;
    QPushButton* m_signIn;
    QLabel* m_status;
    /// The last answer, kept so that a change of language says it again.
    std::optional<LookerSetup::SignIn> m_lastSignIn;
    QByteArray m_pendingSecret; ///< from LOOKERSDK_CLIENT_SECRET, until saved
    bool m_signingIn = false;
    QString
        m_problem; ///< what "Save and sign in" found missing (said again on a change of language)
    bool m_fromEnvironment = false;
};

} // namespace ActionDeck
