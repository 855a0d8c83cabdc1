// What only a hub on a server does: refuse a token, go away and come back (the events missed
// meanwhile arrive exactly once), restart as a new process (resync), and show a self-signed
// certificate that is trusted only once pinned.
#include "connection/remotehubconnection.h"

#include "admin/adminserver.h"
#include "admin/adminservice.h"
#include "admintesthub.h"
#include "awaitfuture.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "core/tlscredentials.h"
#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "rawhttpclient.h"
#include "selfsignedcertificate.h"
#include "testsink.h"
#include "waituntil.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::RawHttpClient;
using TestSupport::SelfSignedCertificate;
using TestSupport::waitUntil;

namespace {

/// Waits for a future on the event loop (the remote one needs it to run).
const QByteArray kSecret = "region-secret-for-remote-tests";

class RemoteHub : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    RemoteHub()
        : AdminTestHub(kSecret, QStringLiteral("wk")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        // The tests start the admin server themselves (on a port of their choice, or TLS).
        stopAdmin();
        token = createToken(QStringLiteral("window"), AdminScope::Operate);
    }
    void TearDown() override {
        connection.reset();
        server.reset();
        service.reset();
        hub.reset();
    }

    bool startServer(quint16 port = 0, const TlsCredentials* tls = nullptr) {
        QString error;
        const bool ok = listenAdmin(port, tls, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }

    void makeConnection(QByteArray withToken, QByteArray pin = {}) {
        connection = std::make_unique<RemoteHubConnection>(
            RemoteHubSettings{QStringLiteral("prod"), server->url(), withToken, pin});
        connection->setBackoff(50, 200);
        QObject::connect(connection.get(), &HubConnection::executeFinished,
                         [this](const ExecuteSummary& s) { finished.append(s); });
        QObject::connect(connection.get(), &HubConnection::resynced, [this] { ++resyncs; });
        connection->open();
    }

    bool connected() {
        return waitUntil([this] { return connection->state() == HubConnection::State::Connected; });
    }

    void executeRows(int rows) {
        const auto answer = execute(rows);
        ASSERT_TRUE(answer);
        ASSERT_TRUE(answer->body.contains("\"success\":true"));
    }

    std::unique_ptr<RemoteHubConnection> connection;
    QByteArray token;
    QList<ExecuteSummary> finished;
    int resyncs = 0;
};

} // namespace

TEST_F(RemoteHub, AWrongTokenIsUnauthorizedAndNotRetried) {
    ASSERT_TRUE(startServer());
    makeConnection("ad_not-a-token");
    ASSERT_TRUE(
        waitUntil([this] { return connection->state() == HubConnection::State::Unauthorized; }));
    EXPECT_FALSE(connection->stateReason().isEmpty());
    TestSupport::processEventsFor(500);
    EXPECT_EQ(connection->state(), HubConnection::State::Unauthorized);
}

TEST_F(RemoteHub, NoTokenIsUnauthorizedWithoutAsking) {
    ASSERT_TRUE(startServer());
    makeConnection({});
    EXPECT_EQ(connection->state(), HubConnection::State::Unauthorized);
    EXPECT_TRUE(connection->stateReason().contains(u"No admin token"));
}

TEST_F(RemoteHub, ALookerTokenIsNoAdminToken) {
    ASSERT_TRUE(startServer());
    makeConnection(HubToken::make(kSecret, "n9"));
    ASSERT_TRUE(
        waitUntil([this] { return connection->state() == HubConnection::State::Unauthorized; }));
}

TEST_F(RemoteHub, AnUnreachableHubIsRetriedWithTheReason) {
    ASSERT_TRUE(startServer());
    const quint16 port = quint16(server->url().port());
    makeConnection(token);
    ASSERT_TRUE(connected());
    server.reset();
    ASSERT_TRUE(
        waitUntil([this] { return connection->state() == HubConnection::State::Reconnecting; }));
    EXPECT_FALSE(connection->stateReason().isEmpty());
    ASSERT_TRUE(startServer(port));
    EXPECT_TRUE(connected());
}

TEST_F(RemoteHub, EventsMissedWhileAwayArriveExactlyOnce) {
    ASSERT_TRUE(startServer());
    const quint16 port = quint16(server->url().port());
    makeConnection(token);
    ASSERT_TRUE(connected());
    executeRows(3);
    ASSERT_TRUE(waitUntil([this] { return finished.size() == 1; }));
    const QByteArray before = connection->lastEventId();
    server.reset(); // the hub goes on; its events are kept
    executeRows(4);
    executeRows(5);
    ASSERT_TRUE(startServer(port));
    ASSERT_TRUE(waitUntil([this] { return finished.size() == 3; })) << finished.size();
    TestSupport::processEventsFor(300);
    ASSERT_EQ(finished.size(), 3);
    EXPECT_EQ(finished[1].result.rows, 4);
    EXPECT_EQ(finished[2].result.rows, 5);
    EXPECT_EQ(resyncs, 0);
    EXPECT_NE(connection->lastEventId(), before);
}

TEST_F(RemoteHub, ANewProcessMeansResync) {
    ASSERT_TRUE(startServer());
    const quint16 port = quint16(server->url().port());
    makeConnection(token);
    ASSERT_TRUE(connected());
    const QString firstBoot = connection->snapshot().bootId;
    server.reset();
    service = std::make_unique<AdminService>(*hub); // another bootId, as after a restart
    ASSERT_TRUE(startServer(port));
    ASSERT_TRUE(waitUntil([this] { return resyncs == 1; }));
    ASSERT_TRUE(waitUntil([&] { return connection->snapshot().bootId == service->bootId(); }));
    EXPECT_NE(connection->snapshot().bootId, firstBoot);
}

TEST_F(RemoteHub, ASelfSignedCertificateIsTrustedOnlyOncePinned) {
    QTemporaryDir files;
    SelfSignedCertificate certificate = SelfSignedCertificate::make();
    ASSERT_TRUE(certificate.write(files.path(), QStringLiteral("admin")));
    QString error;
    auto tls = TlsCredentials::load(certificate.certificateFile, certificate.keyFile, &error);
    ASSERT_TRUE(tls) << error.toStdString();
    ASSERT_TRUE(startServer(0, &*tls));
    makeConnection(token);
    ASSERT_TRUE(waitUntil([this] {
        return connection->state() == HubConnection::State::CertificateChanged;
    })) << int(connection->state())
        << connection->stateReason().toStdString();
    const QByteArray expected =
        QSslCertificate(certificate.certificatePem).digest(QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(connection->offeredSha256(), expected);
    EXPECT_TRUE(connection->stateReason().contains(QString::fromLatin1(expected)));
    connection->pinCertificate(expected);
    EXPECT_TRUE(connected()) << connection->stateReason().toStdString();

    // Another certificate on the same address is refused again.
    const quint16 port = quint16(server->url().port());
    server.reset();
    SelfSignedCertificate other = SelfSignedCertificate::make();
    ASSERT_TRUE(other.write(files.path(), QStringLiteral("other")));
    auto otherTls = TlsCredentials::load(other.certificateFile, other.keyFile, &error);
    ASSERT_TRUE(otherTls);
    ASSERT_TRUE(startServer(port, &*otherTls));
    ASSERT_TRUE(waitUntil(
        [this] { return connection->state() == HubConnection::State::CertificateChanged; }));
    EXPECT_NE(connection->offeredSha256(), expected);
}

TEST_F(RemoteHub, AnAdminTokenChangesTheConfigurationAndMakesAndRevokesLookerTokens) {
    ASSERT_TRUE(startServer());
    makeConnection(createToken(QStringLiteral("root"), AdminScope::Admin));
    ASSERT_TRUE(connected());
    ASSERT_TRUE(waitUntil([this] { return !connection->config().sources.isEmpty(); }));

    QJsonObject source{{QStringLiteral("dataPlaneUrl"), sink.url()},
                       {QStringLiteral("writeKey"), QStringLiteral("wk_new source")}};
    const auto changed = await(connection->changeConfig(
        {{QStringLiteral("sources"), QJsonObject{{QStringLiteral("Staging EU"), source}}}}));
    ASSERT_TRUE(changed.ok()) << changed.error.toStdString();
    ASSERT_TRUE(waitUntil([this] { return connection->config().source(u"Staging EU"_qs); }));
    EXPECT_TRUE(connection->config().source(u"Staging EU"_qs)->writeKey.isEmpty())
        << "a listed configuration carries no write key";
    const auto key = await(connection->revealWriteKey(QStringLiteral("Staging EU")));
    ASSERT_TRUE(key.ok()) << key.error.toStdString();
    EXPECT_EQ(key.value, QStringLiteral("wk_new source"));

    const auto made = await(connection->makeRegionToken(QStringLiteral("US")));
    ASSERT_TRUE(made.ok()) << made.error.toStdString();
    const QByteArray looker = made.value.token;
    const auto lookerStatus = [&] {
        RawHttpClient client;
        EXPECT_TRUE(client.connect(quint16(hub->listeningUrl().port())));
        client.write("POST / HTTP/1.1\r\nAuthorization: Token token=\"" + looker +
                     "\"\r\nContent-Length: 0\r\n\r\n");
        const auto answer = client.read();
        return answer ? answer->status : 0;
    };
    EXPECT_EQ(lookerStatus(), 200);
    const auto revoked =
        await(connection->revokeRegionToken(QStringLiteral("US"), made.value.nonce));
    ASSERT_TRUE(revoked.ok()) << revoked.error.toStdString();
    EXPECT_EQ(lookerStatus(), 403);
}

TEST_F(RemoteHub, AChangeMadeAgainstAnOlderConfigurationIsRefused) {
    ASSERT_TRUE(startServer());
    makeConnection(createToken(QStringLiteral("root"), AdminScope::Admin));
    ASSERT_TRUE(connected());
    ASSERT_TRUE(waitUntil([this] { return !connection->config().sources.isEmpty(); }));
    // Someone else changes it first, in the hub itself.
    HubConfig other = hub->config();
    other.label = QStringLiteral("changed elsewhere");
    ASSERT_TRUE(hub->reconfigure(other, nullptr));
    const auto stale =
        await(connection->changeConfig({{QStringLiteral("label"), QStringLiteral("mine")}}));
    EXPECT_FALSE(stale.ok());
    // Fetched again after the refusal: the next change is made against theirs.
    ASSERT_TRUE(waitUntil([this] { return connection->config().label == u"changed elsewhere"; }));
    EXPECT_TRUE(
        await(connection->changeConfig({{QStringLiteral("label"), QStringLiteral("mine")}})).ok());
}
