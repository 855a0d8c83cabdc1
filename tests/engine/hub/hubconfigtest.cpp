#include "hub/hubconfig.h"

#include "looker/lookerversion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(HubConfig, ReadsEverySectionAndWritesTheSameFormatBack) {
    const QByteArray text = R"({
      "listen": "0.0.0.0:9090", "publicBaseUrl": "https://hub.example.com", "label": "Ours",
      "regions": [{"name": "EU", "secret": "s", "tokens": ["t1"], "revokedNonces": ["n1"],
                   "dataPlaneUrl": "https://eu.example.com"}],
      "sources": [{"name": "Prod", "writeKey": "wk", "dataPlaneUrl": "https://dp.example.com"}],
      "delivery": {"maxInFlightPerSource": 3, "gzipLevel": 0, "eventsPerBatch": 100},
      "executes": {"maxConcurrent": 2, "keepAliveSeconds": 5, "legacyEmptyValues": true}
    })";
    QString error;
    const auto config = HubConfig::fromJson(text, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->listenAddress, QHostAddress(QStringLiteral("0.0.0.0")));
    EXPECT_EQ(config->listenPort, 9090);
    EXPECT_EQ(config->publicBaseUrl, QStringLiteral("https://hub.example.com"));
    ASSERT_EQ(config->regions.size(), 1);
    EXPECT_EQ(config->regions[0].tokens, QList<QByteArray>{"t1"});
    EXPECT_TRUE(config->regions[0].revokedNonces.contains("n1"));
    ASSERT_NE(config->source(QStringLiteral("Prod")), nullptr);
    EXPECT_EQ(config->delivery.maxInFlightPerSource, 3);
    EXPECT_EQ(config->delivery.gzipLevel, 0);
    EXPECT_EQ(config->limits.maxEventsPerBatch, 100);
    EXPECT_EQ(config->maxConcurrentExecutes, 2);
    EXPECT_EQ(config->keepAliveMs, 5000);
    EXPECT_TRUE(config->legacyEmptyValues);

    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), config->toJson());
}

TEST(HubConfig, RejectsWhatItCannotUseWithAReason) {
    const std::pair<const char*, const char*> cases[] = {
        {"[1]", "must be a JSON object"},
        {"{", "not valid JSON"},
        {R"({"listen": "nowhere"})", "HOST:PORT"},
        {R"({"regions": [{"name": "US"}]})", "neither a secret nor a token"},
        {R"({"regions": [{"name": "US", "tokens": [""]}]})", "empty or not a string"},
        {R"({"regions": [{"name": "US", "tokens": [12345]}]})", "empty or not a string"},
        {R"({"sources": [{"name": "x"}]})", "writeKey"},
        {R"({"delivery": {"gzipLevel": 12}})", "gzipLevel"},
        {R"({"executes": {"maxConcurrent": 0}})", "at least 1"},
    };
    for (const auto& [text, reason] : cases) {
        QString error;
        EXPECT_FALSE(HubConfig::fromJson(text, &error)) << text;
        EXPECT_TRUE(error.contains(QLatin1String(reason))) << text << ": " << error.toStdString();
    }
}

TEST(LookerVersion, ComesFromLookersUserAgent) {
    EXPECT_EQ(LookerVersion::fromUserAgent("LookerOutgoingWebhook/7.20.0"),
              LookerVersion::of(7, 20, 0));
    EXPECT_EQ(LookerVersion::fromUserAgent("LookerOutgoingWebhook/6.2"),
              LookerVersion::of(6, 2, 0));
    EXPECT_EQ(LookerVersion::fromUserAgent("LookerOutgoingWebhook/22.4.10-beta"),
              LookerVersion::of(22, 4, 10));
    EXPECT_FALSE(LookerVersion::fromUserAgent("curl/8.0"));
    EXPECT_FALSE(LookerVersion::fromUserAgent("LookerOutgoingWebhook/x.y"));
    EXPECT_LT(LookerVersion::of(4, 20, 0), LookerVersion::of(5, 5, 0));
    EXPECT_LT(LookerVersion::of(6, 1, 99), LookerVersion::of(6, 2, 0));
    EXPECT_EQ(LookerVersion::assumed(), LookerVersion::of(5, 5, 0));
}

TEST(HubConfig, SavesAtomicallyForTheOwnerOnlyAndReadsBackTheSame) {
    QTemporaryDir dir;
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), "secret", {"t"}, {"n"}, {}});
    config.sources.append(
        {QStringLiteral("Prod"), QStringLiteral("wk"), QStringLiteral("https://dp.example.com")});
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QString error;
    ASSERT_TRUE(config.save(path, &error)) << error.toStdString();
    const auto permissions = QFile::permissions(path);
    EXPECT_TRUE(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_FALSE(permissions &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    const auto loaded = HubConfig::fromFile(path, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->toJson(), config.toJson());
    EXPECT_FALSE(config.save(dir.filePath(QStringLiteral("missing/dir/config.json")), &error));
    EXPECT_TRUE(error.contains(u"cannot write")) << error.toStdString();
}

TEST(HubConfig, TlsNeedsBothFilesAndRoundTrips) {
    QString error;
    const auto config = HubConfig::fromJson(
        R"({"regions": [{"name": "US", "secret": "s"}],
            "tls": {"certificate": "/etc/actiondeck/hub.crt", "key": "/etc/actiondeck/hub.key"}})",
        &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_TRUE(config->usesTls());
    EXPECT_EQ(config->tlsCertificateFile, QStringLiteral("/etc/actiondeck/hub.crt"));
    EXPECT_EQ(config->tlsKeyFile, QStringLiteral("/etc/actiondeck/hub.key"));
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->tlsKeyFile, config->tlsKeyFile);
    // Plain HTTP writes no "tls" at all.
    HubConfig plain = *config;
    plain.tlsCertificateFile.clear();
    plain.tlsKeyFile.clear();
    EXPECT_FALSE(plain.toJson().contains("\"tls\""));

    EXPECT_FALSE(HubConfig::fromJson(R"({"tls": {"certificate": "/etc/hub.crt"}})", &error));
    EXPECT_EQ(error, QStringLiteral("\"tls\" needs both \"certificate\" and \"key\" (PEM file "
                                    "paths), or neither"));
}

TEST(HubConfig, TheShippedExampleNeedsOnlyItsSecrets) {
    QFile file(QStringLiteral(ACTIONDECK_SOURCE_DIR "/packaging/config.example.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray example = file.readAll();
    QString error;
    EXPECT_FALSE(HubConfig::fromJson(example, &error));
    EXPECT_EQ(error, QStringLiteral("region \"US\" has neither a secret nor a token"));

    QByteArray filled = example;
    filled.replace("\"secret\": \"\"", "\"secret\": \"a-long-random-secret\"");
    EXPECT_FALSE(HubConfig::fromJson(filled, &error)) << "the write key is missing too";
    filled.replace("\"writeKey\": \"\"", "\"writeKey\": \"the-write-key\"");
    const auto config = HubConfig::fromJson(filled, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(config->publicBaseUrl, QStringLiteral("https://actions.example.com"));
    ASSERT_EQ(config->sources.size(), 1);
    EXPECT_EQ(config->sources[0].dataPlaneUrl, u"https://your-dataplane.rudderstack.com");
}

TEST(HubConfig, KeepsDeliveredBatchesForADayUnlessToldOtherwise) {
    QString error;
    const auto defaults = HubConfig::fromJson("{}", &error);
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->delivery.keepDeliveredMs, 24ll * 3600 * 1000);
    const auto hour = HubConfig::fromJson(R"({"delivery": {"keepDeliveredHours": 1.5}})", &error);
    ASSERT_TRUE(hour) << error.toStdString();
    EXPECT_EQ(hour->delivery.keepDeliveredMs, 90ll * 60 * 1000);
    EXPECT_EQ(HubConfig::fromJson(hour->toJson(), &error)->delivery.keepDeliveredMs,
              90ll * 60 * 1000);
    EXPECT_FALSE(HubConfig::fromJson(R"({"delivery": {"keepDeliveredHours": -1}})", &error));
    EXPECT_EQ(error, QStringLiteral("delivery.keepDeliveredHours must be 0 or more"));
}

TEST(HubConfig, TheHttpFrontsLimitsHaveDefaultsAndRoundTrip) {
    QString error;
    const auto defaults = HubConfig::fromJson(R"({"regions": []})", &error);
    ASSERT_TRUE(defaults) << error.toStdString();
    EXPECT_EQ(defaults->http.headerTimeoutMs, 10000);
    EXPECT_EQ(defaults->http.bodyIdleTimeoutMs, 30000);
    EXPECT_EQ(defaults->http.maxConnections, 512);
    EXPECT_EQ(defaults->http.maxConnectionsPerAddress, 64);
    EXPECT_TRUE(defaults->http.trustedProxies.isEmpty());

    const auto config = HubConfig::fromJson(R"({"http": {"headerTimeoutSeconds": 5,
        "bodyIdleTimeoutSeconds": 0.5, "keepAliveTimeoutSeconds": 60, "maxConnections": 100,
        "maxConnectionsPerAddress": 10, "trustedProxies": ["127.0.0.1", "::1"]}})",
                                            &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->http.headerTimeoutMs, 5000);
    EXPECT_EQ(config->http.bodyIdleTimeoutMs, 500);
    EXPECT_EQ(config->http.keepAliveTimeoutMs, 60000);
    EXPECT_EQ(config->http.maxConnections, 100);
    EXPECT_EQ(config->http.maxConnectionsPerAddress, 10);
    EXPECT_EQ(config->http.trustedProxies,
              (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                   QHostAddress(QStringLiteral("::1"))}));
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->http, config->http);
}

TEST(HubConfig, RejectsHttpLimitsItCannotUse) {
    for (const auto& [json, message] : std::vector<std::pair<QByteArray, QString>>{
             {R"({"http": {"trustedProxies": ["nginx.local"]}})",
              QStringLiteral("http.trustedProxies: \"nginx.local\" is not an IP address")},
             {R"({"http": {"maxConnections": 0}})",
              QStringLiteral(
                  "http.maxConnections and maxConnectionsPerAddress must be at least 1")},
             {R"({"http": {"headerTimeoutSeconds": 0}})",
              QStringLiteral("http.headerTimeoutSeconds, bodyIdleTimeoutSeconds and "
                             "keepAliveTimeoutSeconds must be at least 0.1")}}) {
        QString error;
        EXPECT_FALSE(HubConfig::fromJson(json, &error)) << json.constData();
        EXPECT_TRUE(error.contains(message)) << error.toStdString();
    }
}

// Found by fuzz/hubconfig (issue #35): a number too large for the integer it is kept in was
// converted anyway, which is undefined behaviour (UBSan: "outside the range of representable
// values"); seconds × 1000 could overflow an int.
TEST(HubConfig, NumbersTooLargeForTheirFieldAreRefusedNamingTheField) {
    for (const auto& [json, field] : std::initializer_list<std::pair<const char*, const char*>>{
             {R"({"executes": {"maxBodyMB": 6.1e67}})", "executes.maxBodyMB"},
             {R"({"executes": {"maxBodyMB": -1e300}})", "executes.maxBodyMB"},
             {R"({"executes": {"keepAliveSeconds": 3000000}})", "executes.keepAliveSeconds"},
             {R"({"delivery": {"requestTimeoutSeconds": 1e12}})", "delivery.requestTimeoutSeconds"},
             {R"({"delivery": {"keepDeliveredHours": 1e300}})", "delivery.keepDeliveredHours"},
             {R"({"http": {"headerTimeoutSeconds": 1e10}})", "http.headerTimeoutSeconds"}}) {
        QString error;
        EXPECT_FALSE(HubConfig::fromJson(json, &error)) << json;
        EXPECT_TRUE(
            error.startsWith(QString::fromLatin1(field) + QStringLiteral(" is out of range")))
            << json << ": " << error.toStdString();
    }
    QString error;
    const auto day = HubConfig::fromJson(R"({"executes": {"keepAliveSeconds": 86400}})", &error);
    ASSERT_TRUE(day) << error.toStdString();
    EXPECT_EQ(day->keepAliveMs, 86400000);
}

TEST(HubConfig, ASourcesSyncOptionsRoundTripAndAreWrittenOnlyWhenNotTheDefault) {
    const QByteArray text = R"({"sources": [
        {"name": "Tuned", "writeKey": "wk", "dataPlaneUrl": "https://dp.example.com",
         "propertyNames": "camel_label", "rename": {"users.plan": " plan_tier ", "users.id": "uid"},
         "sendRows": "changed", "lookerContext": true},
        {"name": "Plain", "writeKey": "wk2", "dataPlaneUrl": "https://dp.example.com"}]})";
    QString error;
    const auto config = HubConfig::fromJson(text, &error);
    ASSERT_TRUE(config) << error.toStdString();
    const SourceConfig* tuned = config->source(QStringLiteral("Tuned"));
    ASSERT_NE(tuned, nullptr);
    EXPECT_EQ(tuned->propertyNames, PropertyNames::CamelLabel);
    EXPECT_EQ(tuned->rename.value(QStringLiteral("users.plan")), QStringLiteral("plan_tier"));
    EXPECT_EQ(tuned->rename.size(), 2);
    EXPECT_EQ(tuned->sendRows, SendRows::Changed);
    EXPECT_TRUE(tuned->lookerContext);
    const SourceConfig* plain = config->source(QStringLiteral("Plain"));
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->propertyNames, PropertyNames::Looker);
    EXPECT_TRUE(plain->rename.isEmpty());
    EXPECT_EQ(plain->sendRows, SendRows::All);
    EXPECT_FALSE(plain->lookerContext);

    const QJsonArray written =
        QJsonDocument::fromJson(config->toJson()).object().value(u"sources").toArray();
    const QJsonObject tunedJson = written.at(0).toObject();
    EXPECT_EQ(tunedJson.value(u"propertyNames").toString(), QStringLiteral("camel_label"));
    EXPECT_EQ(tunedJson.value(u"rename").toObject().value(u"users.id").toString(),
              QStringLiteral("uid"));
    EXPECT_EQ(tunedJson.value(u"sendRows").toString(), QStringLiteral("changed"));
    EXPECT_EQ(tunedJson.value(u"lookerContext"), QJsonValue(true));
    // The defaults are not written: a file of before reads and writes as it did.
    const QJsonObject plainJson = written.at(1).toObject();
    EXPECT_EQ(plainJson.keys(), (QStringList{QStringLiteral("dataPlaneUrl"), QStringLiteral("name"),
                                             QStringLiteral("writeKey")}));
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), config->toJson());
    // Kept in the keychain's bare form too.
    EXPECT_EQ(config->withoutSecrets().source(QStringLiteral("Tuned"))->rename, tuned->rename);
}

TEST(HubConfig, BadSyncOptionsAreRefusedNamingTheSourceAndTheField) {
    const auto source = [](const char* options) {
        return QByteArray(R"({"sources": [{"name": "Prod", "writeKey": "wk",
                             "dataPlaneUrl": "https://dp.example.com", )") +
               options + "}]}";
    };
    const std::pair<const char*, const char*> cases[] = {
        {R"("propertyNames": "snake")",
         R"(source "Prod": propertyNames must be looker, field, snake_label or camel_label (got "snake"))"},
        {R"("propertyNames": 1)", R"(source "Prod": propertyNames must be)"},
        {R"("sendRows": "some")", R"(source "Prod": sendRows must be all or changed (got "some"))"},
        {R"("lookerContext": "yes")", R"(source "Prod": lookerContext must be true or false)"},
        {R"("rename": ["users.plan"])", R"(source "Prod": rename must be an object)"},
        {R"("rename": {"users.plan": ""})",
         R"(source "Prod": rename.users.plan must be a non-empty string)"},
        {R"("rename": {"users.plan": 3})", R"(source "Prod": rename.users.plan must be)"},
        {R"("rename": {" ": "x"})", R"(source "Prod": rename has an empty field name)"},
    };
    for (const auto& [options, reason] : cases) {
        QString error;
        EXPECT_FALSE(HubConfig::fromJson(source(options), &error)) << options;
        EXPECT_TRUE(error.contains(QString::fromUtf8(reason)))
            << options << ": " << error.toStdString();
    }
}

TEST(HubConfig, SyncStateDaysDefaultsToNinetyAndRoundTrips) {
    QString error;
    auto config = HubConfig::fromJson(R"({"syncStateDays": 7})", &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->syncStateDays, 7);
    EXPECT_TRUE(config->toJson().contains("\"syncStateDays\""));
    const auto back = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->syncStateDays, 7);
    EXPECT_EQ(HubConfig::fromJson("{}", &error)->syncStateDays, 90);
    EXPECT_FALSE(HubConfig().toJson().contains("syncStateDays")) << "the default is not written";
    EXPECT_FALSE(HubConfig::fromJson(R"({"syncStateDays": 0})", &error));
    EXPECT_TRUE(error.contains(u"syncStateDays")) << error.toStdString();
}

TEST(HubConfig, TheLookerHostIsTheRegionsElseTheHubs) {
    QString error;
    const auto config = HubConfig::fromJson(
        R"({"lookerHost": " acme.looker.com ", "regions": [
            {"name": "EU", "secret": "s", "lookerHost": "acme-eu.looker.com"},
            {"name": "US", "secret": "s"}]})",
        &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->lookerHost, QStringLiteral("acme.looker.com"));
    EXPECT_EQ(config->lookerHostFor(QStringLiteral("EU")), QStringLiteral("acme-eu.looker.com"));
    EXPECT_EQ(config->lookerHostFor(QStringLiteral("US")), QStringLiteral("acme.looker.com"));
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->lookerHostFor(QStringLiteral("EU")), QStringLiteral("acme-eu.looker.com"));
    EXPECT_EQ(again->lookerHost, QStringLiteral("acme.looker.com"));
    // The instances the catalogue offers: the hub's (with the regions that use it), then EU's.
    using Instances = QList<std::pair<QString, QStringList>>;
    EXPECT_EQ(config->lookerInstances(),
              (Instances{{QStringLiteral("acme.looker.com"), {QStringLiteral("US")}},
                         {QStringLiteral("acme-eu.looker.com"), {QStringLiteral("EU")}}}));
    HubConfig none;
    EXPECT_TRUE(none.lookerInstances().isEmpty());
}

TEST(HubConfigLooker, TheWindowsLookerConnectionRoundTripsWithItsSecretKeptAsTheOthersAre) {
    QString error;
    const auto config = HubConfig::fromJson(
        R"({"looker": {"baseUrl": "https://acme.looker.com:19999", "clientId": "cid",
            "clientSecret": "looker-client-secret", "verifySsl": false}})",
        &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->looker.baseUrl, QStringLiteral("https://acme.looker.com:19999"));
    EXPECT_EQ(config->looker.clientId, QStringLiteral("cid"));
    EXPECT_EQ(config->looker.clientSecret, QByteArray("looker-client-secret"));
    EXPECT_FALSE(config->looker.verifySsl);
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->looker, config->looker);

    // With a keychain the file names no secret; the keychain's JSON brings it back.
    const QByteArray bare = config->withoutSecrets().toJson();
    EXPECT_FALSE(bare.contains("looker-client-secret"));
    auto read = HubConfig::fromJson(bare, &error);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->looker.clientSecret.isEmpty());
    read->applySecrets(config->secretsJson());
    EXPECT_EQ(read->looker, config->looker);

    EXPECT_FALSE(HubConfig::fromJson(R"({"looker": {"baseUrl": "acme"}})", &error));
    EXPECT_TRUE(error.contains(u"looker.baseUrl")) << error.toStdString();
    EXPECT_TRUE(HubConfig::fromJson("{}", &error)->looker.isEmpty());
}

TEST(HubConfig, RevokedNoncesAreWrittenInOrderWhateverTheSetsOrder) {
    // Found by the configpatch fuzz target: equal configurations wrote different JSON, as a
    // set's iteration order is not its contents'.
    HubConfig first;
    HubConfig second;
    first.regions.append(RegionConfig{QStringLiteral("US"), "s", {}, {}, {}});
    second.regions.append(RegionConfig{QStringLiteral("US"), "s", {}, {}, {}});
    const QList<QByteArray> nonces = {"npm", "execute2", "zeta", "alpha", "n1", "n10", "n2"};
    for (const QByteArray& nonce : nonces)
        first.regions[0].revokedNonces.insert(nonce);
    for (auto it = nonces.rbegin(); it != nonces.rend(); ++it)
        second.regions[0].revokedNonces.insert(*it);
    ASSERT_EQ(first.regions[0].revokedNonces, second.regions[0].revokedNonces);
    EXPECT_EQ(first.toJson(), second.toJson());
    const QJsonArray written = QJsonDocument::fromJson(first.toJson())
                                   .object()
                                   .value(u"regions")
                                   .toArray()[0]
                                   .toObject()
                                   .value(u"revokedNonces")
                                   .toArray();
    QStringList order;
    for (const QJsonValue& nonce : written)
        order.append(nonce.toString());
    QStringList sorted = order;
    sorted.sort();
    EXPECT_EQ(order, sorted);
}

TEST(HubConfig, RunDaysAndAlertsRoundTripAndTheWebhookUrlIsASecret) {
    QString error;
    const auto config = HubConfig::fromJson(
        R"({"runDays": 14, "alerts": {"webhookUrl": "https://hooks.example.com/T1/secret-9",
            "format": "json", "stuckMinutes": 20}})",
        &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->runDays, 14);
    EXPECT_EQ(config->alerts.format, AlertSettings::Format::Json);
    EXPECT_EQ(config->alerts.stuckMinutes, 20);
    const auto again = HubConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->alerts, config->alerts);
    EXPECT_EQ(again->runDays, 14);
    EXPECT_EQ(HubConfig().runDays, 30);
    // Kept with the other secrets, out of a keychain configuration's file.
    const HubConfig bare = config->withoutSecrets();
    EXPECT_FALSE(bare.toJson().contains("secret-9"));
    HubConfig back = bare;
    back.applySecrets(config->secretsJson());
    EXPECT_EQ(back.alerts.webhookUrl, config->alerts.webhookUrl);
    EXPECT_FALSE(HubConfig::fromJson(R"({"runDays": 0})", &error));
    EXPECT_TRUE(error.contains(u"runDays")) << error.toStdString();
    EXPECT_FALSE(HubConfig::fromJson(R"({"alerts": {"format": "teams"}})", &error));
    EXPECT_TRUE(error.contains(u"alerts.format")) << error.toStdString();
}
