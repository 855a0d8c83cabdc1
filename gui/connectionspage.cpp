#include "connectionspage.h"

#include "configstore.h"
#include "core/tlscredentials.h"
#include "filepathedit.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "rudder/dataplaneurl.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString masked(const QString& secret) {
    // Enough to tell keys apart, never enough to use one.
    if (secret.size() <= 8)
        return QString(secret.size(), u'•');
    return secret.left(4) + QString(8, u'•') + secret.right(2);
}

QByteArray newSecret() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toHex();
}

} // namespace

ConnectionsPage::ConnectionsPage(Hub& hub, ConfigStore& store, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_store(store)
    , m_config(hub.config())
    , m_sourcesBox(new QGroupBox(this))
    , m_sources(makeTable(3, this))
    , m_sourceNameLabel(new QLabel(this))
    , m_sourceName(new QLineEdit(this))
    , m_writeKeyLabel(new QLabel(this))
    , m_writeKey(new QLineEdit(this))
    , m_revealWriteKey(new QToolButton(this))
    , m_dataPlaneLabel(new QLabel(this))
    , m_dataPlane(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_saveSource(new QPushButton(this))
    , m_removeSource(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_testResult(new QLabel(this))
    , m_regionsBox(new QGroupBox(this))
    , m_regions(makeTable(2, this))
    , m_newRegion(new QLineEdit(this))
    , m_addRegion(new QPushButton(this))
    , m_tokens(makeTable(2, this))
    , m_generate(new QPushButton(this))
    , m_copyToken(new QPushButton(this))
    , m_showTokens(new QToolButton(this))
    , m_revoke(new QPushButton(this))
    , m_hubUrlLabel(new QLabel(this))
    , m_hubUrl(new QLineEdit(this))
    , m_copyHubUrl(new QPushButton(this))
    , m_listenBox(new QGroupBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_publicUrlLabel(new QLabel(this))
    , m_publicUrl(new QLineEdit(this))
    , m_tlsCertLabel(new QLabel(this))
    , m_tlsCert(new FilePathEdit(this))
    , m_tlsKeyLabel(new QLabel(this))
    , m_tlsKey(new FilePathEdit(this))
    , m_tlsHint(new QLabel(this))
    , m_deliveryBox(new QGroupBox(this))
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
    , m_legacyEmpty(new QCheckBox(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sourceName->setObjectName(QStringLiteral("sourceName"));
    m_writeKey->setObjectName(QStringLiteral("sourceWriteKey"));
    m_revealWriteKey->setObjectName(QStringLiteral("sourceReveal"));
    m_dataPlane->setObjectName(QStringLiteral("sourceDataPlane"));
    m_urlProblem->setObjectName(QStringLiteral("sourceUrlProblem"));
    m_saveSource->setObjectName(QStringLiteral("sourceSave"));
    m_test->setObjectName(QStringLiteral("sourceTest"));
    m_testResult->setObjectName(QStringLiteral("sourceTestResult"));
    m_regions->setObjectName(QStringLiteral("regionsTable"));
    m_tokens->setObjectName(QStringLiteral("tokensTable"));
    m_generate->setObjectName(QStringLiteral("tokenGenerate"));
    m_revoke->setObjectName(QStringLiteral("tokenRevoke"));
    m_hubUrl->setObjectName(QStringLiteral("hubUrl"));
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_tlsCert->setObjectName(QStringLiteral("tlsCertificate"));
    m_tlsKey->setObjectName(QStringLiteral("tlsKey"));
    m_tlsHint->setObjectName(QStringLiteral("tlsHint"));
    m_tlsHint->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("connectionsApply"));
    m_status->setObjectName(QStringLiteral("connectionsStatus"));

    m_writeKey->setEchoMode(QLineEdit::Password);
    m_revealWriteKey->setCheckable(true);
    m_showTokens->setCheckable(true);
    m_hubUrl->setReadOnly(true);
    m_port->setRange(0, 65535);
    m_inFlight->setRange(1, 64);
    m_gzip->setRange(0, 9);
    m_timeout->setRange(1, 600);
    m_batchSize->setRange(1, 500);
    m_keepHours->setObjectName(QStringLiteral("keepDeliveredHours"));
    m_keepHours->setRange(0, 24 * 90);
    m_testResult->setWordWrap(true);
    m_urlProblem->setWordWrap(true);
    m_status->setWordWrap(true);
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokens->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Sources.
    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(m_sourceNameLabel, m_sourceName);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_writeKey, 1);
    keyRow->addWidget(m_revealWriteKey);
    sourceForm->addRow(m_writeKeyLabel, keyRow);
    sourceForm->addRow(m_dataPlaneLabel, m_dataPlane);
    sourceForm->addRow(QString(), m_urlProblem);
    auto* sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_saveSource);
    sourceButtons->addWidget(m_removeSource);
    sourceButtons->addStretch(1);
    sourceButtons->addWidget(m_test);
    auto* sourcesLayout = new QVBoxLayout(m_sourcesBox);
    sourcesLayout->addWidget(m_sources);
    sourcesLayout->addLayout(sourceForm);
    sourcesLayout->addLayout(sourceButtons);
    sourcesLayout->addWidget(m_testResult);

    // Regions and tokens.
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_newRegion, 1);
    regionRow->addWidget(m_addRegion);
    auto* tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_generate);
    tokenButtons->addWidget(m_copyToken);
    tokenButtons->addWidget(m_showTokens);
    tokenButtons->addStretch(1);
    tokenButtons->addWidget(m_revoke);
    // The label above the URL: the whole URL must be readable before it is pasted into Looker.
    auto* hubUrlRow = new QHBoxLayout;
    hubUrlRow->addWidget(m_hubUrl, 1);
    hubUrlRow->addWidget(m_copyHubUrl);
    auto* regionsLayout = new QVBoxLayout(m_regionsBox);
    regionsLayout->addWidget(m_hubUrlLabel);
    regionsLayout->addLayout(hubUrlRow);
    regionsLayout->addWidget(m_regions, 1);
    regionsLayout->addLayout(regionRow);
    regionsLayout->addWidget(m_tokens, 2);
    regionsLayout->addLayout(tokenButtons);

    auto* listenForm = new QFormLayout(m_listenBox);
    listenForm->addRow(m_addressLabel, m_address);
    listenForm->addRow(m_portLabel, m_port);
    listenForm->addRow(m_publicUrlLabel, m_publicUrl);
    listenForm->addRow(m_tlsCertLabel, m_tlsCert);
    listenForm->addRow(m_tlsKeyLabel, m_tlsKey);
    listenForm->addRow(QString(), m_tlsHint);

    auto* deliveryForm = new QFormLayout(m_deliveryBox);
    deliveryForm->addRow(m_inFlightLabel, m_inFlight);
    deliveryForm->addRow(m_gzipLabel, m_gzip);
    deliveryForm->addRow(m_timeoutLabel, m_timeout);
    deliveryForm->addRow(m_batchLabel, m_batchSize);
    deliveryForm->addRow(m_keepLabel, m_keepHours);
    deliveryForm->addRow(m_legacyEmpty); // both columns: its text is long in Spanish

    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_sourcesBox, 0, 0);
    grid->addWidget(m_regionsBox, 0, 1, 3, 1);
    grid->addWidget(m_listenBox, 1, 0);
    grid->addWidget(m_deliveryBox, 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(applyRow);

    connect(m_revealWriteKey, &QToolButton::toggled, this, [this](bool reveal) {
        m_writeKey->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        m_revealKey = reveal;
        fillSources();
    });
    connect(m_showTokens, &QToolButton::toggled, this, [this](bool show) {
        m_revealTokens = show;
        fillTokens();
    });
    connect(m_dataPlane, &QLineEdit::textChanged, this, [this](const QString& text) {
        QString why;
        m_urlProblem->setText(text.trimmed().isEmpty() || batchEndpoint(text, &why).isValid()
                                  ? QString()
                                  : tr("Not usable: %1").arg(why));
    });
    connect(m_sources, &QTableWidget::itemSelectionChanged, this, &ConnectionsPage::sourceSelected);
    connect(m_saveSource, &QPushButton::clicked, this, [this] {
        QString error;
        if (!addOrUpdateSource(m_sourceName->text(), m_writeKey->text(), m_dataPlane->text(),
                               &error))
            m_status->setText(error);
    });
    connect(m_removeSource, &QPushButton::clicked, this,
            [this] { removeSource(m_sourceName->text().trimmed()); });
    connect(m_test, &QPushButton::clicked, this,
            [this] { testConnection(m_dataPlane->text(), m_writeKey->text()); });
    connect(&m_probe, &ConnectionProbe::finished, this,
            [this](const ConnectionProbe::Result& result) {
                const QString words = probeWords(result);
                m_testResult->setText(words);
                m_test->setEnabled(true);
                emit connectionTested(words);
            });
    connect(m_regions, &QTableWidget::itemSelectionChanged, this, &ConnectionsPage::fillTokens);
    connect(m_addRegion, &QPushButton::clicked, this, [this] {
        QString error;
        if (addRegion(m_newRegion->text(), &error))
            m_newRegion->clear();
        else
            m_status->setText(error);
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        const QByteArray token = generateToken(selectedRegion());
        if (!token.isEmpty()) {
            QApplication::clipboard()->setText(QString::fromLatin1(token));
            m_status->setText(tr("A new token for %1 was created and copied to the clipboard.")
                                  .arg(selectedRegion()));
        }
    });
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        const QByteArray token = selectedToken();
        if (!token.isEmpty()) {
            QApplication::clipboard()->setText(QString::fromLatin1(token));
            m_status->setText(tr("The token was copied to the clipboard."));
        }
    });
    connect(m_revoke, &QPushButton::clicked, this,
            [this] { revokeToken(selectedRegion(), selectedToken()); });
    connect(m_copyHubUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_hubUrl->text()); });
    connect(&m_hub, &Hub::listeningChanged, this, &ConnectionsPage::updateHubUrl);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString error;
        if (!apply(&error))
            m_status->setText(error);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { showConfig(m_hub.config()); });
    connect(&m_store, &ConfigStore::saved, this, [this](bool ok, const QString& problem) {
        if (!ok || !problem.isEmpty())
            m_status->setText(problem);
        else
            m_status->setText(m_store.secretPlace() == ConfigStore::SecretPlace::Keychain
                                  ? tr("Saved; the secrets are in the system keychain.")
                                  : tr("Saved to %1 (readable only by you).").arg(m_store.path()));
    });

    retranslateUi();
    showConfig(m_config);
}

void ConnectionsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsPage::retranslateUi() {
    m_sourcesBox->setTitle(tr("RudderStack sources"));
    m_sources->setHorizontalHeaderLabels({tr("Name"), tr("Data plane URL"), tr("Write key")});
    m_sourceNameLabel->setText(tr("Name"));
    m_writeKeyLabel->setText(tr("Write key"));
    m_revealWriteKey->setText(tr("Reveal"));
    m_dataPlaneLabel->setText(tr("Data plane URL"));
    m_dataPlane->setPlaceholderText(tr("https://your-dataplane.rudderstack.com"));
    m_saveSource->setText(tr("Add / update source"));
    m_removeSource->setText(tr("Remove"));
    m_test->setText(tr("Test connection"));
    m_regionsBox->setTitle(tr("Looker regions and tokens"));
    m_regions->setHorizontalHeaderLabels({tr("Region"), tr("Tokens")});
    m_newRegion->setPlaceholderText(tr("New region name, e.g. US"));
    m_addRegion->setText(tr("Add region"));
    m_tokens->setHorizontalHeaderLabels({tr("Token"), tr("Nonce")});
    m_generate->setText(tr("Generate token"));
    m_copyToken->setText(tr("Copy token"));
    m_showTokens->setText(tr("Show"));
    m_revoke->setText(tr("Revoke"));
    m_hubUrlLabel->setText(tr("Action Hub URL for Looker:"));
    m_copyHubUrl->setText(tr("Copy"));
    m_listenBox->setTitle(tr("Listening"));
    m_addressLabel->setText(tr("Address"));
    m_portLabel->setText(tr("Port"));
    m_publicUrlLabel->setText(tr("Public base URL"));
    m_publicUrl->setPlaceholderText(tr("https://actiondeck.example.com (when Looker reaches the "
                                       "hub through a proxy)"));
    m_tlsCertLabel->setText(tr("TLS certificate"));
    m_tlsCert->setPlaceholderText(tr("PEM file; empty: plain HTTP"));
    m_tlsCert->setDialog(tr("TLS certificate"), tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
    m_tlsKeyLabel->setText(tr("TLS private key"));
    m_tlsKey->setPlaceholderText(tr("PEM file, unencrypted"));
    m_tlsKey->setDialog(tr("TLS private key"), tr("PEM files (*.pem *.key);;All files (*)"));
    m_deliveryBox->setTitle(tr("Delivery"));
    m_inFlightLabel->setText(tr("Requests in flight per source"));
    m_gzipLabel->setText(tr("Gzip level (0 = off)"));
    m_timeoutLabel->setText(tr("Request timeout (seconds)"));
    m_batchLabel->setText(tr("Events per batch"));
    m_keepLabel->setText(tr("Keep delivered batches (hours)"));
    m_keepHours->setToolTip(tr("Delivered batches stay in the outbox this long, to inspect or "
                               "export, then they are deleted. Pending and failed batches are "
                               "kept until you discard them."));
    m_legacyEmpty->setText(tr("Send empty values as \"\" (like the Node Action Hub)"));
    m_apply->setText(tr("Apply"));
    m_revert->setText(tr("Revert"));
    fillSources();
    fillRegions();
    updateTlsHint();
}

void ConnectionsPage::showConfig(const HubConfig& config) {
    m_config = config;
    m_address->setText(config.listenAddress.toString());
    m_port->setValue(config.listenPort);
    m_publicUrl->setText(config.publicBaseUrl);
    m_tlsCert->setPath(config.tlsCertificateFile);
    m_tlsKey->setPath(config.tlsKeyFile);
    m_inFlight->setValue(config.delivery.maxInFlightPerSource);
    m_gzip->setValue(config.delivery.gzipLevel);
    m_timeout->setValue(config.delivery.requestTimeoutMs / 1000);
    m_batchSize->setValue(config.limits.maxEventsPerBatch);
    m_keepHours->setValue(int(config.delivery.keepDeliveredMs / 3600000));
    m_legacyEmpty->setChecked(config.legacyEmptyValues);
    fillSources();
    fillRegions();
    updateHubUrl();
}

HubConfig ConnectionsPage::formConfig() const {
    HubConfig config = m_config;
    QString ignored;
    config.setListen(
        QStringLiteral("[%1]:%2").arg(m_address->text().trimmed()).arg(m_port->value()), &ignored);
    config.publicBaseUrl = m_publicUrl->text().trimmed();
    config.tlsCertificateFile = m_tlsCert->path();
    config.tlsKeyFile = m_tlsKey->path();
    config.delivery.maxInFlightPerSource = m_inFlight->value();
    config.delivery.gzipLevel = m_gzip->value();
    config.delivery.requestTimeoutMs = m_timeout->value() * 1000;
    config.limits.maxEventsPerBatch = m_batchSize->value();
    config.delivery.keepDeliveredMs = qint64(m_keepHours->value()) * 3600000;
    config.legacyEmptyValues = m_legacyEmpty->isChecked();
    return config;
}

bool ConnectionsPage::apply(QString* error) {
    HubConfig config = m_config;
    if (!config.setListen(
            QStringLiteral("[%1]:%2").arg(m_address->text().trimmed()).arg(m_port->value()),
            error)) {
        if (error)
            *error = tr("The listen address must be an IP address such as 127.0.0.1 or 0.0.0.0.");
        return false;
    }
    const QString publicUrl = m_publicUrl->text().trimmed();
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            if (error)
                *error = tr("The public base URL must be an http or https URL.");
            return false;
        }
    }
    const QString certificate = m_tlsCert->path();
    const QString key = m_tlsKey->path();
    if (certificate.isEmpty() != key.isEmpty()) {
        if (error)
            *error = tr("HTTPS needs both the certificate and its private key (or neither, for "
                        "plain HTTP).");
        return false;
    }
    QString why;
    if (!certificate.isEmpty() && !TlsCredentials::load(certificate, key, &why)) {
        if (error)
            *error = tr("HTTPS can not be used: %1").arg(why);
        return false;
    }
    commit(formConfig());
    return true;
}

void ConnectionsPage::commit(const HubConfig& config) {
    m_config = config;
    QString error;
    if (!m_hub.reconfigure(config, &error))
        m_status->setText(tr("Applied, but the hub can not listen: %1").arg(error));
    m_store.save(config);
    fillSources();
    fillRegions();
    updateHubUrl();
    emit applied();
}

bool ConnectionsPage::addOrUpdateSource(const QString& name, const QString& writeKey,
                                        const QString& url, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || writeKey.trimmed().isEmpty())
        return fail(tr("A source needs a name and a write key."));
    QString why;
    if (!batchEndpoint(url, &why).isValid())
        return fail(tr("The data plane URL is not usable: %1").arg(why));
    HubConfig config = formConfig();
    SourceConfig source{trimmedName, writeKey.trimmed(), url.trimmed()};
    bool replaced = false;
    for (SourceConfig& existing : config.sources) {
        if (existing.name == trimmedName) {
            existing = source;
            replaced = true;
        }
    }
    if (!replaced)
        config.sources.append(source);
    commit(config);
    return true;
}

void ConnectionsPage::removeSource(const QString& name) {
    HubConfig config = formConfig();
    config.sources.removeIf([&name](const SourceConfig& s) { return s.name == name; });
    commit(config);
}

bool ConnectionsPage::addRegion(const QString& name, QString* error) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'=')) {
        if (error)
            *error = tr("A region needs a name without \"=\".");
        return false;
    }
    HubConfig config = formConfig();
    for (const RegionConfig& region : config.regions) {
        if (region.name == trimmed) {
            if (error)
                *error = tr("There is already a region named %1.").arg(trimmed);
            return false;
        }
    }
    // Each region signs its own tokens: a token never opens another region.
    config.regions.append(RegionConfig{trimmed, newSecret(), {}, {}, {}});
    commit(config);
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        if (m_regions->item(row, 0)->text() == trimmed)
            m_regions->selectRow(row);
    }
    return true;
}

QByteArray ConnectionsPage::generateToken(const QString& regionName) {
    HubConfig config = formConfig();
    for (RegionConfig& region : config.regions) {
        if (region.name != regionName)
            continue;
        if (region.secret.isEmpty())
            region.secret = newSecret();
        const QByteArray token = HubToken::generate(region.secret);
        // Listed so that it can be shown, copied and revoked later; the secret alone would
        // already make the hub accept it.
        region.tokens.append(token);
        commit(config);
        return token;
    }
    return {};
}

void ConnectionsPage::revokeToken(const QString& regionName, const QByteArray& token) {
    if (token.isEmpty())
        return;
    HubConfig config = formConfig();
    for (RegionConfig& region : config.regions) {
        if (region.name != regionName)
            continue;
        region.tokens.removeAll(token);
        const QByteArray nonce = HubToken::nonceOf(token);
        if (!nonce.isEmpty())
            region.revokedNonces.insert(nonce);
    }
    commit(config);
    m_status->setText(tr("The token was revoked: Looker's requests with it are now refused."));
}

void ConnectionsPage::testConnection(const QString& url, const QString& writeKey) {
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_probe.test(url, writeKey);
}

QString ConnectionsPage::probeWords(const ConnectionProbe::Result& result) const {
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

void ConnectionsPage::fillSources() {
    m_sources->setRowCount(int(m_config.sources.size()));
    for (int row = 0; row < m_config.sources.size(); ++row) {
        const SourceConfig& source = m_config.sources[row];
        m_sources->setItem(row, 0, new QTableWidgetItem(source.name));
        m_sources->setItem(row, 1, new QTableWidgetItem(source.dataPlaneUrl));
        m_sources->setItem(
            row, 2, new QTableWidgetItem(m_revealKey ? source.writeKey : masked(source.writeKey)));
    }
}

void ConnectionsPage::sourceSelected() {
    const int row = m_sources->currentRow();
    if (row < 0 || row >= m_config.sources.size())
        return;
    const SourceConfig& source = m_config.sources[row];
    m_sourceName->setText(source.name);
    m_writeKey->setText(source.writeKey);
    m_dataPlane->setText(source.dataPlaneUrl);
    m_testResult->clear();
}

void ConnectionsPage::fillRegions() {
    const QString selected = selectedRegion();
    m_regions->setRowCount(int(m_config.regions.size()));
    for (int row = 0; row < m_config.regions.size(); ++row) {
        const RegionConfig& region = m_config.regions[row];
        m_regions->setItem(row, 0, new QTableWidgetItem(region.name));
        m_regions->setItem(row, 1, new QTableWidgetItem(QString::number(region.tokens.size())));
        if (region.name == selected || (selected.isEmpty() && row == 0))
            m_regions->selectRow(row);
    }
    fillTokens();
}

void ConnectionsPage::fillTokens() {
    const QString regionName = selectedRegion();
    QList<QByteArray> tokens;
    for (const RegionConfig& region : m_config.regions) {
        if (region.name == regionName)
            tokens = region.tokens;
    }
    m_tokens->setRowCount(int(tokens.size()));
    for (int row = 0; row < tokens.size(); ++row) {
        const QString token = QString::fromLatin1(tokens[row]);
        auto* item = new QTableWidgetItem(m_revealTokens ? token : masked(token));
        item->setData(Qt::UserRole, tokens[row]);
        m_tokens->setItem(row, 0, item);
        m_tokens->setItem(
            row, 1, new QTableWidgetItem(QString::fromLatin1(HubToken::nonceOf(tokens[row]))));
    }
    m_generate->setEnabled(!regionName.isEmpty());
}

QString ConnectionsPage::selectedRegion() const {
    const int row = m_regions->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_regions->item(row, 0) : nullptr;
    return item ? item->text() : QString();
}

QByteArray ConnectionsPage::selectedToken() const {
    const int row = m_tokens->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_tokens->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toByteArray() : QByteArray();
}

void ConnectionsPage::updateHubUrl() {
    // Looker asks the URL itself for the action list (POST /).
    m_hubUrl->setText(m_hub.baseUrl());
    m_hubUrl->setCursorPosition(0);
    updateTlsHint();
}

void ConnectionsPage::updateTlsHint() {
    const HubConfig& config = m_hub.config();
    if (!config.usesTls()) {
        m_tlsHint->setText(tr("Looker calls the hub over HTTPS: give a certificate here, or leave "
                              "both empty when a reverse proxy in front of the hub holds it."));
        return;
    }
    QString error;
    const auto credentials =
        TlsCredentials::load(config.tlsCertificateFile, config.tlsKeyFile, &error);
    if (!credentials) {
        m_tlsHint->setText(tr("HTTPS can not be used: %1").arg(error));
        return;
    }
    const QSslCertificate& certificate = credentials->certificate();
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    m_tlsHint->setText(
        tr("Serving HTTPS with the certificate for %1, valid until %2.")
            .arg(names.join(QStringLiteral(", ")),
                 QLocale().toString(certificate.expiryDate().date(), QLocale::LongFormat)));
}

} // namespace ActionDeck
