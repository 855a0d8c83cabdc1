#include "gui/connections/listeningsection.h"

#include "core/tlscredentials.h"
#include "gui/widgets/filepathedit.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace ActionDeck {

ListeningSection::ListeningSection(QWidget* parent)
    : QGroupBox(parent)
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_publicUrlLabel(new QLabel(this))
    , m_publicUrl(new QLineEdit(this))
    , m_lookerHostLabel(new QLabel(this))
    , m_lookerHost(new QLineEdit(this))
    , m_tlsCertLabel(new QLabel(this))
    , m_tlsCert(new FilePathEdit(this))
    , m_tlsKeyLabel(new QLabel(this))
    , m_tlsKey(new FilePathEdit(this))
    , m_tlsHint(new QLabel(this)) {
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_lookerHost->setObjectName(QStringLiteral("lookerHost"));
    m_tlsCert->setObjectName(QStringLiteral("tlsCertificate"));
    m_tlsKey->setObjectName(QStringLiteral("tlsKey"));
    m_tlsHint->setObjectName(QStringLiteral("tlsHint"));
    m_tlsHint->setWordWrap(true);
    m_port->setRange(0, 65535);

    auto* form = new QFormLayout(this);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_publicUrlLabel, m_publicUrl);
    form->addRow(m_lookerHostLabel, m_lookerHost);
    form->addRow(m_tlsCertLabel, m_tlsCert);
    form->addRow(m_tlsKeyLabel, m_tlsKey);
    form->addRow(QString(), m_tlsHint);

    retranslateUi();
}

void ListeningSection::showConfig(const HubConfig& config) {
    m_address->setText(config.listenAddress.toString());
    m_port->setValue(config.listenPort);
    m_publicUrl->setText(config.publicBaseUrl);
    m_lookerHost->setText(config.lookerHost);
    m_tlsCert->setPath(config.tlsCertificateFile);
    m_tlsKey->setPath(config.tlsKeyFile);
}

QString ListeningSection::listen() const {
    return QStringLiteral("[%1]:%2").arg(m_address->text().trimmed()).arg(m_port->value());
}

QString ListeningSection::publicUrl() const {
    return m_publicUrl->text().trimmed();
}

QString ListeningSection::lookerHost() const {
    return m_lookerHost->text().trimmed();
}

QString ListeningSection::certificateFile() const {
    return m_tlsCert->path();
}

QString ListeningSection::keyFile() const {
    return m_tlsKey->path();
}

void ListeningSection::setHostEditable(bool editable) {
    m_hostEditable = editable;
    for (QWidget* field : std::initializer_list<QWidget*>{m_address, m_port, m_tlsCert, m_tlsKey})
        field->setEnabled(editable);
    updateHostTips();
}

void ListeningSection::updateHostTips() {
    const QString why =
        m_hostEditable
            ? QString()
            : tr("Set on the server: its --config file or the --listen and --tls-cert flags.");
    for (QWidget* field : std::initializer_list<QWidget*>{m_address, m_port, m_tlsCert, m_tlsKey})
        field->setToolTip(why);
}

void ListeningSection::setPublicUrlFixed(const QString& reason) {
    m_publicUrlFixed = reason;
    m_publicUrl->setReadOnly(!reason.isEmpty());
    m_publicUrl->setToolTip(reason);
}

void ListeningSection::updateTlsHint(const HubConfig& applied, bool local) {
    m_applied = applied;
    m_local = local;
    const HubConfig& config = m_applied;
    if (!local) {
        m_tlsHint->setText(config.usesTls()
                               ? tr("The server's hub serves HTTPS with the files named above.")
                               : tr("The server's hub serves plain HTTP: a reverse proxy in front "
                                    "of it should hold the certificate."));
        return;
    }
    if (!config.usesTls()) {
        m_tlsHint->setText(tr("Looker calls the hub over HTTPS: give a certificate here, or leave "
                              "both empty when a reverse proxy in front of the hub holds it."));
        return;
    }
    QString error;
    const auto credentials =
        TlsCredentials::load(config.tlsCertificateFile, config.tlsKeyFile, &error);
    if (!credentials) {
        m_tlsHint->setText(tr("HTTPS can not be used: %1").arg(error));
        return;
    }
    const QSslCertificate& certificate = credentials->certificate();
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    m_tlsHint->setText(
        tr("Serving HTTPS with the certificate for %1, valid until %2.")
            .arg(names.join(QStringLiteral(", ")),
                 QLocale().toString(certificate.expiryDate().date(), QLocale::LongFormat)));
}

void ListeningSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ListeningSection::retranslateUi() {
    setTitle(tr("Listening"));
    m_addressLabel->setText(tr("Address"));
    m_portLabel->setText(tr("Port"));
    m_publicUrlLabel->setText(tr("Public base URL"));
    m_lookerHostLabel->setText(tr("Looker host"));
    m_lookerHost->setPlaceholderText(tr("acme.looker.com (for the catalogue's Explore links and "
                                        "System Activity previews)"));
    m_publicUrl->setPlaceholderText(tr("https://actiondeck.example.com (when Looker reaches the "
                                       "hub through a proxy)"));
    m_tlsCertLabel->setText(tr("TLS certificate"));
    m_tlsCert->setPlaceholderText(tr("PEM file; empty: plain HTTP"));
    m_tlsCert->setDialog(tr("TLS certificate"), tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
    m_tlsKeyLabel->setText(tr("TLS private key"));
    m_tlsKey->setPlaceholderText(tr("PEM file, unencrypted"));
    m_tlsKey->setDialog(tr("TLS private key"), tr("PEM files (*.pem *.key);;All files (*)"));
    updateHostTips();
    updateTlsHint(m_applied, m_local);
}

} // namespace ActionDeck
