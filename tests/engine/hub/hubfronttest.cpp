// The hub's routes on the HTTP front, from the header alone: token, path and method decide
// before a byte of the body is read, and the body limits hold while it is read.
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "rawhttpclient.h"
#include "residentmemory.h"
#include "sanitizerscale.h"
#include "testsink.h"
#include "waituntil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace ActionDeck;
using TestSupport::RawHttpClient;
using TestSupport::residentBytes;

namespace {

const QByteArray kSecret = "hub-secret-for-front-tests";

class HubFront : public testing::Test {
protected:
    void startHub(HubConfig config = {}) {
        ASSERT_TRUE(m_dir.isValid());
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        hub = std::make_unique<Hub>(config, m_dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
    }

    RawHttpClient& client() {
        clients.push_back(std::make_unique<RawHttpClient>());
        EXPECT_TRUE(clients.back()->connect(quint16(hub->listeningUrl().port())));
        return *clients.back();
    }

    QByteArray authorization() const {
        return "Authorization: Token token=\"" + HubToken::make(kSecret, "n1") + "\"\r\n";
    }

    static QString error(const RawHttpClient::Response& response) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (body.contains(u"looker"))
            return body.value(u"looker").toObject().value(u"message").toString();
        return body.value(u"error").toString();
    }

    QStringList spoolFiles() const {
        return QDir(m_dir.path()).entryList({QStringLiteral("spool-*")}, QDir::Files);
    }

    SystemClock clock;
    RandomIdGenerator ids;
    std::unique_ptr<Hub> hub;
    std::vector<std::unique_ptr<RawHttpClient>> clients;

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(HubFront, AnUnauthenticatedUploadIsRefusedAfterItsHeaderAndCostsNoMemory) {
    startHub();
    const qint64 before = residentBytes();
    for (int upload = 0; upload < 3; ++upload) {
        RawHttpClient& c = client();
        ASSERT_TRUE(c.write("POST /actions/rudder_event/execute HTTP/1.1\r\nHost: hub\r\n"
                            "Content-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(300ll << 20) + "\r\n\r\n"));
        const auto response = c.read();
        ASSERT_TRUE(response) << upload;
        EXPECT_EQ(response->status, 403);
        EXPECT_EQ(error(*response), QStringLiteral("Invalid 'Authorization' header."));
        // The client sends on regardless: the hub drops a bounded amount, then closes.
        const QByteArray megabyte(1 << 20, '{');
        for (int i = 0; i < 32 && c.isConnected(); ++i) {
            c.socket().write(megabyte);
            c.socket().waitForBytesWritten(200);
        }
        EXPECT_TRUE(c.waitClosed(5000)) << upload;
    }
    EXPECT_LT(residentBytes() - before, TestSupport::scaledMb(8) << 20)
        << "the refused bodies were buffered";
}

TEST_F(HubFront, AWrongMethodOnAKnownPathIs405AndAnUnknownPathIs404) {
    startHub();
    RawHttpClient& c = client();
    ASSERT_TRUE(
        c.write("GET /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() + "\r\n"));
    const auto wrongMethod = c.read();
    ASSERT_TRUE(wrongMethod);
    EXPECT_EQ(wrongMethod->status, 405);
    EXPECT_EQ(wrongMethod->field("Allow"), "POST");
    ASSERT_TRUE(
        c.write("POST /status HTTP/1.1\r\nContent-Length: 0\r\n" + authorization() + "\r\n"));
    const auto statusByPost = c.read();
    ASSERT_TRUE(statusByPost);
    EXPECT_EQ(statusByPost->status, 405);
    EXPECT_EQ(statusByPost->field("Allow"), "GET");
    ASSERT_TRUE(c.write("GET /nowhere HTTP/1.1\r\n" + authorization() + "\r\n"));
    const auto unknown = c.read();
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
    // The same connection still serves a good request.
    ASSERT_TRUE(c.write("GET /status HTTP/1.1\r\n" + authorization() + "\r\n"));
    const auto status = c.read();
    ASSERT_TRUE(status);
    EXPECT_EQ(status->status, 200);
}

TEST_F(HubFront, AnExecuteOverMaxBodyIs413BeforeOrAsTheLimitIsPassed) {
    HubConfig config;
    config.maxBodyBytes = 1 << 20;
    startHub(config);
    RawHttpClient& announced = client();
    ASSERT_TRUE(announced.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" +
                                authorization() + "Content-Length: " + QByteArray::number(2 << 20) +
                                "\r\n\r\n"));
    const auto early = announced.read();
    ASSERT_TRUE(early);
    EXPECT_EQ(early->status, 413);
    EXPECT_EQ(error(*early), QStringLiteral("The request body is over this hub's limit of 1 MB."));

    RawHttpClient& chunked = client();
    ASSERT_TRUE(chunked.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() +
                              "Transfer-Encoding: chunked\r\n\r\n"));
    const QByteArray piece(256 * 1024, ' ');
    for (int i = 0; i < 6 && chunked.isConnected(); ++i)
        chunked.write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    const auto passed = chunked.read();
    ASSERT_TRUE(passed);
    EXPECT_EQ(passed->status, 413);
}

TEST_F(HubFront, AnExecuteBodyThatStallsGetsAClearError) {
    HubConfig config;
    config.http.bodyIdleTimeoutMs = 300;
    startHub(config);
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() +
                        "Content-Length: 1000\r\n\r\n{\"type\": \"query\", "));
    const auto response = c.read(5000);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 408);
    EXPECT_EQ(error(*response),
              QStringLiteral("The request body stalled: nothing arrived for 0.3 s."));
}

TEST_F(HubFront, AnInlineResultGoesThroughATemporaryFileThatIsRemovedAfterwards) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    startHub();
    TestSupport::HttpClient http;
    const std::string result = TestSupport::JsonDetailGenerator::generate({.rows = 20000});
    const QByteArray plain = QByteArray::fromStdString(result);
    int expected = 0;
    for (const bool base64 : {false, true}) {
        QJsonObject attachment{
            {QStringLiteral("mimetype"), base64 ? QStringLiteral("application/json;base64")
                                                : QStringLiteral("application/json")},
            {QStringLiteral("data"),
             QString::fromLatin1(base64 ? plain.toBase64() : QByteArray())}};
        QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("query")},
                            {QStringLiteral("attachment"), attachment},
                            {QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("rudder_write_key"), QStringLiteral("wk")},
                                         {QStringLiteral("rudder_server_url"), sink.url()}}}})
                .toJson(QJsonDocument::Compact);
        if (!base64) // the result as a JSON string, escaped as Looker sends it
            body.replace("\"data\":\"\"",
                         "\"data\":" + QJsonDocument(QJsonArray{QString::fromUtf8(plain)})
                                           .toJson(QJsonDocument::Compact)
                                           .mid(1)
                                           .chopped(1));
        const auto response = http.post(
            QUrl(hub->listeningUrl().toString() + u"/actions/rudder_event/execute"_qs), body,
            {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""}}, 60000);
        ASSERT_EQ(response.status, 200) << base64;
        const QJsonObject looker =
            QJsonDocument::fromJson(response.body.trimmed()).object().value(u"looker").toObject();
        EXPECT_TRUE(looker.value(u"success").toBool()) << response.body.toStdString();
        expected += 20000;
        EXPECT_TRUE(
            TestSupport::waitUntil([&] { return sink.deliveredMessageIds().size() >= expected; },
                                   int(TestSupport::scaledMs(30000))))
            << sink.deliveredMessageIds().size();
        EXPECT_TRUE(TestSupport::waitUntil([&] { return spoolFiles().isEmpty(); }, 5000))
            << spoolFiles().join(u' ').toStdString();
    }
}

namespace {

/// An execute body with the settings before the attachment (Looker puts them after it).
QByteArray settingsFirstBody(const QString& dataPlane, const QByteArray& result) {
    const QByteArray settings =
        QJsonDocument(QJsonObject{{QStringLiteral("rudder_write_key"), QStringLiteral("wk")},
                                  {QStringLiteral("rudder_server_url"), dataPlane}})
            .toJson(QJsonDocument::Compact);
    const QByteArray escaped = QJsonDocument(QJsonArray{QString::fromUtf8(result)})
                                   .toJson(QJsonDocument::Compact)
                                   .mid(1)
                                   .chopped(1);
    return R"({"type":"query","data":)" + settings +
           R"(,"form_params":{},"scheduled_plan":{"title":"t"},)"
           R"("attachment":{"mimetype":"application/json","data":)" +
           escaped + "}}";
}

} // namespace

TEST_F(HubFront, WhenTheSettingsComeFirstRowsAreDeliveredWhileTheBodyIsStillArriving) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    startHub();
    const QByteArray result =
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 20000}));
    const QByteArray body = settingsFirstBody(sink.url(), result);
    RawHttpClient& c = client();
    const qsizetype half = body.size() / 2;
    ASSERT_TRUE(c.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() +
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                        body.left(half)));
    // Half of the body sent: its rows are already at the data plane.
    EXPECT_TRUE(
        TestSupport::waitUntil([&] { return !sink.deliveredMessageIds().isEmpty(); }, 20000));
    EXPECT_TRUE(spoolFiles().isEmpty()) << "the attachment went to a file";
    ASSERT_TRUE(c.write(body.mid(half)));
    const auto response = c.read(60000);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    const QJsonObject looker =
        QJsonDocument::fromJson(response->body.trimmed()).object().value(u"looker").toObject();
    EXPECT_TRUE(looker.value(u"success").toBool()) << response->body.constData();
    EXPECT_TRUE(TestSupport::waitUntil([&] { return sink.deliveredMessageIds().size() >= 20000; },
                                       int(TestSupport::scaledMs(30000))))
        << sink.deliveredMessageIds().size();
}

TEST_F(HubFront, AnErrorAfterTheStreamBeganEndsItWithSuccessFalseAndTheReason) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    startHub();
    const QByteArray result =
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 5000}));
    QByteArray body = settingsFirstBody(sink.url(), result);
    body.chop(2);
    body += "} garbage";
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() +
                        "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body));
    const auto response = c.read(60000);
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200) << "the stream had begun";
    const QJsonObject looker =
        QJsonDocument::fromJson(response->body.trimmed()).object().value(u"looker").toObject();
    EXPECT_FALSE(looker.value(u"success").toBool()) << response->body.constData();
    const QString message = looker.value(u"message").toString();
    EXPECT_TRUE(message.contains(u"The request body is not valid JSON")) << message.toStdString();
    EXPECT_TRUE(message.contains(u"5000 messages from the rows before that were stored"))
        << message.toStdString();
    EXPECT_TRUE(
        TestSupport::waitUntil([&] { return sink.deliveredMessageIds().size() >= 5000; }, 30000));
}

TEST_F(HubFront, ABodyCutOffAfterTheStreamBeganIsNeverASuccess) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    startHub();
    const QByteArray result =
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 5000}));
    const QByteArray body = settingsFirstBody(sink.url(), result);
    std::optional<ExecuteSummary> summary;
    QObject::connect(hub.get(), &Hub::executeFinished,
                     [&](const ExecuteSummary& finished) { summary = finished; });
    {
        RawHttpClient c;
        ASSERT_TRUE(c.connect(quint16(hub->listeningUrl().port())));
        ASSERT_TRUE(c.write("POST /actions/rudder_event/execute HTTP/1.1\r\n" + authorization() +
                            "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                            body.left(body.size() / 2)));
        ASSERT_TRUE(
            TestSupport::waitUntil([&] { return !sink.deliveredMessageIds().isEmpty(); }, 20000));
    }
    ASSERT_TRUE(TestSupport::waitUntil([&] { return summary.has_value(); }, 20000));
    EXPECT_FALSE(summary->result.success);
    EXPECT_TRUE(summary->result.message.contains(u"before its end"))
        << summary->result.message.toStdString();
}

TEST_F(HubFront, HealthAndReadinessAnswerWithoutATokenAndSayOnlyTheState) {
    startHub();
    RawHttpClient& c = client();
    ASSERT_TRUE(c.write("GET /healthz HTTP/1.1\r\n\r\n"));
    const auto health = c.read();
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(health->body, R"({"status":"alive"})");
    ASSERT_TRUE(c.write("GET /readyz HTTP/1.1\r\n\r\n"));
    const auto ready = c.read();
    ASSERT_TRUE(ready);
    EXPECT_EQ(ready->status, 200);
    EXPECT_EQ(ready->body, R"({"status":"ready"})");
    ASSERT_TRUE(c.write("POST /readyz HTTP/1.1\r\nContent-Length: 0\r\n\r\n"));
    const auto wrongMethod = c.read();
    ASSERT_TRUE(wrongMethod);
    EXPECT_EQ(wrongMethod->status, 405);
    // /status still needs a token.
    ASSERT_TRUE(c.write("GET /status HTTP/1.1\r\n\r\n"));
    const auto status = c.read();
    ASSERT_TRUE(status);
    EXPECT_EQ(status->status, 403);
}
