#include "gui/connections/connectionspage.h"

#include "catalog/systemactivityexploreurl.h"
#include "core/tlscredentials.h"
#include "gui/connections/alertssection.h"
#include "gui/connections/configdraft.h"
#include "gui/connections/deliverysection.h"
#include "gui/connections/httplimitssection.h"
#include "gui/connections/listeningsection.h"
#include "gui/connections/outboxsection.h"
#include "gui/connections/regionssection.h"
#include "gui/connections/secretdialog.h"
#include "gui/connections/sourcessection.h"
#include "gui/settings/configstore.h"
#include "gui/widgets/whenready.h"
#include "hub/configpatch.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

/// Below this width the sections stack in one column.
constexpr int kTwoColumnWidth = 900;

} // namespace

ConnectionsPage::ConnectionsPage(HubConnection& hub, ConfigStore* store, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_store(store)
    , m_access(new QLabel(this))
    , m_sources(new SourcesSection(this))
    , m_regions(new RegionsSection(this))
    , m_listening(new ListeningSection(this))
    , m_delivery(new DeliverySection(this))
    , m_httpLimits(new HttpLimitsSection(this))
    , m_alerts(new AlertsSection(this))
    , m_outbox(new OutboxSection(this))
    , m_pending(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_access->setObjectName(QStringLiteral("connectionsAccess"));
    m_pending->setObjectName(QStringLiteral("connectionsPending"));
    m_apply->setObjectName(QStringLiteral("connectionsApply"));
    m_revert->setObjectName(QStringLiteral("connectionsRevert"));
    m_status->setObjectName(QStringLiteral("connectionsStatus"));
    for (QLabel* label : {m_access, m_pending, m_status})
        label->setWordWrap(true);
    m_access->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); padding: 4px 8px;"));
    m_pending->setStyleSheet(QStringLiteral("font-style: italic;"));

    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    // Two columns where they fit, one below the other on a small screen (resizeEvent).
    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setObjectName(QStringLiteral("connectionsGrid"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_access);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_pending);
    layout->addLayout(applyRow);
    // One column first: the window's narrowest width is the page's narrowest, and two columns
    // come once there is room (resizeEvent).
    arrange(false);

    connect(m_sources, &SourcesSection::saveRequested, this, [this](const SourceConfig& source) {
        QString error;
        if (!addOrUpdateSource(source, &error))
            setStatus([error] { return error; });
    });
    connect(m_sources, &SourcesSection::removeRequested, this, &ConnectionsPage::removeSource);
    connect(m_sources, &SourcesSection::testRequested, this, &ConnectionsPage::testConnection);
    connect(m_sources, &SourcesSection::revealRequested, this, [this](const QString& name) {
        whenReady(m_hub.revealWriteKey(name), m_hub, this,
                  [this, name](const HubReply<QString>& reply) {
                      if (reply.ok())
                          m_sources->showRevealedKey(name, reply.value);
                      else
                          setStatus([error = reply.error] {
                              return tr("The write key was not shown: %1").arg(error);
                          });
                  });
    });
    connect(m_regions, &RegionsSection::addRegionRequested, this, [this](const QString& name) {
        QString error;
        if (addRegion(name, &error))
            m_regions->clearNewRegionName();
        else
            setStatus([error] { return error; });
    });
    connect(m_regions, &RegionsSection::generateRequested, this, &ConnectionsPage::generateToken);
    connect(m_regions, &RegionsSection::revokeRequested, this, &ConnectionsPage::confirmRevoke);
    connect(m_regions, &RegionsSection::lookerHostEdited, this,
            [this](const QString& region, const QString& host) {
                QString error;
                if (!setRegionLookerHost(region, host, &error)) {
                    setStatus([error] { return error; });
                    showLists(); // the cell shows the host in use again
                }
            });
    connect(m_regions, &RegionsSection::message, this,
            [this](const QString& text) { setStatus([text] { return text; }); });
    connect(this, &ConnectionsPage::tokenMade, this,
            [this](const QString& region, const QByteArray& token) {
                showSecret(tr("Looker token for %1").arg(region),
                           tr("Paste it into Looker's Action Hub settings (Authorization). It is "
                              "shown this once on a server's hub; here it stays listed."),
                           QString::fromLatin1(token));
            });
    connect(&m_hub, &HubConnection::configChanged, this, &ConnectionsPage::followHub);
    connect(&m_hub, &HubConnection::snapshotChanged, this, [this] {
        updateHubUrl();
        updateAccess();
    });
    connect(&m_hub, &HubConnection::stateChanged, this, &ConnectionsPage::updateAccess);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString error;
        if (!apply(&error))
            setStatus([error] { return error; });
    });
    connect(m_revert, &QPushButton::clicked, this, &ConnectionsPage::revert);
    if (m_store) {
        connect(m_store, &ConfigStore::saved, this, [this](bool ok, const QString& problem) {
            const ConfigStore::SecretPlace place = m_store->secretPlace();
            const QString file = m_store->path();
            const QString what = m_lastApplied;
            setStatus([ok, problem, place, file, what] {
                if (!ok || !problem.isEmpty())
                    return problem;
                const bool keychain = place == ConfigStore::SecretPlace::Keychain;
                if (what.isEmpty())
                    return keychain ? tr("Saved to %1; the secrets are in the system keychain.")
                                          .arg(file)
                                    : tr("Saved to %1 (readable only by you).").arg(file);
                return keychain
                           ? tr("Applied %1; saved to %2, the secrets in the system "
                                "keychain.")
                                 .arg(what, file)
                           : tr("Applied %1; saved to %2 (readable only by you).").arg(what, file);
            });
        });
    }
    // Every edit of the sections' fields may make the form differ from the hub.
    for (QWidget* section : std::initializer_list<QWidget*>{m_listening, m_delivery, m_httpLimits,
                                                            m_alerts, m_outbox}) {
        for (QObject* child : section->findChildren<QObject*>()) {
            if (child->metaObject()->indexOfSignal("textChanged(QString)") >= 0)
                connect(child, SIGNAL(textChanged(QString)), this, SLOT(showPending()));
            else if (child->metaObject()->indexOfSignal("valueChanged(int)") >= 0)
                connect(child, SIGNAL(valueChanged(int)), this, SLOT(showPending()));
            else if (child->metaObject()->indexOfSignal("toggled(bool)") >= 0)
                connect(child, SIGNAL(toggled(bool)), this, SLOT(showPending()));
            else if (child->metaObject()->indexOfSignal("currentIndexChanged(int)") >= 0)
                connect(child, SIGNAL(currentIndexChanged(int)), this, SLOT(showPending()));
        }
    }

    retranslateUi();
    load();
}

QList<QWidget*> ConnectionsPage::sections() const {
    return {m_sources, m_regions, m_listening, m_delivery, m_httpLimits, m_alerts, m_outbox};
}

void ConnectionsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(width() >= kTwoColumnWidth);
}

void ConnectionsPage::arrange(bool wide) {
    auto* grid = findChild<QGridLayout*>(QStringLiteral("connectionsGrid"));
    if (!grid || (m_arranged && wide == m_wide))
        return;
    m_arranged = true;
    m_wide = wide;
    for (QWidget* section : sections())
        grid->removeWidget(section);
    if (wide) {
        grid->addWidget(m_sources, 0, 0);
        grid->addWidget(m_regions, 0, 1, 2, 1);
        grid->addWidget(m_listening, 1, 0);
        grid->addWidget(m_delivery, 2, 0);
        grid->addWidget(m_httpLimits, 2, 1);
        grid->addWidget(m_alerts, 3, 0);
        grid->addWidget(m_outbox, 3, 1);
        grid->setColumnStretch(1, 1);
    } else {
        int row = 0;
        for (QWidget* section : sections())
            grid->addWidget(section, row++, 0);
        grid->setColumnStretch(1, 0);
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(7, 1);
}

void ConnectionsPage::retranslateUi() {
    m_apply->setText(tr("Apply"));
    m_revert->setText(tr("Revert"));
    m_apply->setToolTip(
        tr("Sends the sources, regions and settings changed here to %1").arg(m_hub.name()));
    m_revert->setToolTip(tr("Drops the changes not applied yet"));
    updateAccess();
    showPending();
    if (m_statusText)
        m_status->setText(m_statusText());
}

void ConnectionsPage::setStatus(std::function<QString()> text) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

QString ConnectionsPage::status() const {
    return m_status->text();
}

void ConnectionsPage::load() {
    m_draft.reset(m_hub.config());
    showForm();
}

void ConnectionsPage::showForm() {
    const HubConfig& form = m_draft.form();
    m_listening->showConfig(form);
    m_delivery->showConfig(form);
    m_httpLimits->showConfig(form);
    m_alerts->showConfig(form);
    m_outbox->showConfig(form);
    showLists();
    updateHubUrl();
    updateAccess();
    showPending();
}

void ConnectionsPage::followHub() {
    if (m_waiting)
        return; // the change under way reloads when it is answered
    // What another hub of the fleet (or another admin) changed shows at once; what is pending
    // here stays pending over it, the sections' edits included.
    HubConfig edited = formConfig();
    const QJsonObject mine = ConfigPatch::difference(m_draft.applied(), edited);
    if (mine.isEmpty() && HostSettings::of(edited) == HostSettings::of(m_draft.applied())) {
        load();
        return;
    }
    m_draft.follow(m_hub.config());
    showLists();
    updateAccess();
    showPending();
}

void ConnectionsPage::readSections(HubConfig& config) const {
    config.publicBaseUrl = m_listening->publicUrl();
    config.lookerHost = m_listening->lookerHost();
    m_delivery->applyTo(config);
    m_httpLimits->applyTo(config);
    m_alerts->applyTo(config);
    if (m_hub.canChangeHostSettings()) {
        QString ignored;
        config.setListen(m_listening->listen(), &ignored);
        config.tlsCertificateFile = m_listening->certificateFile();
        config.tlsKeyFile = m_listening->keyFile();
        m_outbox->applyTo(config, nullptr);
    }
}

HubConfig ConnectionsPage::formConfig() const {
    HubConfig config = m_draft.form();
    readSections(config);
    return config;
}

bool ConnectionsPage::hasPendingChanges() const {
    const HubConfig form = formConfig();
    return !ConfigPatch::difference(m_draft.applied(), form).isEmpty() ||
           (m_hub.canChangeHostSettings() &&
            HostSettings::of(form) != HostSettings::of(m_draft.applied()));
}

void ConnectionsPage::showPending() {
    const HubConfig form = formConfig();
    const QJsonObject difference = ConfigPatch::difference(m_draft.applied(), form);
    const bool host = m_hub.canChangeHostSettings() &&
                      HostSettings::of(form) != HostSettings::of(m_draft.applied());
    QString text;
    if (!difference.isEmpty() || host) {
        QString what = ConfigDraft::describe(difference);
        if (host)
            what = what.isEmpty() ? tr("listening and outbox")
                                  : tr("%1, listening and outbox").arg(what);
        text = tr("Not applied yet: %1. Apply sends them to %2; Revert drops them.")
                   .arg(what, m_hub.name());
    }
    m_pending->setText(text);
    m_pending->setVisible(!text.isEmpty());
    m_revert->setEnabled(!text.isEmpty() && !m_waiting);
    m_apply->setEnabled(m_hub.configAvailable() && !m_waiting);
}

void ConnectionsPage::showLists() {
    const HubConfig& form = m_draft.form();
    const QJsonObject difference = ConfigPatch::difference(m_draft.applied(), form);
    m_sources->showSources(form.sources,
                           ConfigDraft::changedNames(difference, QStringLiteral("sources")));
    // Tokens are the hub's: a region it does not have yet has none.
    QHash<QString, RegionsSection::Tokens> tokens;
    for (const RegionConfig& region : m_draft.applied().regions)
        tokens.insert(region.name,
                      {m_hub.regionTokens(region.name), m_hub.revokedNonces(region.name)});
    m_regions->showRegions(form.regions, tokens,
                           ConfigDraft::changedNames(difference, QStringLiteral("regions")));
}

void ConnectionsPage::updateHubUrl() {
    // Looker asks the URL itself for the action list (POST /).
    m_regions->setHubUrl(m_hub.snapshot().url);
    m_listening->updateTlsHint(m_draft.applied(), m_hub.isLocal());
    m_outbox->setRunning(m_hub.state() == HubConnection::State::Connected,
                         m_hub.snapshot().sharedOutbox(), m_hub.snapshot().outboxLocation);
}

void ConnectionsPage::updateAccess() {
    const bool available = m_hub.configAvailable();
    const bool local = m_hub.canChangeHostSettings();
    QString access;
    if (!available)
        access = m_hub.configUnavailableReason();
    else if (!m_hub.isLocal())
        access = tr("The configuration of %1, on its server. Applied changes are kept there "
                    "(config-overlay.json in its data directory, over its --config file); "
                    "where it listens, its TLS files and its outbox are set on the server.")
                     .arg(m_hub.name());
    m_access->setText(access);
    m_access->setVisible(!access.isEmpty());
    for (QWidget* section : sections())
        section->setVisible(available);
    m_sources->setKeysOnServer(!m_hub.isLocal());
    m_listening->setHostEditable(local);
    m_outbox->setEditable(local);
    const QStringList fixed = m_hub.fieldsSetByFlags();
    m_listening->setPublicUrlFixed(
        fixed.contains(QStringLiteral("publicBaseUrl"))
            ? tr("Set by the hub's --public-url flag on the server: change it there.")
            : QString());
    m_apply->setEnabled(available && !m_waiting);
}

QString ConnectionsPage::formProblem() const {
    if (m_hub.canChangeHostSettings()) {
        HubConfig probe;
        if (!probe.setListen(m_listening->listen(), nullptr))
            return tr("The listen address must be an IP address such as 127.0.0.1 or 0.0.0.0.");
    }
    const QString publicUrl = m_listening->publicUrl();
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return tr("The public base URL must be an http or https URL.");
    }
    const QString lookerHost = m_listening->lookerHost();
    if (!lookerHost.isEmpty() && SystemActivityExploreUrl::build(lookerHost, {}).isEmpty())
        return tr("The Looker host must be a host name such as acme.looker.com.");
    QString proxyError;
    m_httpLimits->trustedProxies(&proxyError);
    if (!proxyError.isEmpty())
        return proxyError;
    if (const QString alerts = m_alerts->problem(); !alerts.isEmpty())
        return alerts;
    if (!m_hub.canChangeHostSettings())
        return {};
    const QString certificate = m_listening->certificateFile();
    const QString key = m_listening->keyFile();
    if (certificate.isEmpty() != key.isEmpty())
        return tr("HTTPS needs both the certificate and its private key (or neither, for plain "
                  "HTTP).");
    QString why;
    if (!certificate.isEmpty() && !TlsCredentials::load(certificate, key, &why))
        return tr("HTTPS can not be used: %1").arg(why);
    HubConfig outbox;
    if (!m_outbox->applyTo(outbox, &why))
        return why;
    return {};
}

bool ConnectionsPage::apply(QString* error) {
    if (!m_hub.configAvailable()) {
        if (error)
            *error = m_hub.configUnavailableReason();
        return false;
    }
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const HubConfig form = formConfig();
    const QJsonObject difference = ConfigPatch::difference(m_draft.applied(), form);
    std::optional<HostSettings> host;
    if (m_hub.canChangeHostSettings() &&
        HostSettings::of(form) != HostSettings::of(m_draft.applied()))
        host = HostSettings::of(form);
    if (difference.isEmpty() && !host) {
        setStatus([] { return tr("Nothing to apply: the hub already has these settings."); });
        emit changeFinished(true, m_status->text());
        return true;
    }
    m_lastApplied = ConfigDraft::describe(difference);
    if (host)
        m_lastApplied = m_lastApplied.isEmpty() ? tr("listening and outbox")
                                                : tr("%1, listening and outbox").arg(m_lastApplied);
    m_waiting = true;
    showPending();
    setStatus([] { return tr("Applying…"); });
    whenReady(
        m_hub.changeConfig(difference, host), m_hub, this,
        [this](const HubReply<HubConfig>& reply) {
            m_waiting = false;
            if (!reply.ok()) {
                finished(false, reply.error);
                showPending();
                return;
            }
            load();
            const QString what = m_lastApplied;
            const QString listenError = m_hub.snapshot().listenError;
            if (m_hub.isLocal() && !m_hub.snapshot().listening && !listenError.isEmpty())
                setStatus([listenError] {
                    return tr("Applied, but the hub can not listen: %1").arg(listenError);
                });
            else if (!m_hub.isLocal())
                setStatus([what, name = m_hub.name()] {
                    return tr("Applied %1 on %2; kept in its data directory.").arg(what, name);
                });
            else if (!m_store)
                setStatus([what] { return tr("Applied %1.").arg(what); });
            emit changeFinished(true, m_status->text());
            emit applied();
        });
    return true;
}

void ConnectionsPage::revert() {
    load();
    setStatus([] { return tr("The changes not applied were dropped."); });
}

void ConnectionsPage::finished(bool ok, const QString& message) {
    setStatus([ok, message] { return ok ? message : tr("Not done: %1").arg(message); });
    emit changeFinished(ok, message);
}

bool ConnectionsPage::addOrUpdateSource(const QString& name, const QString& writeKey,
                                        const QString& url, QString* error) {
    SourceConfig source;
    if (const SourceConfig* existing = m_draft.form().source(name.trimmed()))
        source = *existing;
    source.name = name;
    source.writeKey = writeKey;
    source.dataPlaneUrl = url;
    return addOrUpdateSource(source, error);
}

bool ConnectionsPage::addOrUpdateSource(SourceConfig source, QString* error) {
    if (!m_draft.addOrUpdateSource(source, !m_hub.isLocal(), error))
        return false;
    edited([name = source.name.trimmed()] {
        return tr("Source %1 changed here: Apply sends it to the hub.").arg(name);
    });
    return true;
}

void ConnectionsPage::removeSource(const QString& name) {
    m_draft.removeSource(name);
    edited([name] { return tr("Source %1 removed here: Apply sends it to the hub.").arg(name); });
}

bool ConnectionsPage::addRegion(const QString& name, QString* error) {
    if (!m_draft.addRegion(name, error))
        return false;
    edited([name = name.trimmed()] {
        return tr("Region %1 added here: Apply sends it to the hub, which gives it a secret; "
                  "then make its tokens.")
            .arg(name);
    });
    m_regions->selectRegion(name.trimmed());
    return true;
}

bool ConnectionsPage::setRegionLookerHost(const QString& region, const QString& host,
                                          QString* error) {
    if (!m_draft.setRegionLookerHost(region, host, error))
        return false;
    edited({});
    return true;
}

void ConnectionsPage::edited(std::function<QString()> status) {
    showLists();
    showPending();
    if (status)
        setStatus(std::move(status));
}

void ConnectionsPage::generateToken(const QString& region) {
    m_lastApplied = tr("a new token of %1").arg(region);
    whenReady(m_hub.makeRegionToken(region), m_hub, this,
              [this, region](const HubReply<MadeToken>& reply) {
                  if (!reply.ok())
                      return finished(false, reply.error);
                  followHub();
                  showLists();
                  setStatus([region, nonce = reply.value.nonce] {
                      return tr("A token for %1 was made (nonce %2): Looker may use it now.")
                          .arg(region, nonce);
                  });
                  emit tokenMade(region, reply.value.token);
                  emit changeFinished(true, m_status->text());
              });
}

void ConnectionsPage::confirmRevoke(const QString& region, const QString& nonce) {
    const auto answer = QMessageBox::question(
        this, tr("Revoke a token"),
        tr("Revoke the token %1 of %2 on %3? Looker's requests with it are refused from then on, "
           "and it can not be brought back.")
            .arg(nonce, region, m_hub.name()));
    if (answer == QMessageBox::Yes)
        revokeToken(region, nonce);
}

void ConnectionsPage::revokeToken(const QString& region, const QString& nonce) {
    m_lastApplied = tr("the revocation of token %1").arg(nonce);
    whenReady(m_hub.revokeRegionToken(region, nonce), m_hub, this,
              [this, region, nonce](const HubReply<bool>& reply) {
                  if (!reply.ok())
                      return finished(false, reply.error);
                  followHub();
                  showLists();
                  setStatus([region, nonce] {
                      return tr("The token %1 of %2 was revoked: Looker's requests with it are "
                                "now refused.")
                          .arg(nonce, region);
                  });
                  emit changeFinished(true, m_status->text());
              });
}

void ConnectionsPage::testConnection(const QString& source, const QString& url,
                                     const QString& writeKey) {
    m_sources->testStarted();
    whenReady(m_hub.testSource(source, url, writeKey), m_hub, this,
              [this](const HubReply<ConnectionProbe::Result>& reply) {
                  m_sources->showTestResult(reply.ok() ? std::optional(reply.value) : std::nullopt,
                                            reply.error);
                  emit connectionTested(m_sources->testWords());
              });
}

void ConnectionsPage::showSecret(const QString& title, const QString& explanation,
                                 const QString& secret) {
    // Only while a person looks: tests and screenshots never open it.
    if (!isVisible())
        return;
    SecretDialog dialog(title, explanation, secret, this);
    dialog.exec();
}

} // namespace ActionDeck
