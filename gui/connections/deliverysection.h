#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace ActionDeck {

/// The Connections page's delivery options: requests in flight, gzip, timeout, batch size, how
/// long delivered batches are kept, and legacy empty values.
class DeliverySection : public QGroupBox {
    Q_OBJECT

public:
    explicit DeliverySection(QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// Writes the form's delivery options into `config`.
    void applyTo(HubConfig& config) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_inFlightLabel;
    QSpinBox* m_inFlight;
    QLabel* m_gzipLabel;
    QSpinBox* m_gzip;
    QLabel* m_timeoutLabel;
    QSpinBox* m_timeout;
    QLabel* m_batchLabel;
    QSpinBox* m_batchSize;
    QLabel* m_keepLabel;
    QSpinBox* m_keepHours;
    QCheckBox* m_legacyEmpty;
};

} // namespace ActionDeck
