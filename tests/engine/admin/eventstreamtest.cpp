// GET /api/v1/events: Server-Sent Events with ids of one sequence, exact resumption with
// Last-Event-ID, resync for another process, message events only for operate scopes, thinning
// with a `skipped` count, and a viewer that stops reading cut off.
#include "admin/adminserver.h"
#include "admin/adminservice.h"
#include "admintesthub.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "rawhttpclient.h"
#include "testsink.h"
#include "waituntil.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-event-tests";

struct SseEvent {
    QByteArray id;
    QByteArray type;
    QByteArray data;
};

/// Reads an SSE answer as it arrives: the HTTP head, then chunks, then events.
class SseReader {
public:
    bool open(quint16 port, const QByteArray& token, const QByteArray& lastEventId = {}) {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(5000))
            return false;
        QByteArray request =
            "GET /api/v1/events HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n";
        if (!lastEventId.isEmpty())
            request += "Last-Event-ID: " + lastEventId + "\r\n";
        m_socket.write(request + "\r\n");
        return waitUntil([&] {
            pump();
            return m_headDone;
        });
    }
    /// Stops (or resumes) taking bytes from the kernel, as a client that stops reading.
    void setReading(bool reading) {
        m_reading = reading;
        m_socket.setReadBufferSize(reading ? 0 : 1);
    }
    void pump() {
        if (!m_reading)
            return;
        m_raw += m_socket.readAll();
        if (!m_headDone) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = m_raw.left(end);
            m_raw.remove(0, end + 4);
            m_headDone = true;
        }
        while (true) {
            const qsizetype lineEnd = m_raw.indexOf("\r\n");
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qsizetype size = m_raw.left(lineEnd).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < lineEnd + 2 + size + 2)
                break;
            if (size == 0)
                m_finished = true;
            m_text += m_raw.mid(lineEnd + 2, size);
            m_raw.remove(0, lineEnd + 2 + size + 2);
        }
        qsizetype end;
        while ((end = m_text.indexOf("\n\n")) >= 0) {
            const QByteArray block = m_text.left(end);
            m_text.remove(0, end + 2);
            SseEvent event;
            for (const QByteArray& line : block.split('\n')) {
                if (line.startsWith("id: "))
                    event.id = line.mid(4);
                else if (line.startsWith("event: "))
                    event.type = line.mid(7);
                else if (line.startsWith("data: "))
                    event.data = line.mid(6);
            }
            if (!event.type.isEmpty()) // comments have none
                events.push_back(event);
        }
    }
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000) {
        return waitUntil(
            [&] {
                pump();
                return condition();
            },
            timeoutMs);
    }
    int count(const QByteArray& type) const {
        int n = 0;
        for (const SseEvent& event : events)
            n += event.type == type ? 1 : 0;
        return n;
    }
    bool closed() const {
        return m_finished || m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    const QByteArray& head() const { return m_head; }

    std::vector<SseEvent> events;

private:
    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_head;
    QByteArray m_text;
    bool m_headDone = false;
    bool m_finished = false;
    bool m_reading = true;
};

class Events : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    Events()
        : AdminTestHub(kSecret, QStringLiteral("wk")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        operate = createToken(QStringLiteral("desk"), AdminScope::Operate);
        read = createToken(QStringLiteral("grafana"), AdminScope::Read);
    }

    quint16 port() const { return quint16(server->url().port()); }

    /// Sends an execute of `rows` generated rows and waits for its answer.
    void execute(int rows) {
        const auto answer = AdminTestHub::execute(rows, 60000);
        ASSERT_TRUE(answer);
        ASSERT_TRUE(answer->body.contains("\"success\":true")) << answer->body.constData();
    }

    static bool finished(const SseReader& reader) {
        for (const SseEvent& event : reader.events) {
            if (event.type == "execute" && event.data.contains("\"phase\":\"finish\""))
                return true;
        }
        return false;
    }

    QByteArray operate;
    QByteArray read;
};

} // namespace

TEST_F(Events, EventsComeInOrderAndAReconnectGetsExactlyTheOnesItMissed) {
    SseReader first;
    ASSERT_TRUE(first.open(port(), operate));
    EXPECT_TRUE(first.head().contains("text/event-stream")) << first.head().constData();
    execute(20);
    ASSERT_TRUE(first.waitFor([&] { return finished(first) && first.count("message") == 20; }));
    // One sequence, ids <bootId>:<seq>, strictly increasing.
    quint64 previous = 0;
    for (const SseEvent& event : first.events) {
        ASSERT_TRUE(event.id.startsWith(service->bootId().toLatin1() + ':'))
            << event.id.constData();
        const quint64 seq = event.id.mid(event.id.lastIndexOf(':') + 1).toULongLong();
        EXPECT_GT(seq, previous);
        previous = seq;
    }
    EXPECT_EQ(first.count("execute"), 2);
    const auto message = QJsonDocument::fromJson(
        std::find_if(first.events.begin(), first.events.end(), [](const SseEvent& e) {
            return e.type == "message";
        })->data);
    EXPECT_EQ(message.object().value(u"action").toString(), QStringLiteral("rudder_event"));
    EXPECT_TRUE(message.object().value(u"message").toObject().contains(u"messageId"));

    // Reconnect from the fifth event: exactly the ones after it, the same frames.
    const SseEvent fifth = first.events[4];
    SseReader again;
    ASSERT_TRUE(again.open(port(), operate, fifth.id));
    const std::size_t expected = first.events.size() - 5;
    ASSERT_TRUE(again.waitFor([&] { return again.events.size() >= expected; }));
    for (std::size_t i = 0; i < expected; ++i) {
        EXPECT_EQ(again.events[i].id, first.events[i + 5].id);
        EXPECT_EQ(again.events[i].data, first.events[i + 5].data);
    }
}

TEST_F(Events, AnIdOfAnotherProcessOrTooOldGetsResyncFirst) {
    SseReader other;
    ASSERT_TRUE(other.open(port(), operate, "another-boot-id:3"));
    ASSERT_TRUE(other.waitFor([&] { return !other.events.empty(); }));
    EXPECT_EQ(other.events.front().type, "resync");
    SseReader future;
    ASSERT_TRUE(future.open(port(), operate, service->bootId().toLatin1() + ":999999"));
    ASSERT_TRUE(future.waitFor([&] { return !future.events.empty(); }));
    EXPECT_EQ(future.events.front().type, "resync");
}

TEST_F(Events, AReadScopeSeesNoMessageContents) {
    SseReader viewer;
    ASSERT_TRUE(viewer.open(port(), read));
    execute(10);
    ASSERT_TRUE(viewer.waitFor([&] { return finished(viewer) && viewer.count("batch") > 0; }));
    EXPECT_EQ(viewer.count("message"), 0);
}

TEST_F(Events, AViewerThatFallsBehindIsToldHowManyMessagesItMissed) {
    server->setEventStreamLimits(
        {.thinAboveBytes = 64 * 1024, .cutAboveBytes = 1ll << 40, .maxMessagesPerSecond = 0});
    SseReader viewer;
    ASSERT_TRUE(viewer.open(port(), operate));
    viewer.setReading(false);
    execute(20000);
    viewer.setReading(true);
    ASSERT_TRUE(viewer.waitFor([&] { return finished(viewer); }, 60000));
    qint64 skipped = 0;
    for (const SseEvent& event : viewer.events) {
        if (event.type == "skipped")
            skipped += QJsonDocument::fromJson(event.data).object().value(u"messages").toInteger();
    }
    EXPECT_GT(skipped, 0) << "nothing was thinned";
    // Every message is either sent or counted; no other event type is thinned.
    EXPECT_EQ(viewer.count("message") + skipped, 20000);
    EXPECT_EQ(viewer.count("execute"), 2);
}

TEST_F(Events, AViewerIsSentAtMostItsMessageBudgetAndToldTheRest) {
    server->setEventStreamLimits(
        {.thinAboveBytes = 1ll << 40, .cutAboveBytes = 1ll << 40, .maxMessagesPerSecond = 500});
    SseReader viewer;
    ASSERT_TRUE(viewer.open(port(), operate));
    QElapsedTimer elapsed;
    elapsed.start();
    execute(20000);
    ASSERT_TRUE(viewer.waitFor([&] { return finished(viewer); }, 60000));
    const double seconds = double(elapsed.elapsed()) / 1000;
    qint64 skipped = 0;
    for (const SseEvent& event : viewer.events) {
        if (event.type == "skipped")
            skipped += QJsonDocument::fromJson(event.data).object().value(u"messages").toInteger();
    }
    // A second's burst, then the rate: never more, and the rest counted, not dropped.
    EXPECT_LE(viewer.count("message"), qsizetype(500 + 500 * seconds) + 1);
    EXPECT_EQ(viewer.count("message") + skipped, 20000);
    EXPECT_GT(skipped, 0);
    // While the budget is spent the hub does not even copy them: its log holds few.
    const auto logged = service->events().after(0);
    ASSERT_TRUE(logged);
    const auto messages = std::count_if(logged->begin(), logged->end(),
                                        [](const AdminEvent& e) { return e.type == "message"; });
    EXPECT_LT(messages, 20000 / 2) << messages;
}

TEST_F(Events, AViewerThatStopsReadingIsSentResyncAndCutOff) {
    server->setEventStreamLimits(
        {.thinAboveBytes = 1ll << 40, .cutAboveBytes = 256 * 1024, .maxMessagesPerSecond = 0});
    SseReader viewer;
    ASSERT_TRUE(viewer.open(port(), operate));
    viewer.setReading(false);
    execute(20000);
    viewer.setReading(true);
    ASSERT_TRUE(viewer.waitFor([&] { return viewer.closed(); }, 30000));
    ASSERT_FALSE(viewer.events.empty());
    EXPECT_EQ(viewer.events.back().type, "resync");
    EXPECT_LT(viewer.count("message"), 20000);
}

TEST_F(Events, AStreamWhoseTokenIsRevokedEnds) {
    SseReader viewer;
    ASSERT_TRUE(viewer.open(port(), operate));
    AdminTokenStore command(tokens->path().section(u'/', 0, -2));
    QString error;
    ASSERT_TRUE(command.load(&error));
    ASSERT_TRUE(command.revoke(QStringLiteral("desk"), &error));
    EXPECT_TRUE(viewer.waitFor([&] { return viewer.closed(); }, 10000))
        << "a revoked token kept its stream of message contents";
}

TEST_F(Events, AReconnectAfterMoreThanAPageIsStillExact) {
    server->setEventStreamLimits(
        {.thinAboveBytes = 1ll << 40, .cutAboveBytes = 1ll << 40, .maxMessagesPerSecond = 0});
    SseReader first; // sees every message, however far behind
    ASSERT_TRUE(first.open(port(), operate));
    execute(3000);
    ASSERT_TRUE(
        first.waitFor([&] { return finished(first) && first.count("message") == 3000; }, 60000))
        << first.count("message");
    // Far more than one page of 16 KB was missed: all of it comes, none thinned.
    server->setEventStreamLimits(
        {.thinAboveBytes = 16 * 1024, .cutAboveBytes = 1ll << 40, .maxMessagesPerSecond = 0});
    SseReader again;
    ASSERT_TRUE(again.open(port(), operate, first.events.front().id));
    const std::size_t expected = first.events.size() - 1;
    ASSERT_TRUE(again.waitFor([&] { return again.events.size() >= expected; }, 30000))
        << again.events.size() << " of " << expected;
    EXPECT_EQ(again.count("skipped"), 0);
    for (std::size_t i = 0; i < expected; ++i)
        ASSERT_EQ(again.events[i].id, first.events[i + 1].id) << i;
}
