#include "gui/connections/alertssection.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace ActionDeck {

AlertsSection::AlertsSection(QWidget* parent)
    : QGroupBox(parent)
    , m_webhookLabel(new QLabel(this))
    , m_webhook(new QLineEdit(this))
    , m_remove(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_stuckLabel(new QLabel(this))
    , m_stuck(new QSpinBox(this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("alertsSection"));
    m_webhook->setObjectName(QStringLiteral("alertWebhookUrl"));
    // Its path is the secret: shown as dots, like a write key.
    m_webhook->setEchoMode(QLineEdit::Password);
    m_remove->setObjectName(QStringLiteral("removeAlertWebhook"));
    m_format->setObjectName(QStringLiteral("alertFormat"));
    m_format->addItem(QString(), int(AlertSettings::Format::Slack));
    m_format->addItem(QString(), int(AlertSettings::Format::Json));
    m_stuck->setObjectName(QStringLiteral("alertStuckMinutes"));
    m_stuck->setRange(1, 7 * 24 * 60);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* webhookRow = new QHBoxLayout;
    webhookRow->addWidget(m_webhook, 1);
    webhookRow->addWidget(m_remove);
    auto* form = new QFormLayout(this);
    form->addRow(m_webhookLabel, webhookRow);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_stuckLabel, m_stuck);
    form->addRow(m_note);
    connect(m_remove, &QPushButton::clicked, this, &AlertsSection::remove);
    connect(m_webhook, &QLineEdit::textEdited, this, [this] { m_removed = false; });
    retranslateUi();
}

void AlertsSection::showConfig(const HubConfig& config) {
    m_shown = config.alerts;
    m_removed = false;
    m_webhook->setText(config.alerts.webhookUrl);
    m_format->setCurrentIndex(m_format->findData(int(config.alerts.format)));
    m_stuck->setValue(config.alerts.stuckMinutes);
    retranslateUi();
}

void AlertsSection::remove() {
    m_removed = true;
    // Seen by the page as an edit: the change is pending until Apply.
    m_webhook->setText(QString());
    emit m_webhook->textChanged(QString());
    retranslateUi();
}

void AlertsSection::applyTo(HubConfig& config) const {
    AlertSettings& alerts = config.alerts;
    const QString typed = m_webhook->text().trimmed();
    alerts.webhookUrl = typed;
    alerts.webhookKept = typed.isEmpty() && !m_removed && m_shown.webhookKept;
    alerts.format = AlertSettings::Format(m_format->currentData().toInt());
    alerts.stuckMinutes = m_stuck->value();
}

QString AlertsSection::problem() const {
    const QString typed = m_webhook->text().trimmed();
    if (typed.isEmpty())
        return {};
    const QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        return tr("The alert webhook must be an http or https URL.");
    return {};
}

void AlertsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void AlertsSection::retranslateUi() {
    setTitle(tr("Alerts"));
    m_webhookLabel->setText(tr("Webhook URL"));
    m_webhook->setPlaceholderText(m_shown.webhookKept && !m_removed
                                      ? tr("Set on the hub (hidden); type a new URL to replace it")
                                      : tr("https://hooks.slack.com/services/…"));
    m_remove->setText(tr("Remove"));
    m_remove->setEnabled(!m_removed && (m_shown.webhookSet() || !m_webhook->text().isEmpty()));
    m_formatLabel->setText(tr("Format"));
    m_format->setItemText(0, tr("Slack-compatible text (Slack, Mattermost, Teams)"));
    m_format->setItemText(1, tr("JSON (the run or the source)"));
    m_stuckLabel->setText(tr("Delivery stuck after (minutes)"));
    m_note->setText(tr("The hub calls the webhook once when a run ends failed, partial or cut "
                       "off, and once when delivery to a source is stuck and when it recovers; "
                       "never once per batch. The URL is kept like a write key."));
}

} // namespace ActionDeck
