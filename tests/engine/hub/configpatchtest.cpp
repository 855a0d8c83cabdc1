// A change to the configuration as one JSON document: what it keeps, removes and refuses, and
// the difference that, applied over a base, gives the wanted configuration back.
#include "hub/configpatch.h"

#include "hub/hubtoken.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

HubConfig base() {
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), "us-secret", {}, {}, {}});
    config.sources.append(SourceConfig{QStringLiteral("Prod"), QStringLiteral("wk_prod"),
                                       QStringLiteral("https://prod.example.com")});
    config.sources.append(SourceConfig{QStringLiteral("Old"), QStringLiteral("wk_old"),
                                       QStringLiteral("https://old.example.com")});
    return config;
}

QJsonObject json(const QByteArray& text) {
    return QJsonDocument::fromJson(text).object();
}

std::optional<HubConfig> request(const HubConfig& current, const QByteArray& patch,
                                 QString* error = nullptr) {
    return ConfigPatch::apply(current, json(patch), ConfigPatch::Mode::Request, error);
}

/// The error a request gets, empty when it was accepted.
QString refusal(const QByteArray& patch) {
    QString error;
    return request(base(), patch, &error) ? QString() : error;
}

} // namespace

TEST(ConfigPatch, ASourceGivenWithoutItsWriteKeyKeepsItAndNullRemovesOne) {
    const auto changed = request(base(), R"({"sources": {
        "Prod": {"dataPlaneUrl": "https://moved.example.com"}, "Old": null,
        "New": {"dataPlaneUrl": "https://new.example.com", "writeKey": "wk_new"}}})");
    ASSERT_TRUE(changed);
    ASSERT_NE(changed->source(QStringLiteral("Prod")), nullptr);
    EXPECT_EQ(changed->source(QStringLiteral("Prod"))->writeKey, QStringLiteral("wk_prod"));
    EXPECT_EQ(changed->source(QStringLiteral("Prod"))->dataPlaneUrl,
              QStringLiteral("https://moved.example.com"));
    EXPECT_EQ(changed->source(QStringLiteral("Old")), nullptr);
    ASSERT_NE(changed->source(QStringLiteral("New")), nullptr);
    EXPECT_EQ(changed->source(QStringLiteral("New"))->writeKey, QStringLiteral("wk_new"));
}

TEST(ConfigPatch, ANewSourceNeedsAWriteKeyAndEveryUrlMustBeUsable) {
    EXPECT_TRUE(refusal(R"({"sources": {"New": {"dataPlaneUrl": "https://n.example.com"}}})")
                    .contains(u"sources.New: a new source needs dataPlaneUrl and writeKey"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"dataPlaneUrl": "ftp://x"}}})")
                    .startsWith(u"sources.Prod.dataPlaneUrl: "));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"writeKey": ""}}})")
                    .contains(u"sources.Prod.writeKey must be a non-empty string"));
    EXPECT_TRUE(refusal(R"({"regions": {"US": {"dataPlaneUrl": "not a url"}}})")
                    .startsWith(u"regions.US.dataPlaneUrl: "));
    EXPECT_TRUE(
        refusal(R"({"publicBaseUrl": "actions.example.com"})").startsWith(u"publicBaseUrl"));
}

TEST(ConfigPatch, UnknownFieldsAndWhatOnlyGetShowsAreRefusedByName) {
    EXPECT_TRUE(refusal(R"({"sourcez": {}})").contains(u"unknown field \"sourcez\""));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"key": "x"}}})")
                    .contains(u"sources.Prod.key: unknown field"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"hasWriteKey": false}}})")
                    .contains(u"sources.Prod.hasWriteKey is what GET shows"));
    EXPECT_TRUE(refusal(R"({"regions": {"US": {"hasSecret": true}}})")
                    .contains(u"regions.US.hasSecret is what GET shows"));
    EXPECT_TRUE(refusal(R"({"delivery": {"gzip": 1}})").contains(u"delivery.gzip: unknown field"));
    EXPECT_TRUE(refusal(R"({"sources": {"Nope": null}})")
                    .contains(u"sources.Nope: there is no source of that name to remove"));
    EXPECT_TRUE(refusal(R"({"sources": {" Prod": {}}})").contains(u"is not a name"));
    EXPECT_TRUE(
        refusal(R"({"regions": {"US": null}})").contains(u"the last region can not be removed"));
}

TEST(ConfigPatch, SectionsAreCheckedByTypeAndByTheRulesOfTheFile) {
    EXPECT_TRUE(refusal(R"({"delivery": {"gzipLevel": "high"}})")
                    .contains(u"delivery.gzipLevel must be a whole number"));
    EXPECT_TRUE(refusal(R"({"delivery": {"gzipLevel": 12}})")
                    .contains(u"delivery.gzipLevel must be 0 (off) to 9"));
    EXPECT_TRUE(refusal(R"({"delivery": {"maxInFlight": 0}})").contains(u"delivery.maxInFlight"));
    EXPECT_TRUE(refusal(R"({"executes": {"maxBodyMB": 0.5}})")
                    .contains(u"executes.maxBodyMB must be at least 1"));
    EXPECT_TRUE(refusal(R"({"http": {"trustedProxies": ["proxy"]}})")
                    .contains(u"\"proxy\" is not an IP address"));
    HubConfig current = base();
    current.delivery.gzipLevel = 0;
    const auto changed = request(current, R"({"delivery": {"gzipLevel": null, "maxInFlight": 8}})");
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->delivery.gzipLevel, DeliverySettings{}.gzipLevel) << "null is the default";
    EXPECT_EQ(changed->delivery.maxInFlight, 8);
}

TEST(ConfigPatch, WhereTheHubListensIsNotChangedThroughAChange) {
    for (const QByteArray& patch :
         {QByteArray(R"({"listen": "0.0.0.0:80"})"),
          QByteArray(R"({"admin": {"listen": "0.0.0.0:8081"}})"),
          QByteArray(R"({"tls": {"certificate": "/etc/shadow"}})"),
          QByteArray(R"({"outbox": "sqlite"})"), QByteArray(R"({"secretsKeyFile": "/tmp/k"})")})
        EXPECT_TRUE(refusal(patch).contains(u"is not changed through the admin API"))
            << patch.constData();
}

TEST(ConfigPatch, ARegionAddedWithoutASecretGetsItsOwnAndNoncesAreRevokedNeverRestored) {
    const auto added = request(base(), R"({"regions": {"EU": {}}})");
    ASSERT_TRUE(added);
    ASSERT_EQ(added->regions.size(), 2);
    EXPECT_EQ(added->regions[1].secret.size(), 64);
    EXPECT_NE(added->regions[1].secret, base().regions[0].secret);

    HubConfig current = base();
    const QByteArray kept = HubToken::make("us-secret", "keep");
    const QByteArray leaked = HubToken::make("us-secret", "leak");
    current.regions[0].tokens = {kept, leaked};
    current.regions[0].revokedNonces = {"old"};
    const auto revoked = request(current, R"({"regions": {"US": {"revokedNonces": ["leak"]}}})");
    ASSERT_TRUE(revoked);
    EXPECT_EQ(revoked->regions[0].revokedNonces, (QSet<QByteArray>{"old", "leak"}));
    EXPECT_EQ(revoked->regions[0].tokens, QList<QByteArray>{kept}) << "its listed token goes";
    EXPECT_EQ(revoked->regions[0].secret, QByteArray("us-secret"));
    EXPECT_TRUE(refusal(R"({"regions": {"US": {"tokens": ["no-nonce"]}}})")
                    .contains(u"a token is <nonce>/<signature>"));
}

TEST(ConfigPatch, TheDifferenceAppliedOverTheBaseGivesTheWantedConfiguration) {
    const auto wanted = request(base(), R"({"label": "Staging",
        "sources": {"Prod": {"dataPlaneUrl": "https://moved.example.com"}, "Old": null,
                    "New": {"dataPlaneUrl": "https://new.example.com", "writeKey": "wk_new"}},
        "regions": {"EU": {"dataPlaneUrl": "https://eu.example.com"},
                    "US": {"revokedNonces": ["n1"]}},
        "delivery": {"maxInFlight": 7}, "http": {"maxConnections": 100}})");
    ASSERT_TRUE(wanted);
    const QJsonObject difference = ConfigPatch::difference(base(), *wanted);
    QString error;
    const auto again = ConfigPatch::apply(base(), difference, ConfigPatch::Mode::Overlay, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), wanted->toJson());
    // Only what changed: Prod's key is the file's, so a key rotated there still counts.
    const QJsonObject prod = difference.value(u"sources").toObject().value(u"Prod").toObject();
    EXPECT_FALSE(prod.contains(u"writeKey"));
    EXPECT_FALSE(
        difference.value(u"regions").toObject().value(u"US").toObject().contains(u"secret"));
    EXPECT_FALSE(difference.contains(u"executes"));
    EXPECT_TRUE(difference.value(u"sources").toObject().value(u"Old").isNull());
}

TEST(ConfigPatch, TheLookerHostIsSetForTheHubAndPerRegionAndMustBeAHost) {
    const auto changed = request(base(), R"({"lookerHost": " acme.looker.com ",
        "regions": {"US": {"lookerHost": "https://acme-us.looker.com:19999"}}})");
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->lookerHost, QStringLiteral("acme.looker.com"));
    EXPECT_EQ(changed->lookerHostFor(QStringLiteral("US")),
              QStringLiteral("https://acme-us.looker.com:19999"));
    const QJsonObject difference = ConfigPatch::difference(base(), *changed);
    EXPECT_EQ(difference.value(u"lookerHost").toString(), QStringLiteral("acme.looker.com"));
    const auto again = ConfigPatch::apply(base(), difference, ConfigPatch::Mode::Overlay, nullptr);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toJson(), changed->toJson());
    // "" clears it; what is no host is refused by name.
    const auto cleared = request(*changed, R"({"lookerHost": ""})");
    ASSERT_TRUE(cleared);
    EXPECT_TRUE(cleared->lookerHost.isEmpty());
    EXPECT_EQ(refusal(R"({"lookerHost": "ftp://acme.looker.com"})"),
              QStringLiteral("lookerHost wants the Looker instance's host name, e.g. "
                             "acme.looker.com"));
    EXPECT_EQ(refusal(R"({"regions": {"US": {"lookerHost": 7}}})"),
              QStringLiteral("regions.US.lookerHost must be a string (\"\" for none)"));
}

TEST(ConfigPatch, KeptChangesOverAChangedFileDropWhatIsGoneAndFollowWhatWasNotChanged) {
    const QJsonObject kept = json(R"({"sources": {"Old": null,
        "Prod": {"dataPlaneUrl": "https://moved.example.com"}}})");
    HubConfig file = base();
    file.sources.removeLast(); // Old removed from the file meanwhile
    file.sources[0].writeKey = QStringLiteral("wk_rotated");
    QString error;
    const auto changed = ConfigPatch::apply(file, kept, ConfigPatch::Mode::Overlay, &error);
    ASSERT_TRUE(changed) << error.toStdString();
    EXPECT_EQ(changed->source(QStringLiteral("Prod"))->writeKey, QStringLiteral("wk_rotated"));
    EXPECT_EQ(changed->source(QStringLiteral("Prod"))->dataPlaneUrl,
              QStringLiteral("https://moved.example.com"));
    EXPECT_FALSE(ConfigPatch::apply(file, kept, ConfigPatch::Mode::Request, &error));
}

TEST(ConfigPatch, ASourcesSyncOptionsChangeOneByOneAndNullRestoresTheDefault) {
    auto changed = request(base(), R"({"sources": {"Prod": {"propertyNames": "snake_label",
        "rename": {"users.plan": "plan_tier"}, "sendRows": "changed", "lookerContext": true}}})");
    ASSERT_TRUE(changed);
    const SourceConfig* prod = changed->source(QStringLiteral("Prod"));
    EXPECT_EQ(prod->propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(prod->rename.value(QStringLiteral("users.plan")), QStringLiteral("plan_tier"));
    EXPECT_EQ(prod->sendRows, SendRows::Changed);
    EXPECT_TRUE(prod->lookerContext);
    EXPECT_EQ(prod->writeKey, QStringLiteral("wk_prod"));
    EXPECT_EQ(changed->source(QStringLiteral("Old"))->propertyNames, PropertyNames::Looker);

    // One option alone leaves the others; rename is replaced whole; null is the default again.
    changed = request(*changed, R"({"sources": {"Prod": {"rename": {"users.city": "town"},
        "sendRows": null}}})");
    ASSERT_TRUE(changed);
    prod = changed->source(QStringLiteral("Prod"));
    EXPECT_EQ(prod->propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(prod->rename.keys(), QStringList{QStringLiteral("users.city")});
    EXPECT_EQ(prod->sendRows, SendRows::All);
    EXPECT_TRUE(prod->lookerContext);
}

TEST(ConfigPatch, BadSyncOptionsAreRefusedByTheirPath) {
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"propertyNames": "camel"}}})")
                    .contains(u"sources.Prod.propertyNames must be looker, field, snake_label or "
                              u"camel_label (got \"camel\")"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"sendRows": true}}})")
                    .contains(u"sources.Prod.sendRows must be all or changed"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"lookerContext": "yes"}}})")
                    .contains(u"sources.Prod.lookerContext must be true or false"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"rename": {"users.plan": ""}}}})")
                    .contains(u"sources.Prod.rename.users.plan must be a non-empty string"));
    EXPECT_TRUE(refusal(R"({"sources": {"Prod": {"propertyName": "field"}}})")
                    .contains(u"sources.Prod.propertyName: unknown field"));
    // Options alone do not make a source.
    EXPECT_TRUE(refusal(R"({"sources": {"New": {"propertyNames": "field"}}})")
                    .contains(u"sources.New: a new source needs dataPlaneUrl and writeKey"));
}

TEST(ConfigPatch, TheDifferenceCarriesChangedSyncOptionsDefaultsIncluded) {
    HubConfig tunedBase = base();
    tunedBase.sources[1].propertyNames = PropertyNames::Field;
    tunedBase.sources[1].lookerContext = true;
    HubConfig wanted = tunedBase;
    wanted.sources[0].propertyNames = PropertyNames::CamelLabel;
    wanted.sources[0].rename.insert(QStringLiteral("users.plan"), QStringLiteral("plan_tier"));
    wanted.sources[1].propertyNames = PropertyNames::Looker; // back to the default
    const QJsonObject difference = ConfigPatch::difference(tunedBase, wanted);
    const QJsonObject sources = difference.value(u"sources").toObject();
    const QJsonObject prod = sources.value(u"Prod").toObject();
    EXPECT_EQ(prod.value(u"propertyNames").toString(), QStringLiteral("camel_label"));
    EXPECT_TRUE(prod.contains(u"rename"));
    EXPECT_FALSE(prod.contains(u"sendRows"));
    const QJsonObject old = sources.value(u"Old").toObject();
    EXPECT_EQ(old.value(u"propertyNames").toString(), QStringLiteral("looker"));
    EXPECT_FALSE(old.contains(u"lookerContext")); // unchanged: follows the file
    QString error;
    const auto again =
        ConfigPatch::apply(tunedBase, difference, ConfigPatch::Mode::Overlay, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), wanted.toJson());
}

TEST(ConfigPatchDifference, ARegionAddedByItsNameAloneIsInTheDifferenceAndGetsASecret) {
    HubConfig base;
    HubConfig wanted = base;
    wanted.regions.append(RegionConfig{QStringLiteral("EU"), {}, {}, {}, {}});
    const QJsonObject difference = ConfigPatch::difference(base, wanted);
    ASSERT_TRUE(difference.value(u"regions").toObject().contains(u"EU"))
        << QJsonDocument(difference).toJson().constData();
    QString error;
    const auto applied = ConfigPatch::apply(base, difference, ConfigPatch::Mode::Request, &error);
    ASSERT_TRUE(applied) << error.toStdString();
    ASSERT_EQ(applied->regions.size(), 1);
    EXPECT_FALSE(applied->regions[0].secret.isEmpty()) << "a request gives it a secret";
}

TEST(ConfigPatch, AlertsTakeTheMembersGivenAndKeepTheWebhookUrlWhenLeftOut) {
    const auto set = request(base(), R"({"alerts": {"webhookUrl": "https://hooks.example.com/T/B/x",
                                                    "format": "json"}})");
    ASSERT_TRUE(set);
    EXPECT_EQ(set->alerts.webhookUrl, QStringLiteral("https://hooks.example.com/T/B/x"));
    EXPECT_EQ(set->alerts.format, AlertSettings::Format::Json);
    const auto minutes = request(*set, R"({"alerts": {"stuckMinutes": 10}})");
    ASSERT_TRUE(minutes);
    EXPECT_EQ(minutes->alerts.stuckMinutes, 10);
    EXPECT_EQ(minutes->alerts.webhookUrl, set->alerts.webhookUrl) << "the secret is kept";
    const auto cleared = request(*minutes, R"({"alerts": {"webhookUrl": null}})");
    ASSERT_TRUE(cleared);
    EXPECT_FALSE(cleared->alerts.hasWebhook());
    // The difference a window sends carries the section's changed members.
    EXPECT_EQ(ConfigPatch::difference(base(), *set).value(u"alerts").toObject().value(u"format"),
              QJsonValue(QStringLiteral("json")));
    QString error;
    EXPECT_FALSE(request(base(), R"({"alerts": {"format": "teams"}})", &error));
    EXPECT_TRUE(error.contains(u"alerts.format must be slack or json")) << error.toStdString();
    EXPECT_FALSE(request(base(), R"({"alerts": {"webhookUrl": 3}})", &error));
    EXPECT_TRUE(error.contains(u"alerts.webhookUrl must be a text")) << error.toStdString();
}

TEST(ConfigPatchDifference, AWebhookUnseenHereIsKeptReplacedOrRemovedOnPurpose) {
    // A server's hub answers hasWebhookUrl, never the URL.
    HubConfig seen;
    QString error;
    seen.alerts =
        *AlertSettings::fromJson(json(R"({"hasWebhookUrl": true, "format": "json"})"), &error);
    ASSERT_TRUE(seen.alerts.webhookKept);
    HubConfig kept = seen;
    kept.alerts.stuckMinutes = 45;
    EXPECT_EQ(ConfigPatch::difference(seen, kept), json(R"({"alerts": {"stuckMinutes": 45}})"));
    HubConfig replaced = seen;
    replaced.alerts.webhookUrl = QStringLiteral("https://hooks.example.com/new");
    replaced.alerts.webhookKept = false;
    EXPECT_EQ(ConfigPatch::difference(seen, replaced),
              json(R"({"alerts": {"webhookUrl": "https://hooks.example.com/new"}})"));
    HubConfig removed = seen;
    removed.alerts.webhookKept = false;
    EXPECT_EQ(ConfigPatch::difference(seen, removed), json(R"({"alerts": {"webhookUrl": ""}})"));
    // Applied where the URL is known, an empty one removes it.
    HubConfig server = base();
    server.alerts.webhookUrl = QStringLiteral("https://hooks.example.com/old");
    const auto after = ConfigPatch::apply(server, ConfigPatch::difference(seen, removed),
                                          ConfigPatch::Mode::Request, &error);
    ASSERT_TRUE(after) << error.toStdString();
    EXPECT_FALSE(after->alerts.webhookSet());
}
