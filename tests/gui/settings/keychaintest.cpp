// The system keychain for real: a Secret Service (gnome-keyring under its own D-Bus session,
// scripts/with-keyring.sh) holds the remote hubs' admin tokens and the configuration's
// secrets, and nothing secret reaches the files.
#include "gui/hubs/hubtokenvault.h"
#include "gui/settings/configstore.h"
#include "waituntil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

bool keyringRuns() {
    return qEnvironmentVariableIsSet("GNOME_KEYRING_CONTROL");
}

} // namespace

TEST(Keychain, AHubsAdminTokenIsWrittenReadAndRemoved) {
    if (!keyringRuns())
        GTEST_SKIP() << "run through scripts/with-keyring.sh";
    QTemporaryDir dir;
    HubTokenVault vault(dir.filePath(QStringLiteral("hub-tokens.json")));
    ASSERT_TRUE(vault.keychainEnabled());
    std::optional<QString> wrote;
    vault.write(QStringLiteral("hub-1"), "ad_token_in_the_keychain",
                [&](const QString& error) { wrote = error; });
    ASSERT_TRUE(waitUntil([&] { return wrote.has_value(); }));
    ASSERT_TRUE(wrote->isEmpty()) << wrote->toStdString();
    std::optional<std::pair<QByteArray, QString>> read;
    vault.read(QStringLiteral("hub-1"), [&](QByteArray token, QString error) {
        read = {token, error};
    });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }));
    EXPECT_EQ(read->first, "ad_token_in_the_keychain") << read->second.toStdString();
    vault.remove(QStringLiteral("hub-1"));
    read.reset();
    ASSERT_TRUE(waitUntil([&] {
        if (!read)
            vault.read(QStringLiteral("hub-1"), [&](QByteArray token, QString error) {
                read = {token, error};
            });
        return read.has_value() && read->first.isEmpty();
    }));
    EXPECT_FALSE(read->second.isEmpty()) << "a removed token is not found";
    EXPECT_FALSE(QFile::exists(vault.fallbackFile())) << "the keychain had it: no file";
}

TEST(HubTokenVault, WithoutAKeychainATokenIsKeptInAnOwnerOnlyFileAndSurvivesARestart) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hub-tokens.json"));
    qputenv("ACTIONDECK_NO_KEYCHAIN", "1");
    std::optional<QString> notice;
    {
        HubTokenVault vault(file);
        vault.write(QStringLiteral("hub-1"), "ad_token_without_keychain",
                    [&](const QString& said) { notice = said; });
        ASSERT_TRUE(waitUntil([&] { return notice.has_value(); }));
    }
    // Said in words, where it is: not the Secret Service's raw error.
    EXPECT_TRUE(notice->startsWith(u"No system keychain answered")) << notice->toStdString();
    EXPECT_TRUE(notice->contains(file)) << notice->toStdString();
    EXPECT_FALSE(notice->contains(u"dbus"));
    EXPECT_EQ(QFile(file).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    // The next start reads it back.
    HubTokenVault again(file);
    std::optional<std::pair<QByteArray, QString>> read;
    again.read(QStringLiteral("hub-1"), [&](QByteArray token, QString error) {
        read = {token, error};
    });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }));
    EXPECT_EQ(read->first, "ad_token_without_keychain") << read->second.toStdString();
    again.remove(QStringLiteral("hub-1"));
    read.reset();
    again.read(QStringLiteral("hub-1"), [&](QByteArray token, QString error) {
        read = {token, error};
    });
    ASSERT_TRUE(waitUntil([&] { return read.has_value(); }));
    EXPECT_TRUE(read->first.isEmpty());
    qunsetenv("ACTIONDECK_NO_KEYCHAIN");
}

TEST(Keychain, TheConfigurationsSecretsStayOutOfItsFile) {
    if (!keyringRuns())
        GTEST_SKIP() << "run through scripts/with-keyring.sh";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    HubConfig config;
    config.sources.append(SourceConfig{QStringLiteral("Prod"), QStringLiteral("wk_keychain_only"),
                                       QStringLiteral("https://dp.example.com")});
    ConfigStore store(path);
    store.setKeychainEnabled(true);
    std::optional<bool> saved;
    QObject::connect(&store, &ConfigStore::saved, [&](bool ok, const QString&) { saved = ok; });
    store.save(config);
    ASSERT_TRUE(waitUntil([&] { return saved.has_value(); }));
    ASSERT_TRUE(*saved);
    EXPECT_EQ(store.secretPlace(), ConfigStore::SecretPlace::Keychain);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("wk_keychain_only"));

    ConfigStore again(path);
    again.setKeychainEnabled(true);
    std::optional<HubConfig> loaded;
    QObject::connect(&again, &ConfigStore::loaded,
                     [&](const HubConfig& c, const QString&) { loaded = c; });
    again.load();
    ASSERT_TRUE(waitUntil([&] { return loaded.has_value(); }));
    ASSERT_EQ(loaded->sources.size(), 1);
    EXPECT_EQ(loaded->sources[0].writeKey, QStringLiteral("wk_keychain_only"));
}
