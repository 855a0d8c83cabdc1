#include "connectionspage.h"

#include "catalog/systemactivityexploreurl.h"
#include "configstore.h"
#include "core/tlscredentials.h"
#include "deliverysection.h"
#include "httplimitssection.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "listeningsection.h"
#include "outboxsection.h"
#include "regionssection.h"
#include "rudder/dataplaneurl.h"
#include "sourcessection.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

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
    , m_sources(new SourcesSection(this))
    , m_regions(new RegionsSection(this))
    , m_listening(new ListeningSection(hub, this))
    , m_delivery(new DeliverySection(this))
    , m_httpLimits(new HttpLimitsSection(this))
    , m_outbox(new OutboxSection(hub, this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_apply->setObjectName(QStringLiteral("connectionsApply"));
    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    m_status->setWordWrap(true);

    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->addWidget(m_sources, 0, 0);
    grid->addWidget(m_regions, 0, 1, 2, 1);
    grid->addWidget(m_listening, 1, 0);
    grid->addWidget(m_delivery, 2, 0);
    grid->addWidget(m_httpLimits, 2, 1);
    grid->addWidget(m_outbox, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(applyRow);

    connect(m_sources, &SourcesSection::saveRequested, this, [this](const SourceConfig& source) {
        QString error;
        if (!addOrUpdateSource(source, &error))
            m_status->setText(error);
    });
    connect(m_sources, &SourcesSection::removeRequested, this, &ConnectionsPage::removeSource);
    connect(m_sources, &SourcesSection::connectionTested, this, &ConnectionsPage::connectionTested);
    connect(m_regions, &RegionsSection::addRegionRequested, this, [this](const QString& name) {
        QString error;
        if (addRegion(name, &error))
            m_regions->clearNewRegionName();
        else
            m_status->setText(error);
    });
    connect(m_regions, &RegionsSection::generateRequested, this, [this](const QString& region) {
        const QByteArray token = generateToken(region);
        if (!token.isEmpty()) {
            QApplication::clipboard()->setText(QString::fromLatin1(token));
            m_status->setText(tr("A new token for %1 was created and copied to the clipboard.")
                                  .arg(m_regions->selectedRegion()));
        }
    });
    connect(m_regions, &RegionsSection::revokeRequested, this, &ConnectionsPage::revokeToken);
    connect(m_regions, &RegionsSection::lookerHostEdited, this,
            [this](const QString& region, const QString& host) {
                QString error;
                if (!setRegionLookerHost(region, host, &error)) {
                    m_status->setText(error);
                    showLists(); // the cell shows the host in use again
                }
            });
    connect(m_regions, &RegionsSection::message, m_status, &QLabel::setText);
    connect(&m_hub, &Hub::listeningChanged, this, &ConnectionsPage::updateHubUrl);
    connect(&m_hub, &Hub::configChanged, this, &ConnectionsPage::followHub);
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
    m_apply->setText(tr("Apply"));
    m_revert->setText(tr("Revert"));
}

void ConnectionsPage::showConfig(const HubConfig& config) {
    m_config = config;
    m_listening->showConfig(config);
    m_delivery->showConfig(config);
    m_httpLimits->showConfig(config);
    m_outbox->showConfig(config);
    showLists();
    updateHubUrl();
}

HubConfig ConnectionsPage::formConfig() const {
    HubConfig config = m_config;
    QString ignored;
    config.setListen(m_listening->listen(), &ignored);
    config.publicBaseUrl = m_listening->publicUrl();
    config.lookerHost = m_listening->lookerHost();
    config.tlsCertificateFile = m_listening->certificateFile();
    config.tlsKeyFile = m_listening->keyFile();
    m_delivery->applyTo(config);
    m_httpLimits->applyTo(config);
    m_outbox->applyTo(config, nullptr);
    return config;
}

bool ConnectionsPage::apply(QString* error) {
    HubConfig config = m_config;
    if (!config.setListen(m_listening->listen(), error)) {
        if (error)
            *error = tr("The listen address must be an IP address such as 127.0.0.1 or 0.0.0.0.");
        return false;
    }
    const QString publicUrl = m_listening->publicUrl();
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            if (error)
                *error = tr("The public base URL must be an http or https URL.");
            return false;
        }
    }
    const QString lookerHost = m_listening->lookerHost();
    if (!lookerHost.isEmpty() && SystemActivityExploreUrl::build(lookerHost, {}).isEmpty()) {
        if (error)
            *error = tr("The Looker host must be a host name such as acme.looker.com.");
        return false;
    }
    QString proxyError;
    m_httpLimits->trustedProxies(&proxyError);
    if (!proxyError.isEmpty()) {
        if (error)
            *error = proxyError;
        return false;
    }
    const QString certificate = m_listening->certificateFile();
    const QString key = m_listening->keyFile();
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
    HubConfig form = formConfig();
    if (!m_outbox->applyTo(form, error))
        return false;
    return commit(form);
}

void ConnectionsPage::setKeeper(std::function<bool(const HubConfig&, QString*)> keeper) {
    m_keeper = std::move(keeper);
}

void ConnectionsPage::followHub() {
    const HubConfig now = m_hub.config();
    if (now.regions == m_config.regions && now.sources == m_config.sources)
        return;
    m_config.regions = now.regions;
    m_config.sources = now.sources;
    showLists();
}

bool ConnectionsPage::commit(const HubConfig& config) {
    QString error;
    if (m_keeper && !m_keeper(config, &error)) {
        m_status->setText(tr("Not applied: %1").arg(error));
        return false;
    }
    m_config = config;
    if (!m_hub.reconfigure(config, &error))
        m_status->setText(tr("Applied, but the hub can not listen: %1").arg(error));
    m_store.save(config);
    showLists();
    updateHubUrl();
    m_outbox->updateNote();
    emit applied();
    return true;
}

void ConnectionsPage::showLists() {
    m_sources->showSources(m_config.sources);
    m_regions->showRegions(m_config.regions);
}

bool ConnectionsPage::addOrUpdateSource(const QString& name, const QString& writeKey,
                                        const QString& url, QString* error) {
    SourceConfig source;
    if (const SourceConfig* existing = m_config.source(name.trimmed()))
        source = *existing;
    source.name = name;
    source.writeKey = writeKey;
    source.dataPlaneUrl = url;
    return addOrUpdateSource(source, error);
}

bool ConnectionsPage::addOrUpdateSource(SourceConfig source, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    source.name = source.name.trimmed();
    source.writeKey = source.writeKey.trimmed();
    source.dataPlaneUrl = source.dataPlaneUrl.trimmed();
    if (source.name.isEmpty() || source.writeKey.isEmpty())
        return fail(tr("A source needs a name and a write key."));
    QString why;
    if (!batchEndpoint(source.dataPlaneUrl, &why).isValid())
        return fail(tr("The data plane URL is not usable: %1").arg(why));
    HubConfig config = formConfig();
    bool replaced = false;
    for (SourceConfig& existing : config.sources) {
        if (existing.name == source.name) {
            existing = source;
            replaced = true;
        }
    }
    if (!replaced)
        config.sources.append(source);
    if (!commit(config))
        return fail(m_status->text()); // why the keeper refused
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
    if (!commit(config)) {
        if (error)
            *error = m_status->text();
        return false;
    }
    m_regions->selectRegion(trimmed);
    return true;
}

bool ConnectionsPage::setRegionLookerHost(const QString& regionName, const QString& host,
                                          QString* error) {
    const QString trimmed = host.trimmed();
    if (!trimmed.isEmpty() && SystemActivityExploreUrl::build(trimmed, {}).isEmpty()) {
        if (error)
            *error = tr("The Looker host must be a host name such as acme.looker.com.");
        return false;
    }
    HubConfig config = formConfig();
    for (RegionConfig& region : config.regions) {
        if (region.name == regionName) {
            region.lookerHost = trimmed;
            if (!commit(config)) {
                if (error)
                    *error = m_status->text();
                return false;
            }
            return true;
        }
    }
    if (error)
        *error = tr("There is no region named %1.").arg(regionName);
    return false;
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
        return commit(config) ? token : QByteArray();
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
    if (commit(config))
        m_status->setText(tr("The token was revoked: Looker's requests with it are now refused."));
}

void ConnectionsPage::testConnection(const QString& url, const QString& writeKey) {
    m_sources->testConnection(url, writeKey);
}

void ConnectionsPage::updateHubUrl() {
    // Looker asks the URL itself for the action list (POST /).
    m_regions->setHubUrl(m_hub.baseUrl());
    m_listening->updateTlsHint();
}

} // namespace ActionDeck
