#include "gui/connections/deliverysection.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace ActionDeck {

DeliverySection::DeliverySection(QWidget* parent)
    : QGroupBox(parent)
    , m_inFlightLabel(new QLabel(this))
    , m_inFlight(new QSpinBox(this))
    , m_gzipLabel(new QLabel(this))
    , m_gzip(new QSpinBox(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_batchLabel(new QLabel(this))
    , m_batchSize(new QSpinBox(this))
    , m_keepLabel(new QLabel(this))
    , m_keepHours(new QSpinBox(this))
    , m_legacyEmpty(new QCheckBox(this)) {
    m_inFlight->setRange(1, 64);
    m_gzip->setRange(0, 9);
    m_timeout->setRange(1, 600);
    m_batchSize->setRange(1, 500);
    m_keepHours->setObjectName(QStringLiteral("keepDeliveredHours"));
    m_keepHours->setRange(0, 24 * 90);

    auto* form = new QFormLayout(this);
    form->addRow(m_inFlightLabel, m_inFlight);
    form->addRow(m_gzipLabel, m_gzip);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_batchLabel, m_batchSize);
    form->addRow(m_keepLabel, m_keepHours);
    form->addRow(m_legacyEmpty); // both columns: its text is long in Spanish

    retranslateUi();
}

void DeliverySection::showConfig(const HubConfig& config) {
    m_inFlight->setValue(config.delivery.maxInFlightPerSource);
    m_gzip->setValue(config.delivery.gzipLevel);
    m_timeout->setValue(config.delivery.requestTimeoutMs / 1000);
    m_batchSize->setValue(config.limits.maxEventsPerBatch);
    m_keepHours->setValue(int(config.delivery.keepDeliveredMs / 3600000));
    m_legacyEmpty->setChecked(config.legacyEmptyValues);
}

void DeliverySection::applyTo(HubConfig& config) const {
    config.delivery.maxInFlightPerSource = m_inFlight->value();
    config.delivery.gzipLevel = m_gzip->value();
    config.delivery.requestTimeoutMs = m_timeout->value() * 1000;
    config.limits.maxEventsPerBatch = m_batchSize->value();
    config.delivery.keepDeliveredMs = qint64(m_keepHours->value()) * 3600000;
    config.legacyEmptyValues = m_legacyEmpty->isChecked();
}

void DeliverySection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DeliverySection::retranslateUi() {
    setTitle(tr("Delivery"));
    m_inFlightLabel->setText(tr("Requests in flight per source"));
    m_gzipLabel->setText(tr("Gzip level (0 = off)"));
    m_timeoutLabel->setText(tr("Request timeout (seconds)"));
    m_batchLabel->setText(tr("Events per batch"));
    m_keepLabel->setText(tr("Keep delivered batches (hours)"));
    m_keepHours->setToolTip(tr("Delivered batches stay in the outbox this long, to inspect or "
                               "export, then they are deleted. Pending and failed batches are "
                               "kept until you discard them."));
    m_legacyEmpty->setText(tr("Send empty values as \"\" (like the Node Action Hub)"));
}

} // namespace ActionDeck
