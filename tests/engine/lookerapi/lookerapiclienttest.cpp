// Looker's API 4.0 through LookerApiClient, against the stand-in on loopback: sign-in as the
// spec has it, a token renewed once on a 401, a 429 retried, and each failure said in words
// without the secret — within the time limit for a Looker that does not answer.
#include "lookerapi/lookerapiclient.h"

#include "lookerstandin.h"
#include "sanitizerscale.h"
#include "selfsignedcertificate.h"
#include "waituntil.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("kQ8Zb9client");
const QByteArray kSecret = "s3cr3t+with/odd=chars&more";

template <typename T> T await(QFuture<T> future, int timeoutMs = 20000) {
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, timeoutMs));
    return future.isFinished() ? future.result() : T{};
}

class LookerApi : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(looker.listen()); }

    std::unique_ptr<LookerApiClient> client(QByteArray secret = kSecret) {
        auto made = std::make_unique<LookerApiClient>(
            LookerApiSettings{looker.url(), kClientId, std::move(secret), true});
        made->setRetryDelays({50, 50, 50});
        return made;
    }

    LookerStandIn looker{kClientId, kSecret};
};

} // namespace

TEST_F(LookerApi, SignsInWithAFormAndNamesTheUserThenLogsOut) {
    auto api = client();
    const auto user = await(api->get(QStringLiteral("/user")));
    ASSERT_TRUE(user.ok()) << user.error.message.toStdString();
    EXPECT_EQ(user.json.object().value(u"display_name").toString(), QStringLiteral("Ada Admin"));
    ASSERT_GE(looker.requests().size(), 2);
    const auto& login = looker.requests().first();
    EXPECT_EQ(login.path, QByteArray("/api/4.0/login")) << "the secret is never in the URL";
    EXPECT_TRUE(
        login.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
    EXPECT_EQ(QUrlQuery(QString::fromUtf8(login.body))
                  .queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)
                  .toUtf8(),
              kSecret);
    EXPECT_TRUE(looker.requests().at(1).headers.value("authorization").startsWith("token "));

    const auto out = await(api->logout());
    EXPECT_TRUE(out.ok()) << out.error.message.toStdString();
    EXPECT_EQ(looker.logouts(), 1);
    EXPECT_FALSE(api->signedIn());
}

TEST_F(LookerApi, RefusedCredentialsAreSaidAsSuchWithoutTheSecret) {
    auto api = client("not the secret");
    const auto user = await(api->get(QStringLiteral("/user")));
    EXPECT_EQ(user.error.kind, LookerApiError::Kind::CredentialsRefused);
    EXPECT_TRUE(user.error.message.startsWith(u"Looker refused the API credentials"))
        << user.error.message.toStdString();
    EXPECT_FALSE(user.error.message.contains(u"not the secret"));
    EXPECT_EQ(looker.requests().size(), 1) << "a refused login is not retried";
}

TEST_F(LookerApi, AnExpiredTokenSignsInAgainOnce) {
    auto api = client();
    ASSERT_TRUE(await(api->get(QStringLiteral("/user"))).ok());
    looker.expireTokens();
    const auto again = await(api->get(QStringLiteral("/user")));
    EXPECT_TRUE(again.ok()) << again.error.message.toStdString();
    EXPECT_EQ(looker.logins(), 2);
}

TEST_F(LookerApi, ATokenAboutToExpireIsRenewedBeforeTheCall) {
    looker.setTokenLifetimeSeconds(30); // within the minute kept in hand
    auto api = client();
    ASSERT_TRUE(await(api->get(QStringLiteral("/user"))).ok());
    ASSERT_TRUE(await(api->get(QStringLiteral("/user"))).ok());
    EXPECT_EQ(looker.logins(), 2);
    // Renewed before the call, not after Looker refused it.
    for (const auto& request : looker.requests()) {
        if (request.path != "/api/4.0/login") {
            EXPECT_FALSE(request.headers.value("authorization").isEmpty());
        }
    }
    EXPECT_EQ(looker.requests().size(), 4);
}

TEST_F(LookerApi, A429IsRetriedAndThenSucceeds) {
    looker.refuseNext(2);
    auto api = client();
    const auto user = await(api->get(QStringLiteral("/user")));
    EXPECT_TRUE(user.ok()) << user.error.message.toStdString();
    // A limit that does not lift is said so, after the bounded retries.
    looker.refuseNext(10);
    const auto limited = await(api->get(QStringLiteral("/user")));
    EXPECT_EQ(limited.error.kind, LookerApiError::Kind::RateLimited);
    EXPECT_EQ(limited.status, 429);
}

TEST_F(LookerApi, AnUnreachableLookerIsSaidWithinTheTimeLimit) {
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    LookerApiClient api(LookerApiSettings{nowhere, kClientId, kSecret, true});
    QElapsedTimer timer;
    timer.start();
    const auto user = await(api.get(QStringLiteral("/user")));
    EXPECT_LT(timer.elapsed(), TestSupport::scaledMs(10000));
    EXPECT_EQ(user.error.kind, LookerApiError::Kind::Unreachable);
    EXPECT_TRUE(user.error.message.startsWith(u"Looker can not be reached at"))
        << user.error.message.toStdString();
}

TEST_F(LookerApi, AUrlWithoutLookersApiIsSaidSo) {
    // Not Looker: a 404 that is not Looker's JSON error.
    auto api = client();
    LookerApiSettings wrong = api->settings();
    wrong.baseUrl.setPath(QStringLiteral("/somewhere"));
    LookerApiClient elsewhere(wrong);
    const auto user = await(elsewhere.get(QStringLiteral("/user")));
    EXPECT_EQ(user.error.kind, LookerApiError::Kind::NoApi) << user.error.message.toStdString();
}

TEST_F(LookerApi, TheVersionIsABestEffort) {
    auto api = client();
    EXPECT_EQ(await(api->version()), std::optional<QString>(QStringLiteral("25.6.12")));
    looker.setVersionsMissing(true);
    EXPECT_EQ(await(api->version()), std::nullopt);
}

TEST(LookerApiSettings, ComeFromTheSdksVariablesAndLookerIni) {
    QProcessEnvironment environment;
    EXPECT_FALSE(LookerApiSettings::fromEnvironment(environment));
    environment.insert(QStringLiteral("LOOKERSDK_BASE_URL"),
                       QStringLiteral("https://acme.looker.com:19999/api/4.0/"));
    environment.insert(QStringLiteral("LOOKERSDK_CLIENT_ID"), QStringLiteral("id1"));
    environment.insert(QStringLiteral("LOOKERSDK_CLIENT_SECRET"), QStringLiteral("sec1"));
    environment.insert(QStringLiteral("LOOKERSDK_VERIFY_SSL"), QStringLiteral("false"));
    const auto fromEnvironment = LookerApiSettings::fromEnvironment(environment);
    ASSERT_TRUE(fromEnvironment);
    EXPECT_EQ(fromEnvironment->baseUrl, QUrl(QStringLiteral("https://acme.looker.com:19999")));
    EXPECT_EQ(fromEnvironment->clientSecret, QByteArray("sec1"));
    EXPECT_FALSE(fromEnvironment->verifySsl);
    EXPECT_EQ(fromEnvironment->apiUrl(QStringLiteral("/login")),
              QUrl(QStringLiteral("https://acme.looker.com:19999/api/4.0/login")));

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("looker.ini"));
    QFile file(ini);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[Looker]\nbase_url=https://acme.looker.com\nclient_id=id2\nclient_secret=sec2\n"
               "verify_ssl=True\n\n[Staging]\nbase_url=https://staging.looker.com\n"
               "client_id=id3\nclient_secret=sec3\n");
    file.close();
    QString error;
    const auto looker = LookerApiSettings::fromIni(ini, {}, &error);
    ASSERT_TRUE(looker) << error.toStdString();
    EXPECT_EQ(looker->clientId, QStringLiteral("id2"));
    EXPECT_TRUE(looker->verifySsl);
    EXPECT_TRUE(looker->problem().isEmpty());
    const auto staging = LookerApiSettings::fromIni(ini, QStringLiteral("Staging"), &error);
    ASSERT_TRUE(staging);
    EXPECT_EQ(staging->baseUrl.host(), QStringLiteral("staging.looker.com"));
    EXPECT_FALSE(LookerApiSettings::fromIni(ini, QStringLiteral("Nope"), &error));
    EXPECT_TRUE(error.contains(u"no [Nope] section")) << error.toStdString();
}

TEST(LookerApiTls, AnUntrustedCertificateIsSaidWithWhoseItIsAndNotCheckingIsTheUsersChoice) {
    const auto certificate = TestSupport::SelfSignedCertificate::make();
    LookerStandIn secure{kClientId, kSecret};
    ASSERT_TRUE(secure.listen(certificate.certificatePem, certificate.keyPem));
    ASSERT_EQ(secure.url().scheme(), QStringLiteral("https"));
    LookerApiClient verified(LookerApiSettings{secure.url(), kClientId, kSecret, true});
    const auto refused = await(verified.get(QStringLiteral("/user")));
    EXPECT_EQ(refused.error.kind, LookerApiError::Kind::Tls) << refused.error.message.toStdString();
    EXPECT_TRUE(refused.error.message.contains(u"127.0.0.1"))
        << refused.error.message.toStdString();
    EXPECT_EQ(secure.logins(), 0) << "no secret sent to an untrusted peer";

    LookerApiClient unchecked(LookerApiSettings{secure.url(), kClientId, kSecret, false});
    const auto user = await(unchecked.get(QStringLiteral("/user")));
    EXPECT_TRUE(user.ok()) << user.error.message.toStdString();
}
