#pragma once

#include "delivery/connectionprobe.h"
#include "hub/hubconfig.h"

#include <QGroupBox>
#include <QList>
#include <QSet>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ActionDeck {

class SourceOptionsWidget;

/// The Connections page's RudderStack sources: the list (write keys masked unless revealed, the
/// ones not applied yet marked), the form of the selected one with its data plane URL checked
/// as typed and its sync options, and the connection test's answer in words. Adding, updating,
/// removing, revealing and testing are the page's (through the hub's connection): the section
/// only asks.
class SourcesSection : public QGroupBox {
    Q_OBJECT

public:
    explicit SourcesSection(QWidget* parent = nullptr);

    /// Lists `sources`; those named in `pending` are changes not applied yet.
    void showSources(const QList<SourceConfig>& sources, const QSet<QString>& pending = {});
    /// Write keys are kept on a server and not listed: the table says so, and an empty key in
    /// the form keeps the one the source has.
    void setKeysOnServer(bool onServer);
    void setEditable(bool editable);
    /// A test is under way (the button waits).
    void testStarted();
    /// A test's answer (the probe's result, or why there is none).
    void showTestResult(const std::optional<ConnectionProbe::Result>& result, const QString& error);
    /// The write key of `name`, revealed by the hub: shown in the form when it shows `name`.
    void showRevealedKey(const QString& name, const QString& writeKey);
    /// The last test's answer, in the current language.
    QString testWords() const;
    /// A probe's result in words: what it means first, the status after.
    static QString probeWords(const ConnectionProbe::Result& result);

signals:
    /// The form's source: name, write key and URL as typed, and its sync options.
    void saveRequested(const ActionDeck::SourceConfig& source);
    void removeRequested(const QString& name);
    /// "Test connection" with the form's name, URL and write key (empty: the saved ones).
    void testRequested(const QString& name, const QString& url, const QString& writeKey);
    /// The write key of a source kept on a server is wanted in the form.
    void revealRequested(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillSources();
    void sourceSelected();
    void showTest();

    QList<SourceConfig> m_shown;
    QSet<QString> m_pending;
    bool m_revealKey = false;
    bool m_keysOnServer = false;
    std::optional<ConnectionProbe::Result> m_testResult; ///< kept to be said in a new language
    QString m_testError;
    bool m_testing = false;

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
    QLabel* m_testResultLabel;
};

} // namespace ActionDeck
