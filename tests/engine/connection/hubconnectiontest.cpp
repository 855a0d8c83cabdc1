// One suite, the same assertions, against the hub in this process (LocalHubConnection) and the
// same hub through its admin API on loopback (RemoteHubConnection): what the window sees must
// not depend on where the hub runs.
#include "connection/hubconnection.h"

#include "admin/adminserver.h"
#include "admin/adminservice.h"
#include "admintesthub.h"
#include "awaitfuture.h"
#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
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

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::RawHttpClient;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-connection-tests";
const QByteArray kWriteKey = "wk_connection_never_shown_31";

/// Waits for a future on the event loop (the remote one needs it to run).
class Connection : public testing::TestWithParam<bool>, protected TestSupport::AdminTestHub {
protected:
    Connection()
        : AdminTestHub(kSecret, QString::fromLatin1(kWriteKey)) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        token = createToken(QStringLiteral("window"), AdminScope::Admin);
        if (GetParam()) {
            auto remote = std::make_unique<RemoteHubConnection>(
                RemoteHubSettings{QStringLiteral("staging"), server->url(), token, {}});
            remote->setBackoff(50, 200);
            connection = std::move(remote);
        } else {
            connection = std::make_unique<LocalHubConnection>(*hub, *service);
        }
        connect();
    }
    void TearDown() override {
        connection.reset();
        server.reset();
        service.reset();
        hub.reset();
    }

    void connect() {
        QObject::connect(connection.get(), &HubConnection::liveMessages,
                         [this](const QList<LiveMessage>& m) { messages += m; });
        QObject::connect(connection.get(), &HubConnection::batchesChanged,
                         [this](const QList<BatchStateChange>& c) { changes += c; });
        QObject::connect(connection.get(), &HubConnection::executeStarted,
                         [this](const QString& action, const QString&) { started += action; });
        QObject::connect(connection.get(), &HubConnection::executeFinished,
                         [this](const ExecuteSummary& s) { finished.append(s); });
        connection->open();
        ASSERT_TRUE(waitUntil([this] {
            return connection->state() == HubConnection::State::Connected;
        })) << connection->stateReason().toStdString();
    }

    void executeRows(int rows) {
        const auto answer = execute(rows);
        ASSERT_TRUE(answer);
        ASSERT_TRUE(answer->body.contains("\"success\":true")) << answer->body.constData();
    }

    std::vector<BatchInfo> allBatches() {
        const auto reply = await(connection->batches(std::nullopt, 100));
        EXPECT_TRUE(reply.ok()) << reply.error.toStdString();
        return reply.value;
    }

    std::unique_ptr<HubConnection> connection;
    QByteArray token;
    QList<LiveMessage> messages;
    QList<BatchStateChange> changes;
    QStringList started;
    QList<ExecuteSummary> finished;
};

} // namespace

TEST_P(Connection, SnapshotSaysWhatTheHubIs) {
    const HubSnapshot& s = connection->snapshot();
    EXPECT_EQ(s.bootId, service->bootId());
    EXPECT_TRUE(s.listening);
    EXPECT_EQ(s.url, hub->baseUrl());
    EXPECT_EQ(s.regions, QStringList{QStringLiteral("US")});
    EXPECT_EQ(s.callerScope, QStringLiteral("admin"));
    EXPECT_TRUE(s.notReadyReason.isEmpty());
    EXPECT_FALSE(s.version.isEmpty());
}

TEST_P(Connection, LiveMessagesAreTheStoredOnesByteForByte) {
    connection->setWatchingMessages(true);
    // The remote stream is opened again to carry messages: the hub counts it as a viewer.
    ASSERT_TRUE(waitUntil([this] { return hub->liveCapture(); }));
    executeRows(40);
    ASSERT_TRUE(waitUntil([this] { return messages.size() == 40; })) << messages.size();
    ASSERT_TRUE(waitUntil([this] { return finished.size() == 1; }));
    EXPECT_EQ(started, QStringList{QStringLiteral("rudder_event")});
    EXPECT_EQ(finished[0].actionName, QStringLiteral("rudder_event"));
    EXPECT_EQ(finished[0].region, QStringLiteral("US"));
    EXPECT_TRUE(finished[0].result.success);
    EXPECT_EQ(finished[0].result.rows, 40);
    EXPECT_EQ(finished[0].result.messages, 40);
    const auto payload = await(connection->payload(messages[0].batchId));
    ASSERT_TRUE(payload.ok()) << payload.error.toStdString();
    ASSERT_TRUE(payload.value.text.has_value());
    QByteArray stored;
    for (const LiveMessage& m : messages) {
        EXPECT_EQ(m.action, QStringLiteral("rudder_event"));
        EXPECT_EQ(m.source, QStringLiteral("Prod"));
        if (m.batchId == messages[0].batchId)
            stored += m.json + '\n';
    }
    QByteArray text = QByteArray::fromStdString(*payload.value.text);
    if (!text.endsWith('\n'))
        text += '\n';
    EXPECT_EQ(stored, text);
}

TEST_P(Connection, NoMessagesWhileNotWatching) {
    executeRows(10);
    ASSERT_TRUE(waitUntil([this] { return finished.size() == 1; }));
    TestSupport::processEventsFor(200);
    EXPECT_TRUE(messages.isEmpty());
}

TEST_P(Connection, BatchesAreListedCountedAndFollowed) {
    executeRows(30);
    ASSERT_TRUE(waitUntil([this] { return sink.deliveredMessageIdSet().size() == 30; }));
    ASSERT_TRUE(waitUntil([this] {
        return std::any_of(changes.begin(), changes.end(), [](const BatchStateChange& c) {
            return c.state == BatchState::Delivered;
        });
    }));
    const std::vector<BatchInfo> batches = allBatches();
    ASSERT_FALSE(batches.empty());
    int listed = 0;
    for (const BatchInfo& b : batches) {
        EXPECT_EQ(b.state, BatchState::Delivered);
        EXPECT_EQ(b.attempts, 1);
        EXPECT_EQ(b.lastStatus, 200);
        EXPECT_FALSE(b.endpoint.isEmpty());
        listed += b.messageCount;
    }
    EXPECT_EQ(listed, 30);
    // A remote hub's totals are its last snapshot's, at most a second old.
    HubReply<OutboxCounts> counts;
    ASSERT_TRUE(waitUntil([&] {
        counts = await(connection->counts());
        return counts.value.deliveredMessages == 30;
    })) << counts.error.toStdString();
    EXPECT_EQ(counts.value.pendingMessages, 0);
    ASSERT_TRUE(waitUntil([this] { return connection->snapshot().messagesStored == 30; }));
    EXPECT_EQ(connection->snapshot().rowsReceived, 30);
}

TEST_P(Connection, PagesFollowTheCursor) {
    hub->reconfigure(
        [&] {
            HubConfig c = hub->config();
            c.limits.maxEventsPerBatch = 5;
            return c;
        }(),
        nullptr);
    executeRows(20);
    ASSERT_TRUE(waitUntil([this] { return allBatches().size() == 4; }));
    const auto first = await(connection->batches(std::nullopt, 3));
    ASSERT_EQ(first.value.size(), 3u);
    const auto rest = await(connection->batches(std::nullopt, 3, first.value.back().id));
    ASSERT_EQ(rest.value.size(), 1u);
    EXPECT_GT(rest.value[0].id, first.value.back().id);
}

TEST_P(Connection, FailedBatchesAreRetriedAndDiscarded) {
    sink.setDefaultResponse({400, R"({"error":"bad"})", {}, 0});
    executeRows(5);
    executeRows(6);
    HubReply<std::vector<BatchInfo>> failed;
    ASSERT_TRUE(waitUntil([&] {
        failed = await(connection->batches(BatchState::Failed, 10));
        return failed.value.size() == 2;
    }));
    EXPECT_EQ(failed.value[0].lastStatus, 400);
    const qint64 retried = failed.value[0].id;
    const qint64 discarded = failed.value[1].id;
    sink.setDefaultResponse({});
    const auto retry = await(connection->retry({retried}));
    ASSERT_TRUE(retry.ok()) << retry.error.toStdString();
    EXPECT_EQ(retry.value, 1);
    ASSERT_TRUE(waitUntil([&] {
        return std::any_of(changes.begin(), changes.end(), [&](const BatchStateChange& c) {
            return c.id == retried && c.state == BatchState::Delivered;
        });
    }));
    const auto discard = await(connection->discard({discarded}));
    EXPECT_EQ(discard.value, 1);
    const auto gone = await(connection->payload(discarded));
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone.value.text.has_value());
    // Nothing left to change: none changed, and no error.
    const auto again = await(connection->discard({discarded}));
    EXPECT_TRUE(again.ok());
    EXPECT_EQ(again.value, 0);
}

TEST_P(Connection, ADamagedBatchSaysWhyItHasNoMessages) {
    executeRows(3);
    const std::vector<BatchInfo> batches = allBatches();
    ASSERT_EQ(batches.size(), 1u);
    const qint64 id = batches[0].id;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(dataDirectory() + QStringLiteral("/outbox.sqlite"));
        ASSERT_TRUE(db.open());
        QSqlQuery damage(db);
        ASSERT_TRUE(damage.exec(
            QStringLiteral("UPDATE payloads SET body = X'00' WHERE batch_id = %1").arg(id)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    // Not "gone": the window's export must stop at it rather than leave it out.
    const auto damaged = await(connection->payload(id));
    ASSERT_TRUE(damaged.ok()) << damaged.error.toStdString();
    EXPECT_FALSE(damaged.value.text.has_value());
    EXPECT_EQ(damaged.value.damage,
              QStringLiteral("batch %1: stored messages are damaged (not a zstd frame)").arg(id));
    const auto gone = await(connection->payload(id + 1000));
    ASSERT_TRUE(gone.ok()) << gone.error.toStdString();
    EXPECT_FALSE(gone.value.text.has_value());
    EXPECT_TRUE(gone.value.damage.isEmpty());
}

TEST_P(Connection, ConfigurationComesWithoutSecrets) {
    ASSERT_TRUE(waitUntil([this] { return !connection->config().sources.isEmpty(); }));
    const HubConfig config = connection->config();
    EXPECT_EQ(config.sources[0].name, QStringLiteral("Prod"));
    EXPECT_EQ(config.sources[0].dataPlaneUrl, sink.url());
    if (!connection->isLocal()) {
        EXPECT_TRUE(config.sources[0].writeKey.isEmpty());
        EXPECT_TRUE(config.regions[0].secret.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, Connection, testing::Values(false, true),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });

TEST_P(Connection, RecentRequestsAndTheirResults) {
    int received = 0;
    QObject::connect(connection.get(), &HubConnection::requestReceived, [&] { ++received; });
    executeRows(3); // before anyone asked: listed, its result not kept
    const auto first = await(connection->recentRequests());
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    ASSERT_EQ(first.value.size(), 1u);
    EXPECT_FALSE(first.value[0].resultKept);
    EXPECT_TRUE(first.value[0].resultWithheld);
    EXPECT_FALSE(await(connection->requestResult(first.value[0].seq)).ok());

    executeRows(4);
    ASSERT_TRUE(waitUntil([&] { return received == 2; })) << received;
    const auto second = await(connection->recentRequests());
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second.value.size(), 2u);
    const ReceivedRequest& request = second.value[1];
    EXPECT_EQ(request.actionName, QStringLiteral("rudder_event"));
    EXPECT_EQ(request.region, QStringLiteral("US"));
    EXPECT_EQ(request.source, QStringLiteral("Prod"));
    EXPECT_TRUE(request.resultKept);
    EXPECT_TRUE(request.jsonDetail.isEmpty()) << "lists carry no results";
    const auto result = await(connection->requestResult(request.seq));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.value,
              QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 4})));
    EXPECT_EQ(request.resultBytes, result.value.toBase64().size()); // as sent: base64
}

TEST_P(Connection, SyncStateIsListedAndForgotten) {
    const auto empty = await(connection->syncScopes());
    ASSERT_TRUE(empty.ok()) << empty.error.toStdString();
    EXPECT_TRUE(empty.value.empty());

    // Two schedules that send only new or changed rows: each remembers what it sent.
    const QJsonObject changed{{QStringLiteral("send_rows"), QStringLiteral("changed")}};
    scheduledPlanId = QStringLiteral("42");
    ASSERT_TRUE(execute(5, "rudder_event", changed).has_value());
    scheduledPlanId = QStringLiteral("43");
    QJsonObject track = changed;
    track.insert(u"event", QStringLiteral("Plan Changed"));
    ASSERT_TRUE(execute(3, "rudder_track", track).has_value());
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 2; })) << finished.size();
    HubReply<std::vector<SyncScopeInfo>> listed;
    ASSERT_TRUE(waitUntil([&] {
        listed = await(connection->syncScopes());
        return listed.value.size() == 2 &&
               listed.value[0].remembered + listed.value[1].remembered == 8;
    })) << listed.value.size()
        << " " << listed.error.toStdString();
    std::optional<SyncScopeInfo> first;
    for (const SyncScopeInfo& scope : listed.value) {
        if (scope.planId == u"42")
            first = scope;
    }
    ASSERT_TRUE(first);
    EXPECT_EQ(first->action, QStringLiteral("rudder_event"));
    EXPECT_EQ(first->source, QStringLiteral("Prod"));
    EXPECT_EQ(first->remembered, 5);
    EXPECT_GT(first->lastRunMs, QDateTime::currentMSecsSinceEpoch() - 60000);

    const auto one = await(connection->resetSync(QStringLiteral("42")));
    ASSERT_TRUE(one.ok()) << one.error.toStdString();
    EXPECT_EQ(one.value, 1);
    const auto left = await(connection->syncScopes());
    ASSERT_EQ(left.value.size(), 1u);
    EXPECT_EQ(left.value[0].planId, QStringLiteral("43"));
    EXPECT_EQ(await(connection->resetSync(QStringLiteral("42"))).value, 0);
    const auto all = await(connection->resetSync(std::nullopt));
    ASSERT_TRUE(all.ok()) << all.error.toStdString();
    EXPECT_EQ(all.value, 1);
    EXPECT_TRUE(await(connection->syncScopes()).value.empty());
}

TEST_P(Connection, ASchedulesRowsAreReadWithoutChangingThem) {
    const SyncScopeKey key{QStringLiteral("42"), QStringLiteral("rudder_event"),
                           QStringLiteral("Prod")};
    const auto none = await(connection->syncState(key));
    ASSERT_TRUE(none.ok()) << none.error.toStdString();
    EXPECT_EQ(none.value.scopeId, 0) << "it has sent nothing";
    EXPECT_TRUE(none.value.rows.empty());

    scheduledPlanId = QStringLiteral("42");
    ASSERT_TRUE(
        execute(6, "rudder_event", {{QStringLiteral("send_rows"), QStringLiteral("changed")}})
            .has_value());
    ASSERT_TRUE(waitUntil([&] { return finished.size() == 1; }));
    HubReply<SyncState> read;
    ASSERT_TRUE(waitUntil([&] {
        read = await(connection->syncState(key));
        return read.value.rows.size() == 6;
    })) << read.error.toStdString();
    EXPECT_GT(read.value.scopeId, 0);
    EXPECT_TRUE(
        std::is_sorted(read.value.rows.begin(), read.value.rows.end(),
                       [](const SyncRow& a, const SyncRow& b) { return a.identity < b.identity; }));
    const auto local = hub->outbox().readSync(key).result();
    ASSERT_TRUE(local.state);
    EXPECT_EQ(read.value.rows, local.state->rows) << "the hub's own rows, byte for byte";
    const qint64 lastRunMs = await(connection->syncScopes()).value.at(0).lastRunMs;
    await(connection->syncState(key));
    EXPECT_EQ(await(connection->syncScopes()).value.at(0).lastRunMs, lastRunMs);
}

TEST_P(Connection, RunsAreListedFollowedAndTheirBatchesFiltered) {
    QList<RunRecord> seen;
    QObject::connect(connection.get(), &HubConnection::runChanged,
                     [&seen](const RunRecord& run) { seen.append(run); });
    executeRows(30);
    executeRows(20);
    const auto ended = [&seen](qint64 count) {
        return std::count_if(seen.begin(), seen.end(), [](const RunRecord& run) {
                   return run.state == RunState::Succeeded;
               }) == count;
    };
    ASSERT_TRUE(waitUntil([&] { return ended(2); }));
    EXPECT_EQ(seen.first().state, RunState::Running) << "a run is seen as it begins";
    const auto runs = await(connection->runs({}));
    ASSERT_TRUE(runs.ok()) << runs.error.toStdString();
    ASSERT_EQ(runs.value.size(), 2u);
    EXPECT_EQ(runs.value[0].messagesStored, 30);
    EXPECT_EQ(runs.value[1].delivered, 20);
    EXPECT_EQ(runs.value[1], seen.last()) << "the event is the run as listed";
    const auto one = await(connection->run(runs.value[0].id));
    ASSERT_TRUE(one.ok()) << one.error.toStdString();
    EXPECT_EQ(one.value, runs.value[0]);
    EXPECT_FALSE(await(connection->run(999)).ok());
    RunFilter failed;
    failed.state = RunState::Failed;
    EXPECT_TRUE(await(connection->runs(failed)).value.empty());
    const auto batches = await(connection->batches(std::nullopt, -1, 0, runs.value[0].id));
    ASSERT_TRUE(batches.ok()) << batches.error.toStdString();
    int messages = 0;
    for (const BatchInfo& batch : batches.value) {
        EXPECT_EQ(batch.runId, runs.value[0].id);
        messages += batch.messageCount;
    }
    EXPECT_EQ(messages, 30);
}
