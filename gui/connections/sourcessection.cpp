#include "gui/connections/sourcessection.h"

#include "gui/connections/connectionstables.h"
#include "gui/connections/sourceoptionswidget.h"
#include "rudder/dataplaneurl.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ActionDeck {

SourcesSection::SourcesSection(QWidget* parent)
    : QGroupBox(parent)
    , m_sources(makeConnectionsTable(4, this))
    , m_sourceNameLabel(new QLabel(this))
    , m_sourceName(new QLineEdit(this))
    , m_writeKeyLabel(new QLabel(this))
    , m_writeKey(new QLineEdit(this))
    , m_revealWriteKey(new QToolButton(this))
    , m_dataPlaneLabel(new QLabel(this))
    , m_dataPlane(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_options(new SourceOptionsWidget(this))
    , m_saveSource(new QPushButton(this))
    , m_removeSource(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_testResultLabel(new QLabel(this)) {
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sourceName->setObjectName(QStringLiteral("sourceName"));
    m_writeKey->setObjectName(QStringLiteral("sourceWriteKey"));
    m_revealWriteKey->setObjectName(QStringLiteral("sourceReveal"));
    m_dataPlane->setObjectName(QStringLiteral("sourceDataPlane"));
    m_urlProblem->setObjectName(QStringLiteral("sourceUrlProblem"));
    m_saveSource->setObjectName(QStringLiteral("sourceSave"));
    m_test->setObjectName(QStringLiteral("sourceTest"));
    m_testResultLabel->setObjectName(QStringLiteral("sourceTestResult"));

    m_writeKey->setEchoMode(QLineEdit::Password);
    m_revealWriteKey->setCheckable(true);
    m_testResultLabel->setWordWrap(true);
    m_urlProblem->setWordWrap(true);
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(m_sourceNameLabel, m_sourceName);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_writeKey, 1);
    keyRow->addWidget(m_revealWriteKey);
    sourceForm->addRow(m_writeKeyLabel, keyRow);
    sourceForm->addRow(m_dataPlaneLabel, m_dataPlane);
    sourceForm->addRow(QString(), m_urlProblem);
    sourceForm->addRow(m_options);
    auto* sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_saveSource);
    sourceButtons->addWidget(m_removeSource);
    sourceButtons->addStretch(1);
    sourceButtons->addWidget(m_test);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sources);
    layout->addLayout(sourceForm);
    layout->addLayout(sourceButtons);
    layout->addWidget(m_testResultLabel);

    connect(m_revealWriteKey, &QToolButton::toggled, this, [this](bool reveal) {
        m_writeKey->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKey = reveal;
        fillSources();
        // A server keeps its keys: the hub is asked for the one the form shows.
        const QString name = m_sourceName->text().trimmed();
        if (reveal && m_keysOnServer && m_writeKey->text().isEmpty() && !name.isEmpty())
            emit revealRequested(name);
    });
    connect(m_dataPlane, &QLineEdit::textChanged, this, [this](const QString& text) {
        QString why;
        m_urlProblem->setText(text.trimmed().isEmpty() || batchEndpoint(text, &why).isValid()
                                  ? QString()
                                  : tr("Not usable: %1").arg(why));
    });
    connect(m_sources, &QTableWidget::itemSelectionChanged, this, &SourcesSection::sourceSelected);
    connect(m_saveSource, &QPushButton::clicked, this, [this] {
        SourceConfig source{m_sourceName->text(), m_writeKey->text(), m_dataPlane->text()};
        // A rename the widget can not read is shown under it, and Save is off meanwhile.
        if (m_options->applyTo(source, nullptr))
            emit saveRequested(source);
    });
    connect(m_options, &SourceOptionsWidget::renameChecked, m_saveSource, &QPushButton::setEnabled);
    connect(m_removeSource, &QPushButton::clicked, this,
            [this] { emit removeRequested(m_sourceName->text().trimmed()); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        emit testRequested(m_sourceName->text().trimmed(), m_dataPlane->text().trimmed(),
                           m_writeKey->text().trimmed());
    });

    retranslateUi();
}

void SourcesSection::showSources(const QList<SourceConfig>& sources, const QSet<QString>& pending) {
    m_shown = sources;
    m_pending = pending;
    fillSources();
}

void SourcesSection::setKeysOnServer(bool onServer) {
    m_keysOnServer = onServer;
    retranslateUi();
}

void SourcesSection::setEditable(bool editable) {
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_sourceName, m_writeKey, m_revealWriteKey, m_dataPlane,
                                         m_options, m_saveSource, m_removeSource, m_test})
        widget->setEnabled(editable);
}

void SourcesSection::testStarted() {
    m_testing = true;
    m_test->setEnabled(false);
    showTest();
}

void SourcesSection::showTestResult(const std::optional<ConnectionProbe::Result>& result,
                                    const QString& error) {
    m_testing = false;
    m_testResult = result;
    m_testError = error;
    m_test->setEnabled(true);
    showTest();
}

void SourcesSection::showRevealedKey(const QString& name, const QString& writeKey) {
    if (m_sourceName->text().trimmed() == name)
        m_writeKey->setText(writeKey);
}

QString SourcesSection::testWords() const {
    if (m_testing)
        return tr("Testing…");
    if (m_testResult)
        return probeWords(*m_testResult);
    return m_testError.isEmpty() ? QString() : tr("Not tested: %1").arg(m_testError);
}

void SourcesSection::showTest() {
    m_testResultLabel->setText(testWords());
}

QString SourcesSection::probeWords(const ConnectionProbe::Result& result) {
    switch (result.outcome) {
    case ConnectionProbe::Outcome::Accepted:
    case ConnectionProbe::Outcome::EmptyRefused:
        return tr("The write key is accepted: the data plane is reachable and takes it (HTTP %1 "
                  "to an empty batch).")
            .arg(result.status);
    case ConnectionProbe::Outcome::KeyRefused:
        return tr("The data plane refused this write key (HTTP %1). Check the key in "
                  "RudderStack's source settings.")
            .arg(result.status);
    case ConnectionProbe::Outcome::NotFound:
        return tr("Something answered, but not a RudderStack data plane (HTTP 404 for "
                  "/v1/batch). Check the URL.");
    case ConnectionProbe::Outcome::ServerError:
        return tr("The data plane answered HTTP %1 (%2); try again later.")
            .arg(result.status)
            .arg(result.detail);
    case ConnectionProbe::Outcome::Unreachable:
        return tr("Could not reach the data plane: %1").arg(result.detail);
    case ConnectionProbe::Outcome::InvalidUrl:
        return tr("The data plane URL is not usable: %1").arg(result.detail);
    }
    return {};
}

void SourcesSection::fillSources() {
    m_sources->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const SourceConfig& source = m_shown[row];
        const bool pending = m_pending.contains(source.name);
        auto* name =
            new QTableWidgetItem(pending ? tr("%1 (not applied)").arg(source.name) : source.name);
        name->setData(Qt::UserRole, source.name);
        if (pending) {
            QFont font = name->font();
            font.setItalic(true);
            name->setFont(font);
            name->setToolTip(tr("Changed here: Apply saves it, Revert drops it."));
        }
        m_sources->setItem(row, 0, name);
        m_sources->setItem(row, 1, new QTableWidgetItem(source.dataPlaneUrl));
        const QString key = m_keysOnServer && source.writeKey.isEmpty()
                                ? tr("kept on the server")
                                : (m_revealKey ? source.writeKey : maskedSecret(source.writeKey));
        m_sources->setItem(row, 2, new QTableWidgetItem(key));
        m_sources->setItem(row, 3, new QTableWidgetItem(SourceOptionsWidget::summary(source)));
    }
}

void SourcesSection::sourceSelected() {
    const int row = m_sources->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const SourceConfig& source = m_shown[row];
    m_sourceName->setText(source.name);
    m_writeKey->setText(source.writeKey);
    m_dataPlane->setText(source.dataPlaneUrl);
    m_options->showOptions(source);
    showTestResult(std::nullopt, {});
}

void SourcesSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void SourcesSection::retranslateUi() {
    setTitle(tr("RudderStack sources"));
    m_sources->setHorizontalHeaderLabels(
        {tr("Name"), tr("Data plane URL"), tr("Write key"), tr("Sync options")});
    m_sourceNameLabel->setText(tr("Name"));
    m_writeKeyLabel->setText(tr("Write key"));
    m_revealWriteKey->setText(tr("Reveal"));
    m_dataPlaneLabel->setText(tr("Data plane URL"));
    m_dataPlane->setPlaceholderText(tr("https://your-dataplane.rudderstack.com"));
    m_saveSource->setText(tr("Add / update source"));
    m_removeSource->setText(tr("Remove"));
    m_test->setText(tr("Test connection"));
    m_writeKey->setPlaceholderText(m_keysOnServer ? tr("unchanged when empty") : QString());
    showTest();
    fillSources();
}

} // namespace ActionDeck
