#include "sourcessection.h"

#include "connectionstables.h"
#include "rudder/dataplaneurl.h"
#include "sourceoptionswidget.h"

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
    , m_testResult(new QLabel(this)) {
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sourceName->setObjectName(QStringLiteral("sourceName"));
    m_writeKey->setObjectName(QStringLiteral("sourceWriteKey"));
    m_revealWriteKey->setObjectName(QStringLiteral("sourceReveal"));
    m_dataPlane->setObjectName(QStringLiteral("sourceDataPlane"));
    m_urlProblem->setObjectName(QStringLiteral("sourceUrlProblem"));
    m_saveSource->setObjectName(QStringLiteral("sourceSave"));
    m_test->setObjectName(QStringLiteral("sourceTest"));
    m_testResult->setObjectName(QStringLiteral("sourceTestResult"));

    m_writeKey->setEchoMode(QLineEdit::Password);
    m_revealWriteKey->setCheckable(true);
    m_testResult->setWordWrap(true);
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
    layout->addWidget(m_testResult);

    connect(m_revealWriteKey, &QToolButton::toggled, this, [this](bool reveal) {
        m_writeKey->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKey = reveal;
        fillSources();
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
    connect(m_test, &QPushButton::clicked, this,
            [this] { testConnection(m_dataPlane->text(), m_writeKey->text()); });
    connect(&m_probe, &ConnectionProbe::finished, this,
            [this](const ConnectionProbe::Result& result) {
                const QString words = probeWords(result);
                m_testResult->setText(words);
                m_test->setEnabled(true);
                emit connectionTested(words);
            });

    retranslateUi();
}

void SourcesSection::showSources(const QList<SourceConfig>& sources) {
    m_shown = sources;
    fillSources();
}

void SourcesSection::testConnection(const QString& url, const QString& writeKey) {
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_probe.test(url, writeKey);
}

QString SourcesSection::probeWords(const ConnectionProbe::Result& result) const {
    switch (result.outcome) {
    case ConnectionProbe::Outcome::Accepted:
    case ConnectionProbe::Outcome::EmptyRefused:
        return tr("Connected: the data plane answered %1 and accepts this write key.")
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
        m_sources->setItem(row, 0, new QTableWidgetItem(source.name));
        m_sources->setItem(row, 1, new QTableWidgetItem(source.dataPlaneUrl));
        m_sources->setItem(
            row, 2,
            new QTableWidgetItem(m_revealKey ? source.writeKey : maskedSecret(source.writeKey)));
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
    m_testResult->clear();
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
    fillSources();
}

} // namespace ActionDeck
