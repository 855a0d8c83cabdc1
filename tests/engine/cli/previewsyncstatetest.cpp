// `actiondeck preview --send-rows changed` against the outbox of a running hub: it says what the
// schedule's next run would send, and changes nothing.
#include "processrun.h"
#include "scheduletesthub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

const QString kRanAt = QStringLiteral("2026-11-23T09:30:00Z");
const QString kNextRanAt = QStringLiteral("2026-11-24T09:30:00Z");

struct Preview {
    int exitCode = -1;
    QList<QJsonObject> messages;
    QString err;

    QSet<QString> userIds() const {
        QSet<QString> ids;
        for (const QJsonObject& message : messages)
            ids.insert(message.value(u"userId").toString());
        return ids;
    }
};

class PreviewSyncState : public testing::Test, protected TestSupport::ScheduleTestHub {
protected:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(SendRows::Changed, &error)) << error.toStdString();
    }

    /// `actiondeck preview --action identify ARGS… -` of `input`, against the hub's outbox.
    Preview preview(const QStringList& arguments, const QByteArray& input) const {
        const auto run =
            TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                    QStringList{u"preview"_qs, u"--action"_qs, u"identify"_qs,
                                                u"--data-dir"_qs, dir.path()} +
                                        arguments + QStringList{u"-"_qs},
                                    input);
        Preview result{run.exitCode, {}, QString::fromUtf8(run.err)};
        for (const QByteArray& line : run.out.split('\n'))
            if (!line.isEmpty())
                result.messages.append(QJsonDocument::fromJson(line).object());
        return result;
    }

    std::vector<SyncScopeInfo> scopes() { return hub->outbox().syncScopes().result(); }
};

QSet<QString> users(std::initializer_list<int> numbers) {
    QSet<QString> ids;
    for (const int n : numbers)
        ids.insert(QStringLiteral("user-%1").arg(n));
    return ids;
}

} // namespace

TEST_F(PreviewSyncState, SaysWhatTheNextRunWouldSendAndChangesNothing) {
    ASSERT_TRUE(execute(usersResult(200, {}, kRanAt)).value(u"success").toBool());
    ASSERT_TRUE(settled());
    const std::vector<SyncScopeInfo> before = scopes();
    ASSERT_EQ(before.size(), 1u);

    const QByteArray next = executeBody(usersResult(205, {3, 50}, kNextRanAt));
    const Preview run = preview({u"--send-rows"_qs, u"changed"_qs}, next);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"7 of 205 rows changed since the last run of schedule 17 "
                                 u"(rudder_event, source Prod): 2 changed, 5 new, 198 unchanged"))
        << run.err.toStdString();
    EXPECT_EQ(run.userIds(), users({3, 50, 200, 201, 202, 203, 204}));

    const std::vector<SyncScopeInfo> after = scopes();
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].lastRunMs, before[0].lastRunMs) << "a preview is not a run";
    EXPECT_EQ(after[0].remembered, before[0].remembered);

    // The run itself agrees, and sends the messageIds the preview showed.
    const qsizetype delivered = sink.deliveredMessageIds().size();
    const auto answer = post(next);
    EXPECT_TRUE(answer.body.contains("7 of 205 rows changed since the last run."))
        << answer.body.toStdString();
    ASSERT_TRUE(settled());
    QSet<QByteArray> sent;
    for (const QByteArray& id : sink.deliveredMessageIds().mid(delivered))
        sent.insert(id);
    QSet<QByteArray> previewed;
    for (const QJsonObject& message : run.messages)
        previewed.insert(message.value(u"messageId").toString().toUtf8());
    EXPECT_EQ(sent, previewed);
}

TEST_F(PreviewSyncState, TheRequestsOwnChoiceIsUsedWithoutTheFlag) {
    execute(usersResult(30));
    ASSERT_TRUE(settled());
    const Preview asked =
        preview({}, executeBody(usersResult(30, {7}), 17, {{u"send_rows"_qs, u"changed"_qs}}));
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    EXPECT_EQ(asked.userIds(), users({7}));
    // Without a choice the preview does not know the source's setting: every row.
    const Preview unasked = preview({}, executeBody(usersResult(30, {7})));
    EXPECT_EQ(unasked.messages.size(), 30);
    const Preview overridden =
        preview({u"--send-rows"_qs, u"all"_qs},
                executeBody(usersResult(30, {7}), 17, {{u"send_rows"_qs, u"changed"_qs}}));
    EXPECT_EQ(overridden.messages.size(), 30);
}

TEST_F(PreviewSyncState, AJsonDetailIsComparedWithTheScheduleAndSourceNamed) {
    execute(usersResult(40));
    ASSERT_TRUE(settled());
    const Preview run =
        preview({u"--send-rows=changed"_qs, u"--schedule=17"_qs, u"--source=Prod"_qs},
                usersResult(40, {0, 39}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.userIds(), users({0, 39}));
    EXPECT_TRUE(run.err.contains(u"2 of 40 rows changed")) << run.err.toStdString();

    const Preview otherSchedule = preview(
        {u"--send-rows=changed"_qs, u"--schedule=18"_qs, u"--source=Prod"_qs}, usersResult(40));
    EXPECT_EQ(otherSchedule.messages.size(), 40);
    EXPECT_TRUE(otherSchedule.err.contains(
        u"schedule 18 (rudder_event, source Prod) has sent nothing yet: all 40 messages"))
        << otherSchedule.err.toStdString();
}

TEST_F(PreviewSyncState, WithoutAScheduleEveryRowGoesAndItSaysWhy) {
    const Preview run = preview({u"--send-rows=changed"_qs}, usersResult(12));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.messages.size(), 12);
    EXPECT_TRUE(run.err.contains(u"warning: all 12 rows would be sent: only new or changed rows "
                                 u"needs a scheduled plan"))
        << run.err.toStdString();
}

TEST_F(PreviewSyncState, WithoutASourceItAsksForOne) {
    const Preview run = preview({u"--send-rows=changed"_qs, u"--schedule=17"_qs}, usersResult(3));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.messages.isEmpty());
    EXPECT_TRUE(run.err.contains(u"--source NAME")) << run.err.toStdString();
}

TEST_F(PreviewSyncState, WrongValuesAreUsageErrors) {
    for (const QStringList& arguments :
         {QStringList{u"--send-rows=some"_qs}, QStringList{u"--looker-context=maybe"_qs},
          QStringList{u"--schedule="_qs}}) {
        const Preview run = preview(arguments, usersResult(1));
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(arguments[0].section(u'=', 0, 0))) << run.err.toStdString();
    }
}

TEST_F(PreviewSyncState, LookerContextNamesTheSchedule) {
    const Preview run =
        preview({u"--looker-context=yes"_qs}, executeBody(usersResult(2, {}, kRanAt)));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.messages.size(), 2);
    const QJsonObject looker =
        run.messages[0].value(u"context").toObject().value(u"looker").toObject();
    EXPECT_EQ(looker.value(u"scheduled_plan_id").toVariant().toString(), u"17"_qs);
    EXPECT_EQ(looker.value(u"title").toString(), u"Daily users"_qs);
    EXPECT_EQ(looker.value(u"ran_at").toString(), kRanAt);
    const Preview without = preview({}, executeBody(usersResult(2, {}, kRanAt)));
    EXPECT_FALSE(without.messages.value(0).value(u"context").toObject().contains(u"looker"));
}
