#pragma once

#include "delivery/connectionprobe.h"
#include "hub/hubconfig.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace ActionDeck {

class ConfigStore;
class FilePathEdit;
class Hub;

/// Sources (write key masked, data plane URL validated and tested), regions and their tokens
/// (generate, copy, show, revoke), the Action Hub URL for Looker, the listen address and public
/// base URL, and delivery options. Token changes apply at once; the rest with Apply. Every
/// change is applied to the running hub and saved through the ConfigStore.
class ConnectionsPage : public QWidget {
    Q_OBJECT

public:
    ConnectionsPage(Hub& hub, ConfigStore& store, QWidget* parent = nullptr);

    /// The configuration the form shows (what Apply would apply).
    HubConfig formConfig() const;
    /// Shows `config` in the form (after a load or a revert).
    void showConfig(const HubConfig& config);

    // The actions behind the buttons, callable without dialogs.
    bool addOrUpdateSource(const QString& name, const QString& writeKey, const QString& url,
                           QString* error);
    void removeSource(const QString& name);
    bool addRegion(const QString& name, QString* error);
    /// A new token for `region`, applied and saved; empty when the region has no secret.
    QByteArray generateToken(const QString& region);
    void revokeToken(const QString& region, const QByteArray& token);
    /// Applies the form to the hub and saves it. False with `error` for an invalid form.
    bool apply(QString* error);
    void testConnection(const QString& url, const QString& writeKey);

signals:
    /// The configuration was applied to the hub (and a save started).
    void applied();
    void connectionTested(const QString& words);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSources();
    void fillRegions();
    void fillTokens();
    void sourceSelected();
    void updateHubUrl();
    /// Under the TLS fields: whose certificate the hub serves and until when, or why it can not.
    void updateTlsHint();
    void commit(const HubConfig& config);
    QString selectedRegion() const;
    QByteArray selectedToken() const;
    QString probeWords(const ConnectionProbe::Result& result) const;

    Hub& m_hub;
    ConfigStore& m_store;
    HubConfig m_config;
    ConnectionProbe m_probe;
    bool m_revealKey = false;
    bool m_revealTokens = false;

    QGroupBox* m_sourcesBox;
    QTableWidget* m_sources;
    QLabel* m_sourceNameLabel;
    QLineEdit* m_sourceName;
    QLabel* m_writeKeyLabel;
    QLineEdit* m_writeKey;
    QToolButton* m_revealWriteKey;
    QLabel* m_dataPlaneLabel;
    QLineEdit* m_dataPlane;
    QLabel* m_urlProblem;
    QPushButton* m_saveSource;
    QPushButton* m_removeSource;
    QPushButton* m_test;
    QLabel* m_testResult;

    QGroupBox* m_regionsBox;
    QTableWidget* m_regions;
    QLineEdit* m_newRegion;
    QPushButton* m_addRegion;
    QTableWidget* m_tokens;
    QPushButton* m_generate;
    QPushButton* m_copyToken;
    QToolButton* m_showTokens;
    QPushButton* m_revoke;
    QLabel* m_hubUrlLabel;
    QLineEdit* m_hubUrl;
    QPushButton* m_copyHubUrl;

    QGroupBox* m_listenBox;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_publicUrlLabel;
    QLineEdit* m_publicUrl;
    QLabel* m_tlsCertLabel;
    FilePathEdit* m_tlsCert;
    QLabel* m_tlsKeyLabel;
    FilePathEdit* m_tlsKey;
    QLabel* m_tlsHint;

    QGroupBox* m_deliveryBox;
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

    QPushButton* m_apply;
    QPushButton* m_revert;
    QLabel* m_status;
};

} // namespace ActionDeck
