#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ActionDeck {

/// The Connections page's alerts: the webhook the hub tells of failed runs and stuck delivery
/// (its URL a secret: masked, and for a server's hub never shown, only replaced or removed),
/// its format (Slack-compatible text, or the run as JSON), and after how long pending batches
/// count as stuck.
class AlertsSection : public QGroupBox {
    Q_OBJECT

public:
    explicit AlertsSection(QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// Writes the form's alerts into `config`: a URL typed replaces the webhook, Remove removes
    /// it, an untouched field keeps it.
    void applyTo(HubConfig& config) const;
    /// Why the typed URL can not be used; empty when it can.
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void remove();

    QLabel* m_webhookLabel;
    QLineEdit* m_webhook;
    QPushButton* m_remove;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_stuckLabel;
    QSpinBox* m_stuck;
    QLabel* m_note;
    AlertSettings m_shown; ///< as the hub has them
    bool m_removed = false;
};

} // namespace ActionDeck
