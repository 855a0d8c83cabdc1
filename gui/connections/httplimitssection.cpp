#include "gui/connections/httplimitssection.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ActionDeck {

HttpLimitsSection::HttpLimitsSection(QWidget* parent)
    : QGroupBox(parent)
    , m_headerLabel(new QLabel(this))
    , m_headerTimeout(new QSpinBox(this))
    , m_idleLabel(new QLabel(this))
    , m_bodyIdleTimeout(new QSpinBox(this))
    , m_keepAliveLabel(new QLabel(this))
    , m_keepAliveTimeout(new QSpinBox(this))
    , m_connectionsLabel(new QLabel(this))
    , m_maxConnections(new QSpinBox(this))
    , m_perAddressLabel(new QLabel(this))
    , m_perAddress(new QSpinBox(this))
    , m_bodyLabel(new QLabel(this))
    , m_maxBodyMB(new QSpinBox(this))
    , m_proxiesLabel(new QLabel(this))
    , m_proxies(new QLineEdit(this)) {
    m_headerTimeout->setObjectName(QStringLiteral("httpHeaderTimeout"));
    m_headerTimeout->setRange(1, 300);
    m_bodyIdleTimeout->setObjectName(QStringLiteral("httpBodyIdleTimeout"));
    m_bodyIdleTimeout->setRange(1, 3600);
    m_keepAliveTimeout->setObjectName(QStringLiteral("httpKeepAliveTimeout"));
    m_keepAliveTimeout->setRange(1, 3600);
    m_maxConnections->setObjectName(QStringLiteral("httpMaxConnections"));
    m_maxConnections->setRange(1, 100000);
    m_perAddress->setObjectName(QStringLiteral("httpMaxConnectionsPerAddress"));
    m_perAddress->setRange(1, 100000);
    m_maxBodyMB->setObjectName(QStringLiteral("maxBodyMB"));
    m_maxBodyMB->setRange(1, 64 * 1024);
    m_proxies->setObjectName(QStringLiteral("httpTrustedProxies"));

    auto* form = new QFormLayout(this);
    form->addRow(m_headerLabel, m_headerTimeout);
    form->addRow(m_idleLabel, m_bodyIdleTimeout);
    form->addRow(m_keepAliveLabel, m_keepAliveTimeout);
    form->addRow(m_connectionsLabel, m_maxConnections);
    form->addRow(m_perAddressLabel, m_perAddress);
    form->addRow(m_bodyLabel, m_maxBodyMB);
    form->addRow(m_proxiesLabel, m_proxies);

    retranslateUi();
}

void HttpLimitsSection::showConfig(const HubConfig& config) {
    const HttpLimits& limits = config.http;
    // Seconds on the page; the config may hold fractions (tests), rounded up here.
    m_headerTimeout->setValue((limits.headerTimeoutMs + 999) / 1000);
    m_bodyIdleTimeout->setValue((limits.bodyIdleTimeoutMs + 999) / 1000);
    m_keepAliveTimeout->setValue((limits.keepAliveTimeoutMs + 999) / 1000);
    m_maxConnections->setValue(limits.maxConnections);
    m_perAddress->setValue(limits.maxConnectionsPerAddress);
    m_maxBodyMB->setValue(int(config.maxBodyBytes >> 20));
    QStringList proxies;
    for (const QHostAddress& proxy : limits.trustedProxies)
        proxies.append(proxy.toString());
    m_proxies->setText(proxies.join(QStringLiteral(", ")));
}

QList<QHostAddress> HttpLimitsSection::trustedProxies(QString* error) const {
    QList<QHostAddress> proxies;
    for (const QString& item : m_proxies->text().split(u',', Qt::SkipEmptyParts)) {
        const QHostAddress address(item.trimmed());
        if (address.isNull()) {
            if (error)
                *error = tr("\"%1\" is not an IP address: trusted proxies are listed by address, "
                            "separated by commas.")
                             .arg(item.trimmed());
            return {};
        }
        proxies.append(address);
    }
    return proxies;
}

void HttpLimitsSection::applyTo(HubConfig& config) const {
    HttpLimits& limits = config.http;
    const auto keep = [](int formSeconds, int configuredMs) {
        // A fraction of a second set in the file stays as it is while the page shows it rounded.
        return (configuredMs + 999) / 1000 == formSeconds ? configuredMs : formSeconds * 1000;
    };
    limits.headerTimeoutMs = keep(m_headerTimeout->value(), limits.headerTimeoutMs);
    limits.bodyIdleTimeoutMs = keep(m_bodyIdleTimeout->value(), limits.bodyIdleTimeoutMs);
    limits.keepAliveTimeoutMs = keep(m_keepAliveTimeout->value(), limits.keepAliveTimeoutMs);
    limits.maxConnections = m_maxConnections->value();
    limits.maxConnectionsPerAddress = m_perAddress->value();
    config.maxBodyBytes = qint64(m_maxBodyMB->value()) << 20;
    QString error;
    const QList<QHostAddress> proxies = trustedProxies(&error);
    if (error.isEmpty())
        limits.trustedProxies = proxies;
}

void HttpLimitsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void HttpLimitsSection::retranslateUi() {
    setTitle(tr("Limits of Looker's port"));
    m_headerLabel->setText(tr("Request header within (seconds)"));
    m_headerTimeout->setToolTip(tr("A connection whose request header has not arrived in this "
                                   "time is closed."));
    m_idleLabel->setText(tr("Stalled body after (seconds)"));
    m_bodyIdleTimeout->setToolTip(tr("A request body that sends nothing for this long gets "
                                     "408."));
    m_keepAliveLabel->setText(tr("Idle connections close after (seconds)"));
    m_connectionsLabel->setText(tr("Connections in all"));
    m_perAddressLabel->setText(tr("Connections per client address"));
    m_bodyLabel->setText(tr("Largest request body (MB)"));
    m_proxiesLabel->setText(tr("Trusted proxies"));
    m_proxies->setPlaceholderText(tr("e.g. 127.0.0.1 (the nginx in front)"));
    m_proxies->setToolTip(tr("Clients behind these addresses are counted by the "
                             "X-Forwarded-For they send."));
}

} // namespace ActionDeck
