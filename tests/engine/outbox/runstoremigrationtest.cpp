// The runs' schema change taken in place: a SQLite outbox at schema 5 and a PostgreSQL one at
// schema 1, each as the previous ActionDeck left it (made by that version's own steps), open
// at the current version with their batches as they were, and count new runs from then on.
#include "outbox/outboxschema.h"
#include "outbox/pgconnection.h"
#include "outbox/postgresoutboxstore.h"
#include "outbox/postgresschema.h"
#include "outbox/sqliteoutboxstore.h"
#include "postgrescluster.h"
#include "testbatch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::batch;

namespace {

/// A run with one batch of `messages`, answered; its id.
qint64 runWithBatch(OutboxStore& store, int messages) {
    RunRecord run;
    run.receivedMs = 5000;
    QString error;
    const auto id = store.runs().begin(run, &error);
    EXPECT_TRUE(id) << error.toStdString();
    NewBatch sent = batch(messages);
    sent.runId = id.value_or(0);
    EXPECT_TRUE(store.append({sent}, 5000, &error)) << error.toStdString();
    RunAnswer answer;
    answer.answeredMs = 6000;
    answer.success = true;
    EXPECT_TRUE(store.runs().answer(id.value_or(0), answer, &error)) << error.toStdString();
    return id.value_or(0);
}

} // namespace

TEST(RunStoreMigration, ASqliteOutboxAtSchemaFiveGainsRunsWithItsBatchesKept) {
    QTemporaryDir dir;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(dir.filePath(QStringLiteral("outbox.sqlite")));
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(OutboxSchema::migrate(db, &error, 5)) << error.toStdString();
        ASSERT_EQ(OutboxSchema::version(db), 5);
        QSqlQuery query(db);
        for (const char* sql :
             {"INSERT INTO sources (id, endpoint, write_key) VALUES (1, 'http://127.0.0.1:9/v1/"
              "batch', 'wk')",
              "INSERT INTO batches (id, source_id, state, message_count, created_ms) VALUES (7, 1,"
              " 0, 1, 1000)",
              "INSERT INTO payloads (batch_id, body) VALUES (7, '{\"messageId\":\"kept\"}')"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql;
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    SqliteOutboxStore store(QStringLiteral("from-v5"));
    QString error;
    ASSERT_TRUE(store.open(dir.path(), &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), 6);
    EXPECT_EQ(store.payload(7), std::string("{\"messageId\":\"kept\"}"));
    const qint64 id = runWithBatch(store, 3);
    const auto leased = store.lease(7000, {}, 10, 10);
    ASSERT_EQ(leased.size(), 2u) << "the old batch and the new";
    for (const LeasedBatch& held : leased)
        ASSERT_TRUE(store.markDelivered(held.id, 8000, 200));
    const auto run = store.runs().get(id);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->delivered, 3) << "the old batch has no run";
    EXPECT_EQ(run->state, RunState::Succeeded);
}

TEST(RunStoreMigration, APostgresOutboxAtSchemaOneGainsRunsWithItsBatchesKept) {
    QString error;
    TestSupport::PostgresCluster* cluster = TestSupport::sharedPostgresCluster(&error);
    ASSERT_TRUE(cluster) << "PostgreSQL must start for these tests: " << error.toStdString();
    const QString uri = cluster->createDatabase(QStringLiteral("runs_from_v1"), &error);
    ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    {
        PgConnection db;
        db.setSessionSetup("SET search_path = actiondeck");
        ASSERT_TRUE(db.open(uri, &error)) << error.toStdString();
        ASSERT_TRUE(PostgresSchema::migrate(db, &error, 1)) << error.toStdString();
        ASSERT_EQ(PostgresSchema::version(db), 1);
    }
    cluster->psql(QStringLiteral("runs_from_v1"),
                  QStringLiteral("INSERT INTO actiondeck.sources (id, endpoint, key_digest,"
                                 " write_key) VALUES (1, 'http://127.0.0.1:9/v1/batch', '\\x00',"
                                 " 'sealed'); INSERT INTO actiondeck.batches (id, source_id,"
                                 " state, message_count, created_ms, last_error) VALUES (7, 1, 2,"
                                 " 4, 1000, 'HTTP 400'); SELECT setval('actiondeck.sources_id_seq',"
                                 " 10); SELECT setval('actiondeck.batches_id_seq', 10)"),
                  &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    PostgresOutboxStore store(QStringLiteral("hub"), TestSupport::testSealer());
    ASSERT_TRUE(store.open(uri, &error)) << error.toStdString();
    EXPECT_EQ(store.schemaVersion(), 2);
    const auto old = store.info(7);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->state, BatchState::Failed);
    EXPECT_EQ(old->lastError, QStringLiteral("HTTP 400"));
    const qint64 id = runWithBatch(store, 3);
    EXPECT_EQ(store.retry({7}, 7000), 1) << "a batch of no run moves no run";
    const auto run = store.runs().get(id);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->messagesStored, 3);
    EXPECT_EQ(run->pending, 3);
    EXPECT_EQ(run->failed, 0);
    EXPECT_EQ(run->state, RunState::Delivering);
}
