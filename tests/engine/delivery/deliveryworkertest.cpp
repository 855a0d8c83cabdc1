// Delivery against a real HTTP data plane on 127.0.0.1: the outbox on a temporary directory, the
// worker's QNetworkAccessManager, and TestSink answering as each test needs.
#include "delivery/deliveryworker.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "fixedclock.h"
#include "hub/hub.h"
#include "outbox/outbox.h"
#include "outbox/sqliteoutboxstore.h"
#include "rudder/dataplaneurl.h"
#include "testsink.h"
#include "waituntil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

std::vector<std::string> makeMessages(int count, const std::string& prefix,
                                      std::size_t padding = 0) {
    std::vector<std::string> messages;
    for (int i = 0; i < count; ++i)
        messages.push_back(R"({"userId":"u)" + std::to_string(i) +
                           R"(","type":"track","event":"E",)"
                           R"("properties":{"pad":")" +
                           std::string(padding, 'x') + R"("},"messageId":")" + prefix + "-" +
                           std::to_string(i) + R"("})");
    return messages;
}

class Delivery : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(sink.listen());
        openOutbox();
    }

    void openOutbox() {
        worker.reset();
        outbox = std::make_unique<Outbox>(m_dir.path(), clock);
        QString error;
        ASSERT_TRUE(outbox->open(&error)) << error.toStdString();
    }

    DeliveryTarget target(const QString& url = {}, const QString& key = QStringLiteral("wk_test")) {
        return {batchEndpoint(url.isEmpty() ? sink.url() : url).toString(), key};
    }

    std::vector<qint64> append(const std::vector<std::string>& messages, DeliveryTarget t = {},
                               BatchLimits limits = {}) {
        if (t.endpoint.isEmpty())
            t = target();
        BatchAssembler assembler(t, limits, QStringLiteral("test"));
        std::vector<NewBatch> batches;
        for (const auto& message : messages)
            assembler.add(message, batches);
        assembler.flush(batches);
        const Outbox::AppendResult result = outbox->append(std::move(batches)).result();
        EXPECT_TRUE(result.ok) << result.error.toStdString();
        return result.ids;
    }

    void startWorker(DeliverySettings settings = fastSettings()) {
        worker = std::make_unique<DeliveryWorker>(*outbox, clock, settings);
        worker->setRandom([] { return 0.5; });
        worker->start();
    }

    static DeliverySettings fastSettings() {
        DeliverySettings settings;
        settings.retry = {20, 200, 60000};
        settings.requestTimeoutMs = 5000;
        return settings;
    }

    OutboxCounts counts() { return outbox->counts().result(); }

    bool allSettled(qint64 expectedMessages) {
        const OutboxCounts c = counts();
        return c.pendingBatches == 0 &&
               c.deliveredMessages + c.failedMessages == expectedMessages &&
               worker->inFlight() == 0;
    }

    SystemClock clock;
    TestSink sink;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DeliveryWorker> worker;

    QString outboxFile() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(DataPlaneUrl, AcceptsTheFormsUsersType) {
    const QString expected = QStringLiteral("https://hosted.rudderlabs.com/v1/batch");
    for (const char* typed :
         {"https://hosted.rudderlabs.com", "https://hosted.rudderlabs.com/",
          "https://hosted.rudderlabs.com/v1/batch", "https://hosted.rudderlabs.com/v1/batch/",
          " https://hosted.rudderlabs.com//"})
        EXPECT_EQ(batchEndpoint(QString::fromLatin1(typed)).toString(), expected) << typed;
    EXPECT_EQ(batchEndpoint(QStringLiteral("http://proxy.local:8080/rudder/")).toString(),
              QStringLiteral("http://proxy.local:8080/rudder/v1/batch"));
    EXPECT_EQ(batchEndpoint(QStringLiteral("http://proxy.local/rudder/v1/batch")).toString(),
              QStringLiteral("http://proxy.local/rudder/v1/batch"));
}

TEST(DataPlaneUrl, RejectsWhatIsNotAnHttpUrl) {
    for (const char* typed :
         {"", "hosted.rudderlabs.com", "ftp://host/x", "http://", "https://user:pw@host"}) {
        QString error;
        EXPECT_FALSE(batchEndpoint(QString::fromLatin1(typed), &error).isValid()) << typed;
        EXPECT_FALSE(error.isEmpty()) << typed;
    }
}

TEST_F(Delivery, PostsGzippedBatchesWithBasicAuthAndUserAgent) {
    append(makeMessages(3, "m"));
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(3); }));
    ASSERT_EQ(sink.requests().size(), 1);
    const auto& request = sink.requests().first();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/v1/batch");
    EXPECT_EQ(request.headers.value("authorization"), "Basic " + QByteArray("wk_test:").toBase64());
    EXPECT_EQ(request.headers.value("content-type"), "application/json");
    EXPECT_TRUE(request.gzipped);
    EXPECT_TRUE(request.gzipValid);
    EXPECT_TRUE(request.headers.value("user-agent").startsWith("ActionDeck/"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sentAt = body.value(u"sentAt").toString();
    EXPECT_FALSE(sentAt.isEmpty());
    const QJsonArray batch = body.value(u"batch").toArray();
    ASSERT_EQ(batch.size(), 3);
    for (const auto& message : batch)
        EXPECT_EQ(message.toObject().value(u"sentAt").toString(), sentAt);
    EXPECT_EQ(counts().deliveredMessages, 3);
}

TEST_F(Delivery, EveryDataPlaneUrlFormReachesTheBatchEndpoint) {
    const QStringList forms = {
        sink.url(), sink.url() + u'/', sink.url() + QStringLiteral("/v1/batch"),
        sink.url() + QStringLiteral("/v1/batch/"), sink.url() + QStringLiteral("/prefix/")};
    for (int i = 0; i < forms.size(); ++i)
        append(makeMessages(1, "form" + std::to_string(i)), target(forms[i]));
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(forms.size()); }));
    QStringList paths;
    for (const auto& request : sink.requests())
        paths.append(QString::fromLatin1(request.path));
    paths.sort();
    EXPECT_EQ(paths, (QStringList{QStringLiteral("/prefix/v1/batch"), QStringLiteral("/v1/batch"),
                                  QStringLiteral("/v1/batch"), QStringLiteral("/v1/batch"),
                                  QStringLiteral("/v1/batch")}));
}

TEST_F(Delivery, BatchesNeverMixSources) {
    append(makeMessages(4, "a"), target({}, QStringLiteral("key_a")));
    append(makeMessages(4, "b"), target({}, QStringLiteral("key_b")));
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(8); }));
    for (const auto& request : sink.requests()) {
        const QJsonArray batch =
            QJsonDocument::fromJson(request.body).object().value(u"batch").toArray();
        const QByteArray auth = request.headers.value("authorization");
        const QString prefix = auth.contains(QByteArray("key_a:").toBase64())
                                   ? QStringLiteral("a-")
                                   : QStringLiteral("b-");
        for (const auto& message : batch)
            EXPECT_TRUE(message.toObject().value(u"messageId").toString().startsWith(prefix));
    }
}

TEST_F(Delivery, UncompressedBodiesWhenGzipIsOff) {
    append(makeMessages(2, "plain"));
    DeliverySettings settings = fastSettings();
    settings.gzipLevel = 0;
    startWorker(settings);
    ASSERT_TRUE(waitUntil([&] { return allSettled(2); }));
    EXPECT_FALSE(sink.requests().first().gzipped);
    EXPECT_EQ(sink.deliveredMessageIds().size(), 2);
}

TEST_F(Delivery, AStormOf500And429ThenRecoveryDeliversEveryMessageOnce) {
    append(makeMessages(50, "storm"), {}, {.maxEventsPerBatch = 10});
    QList<TestSink::Response> storm;
    for (int i = 0; i < 12; ++i)
        storm.append({i % 3 == 0 ? 429 : (i % 3 == 1 ? 500 : 503), "busy", {}, 0});
    sink.enqueue(storm);
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(50); }, 20000));
    EXPECT_EQ(counts().deliveredMessages, 50);
    const QList<QByteArray> delivered = sink.deliveredMessageIds();
    EXPECT_EQ(delivered.size(), 50);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 50);
    EXPECT_EQ(sink.requests().size(), 5 + 12);
}

TEST_F(Delivery, RetriedBatchKeepsItsMessageIds) {
    append(makeMessages(3, "keep"));
    sink.enqueue({{500, "oops", {}, 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(3); }));
    ASSERT_EQ(sink.requests().size(), 2);
    const auto ids = [](const QByteArray& body) {
        QStringList list;
        for (const auto& m : QJsonDocument::fromJson(body).object().value(u"batch").toArray())
            list.append(m.toObject().value(u"messageId").toString());
        return list;
    };
    EXPECT_EQ(ids(sink.requests()[0].body), ids(sink.requests()[1].body));
}

TEST_F(Delivery, EachAttemptIsRecordedAndOutlivesARestart) {
    const qint64 before = clock.nowMs();
    const auto ids = append(makeMessages(2, "history"));
    ASSERT_EQ(ids.size(), 1u);
    sink.enqueue({{500, "oops", {}, 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(2); }));
    const qint64 after = clock.nowMs();
    const auto attempts = outbox->attempts(ids[0]).result();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].status, 500);
    EXPECT_EQ(attempts[0].outcome, AttemptOutcome::Retry);
    EXPECT_EQ(attempts[0].error, QStringLiteral("HTTP 500: oops"));
    EXPECT_EQ(attempts[1].status, 200);
    EXPECT_EQ(attempts[1].outcome, AttemptOutcome::Delivered);
    EXPECT_TRUE(attempts[1].error.isEmpty());
    for (const BatchAttempt& attempt : attempts) {
        EXPECT_GE(attempt.atMs, before);
        EXPECT_LE(attempt.atMs, after);
    }
    EXPECT_LE(attempts[0].atMs, attempts[1].atMs);

    openOutbox();
    EXPECT_EQ(outbox->attempts(ids[0]).result(), attempts);
}

TEST_F(Delivery, AnAnswerEchoingTheWriteKeyIsStoredWithoutIt) {
    const auto ids = append(makeMessages(1, "echo"));
    ASSERT_EQ(ids.size(), 1u);
    const QByteArray basic = QByteArray("wk_test:").toBase64();
    sink.enqueue({{503, "no source for wk_test", {}, 0},
                  {401, "Invalid write key wk_test (Authorization: Basic " + basic + ")", {}, 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(1); }));
    const auto attempts = outbox->attempts(ids[0]).result();
    ASSERT_EQ(attempts.size(), 2u);
    EXPECT_EQ(attempts[0].error, QStringLiteral("HTTP 503: no source for [write key]"));
    EXPECT_EQ(attempts[1].error,
              QStringLiteral("HTTP 401: Invalid write key [write key] (Authorization: Basic "
                             "[write key])"));
    EXPECT_EQ(outbox->info(ids[0]).result()->lastError, attempts[1].error);
}

TEST_F(Delivery, AWriteKeyAtTheCutOfALongAnswerIsRemovedWhole) {
    const auto ids = append(makeMessages(1, "cut"));
    ASSERT_EQ(ids.size(), 1u);
    // The key starts just before the 2000th character of the answer.
    sink.enqueue({{400, QByteArray(1995, 'x') + "wk_test" + QByteArray(100, 'y'), {}, 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(1); }));
    const QString error = outbox->info(ids[0]).result()->lastError;
    EXPECT_FALSE(error.contains(QStringLiteral("wk_")));
    EXPECT_TRUE(error.startsWith(QStringLiteral("HTTP 400: ") + QString(1995, u'x') +
                                 QStringLiteral("[wri")))
        << error.toStdString();
    EXPECT_TRUE(error.endsWith(QStringLiteral("…")));
}

TEST_F(Delivery, RetryAfterIsHonoured) {
    append(makeMessages(1, "later"));
    sink.enqueue({{429, "slow down", "1", 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(1); }));
    ASSERT_EQ(sink.requests().size(), 2);
    EXPECT_GE(sink.requests()[1].receivedMs - sink.requests()[0].receivedMs, 990);
}

TEST_F(Delivery, A400MarksTheBatchFailedWithTheReasonAndOthersAreStillDelivered) {
    const auto first = append(makeMessages(2, "bad"));
    append(makeMessages(2, "good"));
    sink.enqueue({{400, R"({"error":"invalid payload"})", {}, 0}});
    DeliverySettings settings = fastSettings();
    settings.maxInFlight = 1;
    startWorker(settings);
    ASSERT_TRUE(waitUntil([&] { return allSettled(4); }));
    const OutboxCounts c = counts();
    EXPECT_EQ(c.failedMessages, 2);
    EXPECT_EQ(c.deliveredMessages, 2);
    const auto failed = outbox->list(BatchState::Failed).result();
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].id, first.at(0));
    EXPECT_EQ(failed[0].lastStatus, 400);
    EXPECT_TRUE(failed[0].lastError.contains(QStringLiteral("invalid payload")));
    EXPECT_EQ(sink.requests().size(), 2);
}

TEST_F(Delivery, ClientErrorsOtherThan429AreNotRetried) {
    for (const int status : {401, 404, 413}) {
        append(makeMessages(1, "status" + std::to_string(status)));
        sink.enqueue({{status, "no", {}, 0}});
    }
    DeliverySettings settings = fastSettings();
    settings.maxInFlight = 1;
    startWorker(settings);
    ASSERT_TRUE(waitUntil([&] { return allSettled(3); }));
    EXPECT_EQ(counts().failedBatches, 3);
    EXPECT_EQ(sink.requests().size(), 3);
    QList<int> statuses;
    for (const auto& info : outbox->list(BatchState::Failed).result())
        statuses.append(info.lastStatus);
    EXPECT_EQ(statuses, (QList<int>{401, 404, 413}));
}

TEST_F(Delivery, SinkDownAtStartIsDeliveredWhenItComesUp) {
    sink.refuse();
    append(makeMessages(5, "down"));
    startWorker();
    ASSERT_TRUE(waitUntil([&] {
        const auto list = outbox->list(BatchState::Pending).result();
        return !list.empty() && list.front().attempts >= 2;
    }));
    EXPECT_EQ(counts().deliveredMessages, 0);
    ASSERT_TRUE(sink.resume());
    ASSERT_TRUE(waitUntil([&] { return allSettled(5); }));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 5);
}

TEST_F(Delivery, ASlowAnswerPastTheTimeoutIsRetried) {
    append(makeMessages(2, "slow"));
    sink.enqueue({{200, "OK", {}, 1500}});
    DeliverySettings settings = fastSettings();
    settings.requestTimeoutMs = 300;
    startWorker(settings);
    ASSERT_TRUE(waitUntil([&] { return allSettled(2); }));
    EXPECT_GE(sink.requests().size(), 2);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 2);
}

TEST_F(Delivery, WhileYieldingAtMostTwoRequestsPerSourceAreInFlight) {
    BatchLimits oneEach;
    oneEach.maxEventsPerBatch = 1;
    append(makeMessages(12, "yield"), {}, oneEach);
    // Answers slow enough that none arrives while the test looks (a loaded machine included).
    sink.setDefaultResponse({200, "OK", {}, 1500});
    worker = std::make_unique<DeliveryWorker>(*outbox, clock, fastSettings());
    worker->setYielding(true);
    worker->start();
    ASSERT_TRUE(waitUntil([&] { return sink.requests().size() >= 2; }));
    // The slow answers keep them in flight: nothing more is sent while yielding.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(worker->inFlight(), DeliveryWorker::kYieldingPerSource);
    EXPECT_EQ(sink.requests().size(), 2);

    worker->setYielding(false);
    ASSERT_TRUE(waitUntil([&] { return worker->inFlight() > DeliveryWorker::kYieldingPerSource; }));
    ASSERT_TRUE(waitUntil([&] { return allSettled(12); }));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 12);
}

TEST_F(Delivery, ABatchWhoseStoredMessagesAreDamagedIsFailedAndShownNotSent) {
    BatchLimits oneEach;
    oneEach.maxEventsPerBatch = 1;
    const std::vector<qint64> ids = append(makeMessages(2, "disk"), {}, oneEach);
    ASSERT_EQ(ids.size(), 2u);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(outboxFile());
        ASSERT_TRUE(db.open());
        QSqlQuery damage(db);
        ASSERT_TRUE(
            damage.exec(QStringLiteral("UPDATE payloads SET body = X'28B52FFD' WHERE batch_id = %1")
                            .arg(ids[0])));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QList<BatchStateChange> changes;
    // batchesChanged comes from the outbox's thread: the context object (on this thread) makes
    // the lambda run here, where `changes` is read, not on that thread.
    QObject::connect(outbox.get(), &Outbox::batchesChanged, outbox.get(),
                     [&](const QList<BatchStateChange>& batch) { changes += batch; });
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(2); }));
    EXPECT_EQ(sink.deliveredMessageIdSet(), QSet<QByteArray>{"disk-1"});
    const auto failed = outbox->list(BatchState::Failed).result();
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0].id, ids[0]);
    EXPECT_TRUE(failed[0].lastError.startsWith(QStringLiteral("stored messages are damaged (")))
        << failed[0].lastError.toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return std::any_of(changes.begin(), changes.end(), [&](const BatchStateChange& c) {
            return c.id == ids[0] && c.state == BatchState::Failed;
        });
    })) << "the views hear of it";
}

TEST_F(Delivery, PendingWorkIsResumedAfterARestart) {
    append(makeMessages(7, "restart"));
    openOutbox();
    EXPECT_EQ(counts().pendingMessages, 7);
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(7); }));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 7);
}

TEST_F(Delivery, AnEventOver32KBIsFailedNotSentAndKeptForExport) {
    std::vector<std::string> messages = makeMessages(2, "small");
    const auto big = makeMessages(1, "big", 40 * 1024);
    messages.insert(messages.begin() + 1, big.front());
    append(messages);
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(3); }));
    EXPECT_EQ(sink.deliveredMessageIdSet(), (QSet<QByteArray>{"small-0", "small-1"}));
    const auto failed = outbox->list(BatchState::Failed).result();
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_TRUE(failed[0].lastError.contains(QStringLiteral("over RudderStack's limit")));
    EXPECT_EQ(failed[0].attempts, 0);
    const auto payload = outbox->payload(failed[0].id).result().text;
    ASSERT_TRUE(payload);
    EXPECT_EQ(*payload, big.front());
}

TEST_F(Delivery, FailedBatchesCanBeRetried) {
    append(makeMessages(2, "again"));
    sink.enqueue({{401, "invalid write key", {}, 0}});
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(2); }));
    ASSERT_EQ(counts().failedMessages, 2);
    EXPECT_EQ(outbox->retry({}).result(), 1);
    ASSERT_TRUE(waitUntil([&] { return counts().deliveredMessages == 2; }));
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 2);
}

TEST_F(Delivery, StateChangesArriveInBatches) {
    QList<QList<BatchStateChange>> received;
    // Received on this thread (the context object), not on the outbox's thread that emits it.
    QObject::connect(
        outbox.get(), &Outbox::batchesChanged, outbox.get(),
        [&received](const QList<BatchStateChange>& changes) { received.append(changes); });
    append(makeMessages(30, "signal"), {}, {.maxEventsPerBatch = 3});
    ASSERT_TRUE(waitUntil([&] { return !received.isEmpty(); }));
    EXPECT_EQ(received.first().size(), 10);
    startWorker();
    ASSERT_TRUE(waitUntil([&] { return allSettled(30); }));
    const auto deliveredChanges = [&received] {
        int n = 0;
        for (const auto& list : received)
            for (const auto& change : list)
                n += change.state == BatchState::Delivered;
        return n;
    };
    ASSERT_TRUE(waitUntil([&] { return deliveredChanges() == 10; }));
    EXPECT_LT(received.size(), 1 + 10);
}

TEST_F(Delivery, PublishesPeriodicSnapshotsOfTheCounts) {
    QList<DeliverySnapshot> snapshots;
    append(makeMessages(6, "snap"), {}, {.maxEventsPerBatch = 2});
    DeliverySettings settings = fastSettings();
    settings.snapshotIntervalMs = 50;
    startWorker(settings);
    QObject::connect(worker.get(), &DeliveryWorker::snapshot,
                     [&snapshots](const DeliverySnapshot& s) { snapshots.append(s); });
    ASSERT_TRUE(waitUntil(
        [&] { return !snapshots.isEmpty() && snapshots.last().counts.deliveredMessages == 6; }));
    EXPECT_EQ(snapshots.last().counts.deliveredBatches, 3);
    EXPECT_EQ(snapshots.last().counts.pendingBatches, 0);
    EXPECT_EQ(snapshots.last().inFlightBatches, 0);
    EXPECT_GT(snapshots.last().timeMs, 0);
}

TEST(HubRetention, StartingTheHubPrunesBatchesDeliveredLongerAgoThanConfigured) {
    QTemporaryDir dir;
    const qint64 day = 24ll * 3600 * 1000;
    TestSupport::FixedClock clock(1'000'000);
    {
        SqliteOutboxStore store(QStringLiteral("retention"));
        ASSERT_TRUE(store.open(dir.path(), nullptr));
        NewBatch old;
        old.target = {QStringLiteral("http://127.0.0.1:9/v1/batch"), QStringLiteral("k")};
        old.payload = R"({"messageId":"m1"})";
        old.messageCount = 1;
        const auto ids = store.append({old, old}, 1'000'000, nullptr);
        ASSERT_TRUE(ids);
        ASSERT_TRUE(store.markDelivered((*ids)[0], 1'000'000, 200));
        ASSERT_TRUE(store.markDelivered((*ids)[1], 1'000'000 + day, 200));
    }
    clock.set(1'000'000 + day + day / 2); // 1.5 days after the first, half a day after the second
    HubConfig config;
    config.listenPort = 0;
    config.regions.append(RegionConfig{QStringLiteral("US"), "s", {}, {}, {}});
    RandomIdGenerator ids;
    Hub hub(config, dir.path(), clock, ids);
    QString error;
    ASSERT_TRUE(hub.start(&error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] {
        auto counts = hub.outbox().counts();
        counts.waitForFinished();
        return counts.result().deliveredBatches == 1;
    }));
}
