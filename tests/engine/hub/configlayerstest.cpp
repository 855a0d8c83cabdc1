// The configuration in layers: the --config file, the admin API's changes kept in the data
// directory over it, the command line's flags over both — and those flags written nowhere.
#include "hub/configlayers.h"

#include "configlayersfixture.h"
#include "hub/hubtoken.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace ActionDeck;
using namespace TestSupport::ConfigLayersFixture;

namespace {

const QByteArray kFlagSecret = "flag-secret-never-written-31";
const QByteArray kFlagToken = HubToken::make("another-secret", "flagnonce");

CommandLineConfig flags() {
    CommandLineConfig flags;
    flags.secrets.append({QStringLiteral("EU"), kFlagSecret});
    flags.tokens.append({QStringLiteral("EU"), kFlagToken});
    flags.publicBaseUrl = QStringLiteral("https://flag.example.com");
    return flags;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const RegionConfig* region(const HubConfig& config, const QString& name) {
    for (const RegionConfig& r : config.regions) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST(ConfigLayers, KeptChangesAreWrittenOwnerOnlyAndReadAgainAtTheNextStart) {
    QTemporaryDir dir;
    ConfigLayers layers(fileConfig(), {}, dir.path());
    QString error;
    ASSERT_TRUE(layers.load(&error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(layers.path())) << "nothing changed, nothing written";
    const HubConfig wanted = changed(layers.effective(), R"({"sources": {"New": {
        "dataPlaneUrl": "https://new.example.com", "writeKey": "wk_new"}}})");
    ASSERT_TRUE(layers.keep(wanted, &error)) << error.toStdString();
    struct stat file {};
    ASSERT_EQ(::stat(QFile::encodeName(layers.path()).constData(), &file), 0);
    EXPECT_EQ(file.st_mode & 0777, 0600u);

    ConfigLayers restarted(fileConfig(), {}, dir.path());
    ASSERT_TRUE(restarted.load(&error)) << error.toStdString();
    ASSERT_NE(restarted.effective().source(QStringLiteral("New")), nullptr);
    EXPECT_EQ(restarted.effective().source(QStringLiteral("New"))->writeKey,
              QStringLiteral("wk_new"));
    EXPECT_EQ(restarted.effective().toJson(), wanted.toJson());
}

TEST(ConfigLayers, MadeAsRootInAServicesDirectoryTheFileStaysTheServices) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "only root can give a file to another user";
    QTemporaryDir dir;
    ASSERT_EQ(::chown(QFile::encodeName(dir.path()).constData(), 65534, 65534), 0);
    ConfigLayers layers(fileConfig(), {}, dir.path());
    QString error;
    ASSERT_TRUE(layers.load(&error));
    ASSERT_TRUE(layers.keep(changed(layers.effective(), R"({"label": "Root"})"), &error))
        << error.toStdString();
    struct stat file {};
    ASSERT_EQ(::stat(QFile::encodeName(layers.path()).constData(), &file), 0);
    EXPECT_EQ(file.st_uid, 65534u);
    EXPECT_EQ(file.st_mode & 0777, 0600u);
}

TEST(ConfigLayers, SecretsAndTokensOfTheCommandLineAreNeverWritten) {
    QTemporaryDir dir;
    ConfigLayers layers(fileConfig(), flags(), dir.path());
    QString error;
    ASSERT_TRUE(layers.load(&error));
    ASSERT_NE(region(layers.effective(), QStringLiteral("EU")), nullptr);
    // Everything that touches the flags' region: its URL, a token made with its secret, a
    // revocation, plus an unrelated source.
    HubConfig wanted = changed(layers.effective(), R"({
        "regions": {"EU": {"dataPlaneUrl": "https://eu.example.com", "revokedNonces": ["gone"]}},
        "sources": {"New": {"dataPlaneUrl": "https://new.example.com", "writeKey": "wk_new"}}})");
    const QByteArray made = HubToken::generate(kFlagSecret);
    for (RegionConfig& r : wanted.regions) {
        if (r.name == u"EU")
            r.tokens.append(made);
    }
    ASSERT_TRUE(layers.keep(wanted, &error)) << error.toStdString();
    const QByteArray written = readAll(layers.path());
    EXPECT_FALSE(written.contains(kFlagSecret)) << written.constData();
    EXPECT_FALSE(written.contains(kFlagToken)) << written.constData();
    EXPECT_FALSE(written.contains("flag.example.com")) << "a flag's value is the flag's";
    EXPECT_TRUE(written.contains("wk_new"));
    EXPECT_TRUE(written.contains(made)) << "a token made here is kept, as the window keeps it";

    // With the same flags the next start has all of it again.
    ConfigLayers restarted(fileConfig(), flags(), dir.path());
    ASSERT_TRUE(restarted.load(&error)) << error.toStdString();
    const RegionConfig* eu = region(restarted.effective(), QStringLiteral("EU"));
    ASSERT_NE(eu, nullptr);
    EXPECT_EQ(eu->secret, kFlagSecret);
    EXPECT_TRUE(eu->tokens.contains(kFlagToken));
    EXPECT_TRUE(eu->tokens.contains(made));
    EXPECT_TRUE(eu->revokedNonces.contains("gone"));
    EXPECT_EQ(eu->dataPlaneUrl, QStringLiteral("https://eu.example.com"));
    EXPECT_EQ(restarted.effective().publicBaseUrl, QStringLiteral("https://flag.example.com"));
}

TEST(ConfigLayers, KeptChangesWinOverTheFileAndFlagsOverBoth) {
    QTemporaryDir dir;
    {
        ConfigLayers layers(fileConfig(), {}, dir.path());
        QString error;
        ASSERT_TRUE(layers.load(&error));
        ASSERT_TRUE(layers.keep(changed(layers.effective(), R"({"publicBaseUrl":
            "https://kept.example.com", "regions": {"US": {"secret": "kept-secret"}}})"),
                                &error));
    }
    ConfigLayers plain(fileConfig(), {}, dir.path());
    QString error;
    ASSERT_TRUE(plain.load(&error));
    EXPECT_EQ(plain.effective().publicBaseUrl, QStringLiteral("https://kept.example.com"));
    EXPECT_EQ(region(plain.effective(), QStringLiteral("US"))->secret, QByteArray("kept-secret"));

    CommandLineConfig overriding;
    overriding.publicBaseUrl = QStringLiteral("https://flag.example.com");
    overriding.secrets.append({QStringLiteral("US"), kFlagSecret});
    overriding.tokens.append({QStringLiteral("EU"), kFlagToken});
    ConfigLayers flagged(fileConfig(), overriding, dir.path());
    ASSERT_TRUE(flagged.load(&error));
    EXPECT_EQ(flagged.effective().publicBaseUrl, QStringLiteral("https://flag.example.com"));
    EXPECT_EQ(region(flagged.effective(), QStringLiteral("US"))->secret, kFlagSecret);
    // A change the flags would undo at the next start is refused, naming the flag.
    const HubConfig moved =
        changed(flagged.effective(), R"({"publicBaseUrl": "https://x.example.com"})");
    EXPECT_TRUE(overriding.conflict(flagged.effective(), moved).contains(u"--public-url"));
    const HubConfig rekeyed =
        changed(flagged.effective(), R"({"regions": {"US": {"secret": "x"}}})");
    EXPECT_TRUE(overriding.conflict(flagged.effective(), rekeyed).contains(u"--hub-secret"));
    const HubConfig removed = changed(flagged.effective(), R"({"regions": {"US": null}})");
    EXPECT_TRUE(overriding.conflict(flagged.effective(), removed).contains(u"can not be removed"));
    // What is kept under the flag stays as it was: the kept secret, not the flag's.
    ASSERT_TRUE(flagged.keep(changed(flagged.effective(), R"({"label": "L"})"), &error));
    EXPECT_TRUE(readAll(flagged.path()).contains("kept-secret"));
    EXPECT_FALSE(readAll(flagged.path()).contains(kFlagSecret));
    EXPECT_FALSE(readAll(flagged.path()).contains(kFlagToken));
}

TEST(ConfigLayers, ADamagedFileStopsTheStartAndSaysWhichFile) {
    QTemporaryDir dir;
    ConfigLayers layers(fileConfig(), {}, dir.path());
    QFile file(layers.path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"sources": {"Prod": {"dataPlaneUrl": "ftp://nowhere"}}})");
    file.close();
    QString error;
    EXPECT_FALSE(layers.load(&error));
    EXPECT_TRUE(error.startsWith(layers.path())) << error.toStdString();
    EXPECT_TRUE(error.contains(u"sources.Prod.dataPlaneUrl")) << error.toStdString();
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"sources\": ");
    file.close();
    EXPECT_FALSE(layers.load(&error));
    EXPECT_TRUE(error.startsWith(layers.path())) << error.toStdString();
}

TEST(ConfigLayers, ARegionOnlyAFlagGaveIsLeftOutWhenTheFlagIsNoLongerGiven) {
    QTemporaryDir dir;
    {
        ConfigLayers layers(fileConfig(), flags(), dir.path());
        QString error;
        ASSERT_TRUE(layers.load(&error));
        ASSERT_TRUE(layers.keep(
            changed(layers.effective(), R"({"regions": {"EU": {"revokedNonces": ["n"]}}})"),
            &error));
    }
    ConfigLayers withoutFlags(fileConfig(), {}, dir.path());
    QString error;
    ASSERT_TRUE(withoutFlags.load(&error)) << error.toStdString();
    EXPECT_EQ(region(withoutFlags.effective(), QStringLiteral("EU")), nullptr);
    EXPECT_NE(region(withoutFlags.effective(), QStringLiteral("US")), nullptr);
}
