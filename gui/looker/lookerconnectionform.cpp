#include "gui/looker/lookerconnectionform.h"

#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookertext.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

namespace ActionDeck {

LookerConnectionForm::LookerConnectionForm(LookerAccount& account, QWidget* parent)
    : QGroupBox(parent)
    , m_account(account)
    , m_url(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_verify(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("lookerConnection"));
    m_url->setObjectName(QStringLiteral("lookerUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://acme.looker.com"));
    m_clientId->setObjectName(QStringLiteral("lookerClientId"));
    m_secret->setObjectName(QStringLiteral("lookerClientSecret"));
    // The secret is typed, never shown: the field stays empty once it is kept.
    m_secret->setEchoMode(QLineEdit::Password);
    m_verify->setObjectName(QStringLiteral("lookerVerifySsl"));
    m_tlsWarning->setObjectName(QStringLiteral("lookerTlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_signIn->setObjectName(QStringLiteral("lookerSignIn"));
    m_status->setObjectName(QStringLiteral("lookerSignInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_urlLabel = new QLabel(this);
    m_clientIdLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_verify);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tlsWarning);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_verify, &QCheckBox::toggled, this, &LookerConnectionForm::updateWarning);
    connect(m_url, &QLineEdit::textChanged, this, &LookerConnectionForm::updateWarning);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        const LookerApiConnection connection = typed();
        m_lastSignIn.reset();
        m_problem = problem(connection);
        // A URL that is not one is never kept: the configuration file would not load.
        if (m_problem.isEmpty())
            save(connection);
        showStatus();
        if (m_problem.isEmpty())
            emit signInRequested();
    });
    connect(m_secret, &QLineEdit::returnPressed, m_signIn, &QPushButton::click);
    load();
    retranslateUi();
}

void LookerConnectionForm::load() {
    LookerApiConnection shown = m_account.connection();
    // Nothing kept yet: the Looker SDK's variables fill the form, saved once the user signs in.
    if (shown.isEmpty()) {
        if (const auto fromSdk =
                LookerAccount::fromEnvironment(QProcessEnvironment::systemEnvironment())) {
            shown = *fromSdk;
            m_fromEnvironment = true;
        }
    }
    m_url->setText(shown.baseUrl);
    m_clientId->setText(shown.clientId);
    m_verify->setChecked(shown.verifySsl);
    m_pendingSecret = m_fromEnvironment ? shown.clientSecret : QByteArray();
    updateWarning();
}

LookerApiConnection LookerConnectionForm::typed() const {
    LookerApiConnection connection = m_account.connection();
    QString url = m_url->text().trimmed();
    // "acme.looker.com" is Looker's host: its API is https.
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    while (url.endsWith(u'/'))
        url.chop(1);
    connection.baseUrl = url;
    connection.clientId = m_clientId->text().trimmed();
    connection.verifySsl = m_verify->isChecked();
    // An empty field keeps the secret there is.
    if (!m_secret->text().isEmpty())
        connection.clientSecret = m_secret->text().toUtf8();
    else if (!m_pendingSecret.isEmpty())
        connection.clientSecret = m_pendingSecret;
    return connection;
}

void LookerConnectionForm::save(const LookerApiConnection& connection) {
    m_account.save(connection);
    m_url->setText(connection.baseUrl);
    m_secret->clear();
    m_pendingSecret.clear();
    m_fromEnvironment = false;
    retranslateUi();
}

void LookerConnectionForm::setBusy(bool busy) {
    for (QWidget* field : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_clientId),
                           static_cast<QWidget*>(m_secret), static_cast<QWidget*>(m_verify),
                           static_cast<QWidget*>(m_signIn)})
        field->setEnabled(!busy);
}

void LookerConnectionForm::showSigningIn() {
    m_signingIn = true;
    m_lastSignIn.reset();
    showStatus();
}

void LookerConnectionForm::showSignIn(const LookerSetup::SignIn& signIn) {
    m_signingIn = false;
    m_lastSignIn = signIn;
    showStatus();
}

QString LookerConnectionForm::problem(const LookerApiConnection& saved) {
    const QUrl url(saved.baseUrl, QUrl::StrictMode);
    if (saved.baseUrl.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("Give Looker's URL, such as https://acme.looker.com.");
    if (saved.clientId.isEmpty())
        return tr("Give the client ID of a Looker API key.");
    if (saved.clientSecret.isEmpty())
        return tr("Give the client secret of that API key.");
    return {};
}

void LookerConnectionForm::showStatus() {
    if (!m_problem.isEmpty()) {
        // Said again in the window's language.
        m_status->setText(problem(typed()));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    if (m_signingIn) {
        m_status->setText(tr("Signing in…"));
        m_status->setStyleSheet(QString());
        return;
    }
    if (!m_lastSignIn) {
        m_status->setText(m_account.isComplete() ? QString()
                                                 : tr("Not connected to Looker's API yet."));
        m_status->setStyleSheet(QString());
        return;
    }
    m_status->setText(LookerText::signedIn(*m_lastSignIn));
    m_status->setStyleSheet(m_lastSignIn->ok() ? QStringLiteral("color: #2e7d32;")
                                               : QStringLiteral("color: #c62828;"));
}

void LookerConnectionForm::updateWarning() {
    // As typed: the warning comes before the secret is sent.
    const QString said = LookerText::connectionWarnings(typed());
    m_tlsWarning->setVisible(!said.isEmpty());
    m_tlsWarning->setText(said);
}

void LookerConnectionForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void LookerConnectionForm::retranslateUi() {
    setTitle(tr("Looker's API"));
    m_urlLabel->setText(tr("Looker URL:"));
    m_clientIdLabel->setText(tr("Client ID:"));
    m_secretLabel->setText(tr("Client secret:"));
    m_secret->setPlaceholderText(m_account.connection().clientSecret.isEmpty() &&
                                         m_pendingSecret.isEmpty()
                                     ? QString()
                                     : tr("kept — type to replace"));
    m_verify->setText(tr("Check Looker's certificate"));
    m_signIn->setText(tr("Save and sign in"));
    m_hint->setText(m_fromEnvironment
                        ? tr("Filled in from the LOOKERSDK_* variables; saved when you sign in.")
                        : tr("An API key of a Looker admin (Looker: Admin → Users → Edit keys). "
                             "The secret is kept with the other secrets: in the system keychain "
                             "when one answers."));
    updateWarning();
    showStatus();
}

} // namespace ActionDeck
