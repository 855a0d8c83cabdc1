// What only the window's own hub has on the Connections page: its configuration file (and the
// keychain), where it listens and with which TLS files, its HTTP limits, its outbox, and its
// place in a fleet on a shared outbox.
#include "admin/adminservice.h"
#include "connection/localhubconnection.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "gui/connections/connectionspage.h"
#include "gui/settings/configstore.h"
#include "gui/widgets/filepathedit.h"
#include "httpclient.h"
#include "hub/fleetmembership.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "postgrescluster.h"
#include "selfsignedcertificate.h"
#include "testsink.h"
#include "waituntil.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

/// Applies the form and waits for the hub's answer: empty when it was applied, else why not.
QString applyAndWait(ConnectionsPage& page) {
    QSignalSpy finished(&page, &ConnectionsPage::changeFinished);
    QString error;
    if (!page.apply(&error))
        return error;
    if (finished.isEmpty() && !finished.wait(10000))
        return QStringLiteral("no answer");
    return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
}

QByteArray makeToken(ConnectionsPage& page, const QString& region) {
    QSignalSpy made(&page, &ConnectionsPage::tokenMade);
    page.generateToken(region);
    return (!made.isEmpty() || made.wait(10000)) ? made.first().at(1).toByteArray() : QByteArray();
}

class LocalConnections : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sink.listen());
        store.setKeychainEnabled(false);
        HubConfig config;
        config.listenPort = 0;
        hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        service = std::make_unique<AdminService>(*hub);
        connection = std::make_unique<LocalHubConnection>(*hub, *service);
        connection->setConfigSaver([this](const HubConfig& changed) { store.save(changed); });
        connection->open();
        page = std::make_unique<ConnectionsPage>(*connection, &store);
    }

    HubConfig reload() {
        ConfigStore again(store.path());
        again.setKeychainEnabled(false);
        HubConfig loaded;
        QObject::connect(&again, &ConfigStore::loaded,
                         [&loaded](const HubConfig& config, const QString&) { loaded = config; });
        again.load();
        return loaded;
    }

    QTemporaryDir dir;
    ConfigStore store{dir.filePath(QStringLiteral("config/config.json"))};
    SystemClock clock;
    RandomIdGenerator ids;
    TestSink sink;
    HttpClient client;
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<LocalHubConnection> connection;
    std::unique_ptr<ConnectionsPage> page;
};

} // namespace

TEST_F(LocalConnections, SettingsRoundTripThroughTheConfigFileAndApplySaysWhere) {
    QString error;
    ASSERT_TRUE(page->addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    ASSERT_TRUE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-123456789"),
                                        sink.url(), &error))
        << error.toStdString();
    page->findChild<QLineEdit*>(QStringLiteral("publicUrl"))
        ->setText(QStringLiteral("https://hub.example.com"));
    page->findChild<QSpinBox*>(QStringLiteral("keepDeliveredHours"))->setValue(72);
    EXPECT_FALSE(QFile::exists(store.path())) << "nothing is saved before Apply";
    ASSERT_EQ(applyAndWait(*page), QString());
    ASSERT_TRUE(waitUntil([&] { return page->status().contains(store.path()); }))
        << page->status().toStdString();
    EXPECT_TRUE(page->status().contains(u"sources (web)") &&
                page->status().contains(u"regions (EU)") && page->status().startsWith(u"Applied"))
        << page->status().toStdString();

    const HubConfig loaded = reload();
    ASSERT_EQ(loaded.sources.size(), 1);
    EXPECT_EQ(loaded.sources[0].writeKey, QStringLiteral("wk-123456789"));
    ASSERT_EQ(loaded.regions.size(), 1);
    EXPECT_EQ(loaded.regions[0].secret, hub->config().regions[0].secret);
    EXPECT_EQ(loaded.publicBaseUrl, QStringLiteral("https://hub.example.com"));
    EXPECT_EQ(loaded.delivery.keepDeliveredMs, 72ll * 3600 * 1000);
    EXPECT_EQ(hub->config().publicBaseUrl, QStringLiteral("https://hub.example.com"));
    EXPECT_EQ(QFile(store.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions())
        << "the file holds secrets: owner only";
    EXPECT_TRUE(HubConfig::fromFile(store.path(), &error).has_value()) << error.toStdString();

    // A token is saved at once, as it is made.
    const QByteArray token = makeToken(*page, QStringLiteral("EU"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_TRUE(waitUntil([&] { return reload().regions.value(0).tokens.contains(token); }));
}

TEST_F(LocalConnections, AListenAddressThatIsNoneIsRefused) {
    page->findChild<QLineEdit*>(QStringLiteral("listenAddress"))->setText(QStringLiteral("nohost"));
    QString error;
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"IP address")) << error.toStdString();
}

TEST_F(LocalConnections, TlsFilesAreCheckedBeforeTheHubSwitchesToHttps) {
    SelfSignedCertificate certificate = SelfSignedCertificate::make();
    SelfSignedCertificate other = SelfSignedCertificate::make();
    ASSERT_TRUE(certificate.write(dir.path(), QStringLiteral("hub")));
    ASSERT_TRUE(other.write(dir.path(), QStringLiteral("other")));
    auto* certificateEdit = page->findChild<FilePathEdit*>(QStringLiteral("tlsCertificate"));
    auto* keyEdit = page->findChild<FilePathEdit*>(QStringLiteral("tlsKey"));
    auto* hubUrl = page->findChild<QLineEdit*>(QStringLiteral("hubUrl"));
    ASSERT_TRUE(certificateEdit && keyEdit && hubUrl);
    EXPECT_TRUE(hubUrl->text().startsWith(u"http://127.0.0.1:")) << hubUrl->text().toStdString();
    QString error;

    certificateEdit->setPath(certificate.certificateFile);
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"both the certificate and its private key")) << error.toStdString();

    keyEdit->setPath(other.keyFile);
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"does not belong to the certificate")) << error.toStdString();
    EXPECT_FALSE(hub->config().usesTls()) << "a refused form changes nothing";
    EXPECT_EQ(hub->listeningUrl().scheme(), u"http");

    keyEdit->setPath(certificate.keyFile);
    ASSERT_EQ(applyAndWait(*page), QString());
    EXPECT_TRUE(hub->isListening());
    EXPECT_EQ(hub->listeningUrl().scheme(), u"https");
    EXPECT_TRUE(hubUrl->text().startsWith(u"https://127.0.0.1:")) << hubUrl->text().toStdString();
    // The page says whose certificate is served and until when.
    const QString hint = page->findChild<QLabel*>(QStringLiteral("tlsHint"))->text();
    EXPECT_TRUE(hint.startsWith(u"Serving HTTPS with the certificate for 127.0.0.1, valid until "))
        << hint.toStdString();
    EXPECT_TRUE(hint.contains(QString::number(QDate::currentDate().addDays(30).year())))
        << hint.toStdString();
    client.trustOnly(QSslCertificate(certificate.certificatePem));
    EXPECT_EQ(client.post(hub->listeningUrl(), "{}", {}).status, 403) << "HTTPS answers";
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(store.path()); }));
    const HubConfig loaded = reload();
    EXPECT_EQ(loaded.tlsCertificateFile, certificate.certificateFile);
    EXPECT_EQ(loaded.tlsKeyFile, certificate.keyFile);

    // A public base URL is what Looker is told, whatever the hub listens on.
    page->findChild<QLineEdit*>(QStringLiteral("publicUrl"))
        ->setText(QStringLiteral("https://actions.example.com"));
    ASSERT_EQ(applyAndWait(*page), QString());
    EXPECT_EQ(hubUrl->text(), u"https://actions.example.com");
}

TEST_F(LocalConnections, TheHttpLimitsApplyToTheRunningHubAndAreSaved) {
    page->findChild<QSpinBox*>(QStringLiteral("httpHeaderTimeout"))->setValue(5);
    page->findChild<QSpinBox*>(QStringLiteral("httpMaxConnectionsPerAddress"))->setValue(8);
    page->findChild<QSpinBox*>(QStringLiteral("maxBodyMB"))->setValue(64);
    auto* proxies = page->findChild<QLineEdit*>(QStringLiteral("httpTrustedProxies"));
    proxies->setText(QStringLiteral("127.0.0.1, nginx"));
    QString error;
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"nginx\" is not an IP address")))
        << error.toStdString();
    EXPECT_EQ(hub->config().http.headerTimeoutMs, 10000) << "a refused form changed the hub";

    proxies->setText(QStringLiteral("127.0.0.1, ::1"));
    ASSERT_EQ(applyAndWait(*page), QString());
    EXPECT_EQ(hub->config().http.headerTimeoutMs, 5000);
    EXPECT_EQ(hub->config().http.maxConnectionsPerAddress, 8);
    EXPECT_EQ(hub->config().maxBodyBytes, 64ll << 20);
    EXPECT_EQ(hub->config().http.trustedProxies,
              (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                   QHostAddress(QStringLiteral("::1"))}));
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(store.path()); }));
    const HubConfig loaded = reload();
    EXPECT_EQ(loaded.http, hub->config().http);
}

TEST_F(LocalConnections, TheOutboxSettingIsCheckedSavedAndUsedFromTheNextStart) {
    QString error;
    TestSupport::PostgresCluster* cluster = TestSupport::sharedPostgresCluster(&error);
    ASSERT_TRUE(cluster) << "PostgreSQL must start for this test: " << error.toStdString();
    const QString uri = cluster->createDatabase(QStringLiteral("window_outbox"), &error);
    ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    auto* kind = page->findChild<QComboBox*>(QStringLiteral("outboxKind"));
    auto* edit = page->findChild<QLineEdit*>(QStringLiteral("outboxUri"));
    auto* key = page->findChild<FilePathEdit*>(QStringLiteral("secretsKeyFile"));
    auto* note = page->findChild<QLabel*>(QStringLiteral("outboxNote"));
    ASSERT_TRUE(kind && edit && key && note);
    EXPECT_EQ(kind->currentIndex(), 0) << "this computer's file by default";
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_TRUE(note->text().startsWith(u"In use: ")) << note->text().toStdString();

    kind->setCurrentIndex(1);
    edit->setText(QStringLiteral("postgresql://actiondeck:hunter2@db.example.com/actiondeck"));
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"passfile")) << error.toStdString();
    EXPECT_FALSE(error.contains(u"hunter2")) << "the password is never repeated";
    edit->setText(uri);
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"key file")) << error.toStdString();
    EXPECT_TRUE(hub->config().outbox.isEmpty()) << "a refused form changes nothing";

    key->setPath(TestSupport::writeSecretsKeyFile(dir.filePath(QStringLiteral("fleet.key"))));
    ASSERT_EQ(applyAndWait(*page), QString());
    EXPECT_TRUE(note->text().startsWith(u"From the next start of ActionDeck the hub keeps its "
                                        u"batches in PostgreSQL"))
        << note->text().toStdString();
    EXPECT_FALSE(hub->outboxLocation().isPostgres()) << "the running hub keeps its outbox";
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(store.path()); }));
    const HubConfig loaded = reload();
    EXPECT_EQ(loaded.outbox, uri);
    EXPECT_EQ(loaded.secretsKeyFile, key->path());

    // The next start: the same data directory, the saved configuration, PostgreSQL.
    page.reset();
    connection.reset();
    service.reset();
    hub.reset();
    HubConfig next = loaded;
    next.listenPort = 0;
    Hub restarted(next, dir.path(), clock, ids);
    ASSERT_TRUE(restarted.start(&error)) << error.toStdString();
    EXPECT_EQ(restarted.outboxStatus().value(u"kind").toString(), u"postgresql");
}

TEST(FleetConnections, OnASharedOutboxTheWindowsHubKeepsAndFollowsTheFleetsConfiguration) {
    QString error;
    TestSupport::PostgresCluster* cluster = TestSupport::sharedPostgresCluster(&error);
    ASSERT_TRUE(cluster) << "PostgreSQL must start for this test: " << error.toStdString();
    QTemporaryDir dir;
    HubConfig own;
    own.listenPort = 0;
    own.outbox = cluster->createDatabase(QStringLiteral("window_fleet_config"), &error);
    ASSERT_FALSE(own.outbox.isEmpty()) << error.toStdString();
    own.secretsKeyFile = TestSupport::writeSecretsKeyFile(dir.filePath(QStringLiteral("key")));
    own.regions.append(RegionConfig{QStringLiteral("US"), "window-secret", {}, {}, {}});
    SystemClock clock;
    RandomIdGenerator ids;
    // The window's hub gives the fleet its regions; a server's hub joins it.
    FleetMembership window(own, dir.filePath(QStringLiteral("window")));
    const auto windowConfig = window.join(&error);
    ASSERT_TRUE(windowConfig) << error.toStdString();
    Hub windowHub(*windowConfig, dir.filePath(QStringLiteral("window")), clock, ids);
    ASSERT_TRUE(windowHub.start(&error)) << error.toStdString();
    window.follow(windowHub);
    HubConfig serverOwn = own;
    serverOwn.regions.clear();
    FleetMembership server(serverOwn, dir.filePath(QStringLiteral("server")));
    const auto serverConfig = server.join(&error);
    ASSERT_TRUE(serverConfig) << error.toStdString();
    Hub serverHub(*serverConfig, dir.filePath(QStringLiteral("server")), clock, ids);
    ASSERT_TRUE(serverHub.start(&error)) << error.toStdString();
    server.follow(serverHub);
    AdminService service(windowHub);
    LocalHubConnection connection(windowHub, service);
    connection.setConfigKeeper(
        [&window](const HubConfig& wanted, QString* why) { return window.keep(wanted, why); });
    connection.open();
    ConnectionsPage page(connection, nullptr);

    // A token made in the window opens the server's hub too, and once revoked, neither.
    const QByteArray token = makeToken(page, QStringLiteral("US"));
    ASSERT_FALSE(token.isEmpty());
    const QByteArray authorization = "Token token=\"" + token + "\"";
    EXPECT_TRUE(waitUntil([&] { return serverHub.regionFor(authorization).has_value(); }, 1000));
    QSignalSpy revoked(&page, &ConnectionsPage::changeFinished);
    page.revokeToken(QStringLiteral("US"), QString::fromLatin1(HubToken::nonceOf(token)));
    ASSERT_TRUE(revoked.wait(5000));
    EXPECT_FALSE(windowHub.regionFor(authorization).has_value());
    EXPECT_TRUE(waitUntil([&] { return !serverHub.regionFor(authorization).has_value(); }, 1000))
        << "a token revoked in the window is refused by every hub within a second";

    // A source added on the server's hub: the window's hub and page follow it.
    HubConfig withSource = serverHub.config();
    withSource.sources.append(SourceConfig{QStringLiteral("Web"), QStringLiteral("wk_web"),
                                           QStringLiteral("https://web.example.com")});
    ASSERT_TRUE(server.keep(withSource, &error)) << error.toStdString();
    // Before the window heard of it, a change there would undo it: refused, nothing applied.
    ASSERT_TRUE(page.addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    const QString refused = applyAndWait(page);
    EXPECT_TRUE(refused.contains(u"another hub changed")) << refused.toStdString();
    EXPECT_EQ(windowHub.config().regions.size(), 1);
    EXPECT_TRUE(page.hasPendingChanges()) << "a refused change stays pending";
    ASSERT_TRUE(waitUntil([&] { return windowHub.config().sources.size() == 1; }, 5000));
    EXPECT_EQ(page.formConfig().sources.value(0).name, QStringLiteral("Web"));
    EXPECT_EQ(applyAndWait(page), QString());
    EXPECT_TRUE(waitUntil([&] { return serverHub.config().regions.size() == 2; }, 1000));
    EXPECT_EQ(serverHub.config().sources.size(), 1) << "the window kept the server's source";
}

TEST_F(LocalConnections, TheWindowsLookerConnectionSurvivesAChangeOnThisPage) {
    connection->setLookerConnection({QStringLiteral("https://acme.looker.com"),
                                     QStringLiteral("cid"), "looker-client-secret", true});
    ASSERT_TRUE(waitUntil([&] { return reload().looker.clientId == u"cid"; }));
    QString error;
    ASSERT_TRUE(
        page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-1"), sink.url(), &error));
    ASSERT_EQ(applyAndWait(*page), QString());
    ASSERT_TRUE(waitUntil([&] { return reload().source(u"web"_qs) != nullptr; }));
    const HubConfig saved = reload();
    EXPECT_EQ(saved.looker.baseUrl, QStringLiteral("https://acme.looker.com"));
    EXPECT_EQ(saved.looker.clientSecret, QByteArray("looker-client-secret"));
}
