#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ActionDeck {

/// The Connections page's limits of the HTTP front Looker (and anyone else) reaches: timeouts,
/// connections in all and per client address, the largest request body, trusted proxies.
class HttpLimitsSection : public QGroupBox {
    Q_OBJECT

public:
    explicit HttpLimitsSection(QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// The trusted proxies as typed; empty `error` when they are IP addresses.
    QList<QHostAddress> trustedProxies(QString* error) const;
    /// Writes the form's limits into `config` (the proxies only when they are valid).
    void applyTo(HubConfig& config) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_headerLabel;
    QSpinBox* m_headerTimeout;
    QLabel* m_idleLabel;
    QSpinBox* m_bodyIdleTimeout;
    QLabel* m_keepAliveLabel;
    QSpinBox* m_keepAliveTimeout;
    QLabel* m_connectionsLabel;
    QSpinBox* m_maxConnections;
    QLabel* m_perAddressLabel;
    QSpinBox* m_perAddress;
    QLabel* m_bodyLabel;
    QSpinBox* m_maxBodyMB;
    QLabel* m_proxiesLabel;
    QLineEdit* m_proxies;
};

} // namespace ActionDeck
