#include "listeningsection.h"

#include "core/tlscredentials.h"
#include "filepathedit.h"
#include "hub/hub.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace ActionDeck {

ListeningSection::ListeningSection(const Hub& hub, QWidget* parent)
    : QGroupBox(parent)
    , m_hub(hub)
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

void ListeningSection::updateTlsHint() {
    const HubConfig& config = m_hub.config();
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
    updateTlsHint();
}

} // namespace ActionDeck
