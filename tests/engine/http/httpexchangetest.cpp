// HttpExchange on its own, with a recording connection in place of the network side: the body
// arrives in order and credits go back only for pieces handed over.
#include "http/httpexchange.h"

#include "waituntil.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

class RecordingConnection : public HttpConnection {
public:
    void readBody(qint64) override {}
    void bodyConsumed(qint64 bytes) override { consumed += bytes; }
    void respond(int, HttpFields, QByteArray) override { ++answers; }
    void beginStream(int, HttpFields) override {}
    void writeStream(QByteArray) override {}
    void endStream() override {}
    void abandon() override {}
    void closeWhenWritten() override {}

    qint64 consumed = 0;
    int answers = 0;
};

} // namespace

TEST(HttpExchange, PiecesArrivingRightAfterAResumeComeAfterTheHeldOnes) {
    auto connection = std::make_shared<RecordingConnection>();
    auto* exchange = new HttpExchange({}, connection, std::make_shared<HttpExchange::Link>());
    QByteArray body;
    bool ended = false;
    QObject::connect(exchange, &HttpExchange::bodyData,
                     [&](const QByteArray& piece) { body += piece; });
    QObject::connect(exchange, &HttpExchange::bodyEnd, [&] { ended = true; });
    exchange->pauseBody();
    exchange->deliverBodyData("first ");
    exchange->deliverBodyData("second ");
    EXPECT_TRUE(body.isEmpty());
    EXPECT_EQ(connection->consumed, 0) << "held pieces are not credited";
    exchange->resumeBody();             // the held pieces go on the next turn...
    exchange->deliverBodyData("third"); // ...and this one, already here, after them
    exchange->deliverBodyEnd();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return ended; }, 2000));
    EXPECT_EQ(body, "first second third");
    EXPECT_EQ(connection->consumed, body.size());
    delete exchange;
}

TEST(HttpExchange, NoCreditGoesBackOnceAnswered) {
    auto connection = std::make_shared<RecordingConnection>();
    auto* exchange = new HttpExchange({}, connection, std::make_shared<HttpExchange::Link>());
    exchange->respond(403, "application/json", "{}");
    exchange->deliverBodyData("late piece");
    EXPECT_EQ(connection->answers, 1);
    EXPECT_EQ(connection->consumed, 0) << "it would count against the next request";
    delete exchange;
}
