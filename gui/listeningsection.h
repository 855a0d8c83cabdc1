#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ActionDeck {

class FilePathEdit;
class Hub;

/// The Connections page's listen address, port, public base URL and TLS files, with a hint on
/// whose certificate the running hub serves.
class ListeningSection : public QGroupBox {
    Q_OBJECT

public:
    explicit ListeningSection(const Hub& hub, QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// The address and port as HubConfig::setListen reads them.
    QString listen() const;
    QString publicUrl() const;
    QString lookerHost() const;
    QString certificateFile() const;
    QString keyFile() const;
    /// Under the TLS fields: whose certificate the hub serves and until when, or why it can not.
    void updateTlsHint();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Hub& m_hub;

    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_publicUrlLabel;
    QLineEdit* m_publicUrl;
    QLabel* m_lookerHostLabel;
    QLineEdit* m_lookerHost;
    QLabel* m_tlsCertLabel;
    FilePathEdit* m_tlsCert;
    QLabel* m_tlsKeyLabel;
    FilePathEdit* m_tlsKey;
    QLabel* m_tlsHint;
};

} // namespace ActionDeck
