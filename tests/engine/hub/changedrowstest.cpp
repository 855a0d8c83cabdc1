// "Only new or changed rows" end to end: executes of one schedule over HTTP, the data plane a
// local sink, the state in the hub's real outbox.
#include "scheduletesthub.h"
#include "waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

class ChangedRows : public testing::Test, protected TestSupport::ScheduleTestHub {
protected:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(SendRows::Changed, &error)) << error.toStdString();
    }

    static QByteArray result(int rows, const QSet<int>& changed = {}) {
        return usersResult(rows, changed);
    }
};

} // namespace

TEST_F(ChangedRows, TheSameResultAgainSendsNothingAndSaysSo) {
    QJsonObject answer = execute(result(300));
    EXPECT_TRUE(answer.value(u"success").toBool());
    EXPECT_EQ(answer.value(u"message").toString(),
              QStringLiteral("300 of 300 rows changed since the last run."));
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 300);

    answer = execute(result(300));
    EXPECT_TRUE(answer.value(u"success").toBool());
    EXPECT_EQ(answer.value(u"message").toString(),
              QStringLiteral("0 of 300 rows changed since the last run."));
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 300) << "nothing more was sent";
}

TEST_F(ChangedRows, OnlyTheChangedAndNewRowsGo) {
    execute(result(200));
    ASSERT_TRUE(settled());
    const QJsonObject answer = execute(result(205, {3, 50, 51, 52, 60, 70, 80, 90, 100, 199}));
    EXPECT_EQ(answer.value(u"message").toString(),
              QStringLiteral("15 of 205 rows changed since the last run."));
    ASSERT_TRUE(settled());
    ASSERT_EQ(sink.deliveredMessageIds().size(), 215);
    // The changed users arrived twice, the new ones once, the others once.
    QHash<QString, int> sent;
    for (const auto& request : sink.requests())
        for (const QJsonValue& m :
             QJsonDocument::fromJson(request.body).object().value(u"batch").toArray())
            ++sent[m.toObject().value(u"userId").toString()];
    EXPECT_EQ(sent.value(u"user-3"_qs), 2);
    EXPECT_EQ(sent.value(u"user-199"_qs), 2);
    EXPECT_EQ(sent.value(u"user-204"_qs), 1);
    EXPECT_EQ(sent.value(u"user-4"_qs), 1);
}

TEST_F(ChangedRows, RowsOfABatchTheDataPlaneRefusedAreSentAgain) {
    TestSupport::TestSink::Response refused;
    refused.status = 400;
    refused.body = R"({"error":"Invalid payload"})";
    sink.enqueue({refused});
    execute(result(50));
    ASSERT_TRUE(settled());
    EXPECT_EQ(hub->outbox().counts().result().failedMessages, 50);
    const QJsonObject answer = execute(result(50));
    EXPECT_EQ(answer.value(u"message").toString(),
              QStringLiteral("50 of 50 rows changed since the last run."));
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 50);
    EXPECT_EQ(execute(result(50)).value(u"message").toString(),
              QStringLiteral("0 of 50 rows changed since the last run."));
}

TEST_F(ChangedRows, AnAdHocSendSendsEveryRowAndSaysWhy) {
    execute(result(20), QJsonValue::Null);
    const QJsonObject answer = execute(result(20), QJsonValue::Null);
    EXPECT_TRUE(answer.value(u"message").toString().startsWith(u"All rows were sent"))
        << answer.value(u"message").toString().toStdString();
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 40);
}

TEST_F(ChangedRows, TheFormCanAskForAllRows) {
    execute(result(20));
    const QJsonObject answer = execute(result(20), 17, u"all"_qs);
    EXPECT_TRUE(answer.value(u"success").toBool());
    EXPECT_FALSE(answer.contains(u"message") && !answer.value(u"message").toString().isEmpty());
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIds().size(), 40);
}

TEST_F(ChangedRows, EachScheduleHasItsOwnState) {
    execute(result(30), 17);
    EXPECT_EQ(execute(result(30), 18).value(u"message").toString(),
              QStringLiteral("30 of 30 rows changed since the last run."));
}

TEST_F(ChangedRows, TwoExecutesOfOneScheduleAtOnceSendEachRowOnce) {
    // Both are accepted at once; the second compares against what the first sent.
    TestSupport::HttpClient second;
    QByteArray detail = result(400);
    QJsonObject first;
    bool firstDone = false;
    QMetaObject::invokeMethod(
        hub.get(),
        [&] {
            first = execute(detail);
            firstDone = true;
        },
        Qt::QueuedConnection);
    const QJsonObject other = execute(detail);
    ASSERT_TRUE(waitUntil([&] { return firstDone; }, 20000));
    ASSERT_TRUE(settled());
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 400);
    EXPECT_EQ(sink.deliveredMessageIds().size(), 400);
    const QStringList messages{first.value(u"message").toString(),
                               other.value(u"message").toString()};
    EXPECT_TRUE(messages.contains(u"0 of 400 rows changed since the last run."_qs))
        << messages.join(u" | ").toStdString();
}
