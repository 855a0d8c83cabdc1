// The window's configuration file: secrets in the keychain when one answers, else in the
// owner-only file.
#include "gui/settings/configstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

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
