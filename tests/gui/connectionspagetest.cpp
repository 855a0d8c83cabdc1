#include "connectionspage.h"

#include "configstore.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "filepathedit.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

class Connections : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sink.listen());
        store.setKeychainEnabled(false);
        HubConfig config;
        config.listenPort = 0;
        hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        page = std::make_unique<ConnectionsPage>(*hub, store);
    }

    int listStatus(const QByteArray& token) {
        return client
            .post(hub->listeningUrl(), "{}", {{"Authorization", "Token token=\"" + token + "\""}})
            .status;
    }

    bool saved() {
        QSignalSpy spy(&store, &ConfigStore::saved);
        return spy.count() > 0 || spy.wait(5000);
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
    std::unique_ptr<ConnectionsPage> page;
};

} // namespace

TEST_F(Connections, SettingsRoundTripThroughTheConfigFile) {
    QString error;
    ASSERT_TRUE(page->addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    ASSERT_TRUE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-123456789"),
                                        sink.url(), &error))
        << error.toStdString();
    page->findChild<QLineEdit*>(QStringLiteral("publicUrl"))
        ->setText(QStringLiteral("https://hub.example.com"));
    page->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("acme.looker.com"));
    page->findChild<QSpinBox*>(QStringLiteral("listenPort"))->setValue(0);
    page->findChild<QSpinBox*>(QStringLiteral("keepDeliveredHours"))->setValue(72);
    ASSERT_TRUE(page->apply(&error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(store.path()); }));

    const HubConfig loaded = reload();
    ASSERT_EQ(loaded.sources.size(), 1);
    EXPECT_EQ(loaded.sources[0].name, QStringLiteral("web"));
    EXPECT_EQ(loaded.sources[0].writeKey, QStringLiteral("wk-123456789"));
    EXPECT_EQ(loaded.sources[0].dataPlaneUrl, sink.url());
    ASSERT_EQ(loaded.regions.size(), 1);
    EXPECT_EQ(loaded.regions[0].name, QStringLiteral("EU"));
    EXPECT_EQ(loaded.regions[0].secret, hub->config().regions[0].secret);
    EXPECT_EQ(loaded.publicBaseUrl, QStringLiteral("https://hub.example.com"));
    EXPECT_EQ(loaded.lookerHost, QStringLiteral("acme.looker.com"));
    EXPECT_EQ(loaded.delivery.keepDeliveredMs, 72ll * 3600 * 1000);
    // The running hub took the change without a restart: the action list names the source.
    EXPECT_EQ(hub->config().publicBaseUrl, QStringLiteral("https://hub.example.com"));
    EXPECT_EQ(QFile(store.path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions())
        << "the file holds secrets: owner only";
    // The same file works for --headless --config.
    EXPECT_TRUE(HubConfig::fromFile(store.path(), &error).has_value()) << error.toStdString();
}

TEST_F(Connections, GeneratedTokensAreAcceptedUntilRevoked) {
    QString error;
    ASSERT_TRUE(page->addRegion(QStringLiteral("US"), &error)) << error.toStdString();
    const QByteArray token = page->generateToken(QStringLiteral("US"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(listStatus(token), 200);
    EXPECT_EQ(listStatus(HubToken::make("some other secret", "n")), 403);
    page->revokeToken(QStringLiteral("US"), token);
    EXPECT_EQ(listStatus(token), 403);
    const QByteArray second = page->generateToken(QStringLiteral("US"));
    EXPECT_EQ(listStatus(second), 200) << "revoking one token leaves the others working";
    ASSERT_TRUE(waitUntil([&] { return reload().regions.value(0).revokedNonces.size() == 1; }));
    EXPECT_TRUE(reload().regions[0].revokedNonces.contains(HubToken::nonceOf(token)));
}

TEST_F(Connections, TestConnectionReportsTheDataPlanesAnswerInWords) {
    QSignalSpy tested(page.get(), &ConnectionsPage::connectionTested);
    const auto test = [&](const QString& url) {
        page->testConnection(url, QStringLiteral("key"));
        EXPECT_TRUE(tested.wait(10000));
        return tested.takeLast().at(0).toString();
    };
    sink.enqueue({{400, "Request body has no events", {}, 0}});
    EXPECT_TRUE(test(sink.url()).startsWith(u"Connected")) << sink.requests().size();
    ASSERT_FALSE(sink.requests().isEmpty());
    EXPECT_EQ(sink.requests().last().path, QByteArray("/v1/batch"));
    EXPECT_EQ(sink.requests().last().body, QByteArray(R"({"batch":[]})"));
    EXPECT_TRUE(sink.deliveredMessageIds().isEmpty());
    sink.enqueue({{401, "Invalid write key", {}, 0}});
    EXPECT_TRUE(test(sink.url()).contains(u"refused this write key"));
    sink.enqueue({{404, "not found", {}, 0}});
    EXPECT_TRUE(test(sink.url()).contains(u"not a RudderStack data plane"));
    EXPECT_TRUE(test(QStringLiteral("ftp://example.com")).contains(u"not usable"));
    // A port nobody listens on (the sink's own connection could be reused).
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QString closedUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const QString refused = test(closedUrl);
    EXPECT_TRUE(refused.startsWith(u"Could not reach")) << refused.toStdString();
}

TEST_F(Connections, InvalidFormsAreRefusedWithAReason) {
    QString error;
    EXPECT_FALSE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("k"),
                                         QStringLiteral("not a url"), &error));
    EXPECT_TRUE(error.contains(u"not usable")) << error.toStdString();
    EXPECT_FALSE(page->addRegion(QStringLiteral("  "), &error));
    page->findChild<QLineEdit*>(QStringLiteral("listenAddress"))->setText(QStringLiteral("nohost"));
    EXPECT_FALSE(page->apply(&error));
    EXPECT_TRUE(error.contains(u"IP address")) << error.toStdString();
    EXPECT_TRUE(hub->config().sources.isEmpty());
}

TEST(ConfigStore, KeepsSecretsOutOfTheFileWhenTheKeychainHasThem) {
    // Without a keychain service the file is the fallback; with one, the file names no secret.
    // The keychain half is covered by HubConfig: what withoutSecrets() writes must read back
    // and take its secrets from secretsJson().
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), "s3cret", {"n/abc"}, {"old"}, {}});
    config.sources.append({QStringLiteral("web"), QStringLiteral("wk-secret"),
                           QStringLiteral("https://dp.example.com")});
    const QByteArray bare = config.withoutSecrets().toJson();
    EXPECT_FALSE(bare.contains("s3cret"));
    EXPECT_FALSE(bare.contains("wk-secret"));
    EXPECT_FALSE(bare.contains("n/abc"));
    QString error;
    auto read = HubConfig::fromJson(bare, &error);
    ASSERT_TRUE(read.has_value()) << error.toStdString();
    EXPECT_TRUE(read->secretsInKeychain);
    read->applySecrets(config.secretsJson());
    EXPECT_EQ(read->regions[0].secret, QByteArray("s3cret"));
    EXPECT_EQ(read->regions[0].tokens, QList<QByteArray>{"n/abc"});
    EXPECT_EQ(read->regions[0].revokedNonces, QSet<QByteArray>{"old"});
    EXPECT_EQ(read->sources[0].writeKey, QStringLiteral("wk-secret"));
}

TEST(ConfigStore, FallsBackToTheOwnerOnlyFileWithoutAKeychain) {
    QTemporaryDir dir;
    ConfigStore store(dir.filePath(QStringLiteral("c.json")));
    store.setKeychainTimeoutMs(3000);
    HubConfig config;
    config.sources.append({QStringLiteral("web"), QStringLiteral("wk-fallback"),
                           QStringLiteral("https://dp.example.com")});
    QSignalSpy saved(&store, &ConfigStore::saved);
    store.save(config);
    ASSERT_TRUE(saved.count() > 0 || saved.wait(8000));
    EXPECT_TRUE(saved.first().at(0).toBool());
    QFile file(store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    if (store.secretPlace() == ConfigStore::SecretPlace::File) {
        EXPECT_TRUE(text.contains("wk-fallback"));
        EXPECT_FALSE(saved.first().at(1).toString().isEmpty()) << "the user is told where";
    } else {
        EXPECT_FALSE(text.contains("wk-fallback")); // a desktop session with a keychain
    }
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST_F(Connections, TlsFilesAreCheckedBeforeTheHubSwitchesToHttps) {
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
    ASSERT_TRUE(page->apply(&error)) << error.toStdString();
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
    ASSERT_TRUE(page->apply(&error)) << error.toStdString();
    EXPECT_EQ(hubUrl->text(), u"https://actions.example.com");
}

TEST_F(Connections, TheHttpLimitsApplyToTheRunningHubAndAreSaved) {
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
    ASSERT_TRUE(page->apply(&error)) << error.toStdString();
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

TEST_F(Connections, ASourcesSyncOptionsAreEditedSavedAndUsedByTheHub) {
    QString error;
    ASSERT_TRUE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-123456789"),
                                        sink.url(), &error))
        << error.toStdString();
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
    ASSERT_NE(table, nullptr);
    table->selectRow(0);
    auto* names = page->findChild<QComboBox*>(QStringLiteral("sourcePropertyNames"));
    auto* rows = page->findChild<QComboBox*>(QStringLiteral("sourceSendRows"));
    auto* context = page->findChild<QComboBox*>(QStringLiteral("sourceLookerContext"));
    auto* rename = page->findChild<QPlainTextEdit*>(QStringLiteral("sourceRename"));
    auto* save = page->findChild<QPushButton*>(QStringLiteral("sourceSave"));
    ASSERT_TRUE(names && rows && context && rename && save);
    EXPECT_EQ(names->currentData().toInt(), int(PropertyNames::Looker));

    // A line that is not `field = name` says so and keeps Save off.
    rename->setPlainText(QStringLiteral("users.plan = plan_tier\nusers.city"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("sourceRenameProblem"))
                    ->text()
                    .contains(u"line 2"));
    rename->setPlainText(
        QStringLiteral("# our names\nusers.plan = plan_tier\n\n users.city=town "));
    EXPECT_TRUE(save->isEnabled());
    names->setCurrentIndex(names->findData(int(PropertyNames::SnakeLabel)));
    rows->setCurrentIndex(rows->findData(int(SendRows::Changed)));
    context->setCurrentIndex(context->findData(true));
    save->click();

    const SourceConfig* web = hub->config().source(QStringLiteral("web"));
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(web->sendRows, SendRows::Changed);
    EXPECT_TRUE(web->lookerContext);
    EXPECT_EQ(web->rename,
              (QMap<QString, QString>{{QStringLiteral("users.plan"), QStringLiteral("plan_tier")},
                                      {QStringLiteral("users.city"), QStringLiteral("town")}}));
    EXPECT_TRUE(table->item(0, 3)->text().contains(u"snake_case"))
        << table->item(0, 3)->text().toStdString();
    // Saved at once (no keychain here): the file has them.
    const HubConfig loaded = reload();
    ASSERT_EQ(loaded.sources.size(), 1);
    EXPECT_EQ(loaded.sources[0].propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(loaded.sources[0].rename, web->rename);

    // Changing only the connection keeps the options; selecting the source shows them.
    ASSERT_TRUE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-rotated-1"),
                                        sink.url(), &error));
    EXPECT_EQ(hub->config().source(QStringLiteral("web"))->propertyNames,
              PropertyNames::SnakeLabel);
    table->clearSelection();
    table->selectRow(0);
    EXPECT_EQ(names->currentData().toInt(), int(PropertyNames::SnakeLabel));
    EXPECT_EQ(rename->toPlainText(), QStringLiteral("users.city = town\nusers.plan = plan_tier"));
}

TEST_F(Connections, ALookerHostThatIsNoHostIsRefused) {
    page->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("ftp://acme.looker.com"));
    QString error;
    EXPECT_FALSE(page->apply(&error));
    EXPECT_EQ(error,
              QStringLiteral("The Looker host must be a host name such as acme.looker.com."));
    EXPECT_TRUE(hub->config().lookerHost.isEmpty());
}

TEST_F(Connections, ARegionsLookerHostIsEditedInItsCellAndWhatIsNoHostIsPutBack) {
    QString error;
    ASSERT_TRUE(page->addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    auto* regions = page->findChild<QTableWidget*>(QStringLiteral("regionsTable"));
    const auto eu = regions->findItems(QStringLiteral("EU"), Qt::MatchExactly);
    ASSERT_EQ(eu.size(), 1);
    const int row = eu.first()->row();
    EXPECT_FALSE(regions->item(row, 0)->flags() & Qt::ItemIsEditable);
    ASSERT_TRUE(regions->item(row, 2)->flags() & Qt::ItemIsEditable);

    regions->item(row, 2)->setText(QStringLiteral(" acme-eu.looker.com "));
    EXPECT_EQ(hub->config().lookerHostFor(QStringLiteral("EU")),
              QStringLiteral("acme-eu.looker.com"));
    EXPECT_TRUE(waitUntil([&] {
        return reload().lookerHostFor(QStringLiteral("EU")) == u"acme-eu.looker.com";
    })) << "saved";

    regions->item(row, 2)->setText(QStringLiteral("ftp://eu"));
    EXPECT_EQ(page->findChild<QLabel*>(QStringLiteral("connectionsStatus"))->text(),
              QStringLiteral("The Looker host must be a host name such as acme.looker.com."));
    EXPECT_EQ(hub->config().lookerHostFor(QStringLiteral("EU")),
              QStringLiteral("acme-eu.looker.com"));
    EXPECT_EQ(regions->item(row, 2)->text(), QStringLiteral("acme-eu.looker.com"));
}

TEST_F(Connections, TheOutboxSettingIsCheckedSavedAndUsedFromTheNextStart) {
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
    ASSERT_TRUE(page->apply(&error)) << error.toStdString();
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
    ConfigStore store(dir.filePath(QStringLiteral("config.json")));
    store.setKeychainEnabled(false);
    ConnectionsPage page(windowHub, store);
    page.setKeeper(
        [&window](const HubConfig& wanted, QString* why) { return window.keep(wanted, why); });

    // A token made in the window opens the server's hub too, and once revoked, neither.
    const QByteArray token = page.generateToken(QStringLiteral("US"));
    ASSERT_FALSE(token.isEmpty());
    const QByteArray authorization = "Token token=\"" + token + "\"";
    EXPECT_TRUE(waitUntil([&] { return serverHub.regionFor(authorization).has_value(); }, 1000));
    page.revokeToken(QStringLiteral("US"), token);
    EXPECT_FALSE(windowHub.regionFor(authorization).has_value());
    EXPECT_TRUE(waitUntil([&] { return !serverHub.regionFor(authorization).has_value(); }, 1000))
        << "a token revoked in the window is refused by every hub within a second";

    // A source added on the server's hub: the window's hub and page follow it.
    HubConfig withSource = serverHub.config();
    withSource.sources.append(SourceConfig{QStringLiteral("Web"), QStringLiteral("wk_web"),
                                           QStringLiteral("https://web.example.com")});
    ASSERT_TRUE(server.keep(withSource, &error)) << error.toStdString();
    // Before the window heard of it, a change there would undo it: refused, nothing applied.
    EXPECT_FALSE(page.addRegion(QStringLiteral("EU"), &error));
    EXPECT_TRUE(error.contains(u"another hub changed")) << error.toStdString();
    EXPECT_EQ(windowHub.config().regions.size(), 1);
    ASSERT_TRUE(waitUntil([&] { return windowHub.config().sources.size() == 1; }, 5000));
    EXPECT_EQ(page.formConfig().sources.value(0).name, QStringLiteral("Web"));
    ASSERT_TRUE(page.addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    EXPECT_TRUE(waitUntil([&] { return serverHub.config().regions.size() == 2; }, 1000));
    EXPECT_EQ(serverHub.config().sources.size(), 1) << "the window kept the server's source";
}
