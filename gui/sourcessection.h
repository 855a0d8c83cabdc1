#pragma once

#include "delivery/connectionprobe.h"
#include "hub/hubconfig.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ActionDeck {

class SourceOptionsWidget;

/// The Connections page's RudderStack sources: the list (write keys masked unless revealed), the
/// form of the selected one with its data plane URL checked as typed and its sync options, and
/// the connection test. Adding, updating and removing are the page's: the section only asks.
class SourcesSection : public QGroupBox {
    Q_OBJECT

public:
    explicit SourcesSection(QWidget* parent = nullptr);

    void showSources(const QList<SourceConfig>& sources);
    /// Probes the data plane with the write key; connectionTested() tells the outcome.
    void testConnection(const QString& url, const QString& writeKey);

signals:
    /// The form's source: name, write key and URL as typed, and its sync options.
    void saveRequested(const ActionDeck::SourceConfig& source);
    void removeRequested(const QString& name);
    void connectionTested(const QString& words);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSources();
    void sourceSelected();
    QString probeWords(const ConnectionProbe::Result& result) const;

    QList<SourceConfig> m_shown;
    ConnectionProbe m_probe;
    bool m_revealKey = false;

    QTableWidget* m_sources;
    QLabel* m_sourceNameLabel;
    QLineEdit* m_sourceName;
    QLabel* m_writeKeyLabel;
    QLineEdit* m_writeKey;
    QToolButton* m_revealWriteKey;
    QLabel* m_dataPlaneLabel;
    QLineEdit* m_dataPlane;
    QLabel* m_urlProblem;
    SourceOptionsWidget* m_options;
    QPushButton* m_saveSource;
    QPushButton* m_removeSource;
    QPushButton* m_test;
    QLabel* m_testResult;
};

} // namespace ActionDeck
