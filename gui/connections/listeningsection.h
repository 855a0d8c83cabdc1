#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ActionDeck {

class FilePathEdit;

/// The Connections page's listen address, port, public base URL and TLS files, with a hint on
/// whose certificate the running hub serves. Where the hub listens and its TLS files are set on
/// its own machine: for a server's hub they are shown read-only, with the reason.
class ListeningSection : public QGroupBox {
    Q_OBJECT

public:
    explicit ListeningSection(QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// The address and port as HubConfig::setListen reads them.
    QString listen() const;
    QString publicUrl() const;
    QString lookerHost() const;
    QString certificateFile() const;
    QString keyFile() const;
    /// Under the TLS fields: whose certificate the hub serves and until when, or why it can not
    /// (`applied` is what the hub runs with; a server's files are not read from here).
    void updateTlsHint(const HubConfig& applied, bool local);
    /// Whether the address, port and TLS files can be changed here (the hub in this process).
    void setHostEditable(bool editable);
    /// The public base URL set by a flag of the hub (`reason` says so); empty: editable.
    void setPublicUrlFixed(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHostTips();

    HubConfig m_applied;
    bool m_local = true;
    bool m_hostEditable = true;
    QString m_publicUrlFixed;

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
