// `actiondeck looker …` against the Looker API stand-in and a real hub on loopback: login names
// the user; register gives one hub id however often it runs and fails on Looker's verdict;
// enable leaves the actions enabled and tested; status --json says so; the secrets never show.
#include "cli/lookercommand.h"

#include "admintesthub.h"
#include "hub/hubtoken.h"
#include "lookerstandin.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerStandIn;

namespace {

const QString kClientId = QStringLiteral("cli-client");
const QByteArray kClientSecret = "cli-client-secret-do-not-print";
const QByteArray kRegionSecret = "looker command region secret";
const QString kWriteKey = QStringLiteral("wk_looker_command_never_printed");

class LookerCli : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    LookerCli()
        : AdminTestHub(kRegionSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        secretFile = write(QStringLiteral("client-secret"), kClientSecret);
        tokenFile = write(QStringLiteral("token"), HubToken::make(kRegionSecret, "n1"));
        config =
            write(QStringLiteral("config.json"),
                  QJsonDocument(QJsonObject{{QStringLiteral("sources"),
                                             QJsonArray{QJsonObject{
                                                 {QStringLiteral("name"), QStringLiteral("Prod")},
                                                 {QStringLiteral("writeKey"), kWriteKey},
                                                 {QStringLiteral("dataPlaneUrl"), sink.url()}}}}})
                      .toJson());
    }

    QString write(const QString& name, const QByteArray& content) {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content + '\n');
        return path;
    }

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(QStringList arguments, bool withLooker = true) {
        if (withLooker)
            arguments += {QStringLiteral("--looker-url"),         looker.url().toString(),
                          QStringLiteral("--client-id"),          kClientId,
                          QStringLiteral("--client-secret-file"), secretFile};
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run result;
        result.code = LookerCommand(QProcessEnvironment()).run(arguments, out, err);
        result.out = QString::fromUtf8(out.data());
        result.err = QString::fromUtf8(err.data());
        // Nothing secret in any output.
        for (const QByteArray& secret :
             {kClientSecret, kWriteKey.toUtf8(), HubToken::make(kRegionSecret, "n1")}) {
            EXPECT_FALSE(result.out.contains(QString::fromUtf8(secret)))
                << result.out.toStdString();
            EXPECT_FALSE(result.err.contains(QString::fromUtf8(secret)))
                << result.err.toStdString();
        }
        return result;
    }

    QString hubUrl() const { return hub->listeningUrl().toString(); }

    QTemporaryDir files;
    LookerStandIn looker{kClientId, kClientSecret};
    QString secretFile;
    QString tokenFile;
    QString config;
};

} // namespace

TEST_F(LookerCli, LoginNamesTheUserAndLogsOut) {
    const Run login = run({QStringLiteral("login")});
    EXPECT_EQ(login.code, 0) << login.err.toStdString();
    EXPECT_EQ(login.out, QStringLiteral("Signed in to Looker 25.6.12 as Ada Admin.\n"));
    EXPECT_EQ(looker.logouts(), 1);
}

TEST_F(LookerCli, AWrongSecretIsSaidInOneLine) {
    const QString wrong = write(QStringLiteral("wrong"), "not it");
    const Run login = run({QStringLiteral("login"), QStringLiteral("--looker-url"),
                           looker.url().toString(), QStringLiteral("--client-id"), kClientId,
                           QStringLiteral("--client-secret-file"), wrong},
                          false);
    EXPECT_EQ(login.code, 1);
    EXPECT_TRUE(login.err.startsWith(u"actiondeck looker: Looker refused the API credentials"))
        << login.err.toStdString();
    EXPECT_EQ(login.err.count(u'\n'), 1);
}

TEST_F(LookerCli, RegisterTwiceGivesOneHubThenEnableAndStatusSayEverythingPassed) {
    const QStringList registerHub = {QStringLiteral("register"),
                                     QStringLiteral("--hub-url"),
                                     hubUrl(),
                                     QStringLiteral("--token-file"),
                                     tokenFile,
                                     QStringLiteral("--json")};
    const Run first = run(registerHub);
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    const QJsonObject added = QJsonDocument::fromJson(first.out.toUtf8()).object();
    EXPECT_EQ(added.value(u"actionsRead").toInt(), 4);
    EXPECT_TRUE(first.err.contains(u"warning: a Looker in the cloud can't reach 127.0.0.1"))
        << first.err.toStdString();
    const Run second = run(registerHub);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"hubId"),
              added.value(u"hubId"));
    EXPECT_EQ(looker.hubs().size(), 1);

    const Run enabled = run({QStringLiteral("enable"), QStringLiteral("--hub-url"), hubUrl(),
                             QStringLiteral("--source"), QStringLiteral("Prod"),
                             QStringLiteral("--config"), config});
    ASSERT_EQ(enabled.code, 0) << enabled.err.toStdString() << enabled.out.toStdString();
    EXPECT_TRUE(enabled.out.contains(u"rudder_event: enabled, tested"))
        << enabled.out.toStdString();

    const Run status = run({QStringLiteral("status"), QStringLiteral("--hub-url"), hubUrl(),
                            QStringLiteral("--json")});
    ASSERT_EQ(status.code, 0) << status.err.toStdString();
    const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(state.value(u"hubId"), added.value(u"hubId"));
    EXPECT_TRUE(state.value(u"fetchError").isNull());
    int enabledAndPassed = 0;
    for (const QJsonValue& action : state.value(u"actions").toArray()) {
        const QJsonObject a = action.toObject();
        if (a.value(u"enabled").toBool() && a.value(u"hasWriteKey").toBool() &&
            a.value(u"dataPlaneUrl").toString() == sink.url() &&
            a.value(u"test").toObject().value(u"success").toBool())
            ++enabledAndPassed;
    }
    EXPECT_EQ(enabledAndPassed, 3) << status.out.toStdString();

    const Run removed = run({QStringLiteral("unregister"), QStringLiteral("--hub-url"), hubUrl()});
    EXPECT_EQ(removed.code, 0) << removed.err.toStdString();
    EXPECT_TRUE(looker.hubs().isEmpty());
}

TEST_F(LookerCli, ATokenTheHubRefusesFailsWithLookersVerdict) {
    const QString refused = write(QStringLiteral("refused"), HubToken::make("other secret", "n9"));
    const Run result = run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                            QStringLiteral("--token-file"), refused});
    EXPECT_EQ(result.code, 1);
    EXPECT_TRUE(result.err.contains(u"Looker could not use the hub: Integration Hub responded "
                                    u"with HTTP 403"))
        << result.err.toStdString();
}

TEST_F(LookerCli, MistakesAreUsageErrors) {
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("status")}).code, 2) << "--hub-url is needed";
    const Run noLooker = run({QStringLiteral("login")}, false);
    EXPECT_EQ(noLooker.code, 2);
    EXPECT_TRUE(noLooker.err.contains(u"say which Looker")) << noLooker.err.toStdString();
}

TEST_F(LookerCli, RegisterSignsATokenOfARegionFromTheHubsConfigurationOrSaysWhyNot) {
    const QString withRegion = write(
        QStringLiteral("regions.json"),
        QJsonDocument(
            QJsonObject{{QStringLiteral("regions"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("US")},
                                                {QStringLiteral("secret"),
                                                 QString::fromLatin1(kRegionSecret)}},
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("EU")},
                                                {QStringLiteral("tokens"),
                                                 QJsonArray{QStringLiteral("n/abc")}}}}}})
            .toJson());
    const Run signedHere = run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                                QStringLiteral("--region"), QStringLiteral("US"),
                                QStringLiteral("--config"), withRegion});
    ASSERT_EQ(signedHere.code, 0) << signedHere.err.toStdString();
    ASSERT_EQ(looker.hubs().size(), 1);
    EXPECT_TRUE(HubToken::isSignedWith(looker.hubs()[0].token, kRegionSecret));

    const Run onlyTokens = run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                                QStringLiteral("--region"), QStringLiteral("EU"),
                                QStringLiteral("--config"), withRegion});
    EXPECT_EQ(onlyTokens.code, 1);
    EXPECT_TRUE(onlyTokens.err.contains(u"listed tokens only")) << onlyTokens.err.toStdString();
    const Run none = run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                          QStringLiteral("--region"), QStringLiteral("APAC"),
                          QStringLiteral("--config"), withRegion});
    EXPECT_TRUE(none.err.contains(u"no region named \"APAC\"")) << none.err.toStdString();
}

TEST_F(LookerCli, EnableTakesASourceFromTheKeptChangesOfTheDataDirectory) {
    ASSERT_EQ(run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                   QStringLiteral("--token-file"), tokenFile})
                  .code,
              0);
    // What the admin API kept over the --config file (ConfigLayers' overlay).
    QTemporaryDir data;
    QFile overlay(data.filePath(QStringLiteral("config-overlay.json")));
    ASSERT_TRUE(overlay.open(QIODevice::WriteOnly));
    overlay.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("sources"),
                         QJsonObject{{QStringLiteral("Staging"),
                                      QJsonObject{{QStringLiteral("dataPlaneUrl"), sink.url()},
                                                  {QStringLiteral("writeKey"), kWriteKey}}}}}})
            .toJson());
    overlay.close();
    const Run enabled = run({QStringLiteral("enable"), QStringLiteral("--hub-url"), hubUrl(),
                             QStringLiteral("--source"), QStringLiteral("Staging"),
                             QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                             data.path(), QStringLiteral("--actions"), QStringLiteral("track")});
    EXPECT_EQ(enabled.code, 0) << enabled.err.toStdString();
    const Run missing = run({QStringLiteral("enable"), QStringLiteral("--hub-url"), hubUrl(),
                             QStringLiteral("--source"), QStringLiteral("Staging"),
                             QStringLiteral("--config"), config});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"no source named \"Staging\"")) << missing.err.toStdString();
}
