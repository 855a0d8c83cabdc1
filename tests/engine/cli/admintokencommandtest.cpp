// `actiondeck admin-token` run as a subprocess.
#include "hub/admintokenstore.h"
#include "processrun.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

TestSupport::ProcessRun adminToken(const QStringList& arguments) {
    return TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                   QStringList{QStringLiteral("admin-token")} + arguments);
}

} // namespace

TEST(AdminTokenCommand, CreatePrintsTheTokenOnceAsItsLastLineAndListNeverShowsIt) {
    QTemporaryDir dir;
    const auto created =
        adminToken({QStringLiteral("create"), QStringLiteral("--scope"), QStringLiteral("read"),
                    QStringLiteral("--name"), QStringLiteral("grafana"),
                    QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(created.exitCode, 0) << created.err.constData();
    const QByteArray token = created.out.trimmed().split('\n').last();
    EXPECT_TRUE(token.startsWith("adk_")) << created.out.constData();

    AdminTokenStore store(dir.path());
    QString error;
    ASSERT_TRUE(store.load(&error)) << error.toStdString();
    const auto verified = store.verify(token);
    ASSERT_TRUE(verified);
    EXPECT_EQ(verified->scope, AdminScope::Read);

    const auto listed =
        adminToken({QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.startsWith("grafana\tread\t")) << listed.out.constData();
    EXPECT_FALSE(listed.out.contains(token));

    const auto revoked = adminToken({QStringLiteral("revoke"), QStringLiteral("grafana"),
                                     QStringLiteral("--data-dir"), dir.path()});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.constData();
    store.refresh();
    EXPECT_FALSE(store.verify(token));
}

TEST(AdminTokenCommand, WrongUsageSaysWhatIsExpected) {
    QTemporaryDir dir;
    const auto noScope =
        adminToken({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                    QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(noScope.exitCode, 2);
    EXPECT_TRUE(noScope.err.contains("--scope must be read, operate or admin"));
    const auto unknownName = adminToken({QStringLiteral("revoke"), QStringLiteral("nobody"),
                                         QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(unknownName.exitCode, 1);
    EXPECT_TRUE(unknownName.err.contains("no token named \"nobody\""));
    const auto noVerb = adminToken({QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(noVerb.exitCode, 2);
}
