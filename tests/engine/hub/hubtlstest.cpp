// HTTPS: certificates made in the test, a Hub listening with them on 127.0.0.1, a client that
// trusts only that certificate, and the TestSink as the data plane.
#include "core/clock.h"
#include "core/idgenerator.h"
#include "core/tlscredentials.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "lookerrequests.h"
#include "selfsignedcertificate.h"
#include "testsink.h"
#include "waituntil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::SelfSignedCertificate;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "tls-hub-secret";

class HubTls : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sink.listen());
        ASSERT_TRUE(certificate.write(dir.path(), QStringLiteral("hub")));
    }

    HubConfig tlsConfig(const SelfSignedCertificate& files) const {
        HubConfig config;
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        config.tlsCertificateFile = files.certificateFile;
        config.tlsKeyFile = files.keyFile;
        return config;
    }

    std::optional<TlsCredentials> load(const QString& certificateFile, const QString& keyFile) {
        error.clear();
        return TlsCredentials::load(certificateFile, keyFile, &error);
    }

    QString writeFile(const QString& name, const QByteArray& contents) const {
        const QString path = dir.path() + u'/' + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
        return path;
    }

    HttpClient::Headers auth() const {
        return {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""},
                {"User-Agent", "LookerOutgoingWebhook/7.20.0"}};
    }

    QByteArray executeBody() const {
        return TestSupport::LookerRequests::reference("track_calls_track", u"wk_tls"_qs,
                                                      sink.url());
    }

    QTemporaryDir dir;
    SelfSignedCertificate certificate = SelfSignedCertificate::make();
    TestSink sink;
    HttpClient client;
    SystemClock clock;
    RandomIdGenerator ids;
    QString error;
};

} // namespace

TEST_F(HubTls, ExecutesOverHttpsWithACertificateMadeInTheTest) {
    Hub hub(tlsConfig(certificate), dir.path() + QStringLiteral("/data"), clock, ids);
    QString startError;
    ASSERT_TRUE(hub.start(&startError)) << startError.toStdString();
    const QUrl base = hub.listeningUrl();
    EXPECT_EQ(base.scheme(), u"https");
    EXPECT_TRUE(hub.baseUrl().startsWith(u"https://127.0.0.1:"));

    client.trustOnly(QSslCertificate(certificate.certificatePem));
    const auto list = client.post(base.resolved(QUrl(QStringLiteral("/"))), {}, auth());
    ASSERT_EQ(list.status, 200) << list.error.toStdString();
    // The action URLs handed to Looker are https too.
    EXPECT_TRUE(list.body.contains("\"url\":\"https://127.0.0.1:"));

    const auto execute =
        client.post(base.resolved(QUrl(QStringLiteral("/actions/rudder_track/execute"))),
                    executeBody(), auth());
    ASSERT_EQ(execute.status, 200) << execute.error.toStdString();
    EXPECT_TRUE(execute.body.contains("\"success\":true")) << execute.body.toStdString();
    EXPECT_TRUE(waitUntil([&] { return !sink.deliveredMessageIds().isEmpty(); }, 20000));
}

TEST_F(HubTls, TheHubAnswersNoPlainHttpAndClientsThatDoNotTrustItFail) {
    Hub hub(tlsConfig(certificate), dir.path() + QStringLiteral("/data"), clock, ids);
    ASSERT_TRUE(hub.start(&error));
    QUrl plain = hub.listeningUrl();
    plain.setScheme(QStringLiteral("http"));
    EXPECT_EQ(client.post(plain.resolved(QUrl(QStringLiteral("/"))), {}, auth(), 5000).status, 0);

    // Without trusting the self-signed certificate, verification fails: the hub really presents it.
    const auto untrusted =
        client.post(hub.listeningUrl().resolved(QUrl(QStringLiteral("/"))), {}, auth(), 5000);
    EXPECT_EQ(untrusted.status, 0);
    EXPECT_FALSE(untrusted.error.isEmpty());
}

TEST_F(HubTls, AWrongKeyFailsAtStartWithAClearMessageAndNoPlainFallback) {
    SelfSignedCertificate other = SelfSignedCertificate::make();
    ASSERT_TRUE(other.write(dir.path(), QStringLiteral("other")));
    SelfSignedCertificate mismatched = certificate;
    mismatched.keyFile = other.keyFile;

    Hub hub(tlsConfig(mismatched), dir.path() + QStringLiteral("/data"), clock, ids);
    EXPECT_FALSE(hub.start(&error));
    EXPECT_FALSE(hub.isListening());
    EXPECT_TRUE(hub.listeningUrl().isEmpty());
    EXPECT_EQ(error, QStringLiteral("the TLS key %1 does not belong to the certificate %2 (issued "
                                    "to 127.0.0.1)")
                         .arg(other.keyFile, certificate.certificateFile));
    EXPECT_EQ(hub.listenError(), error);

    // Fixed in the configuration: the hub listens with HTTPS at once.
    QString reconfigureError;
    EXPECT_TRUE(hub.reconfigure(tlsConfig(certificate), &reconfigureError))
        << reconfigureError.toStdString();
    EXPECT_TRUE(hub.isListening());
    EXPECT_EQ(hub.listeningUrl().scheme(), u"https");
}

TEST_F(HubTls, ReconfiguringBetweenHttpAndHttpsListensAnew) {
    HubConfig plain = tlsConfig(certificate);
    plain.tlsCertificateFile.clear();
    plain.tlsKeyFile.clear();
    Hub hub(plain, dir.path() + QStringLiteral("/data"), clock, ids);
    ASSERT_TRUE(hub.start(&error));
    EXPECT_EQ(hub.listeningUrl().scheme(), u"http");
    ASSERT_TRUE(hub.reconfigure(tlsConfig(certificate), &error)) << error.toStdString();
    EXPECT_EQ(hub.listeningUrl().scheme(), u"https");
    client.trustOnly(QSslCertificate(certificate.certificatePem));
    EXPECT_EQ(
        client.post(hub.listeningUrl().resolved(QUrl(QStringLiteral("/"))), {}, auth()).status,
        200);
    ASSERT_TRUE(hub.reconfigure(plain, &error)) << error.toStdString();
    EXPECT_EQ(hub.listeningUrl().scheme(), u"http");
    EXPECT_EQ(
        client.post(hub.listeningUrl().resolved(QUrl(QStringLiteral("/"))), {}, auth()).status,
        200);
}

TEST_F(HubTls, CredentialsLoadRsaAndEcPairs) {
    EXPECT_TRUE(load(certificate.certificateFile, certificate.keyFile)) << error.toStdString();
    SelfSignedCertificate rsa = SelfSignedCertificate::make(SelfSignedCertificate::KeyType::Rsa);
    ASSERT_TRUE(rsa.write(dir.path(), QStringLiteral("rsa")));
    const auto loaded = load(rsa.certificateFile, rsa.keyFile);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->certificate().subjectInfo(QSslCertificate::CommonName).value(0),
              u"127.0.0.1");
    EXPECT_EQ(loaded->serverConfiguration().privateKey().algorithm(), QSsl::Rsa);
}

TEST_F(HubTls, EveryBadFileGetsItsOwnMessage) {
    const QString missing = dir.path() + QStringLiteral("/missing.crt");
    EXPECT_FALSE(load(missing, certificate.keyFile));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read the TLS certificate ") + missing))
        << error.toStdString();

    EXPECT_FALSE(load(certificate.certificateFile, missing));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read the TLS key ") + missing))
        << error.toStdString();

    const QString notPem = writeFile(QStringLiteral("garbage.crt"), "not a certificate\n");
    EXPECT_FALSE(load(notPem, certificate.keyFile));
    EXPECT_TRUE(error.contains(u"holds no PEM certificate")) << error.toStdString();

    // The key and the certificate swapped.
    EXPECT_FALSE(load(certificate.keyFile, certificate.certificateFile));
    EXPECT_TRUE(error.contains(u"holds no PEM certificate")) << error.toStdString();
    EXPECT_FALSE(load(certificate.certificateFile, certificate.certificateFile));
    EXPECT_TRUE(error.contains(u"holds no PEM private key")) << error.toStdString();

    const QString encrypted =
        writeFile(QStringLiteral("encrypted.key"), certificate.encryptedKeyPem("passphrase"));
    EXPECT_FALSE(load(certificate.certificateFile, encrypted));
    EXPECT_TRUE(error.contains(u"protected by a passphrase")) << error.toStdString();

    SelfSignedCertificate expired =
        SelfSignedCertificate::make(SelfSignedCertificate::KeyType::Ec, -30, -1);
    ASSERT_TRUE(expired.write(dir.path(), QStringLiteral("expired")));
    EXPECT_FALSE(load(expired.certificateFile, expired.keyFile));
    EXPECT_TRUE(error.contains(u"expired on")) << error.toStdString();

    SelfSignedCertificate future =
        SelfSignedCertificate::make(SelfSignedCertificate::KeyType::Ec, 2, 30);
    ASSERT_TRUE(future.write(dir.path(), QStringLiteral("future")));
    EXPECT_FALSE(load(future.certificateFile, future.keyFile));
    EXPECT_TRUE(error.contains(u"is not valid before")) << error.toStdString();
}

TEST_F(HubTls, TheKeyNeverAppearsInErrors) {
    SelfSignedCertificate other = SelfSignedCertificate::make();
    ASSERT_TRUE(other.write(dir.path(), QStringLiteral("other")));
    EXPECT_FALSE(load(certificate.certificateFile, other.keyFile));
    const QByteArray keyBody = other.keyPem.split('\n').value(1);
    ASSERT_FALSE(keyBody.isEmpty());
    EXPECT_FALSE(error.toUtf8().contains(keyBody));
}
