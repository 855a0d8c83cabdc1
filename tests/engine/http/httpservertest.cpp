// The HTTP front on 127.0.0.1 (ephemeral port) against raw TCP clients: headers first, bodies
// read only when asked and only as fast as they are taken, every limit enforced.
#include "http/httpserver.h"

#include "core/tlscredentials.h"
#include "rawhttpclient.h"
#include "residentmemory.h"
#include "sanitizerscale.h"
#include "selfsignedcertificate.h"
#include "waituntil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <vector>

using namespace ActionDeck;
using TestSupport::RawHttpClient;
using TestSupport::residentBytes;
using TestSupport::scaledMs;
using TestSupport::waitUntil;

namespace {

QByteArray post(const QByteArray& path, qint64 contentLength, const QByteArray& extra = {}) {
    return "POST " + path +
           " HTTP/1.1\r\nHost: hub\r\nContent-Length: " + QByteArray::number(contentLength) +
           "\r\n" + extra + "\r\n";
}

/// A server whose handler the test sets; by default it reads the body and answers its size.
class HttpFront : public testing::Test {
protected:
    void SetUp() override {
        handler = [](HttpExchange* exchange) { readAndAnswerSize(exchange); };
        limits.headerTimeoutMs = 400;
        limits.bodyIdleTimeoutMs = 400;
        limits.keepAliveTimeoutMs = 400;
        limits.drainTimeoutMs = 300;
        startServer();
    }

    void startServer() {
        server = std::make_unique<HttpServer>([this](HttpExchange* exchange) {
            ++requests;
            handler(exchange);
        });
        server->setLimits(limits);
        QString error;
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0, nullptr, &error))
            << error.toStdString();
    }

    static void readAndAnswerSize(HttpExchange* exchange, qint64 maxBytes = 64 << 20) {
        auto received = std::make_shared<qint64>(0);
        QObject::connect(exchange, &HttpExchange::bodyData, exchange,
                         [received](const QByteArray& piece) { *received += piece.size(); });
        QObject::connect(exchange, &HttpExchange::bodyEnd, exchange, [exchange, received] {
            exchange->respond(200, "text/plain", QByteArray::number(*received));
        });
        QObject::connect(exchange, &HttpExchange::bodyFailed, exchange,
                         [exchange](int status, const QString& reason) {
                             exchange->respond(status, "text/plain", reason.toUtf8());
                         });
        exchange->readBody(maxBytes);
    }

    RawHttpClient& client(const QHostAddress& from = {}) {
        clients.push_back(std::make_unique<RawHttpClient>());
        EXPECT_TRUE(clients.back()->connect(server->port(), from));
        return *clients.back();
    }

    HttpLimits limits;
    std::function<void(HttpExchange*)> handler;
    std::unique_ptr<HttpServer> server;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    int requests = 0;
};

} // namespace

TEST_F(HttpFront, KeepAliveServesSeveralRequestsOnOneConnection) {
    RawHttpClient& c = client();
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(c.write(post("/echo", 5) + "hello"));
        const auto response = c.read();
        ASSERT_TRUE(response) << i;
        EXPECT_EQ(response->status, 200);
        EXPECT_EQ(response->body, "5");
    }
    EXPECT_EQ(requests, 3);
    EXPECT_EQ(server->openConnections(), 1);
}

TEST_F(HttpFront, TheHandlerSeesTheHeaderBeforeAnyOfTheBody) {
    HttpRequestHead seen;
    handler = [&](HttpExchange* exchange) {
        seen = exchange->head();
        exchange->respond(204, "text/plain", {});
    };
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("GET /actions/x%20y?reveal=1 HTTP/1.1\r\nHost: hub\r\n"
                        "Authorization: Token token=\"abc\"\r\n\r\n"));
    const auto response = c.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 204);
    EXPECT_EQ(seen.method, "GET");
    EXPECT_EQ(seen.path, QStringLiteral("/actions/x y"));
    EXPECT_EQ(seen.query.queryItemValue(QStringLiteral("reveal")), QStringLiteral("1"));
    EXPECT_EQ(seen.value("authorization"), "Token token=\"abc\"");
    EXPECT_EQ(seen.peer, QHostAddress(QHostAddress::LocalHost));
}

TEST_F(HttpFront, ARefusalBeforeTheBodyIsReadWhileTheUploadGoesOnAndMemoryStaysFlat) {
    handler = [](HttpExchange* exchange) {
        exchange->respond(403, "application/json",
                          R"({"error":"Invalid 'Authorization' header."})");
    };
    const qint64 before = residentBytes();
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write(post("/actions/rudder_event/execute", 300ll << 20)));
    const auto response = c.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 403);
    EXPECT_EQ(response->field("Connection"), "close");
    // The client goes on sending; the hub drops a bounded amount and closes.
    const QByteArray megabyte(1 << 20, 'x');
    for (int i = 0; i < 64 && c.isConnected(); ++i)
        c.socket().write(megabyte), c.socket().waitForBytesWritten(200);
    EXPECT_TRUE(c.waitClosed(3000));
    EXPECT_LT(residentBytes() - before, 8 << 20);
}

TEST_F(HttpFront, ExpectContinueIsAnsweredOnlyWhenTheBodyIsWanted) {
    RawHttpClient wanted = {};
    ASSERT_TRUE(wanted.connect(server->port()));
    ASSERT_TRUE(wanted.write(post("/echo", 4, "Expect: 100-continue\r\n")));
    ASSERT_TRUE(waitUntil([&] { return wanted.socket().bytesAvailable() > 0; }, 3000));
    EXPECT_TRUE(wanted.socket().peek(64).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    ASSERT_TRUE(wanted.write("abcd"));
    const auto answer = wanted.read();
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->body, "4");

    handler = [](HttpExchange* exchange) { exchange->respond(403, "text/plain", "no"); };
    RawHttpClient& refused = client();
    ASSERT_TRUE(refused.write(post("/echo", 4, "Expect: 100-continue\r\n")));
    const auto refusal = refused.read();
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->status, 403);
}

TEST_F(HttpFront, ChunkedBodiesArriveDecoded) {
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /echo HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
    const auto response = c.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->body, "11");
}

// Found by fuzz/httpchunkedbody (issue #35): Beast 1.81 asserted when the last chunk's CRLF
// came a byte at a time, so a build with assertions (the sanitizer builds) aborted the hub.
TEST_F(HttpFront, AChunkedBodyWhoseEndArrivesAByteAtATimeIsRead) {
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /echo HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\nhello\r\n0\r\n"));
    for (const char* byte : {"\r", "\n"}) {
        TestSupport::processEventsFor(100); // each byte in a read of its own
        ASSERT_TRUE(c.write(byte));
    }
    const auto response = c.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->body, "5");
}

TEST_F(HttpFront, ABodyOverTheLimitIs413WithoutBeingRead) {
    handler = [](HttpExchange* exchange) { readAndAnswerSize(exchange, 1000); };
    RawHttpClient& announced = client();
    ASSERT_TRUE(announced.write(post("/echo", 5000)));
    const auto response = announced.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 413);
    EXPECT_TRUE(response->body.contains("over this hub's limit")) << response->body.constData();

    // Chunked: refused the moment the limit is passed.
    RawHttpClient& chunked = client();
    ASSERT_TRUE(
        chunked.write("POST /echo HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray piece(600, 'y');
    ASSERT_TRUE(chunked.write("258\r\n" + piece + "\r\n258\r\n" + piece + "\r\n"));
    const auto refused = chunked.read();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 413);
}

TEST_F(HttpFront, ABodyThatStallsEndsWith408) {
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write(post("/echo", 100) + "only part"));
    QElapsedTimer timer;
    timer.start();
    const auto response = c.read(3000);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 408);
    EXPECT_TRUE(response->body.contains("stalled")) << response->body.constData();
    EXPECT_GE(timer.elapsed(), 300);
}

TEST_F(HttpFront, TimeTheHubPausesReadingDoesNotCountAsAStall) {
    handler = [](HttpExchange* exchange) {
        readAndAnswerSize(exchange);
        exchange->pauseBody();
        // Paused for three idle timeouts, as while appends commit.
        QTimer::singleShot(1200, exchange, [exchange] { exchange->resumeBody(); });
    };
    const QByteArray body(3 << 20, 'z');
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write(post("/echo", body.size())));
    c.socket().write(body);
    const auto response = c.read(8000);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, QByteArray::number(body.size()));
}

TEST_F(HttpFront, HalfSentHeadersAreClosedAfterTheHeaderTimeout) {
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /actions/rudder_event/exe"));
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(c.waitClosed(3000));
    EXPECT_GE(timer.elapsed(), 300);
    EXPECT_EQ(requests, 0);
}

TEST_F(HttpFront, AnIdleKeepAliveConnectionIsClosed) {
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write(post("/echo", 1) + "x"));
    ASSERT_TRUE(c.read());
    EXPECT_TRUE(c.waitClosed(3000));
}

TEST_F(HttpFront, HeadersOverTheirLimitsAre431) {
    RawHttpClient& big = client();
    ASSERT_TRUE(big.write("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"));
    const auto tooBig = big.read();
    ASSERT_TRUE(tooBig);
    EXPECT_EQ(tooBig->status, 431);

    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 120; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    RawHttpClient& fields = client();
    ASSERT_TRUE(fields.write(many + "\r\n"));
    const auto tooMany = fields.read();
    ASSERT_TRUE(tooMany);
    EXPECT_EQ(tooMany->status, 431);
    EXPECT_EQ(requests, 0);
}

TEST_F(HttpFront, GarbageGets400AndTheServerKeepsAnswering) {
    for (const QByteArray& garbage :
         {QByteArray("\x16\x03\x01\x02\x00 not http\r\n\r\n"), QByteArray("GET\r\n\r\n"),
          QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
          QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")}) {
        RawHttpClient& c = client();
        ASSERT_TRUE(c.write(garbage));
        const auto response = c.read(3000);
        if (response) {
            EXPECT_EQ(response->status, 400) << garbage.constData();
        }
        EXPECT_TRUE(c.waitClosed(3000)) << garbage.constData();
    }
    RawHttpClient& good = client();
    ASSERT_TRUE(good.write(post("/echo", 2) + "ok"));
    const auto response = good.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
}

TEST_F(HttpFront, ConnectionsPastThePerAddressLimitAreClosedAtOnce) {
    limits.maxConnectionsPerAddress = 10;
    limits.headerTimeoutMs = 10000;
    server->setLimits(limits);
    std::vector<std::unique_ptr<RawHttpClient>> open;
    for (int i = 0; i < 100; ++i) {
        open.push_back(std::make_unique<RawHttpClient>());
        ASSERT_TRUE(open.back()->connect(server->port()));
    }
    int closed = 0;
    ASSERT_TRUE(waitUntil(
        [&] {
            closed = 0;
            for (auto& c : open)
                closed += c->waitClosed(0) ? 1 : 0;
            return closed >= 90;
        },
        3000));
    EXPECT_EQ(closed, 90);
    // Another address is not affected.
    RawHttpClient& other = client(QHostAddress(QStringLiteral("127.0.0.2")));
    ASSERT_TRUE(other.write(post("/echo", 1) + "x"));
    EXPECT_TRUE(other.read());
}

TEST_F(HttpFront, AFloodOfHalfOpenConnectionsDoesNotDelayARealRequest) {
    // Scaled: opening the 400 connections alone can take seconds under TSan.
    limits.headerTimeoutMs = int(scaledMs(4000));
    server->setLimits(limits);
    std::vector<std::unique_ptr<RawHttpClient>> flood;
    const auto closedCount = [&] {
        int closed = 0;
        for (auto& c : flood)
            closed += c->waitClosed(0) ? 1 : 0;
        return closed;
    };
    for (int i = 0; i < 400; ++i) {
        flood.push_back(std::make_unique<RawHttpClient>());
        ASSERT_TRUE(flood.back()->connect(
            server->port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 8))));
        flood.back()->socket().write("POST /actions/rudder_event/execute HT");
    }
    RawHttpClient& real = client();
    ASSERT_TRUE(real.write(post("/echo", 1) + "x"));
    const auto response = real.read(int(scaledMs(3500)));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    // Answered while every connection of the flood (eight addresses, 50 each: within the
    // per-address limit) was still waiting for its header: nothing queued behind them.
    EXPECT_EQ(closedCount(), 0);
    EXPECT_TRUE(waitUntil([&] { return closedCount() == 400; }, int(scaledMs(10000))))
        << closedCount() << " of 400 closed after the header timeout";
    EXPECT_EQ(requests, 1);
}

TEST_F(HttpFront, ATrustedProxysClientsAreLimitedOneByOne) {
    limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
    limits.maxConnectionsPerAddress = 2;
    server->setLimits(limits);
    std::vector<HttpExchange*> waiting;
    handler = [&](HttpExchange* exchange) { waiting.push_back(exchange); };
    const auto proxied = [&](const QByteArray& client) -> RawHttpClient& {
        RawHttpClient& c = this->client();
        EXPECT_TRUE(c.write("GET /status HTTP/1.1\r\nX-Forwarded-For: " + client + "\r\n\r\n"));
        return c;
    };
    proxied("203.0.113.7");
    proxied("198.51.100.1, 203.0.113.7"); // the left entry is the client's own claim
    ASSERT_TRUE(waitUntil([&] { return waiting.size() == 2; }));
    RawHttpClient& third = proxied("203.0.113.7");
    const auto refused = third.read();
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 503);
    EXPECT_TRUE(refused->body.contains("203.0.113.7"));
    RawHttpClient& other = proxied("203.0.113.8");
    ASSERT_TRUE(waitUntil([&] { return waiting.size() == 3; }));
    EXPECT_EQ(waiting.back()->head().client, QHostAddress(QStringLiteral("203.0.113.8")));
    for (HttpExchange* exchange : waiting)
        exchange->respond(200, "text/plain", "ok");
    EXPECT_TRUE(other.read());
}

TEST_F(HttpFront, AStreamedAnswerArrivesAsItIsWritten) {
    handler = [](HttpExchange* exchange) {
        exchange->beginStream(200, "application/json");
        exchange->writeStream("\n");
        QTimer::singleShot(100, exchange, [exchange] {
            exchange->writeStream("\n");
            exchange->writeStream(R"({"looker":{"success":true}})");
            exchange->endStream();
        });
    };
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /execute HTTP/1.1\r\nContent-Length: 0\r\n\r\n"));
    const auto response = c.read();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, "\n\n{\"looker\":{\"success\":true}}");
    // The request was read to its end: the connection serves the next one.
    ASSERT_TRUE(c.write("POST /execute HTTP/1.1\r\nContent-Length: 0\r\n\r\n"));
    EXPECT_TRUE(c.read());
    EXPECT_EQ(requests, 2);
}

TEST_F(HttpFront, ABodyCutOffByTheClientIsReportedAndTheConnectionFreed) {
    QString reason;
    handler = [&](HttpExchange* exchange) {
        QObject::connect(exchange, &HttpExchange::bodyFailed,
                         [&](int, const QString& why) { reason = why; });
        readAndAnswerSize(exchange);
    };
    {
        RawHttpClient c;
        ASSERT_TRUE(c.connect(server->port()));
        ASSERT_TRUE(c.write(post("/echo", 100) + "part"));
        ASSERT_TRUE(waitUntil([&] { return requests == 1; }));
    }
    EXPECT_TRUE(waitUntil([&] { return !reason.isEmpty(); }, 3000));
    EXPECT_EQ(reason, QStringLiteral("The request body ended after 4 bytes, before its end."));
    EXPECT_TRUE(waitUntil([&] { return server->openConnections() == 0; }, 3000));
}

TEST_F(HttpFront, TlsServesKeepAliveRequestsAndASilentClientIsClosedAfterTheHeaderTimeout) {
    QTemporaryDir dir;
    auto certificate = TestSupport::SelfSignedCertificate::make();
    ASSERT_TRUE(certificate.write(dir.path(), QStringLiteral("hub")));
    QString error;
    const auto credentials =
        TlsCredentials::load(certificate.certificateFile, certificate.keyFile, &error);
    ASSERT_TRUE(credentials) << error.toStdString();
    ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0, &*credentials, &error))
        << error.toStdString();
    EXPECT_EQ(server->url().scheme(), QStringLiteral("https"));

    QSslSocket tls;
    QSslConfiguration configuration = tls.sslConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(certificate.certificatePem));
    tls.setSslConfiguration(configuration);
    tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->port());
    ASSERT_TRUE(tls.waitForEncrypted(5000)) << tls.errorString().toStdString();
    QByteArray received;
    for (int i = 0; i < 2; ++i) {
        tls.write(post("/echo", 3) + "abc");
        received.clear();
        ASSERT_TRUE(waitUntil(
            [&] {
                received += tls.readAll();
                return received.endsWith("\r\n\r\n3");
            },
            5000))
            << received.constData();
        EXPECT_TRUE(received.startsWith("HTTP/1.1 200")) << received.constData();
    }

    // Connected, never says hello: closed once the header timeout has passed.
    RawHttpClient& silent = client();
    EXPECT_TRUE(silent.waitClosed(3000));
    EXPECT_EQ(requests, 2);
}

TEST_F(HttpFront, AClientThatNeverReadsItsAnswersIsClosedAfterTheIdleTimeout) {
    handler = [](HttpExchange* exchange) {
        exchange->respond(404, "text/plain", QByteArray(64 * 1024, 'n'));
    };
    RawHttpClient& c = client();
    // Pipelined requests whose answers fill every buffer on the way: a write then waits.
    QByteArray pipelined;
    for (int i = 0; i < 2000; ++i)
        pipelined += "GET /x HTTP/1.1\r\nHost: hub\r\n\r\n";
    c.socket().write(pipelined);
    c.socket().setReadBufferSize(1); // Qt reads no more than this for the test: nothing drains
    EXPECT_TRUE(waitUntil([&] { return requests > 10; }, 5000));
    EXPECT_TRUE(waitUntil([&] { return server->openConnections() == 0; }, 8000))
        << "a connection whose client stopped reading stayed open";
}

TEST_F(HttpFront, IPv4ClientsOfADualStackListenerAreCountedAndTrustedAsIPv4) {
    limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
    server->setLimits(limits);
    QString error;
    if (!server->listen(QHostAddress::AnyIPv6, 0, nullptr, &error))
        GTEST_SKIP() << "no IPv6 on this machine: " << error.toStdString();
    HttpRequestHead seen;
    handler = [&](HttpExchange* exchange) {
        seen = exchange->head();
        exchange->respond(204, "text/plain", {});
    };
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("GET / HTTP/1.1\r\nX-Forwarded-For: 198.51.100.9\r\n\r\n"));
    ASSERT_TRUE(c.read());
    EXPECT_EQ(seen.peer, QHostAddress(QHostAddress::LocalHost))
        << seen.peer.toString().toStdString();
    EXPECT_EQ(seen.client, QHostAddress(QStringLiteral("198.51.100.9")));
}
