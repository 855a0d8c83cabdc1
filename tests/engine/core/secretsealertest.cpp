// SecretSealer: AES-256-GCM under a key file, bound to where each value is kept.
#include "core/secretsealer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

const QByteArray kKey(32, '\x2a');

SecretSealer sealer(const QByteArray& key = kKey) {
    return *SecretSealer::fromKey(key);
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& content,
                  QFileDevice::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner) {
    const QString path = dir.filePath(QStringLiteral("key"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

} // namespace

TEST(SecretSealer, OpensWhatItSealedAndNeverShowsItInTheSealedText) {
    const QByteArray secret = "wk_2Ab9XyZ";
    const QByteArray sealed = sealer().seal(secret, "source Prod");
    EXPECT_TRUE(sealed.startsWith(SecretSealer::kPrefix));
    EXPECT_FALSE(sealed.contains(secret));
    EXPECT_EQ(sealer().open(sealed, "source Prod"), secret);
    EXPECT_EQ(sealer().open(sealer().seal({}, "empty"), "empty"), QByteArray());
}

TEST(SecretSealer, SealingTwiceGivesDifferentTexts) {
    EXPECT_NE(sealer().seal("same", "c"), sealer().seal("same", "c")) << "a fresh nonce each time";
}

TEST(SecretSealer, AnotherKeyAnotherPlaceOrAChangeDoNotOpen) {
    const QByteArray sealed = sealer().seal("secret", "region EU");
    EXPECT_FALSE(sealer(QByteArray(32, '\x2b')).open(sealed, "region EU"));
    EXPECT_FALSE(sealer().open(sealed, "region US")) << "moved into another value's place";
    QByteArray changed = sealed;
    // A character in the middle: the last ones of base64 may carry only padding bits.
    const qsizetype middle = changed.size() / 2;
    changed[middle] = changed[middle] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(sealer().open(changed, "region EU"));
    EXPECT_FALSE(sealer().open("secret", "region EU")) << "clear text is not sealed text";
    EXPECT_FALSE(sealer().open("adk1:AAAA", "region EU")) << "too short";
}

TEST(SecretSealer, DigestsAreEqualForEqualInputsAndKeyed) {
    EXPECT_EQ(sealer().digest("a"), sealer().digest("a"));
    EXPECT_NE(sealer().digest("a"), sealer().digest("b"));
    EXPECT_NE(sealer().digest("a"), sealer(QByteArray(32, '\x2b')).digest("a"));
    EXPECT_EQ(sealer().digest("a").size(), 32);
}

TEST(SecretSealer, ReadsAKeyFileRawHexOrBase64) {
    QTemporaryDir dir;
    const QByteArray sealed = sealer().seal("x", "c");
    for (const QByteArray& content : {kKey, kKey.toHex() + "\n", kKey.toBase64() + "\n"}) {
        QString error;
        const auto fromFile = SecretSealer::fromFile(writeFile(dir, content), &error);
        ASSERT_TRUE(fromFile) << error.toStdString();
        EXPECT_EQ(fromFile->open(sealed, "c"), QByteArray("x"));
    }
}

TEST(SecretSealer, RefusesAShortKeyAMissingFileAndOneOthersMayRead) {
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(SecretSealer::fromFile(writeFile(dir, "0123456789abcdef\n"), &error));
    EXPECT_TRUE(error.contains(u"256-bit key")) << error.toStdString();
    EXPECT_FALSE(SecretSealer::fromFile(dir.filePath(QStringLiteral("none")), &error));
    EXPECT_TRUE(error.startsWith(u"--secrets-key-file ")) << error.toStdString();
    EXPECT_FALSE(SecretSealer::fromFile(
        writeFile(dir, kKey.toHex(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther),
        &error));
    EXPECT_TRUE(error.contains(u"others may read it")) << error.toStdString();
    EXPECT_FALSE(error.contains(QString::fromLatin1(kKey.toHex()))) << "the key is never shown";
    EXPECT_FALSE(SecretSealer::fromKey(QByteArray(31, 'a')));
}
