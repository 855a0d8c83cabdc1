// The admin API's tokens: made once, kept as hashes, verified in constant time, revocable, and
// seen by a running hub when another process changes the file.
#include "hub/admintokenstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace ActionDeck;

TEST(AdminTokenStore, ATokenIsShownOnceAndOnlyItsHashIsKept) {
    QTemporaryDir dir;
    AdminTokenStore store(dir.path());
    QString error;
    ASSERT_TRUE(store.load(&error)) << error.toStdString();
    EXPECT_TRUE(store.isEmpty());
    const QByteArray token = store.create(QStringLiteral("ops"), AdminScope::Operate, 1000, &error);
    ASSERT_FALSE(token.isEmpty()) << error.toStdString();
    EXPECT_TRUE(token.startsWith("adk_"));
    EXPECT_GE(token.size() - 4, 43) << "at least 256 random bits, base64url";

    QFile file(store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    EXPECT_FALSE(saved.contains(token)) << "the token itself was written";
    EXPECT_FALSE(saved.contains(token.mid(4, 20)));
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    AdminTokenStore reread(dir.path());
    ASSERT_TRUE(reread.load(&error));
    const auto verified = reread.verify(token);
    ASSERT_TRUE(verified);
    EXPECT_EQ(verified->name, QStringLiteral("ops"));
    EXPECT_EQ(verified->scope, AdminScope::Operate);
    EXPECT_EQ(verified->createdMs, 1000);
}

TEST(AdminTokenStore, WrongTruncatedAndLookerTokensAreNotAdminTokens) {
    QTemporaryDir dir;
    AdminTokenStore store(dir.path());
    QString error;
    const QByteArray token = store.create(QStringLiteral("a"), AdminScope::Admin, 0, &error);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_FALSE(store.verify(token.chopped(1)));
    EXPECT_FALSE(store.verify(token + "x"));
    EXPECT_FALSE(store.verify(QByteArray()));
    EXPECT_FALSE(store.verify("nonce1/abcdef0123")); // a Looker region token's form
    QByteArray flipped = token;
    flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(store.verify(flipped));
}

TEST(AdminTokenStore, RevokedTokensStopWorkingAndNamesAreUnique) {
    QTemporaryDir dir;
    AdminTokenStore store(dir.path());
    QString error;
    const QByteArray first = store.create(QStringLiteral("ci"), AdminScope::Read, 0, &error);
    const QByteArray second = store.create(QStringLiteral("desk"), AdminScope::Admin, 0, &error);
    EXPECT_TRUE(store.create(QStringLiteral("ci"), AdminScope::Read, 0, &error).isEmpty());
    EXPECT_TRUE(error.contains(u"already a token named \"ci\"")) << error.toStdString();
    EXPECT_TRUE(store.create(QStringLiteral("bad name"), AdminScope::Read, 0, &error).isEmpty());
    ASSERT_TRUE(store.revoke(QStringLiteral("ci"), &error)) << error.toStdString();
    EXPECT_FALSE(store.verify(first));
    EXPECT_TRUE(store.verify(second));
    EXPECT_FALSE(store.revoke(QStringLiteral("ci"), &error));
    EXPECT_EQ(store.list().size(), 1);
}

TEST(AdminTokenStore, ARunningStoreSeesAChangeMadeByAnotherProcess) {
    QTemporaryDir dir;
    AdminTokenStore running(dir.path());
    QString error;
    ASSERT_TRUE(running.load(&error));
    AdminTokenStore command(dir.path()); // `actiondeck admin-token create` meanwhile
    ASSERT_TRUE(command.load(&error));
    const QByteArray token = command.create(QStringLiteral("new"), AdminScope::Read, 0, &error);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_FALSE(running.verify(token));
    running.refresh();
    EXPECT_TRUE(running.verify(token));
    ASSERT_TRUE(command.revoke(QStringLiteral("new"), &error));
    running.refresh();
    EXPECT_FALSE(running.verify(token));
}

TEST(AdminTokenStore, ADamagedFileIsAClearErrorNotAnEmptyStore) {
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(QStringLiteral("admin-tokens.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"tokens": [{"name": "x", "scope": "root", "sha256": "00"}]})");
    file.close();
    AdminTokenStore store(dir.path());
    QString error;
    EXPECT_FALSE(store.load(&error));
    EXPECT_TRUE(error.contains(u"a scope (read, operate, admin)")) << error.toStdString();
}

TEST(AdminTokenStore, MadeAsRootInAServicesDirectoryTheFileStaysTheServices) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "only root can give a file to another user";
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.path());
    ASSERT_EQ(::chown(path.constData(), 65534, 65534), 0); // as systemd's DynamicUser would
    AdminTokenStore store(dir.path());
    QString error;
    ASSERT_FALSE(store.create(QStringLiteral("ops"), AdminScope::Read, 0, &error).isEmpty())
        << error.toStdString();
    struct stat file {};
    ASSERT_EQ(::stat(QFile::encodeName(store.path()).constData(), &file), 0);
    EXPECT_EQ(file.st_uid, 65534u);
    EXPECT_EQ(file.st_mode & 0777, 0600u);
}

TEST(AdminTokenStore, AFileDamagedWhileTheHubRunsAcceptsNoTokenUntilItIsFixed) {
    QTemporaryDir dir;
    AdminTokenStore running(dir.path());
    QString error;
    ASSERT_TRUE(running.load(&error));
    const QByteArray token = running.create(QStringLiteral("leaked"), AdminScope::Admin, 0, &error);
    ASSERT_TRUE(running.verify(token));
    QFile file(running.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    // A hand edit with a typo, meant to remove the leaked token.
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(good.left(good.size() / 2));
    file.close();
    running.refresh();
    EXPECT_FALSE(running.verify(token)) << "a damaged file kept the old tokens";
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(good);
    file.close();
    running.refresh();
    EXPECT_TRUE(running.verify(token));
}
