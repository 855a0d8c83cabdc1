// `actiondeck looker looks|schedules|send-now` against the Looker API stand-in and a real hub on
// loopback: Looks listed and searched (one in no folder), schedules filtered to this hub's
// actions, a missing see_schedules said in words, and Send now making Looker send the hub an
// execute whose rows (at a download URL) are all delivered.
#include "admintesthub.h"
#include "cli/lookercommand.h"
#include "cli/previewcommand.h"
#include "fixedclock.h"
#include "hub/hubtoken.h"
#include "lookerrequests.h"
#include "lookerstandin.h"
#include "sequentialidgenerator.h"
#include "waituntil.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerRequests;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("looks-client");
const QByteArray kClientSecret = "looks-client-secret";
const QByteArray kRegionSecret = "looks command region secret";
const QString kWriteKey = QStringLiteral("wk_looks_command");

class LookerLooksCli : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    LookerLooksCli()
        : AdminTestHub(kRegionSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        secretFile = write(QStringLiteral("client-secret"), kClientSecret);
        looker.content().addLook({QStringLiteral("42"),
                                  QStringLiteral("Active accounts"),
                                  QStringLiteral("crm"),
                                  QStringLiteral("accounts"),
                                  QStringLiteral("Shared"),
                                  {},
                                  LookerRequests::usersResult(50)});
        looker.content().addLook({QStringLiteral("7"),
                                  QStringLiteral("Churned users"),
                                  QStringLiteral("crm"),
                                  QStringLiteral("users"),
                                  QString(),
                                  {QStringLiteral("u.plan")},
                                  LookerRequests::usersResult(3)});
    }

    QString write(const QString& name, const QByteArray& content) {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content + '\n');
        return path;
    }

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(QStringList arguments, const Clock* fixedClock = nullptr,
            IdGenerator* fixedIds = nullptr) {
        arguments += {QStringLiteral("--looker-url"),         looker.url().toString(),
                      QStringLiteral("--client-id"),          kClientId,
                      QStringLiteral("--client-secret-file"), secretFile};
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run result;
        LookerCommand command{QProcessEnvironment()};
        if (fixedClock && fixedIds)
            command.setClockAndIds(*fixedClock, *fixedIds);
        result.code = command.run(arguments, out, err);
        result.out = QString::fromUtf8(out.data());
        result.err = QString::fromUtf8(err.data());
        EXPECT_FALSE(result.out.contains(QString::fromUtf8(kClientSecret)));
        EXPECT_FALSE(result.err.contains(QString::fromUtf8(kClientSecret)));
        return result;
    }
    QString hubUrl() const { return hub->listeningUrl().toString(); }
    /// Adds the hub to Looker with a token of region US; its id there.
    QString registerHub() {
        const QString token = write(QStringLiteral("token"), HubToken::make(kRegionSecret, "n1"));
        const Run added = run({QStringLiteral("register"), QStringLiteral("--hub-url"), hubUrl(),
                               QStringLiteral("--token-file"), token, QStringLiteral("--json")});
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"hubId").toString();
    }

    QTemporaryDir files;
    LookerStandIn looker{kClientId, kClientSecret};
    QString secretFile;
};

} // namespace

TEST_F(LookerLooksCli, LooksAreListedAndSearched) {
    const Run all = run({QStringLiteral("looks")});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    EXPECT_EQ(all.out, QStringLiteral("42\tActive accounts\n7\tChurned users\n"));

    const Run found =
        run({QStringLiteral("looks"), QStringLiteral("churn"), QStringLiteral("--json")});
    ASSERT_EQ(found.code, 0) << found.err.toStdString();
    const QJsonArray looks = QJsonDocument::fromJson(found.out.toUtf8()).array();
    ASSERT_EQ(looks.size(), 1);
    const QJsonObject look = looks[0].toObject();
    EXPECT_EQ(look.value(u"id").toString(), QStringLiteral("7"));
    EXPECT_EQ(look.value(u"model").toString(), QStringLiteral("crm"));
    EXPECT_EQ(look.value(u"explore").toString(), QStringLiteral("users"));
    EXPECT_TRUE(look.value(u"folder").isNull()) << "a Look in no folder is fine";
}

TEST_F(LookerLooksCli, SchedulesAreThoseOfThisHub) {
    const QString hubId = registerHub();
    ASSERT_FALSE(hubId.isEmpty());
    const QString ours =
        looker.content().addPlan(QStringLiteral("Weekly signups"), QStringLiteral("42"),
                                 QStringLiteral("looker-integration://%1::rudder_track").arg(hubId),
                                 {{QStringLiteral("event"), QStringLiteral("Signed Up")}});
    looker.content().addPlan(QStringLiteral("Another hub's"), QStringLiteral("42"),
                             QStringLiteral("looker-integration://99::rudder_track"), {});
    looker.content().addPlan(QStringLiteral("By email"), QStringLiteral("7"),
                             QStringLiteral("email"), {});

    const Run listed = run({QStringLiteral("schedules"), QStringLiteral("--hub-url"), hubUrl(),
                            QStringLiteral("--json")});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray plans = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(plans.size(), 1) << listed.out.toStdString();
    const QJsonObject plan = plans[0].toObject();
    EXPECT_EQ(plan.value(u"planId").toString(), ours);
    EXPECT_EQ(plan.value(u"name").toString(), QStringLiteral("Weekly signups"));
    EXPECT_EQ(plan.value(u"lookId").toString(), QStringLiteral("42"));
    EXPECT_EQ(plan.value(u"action").toString(), QStringLiteral("rudder_track"));
    EXPECT_EQ(plan.value(u"crontab").toString(), QStringLiteral("0 6 * * 1"));
    EXPECT_EQ(plan.value(u"formParams").toObject().value(u"event").toString(),
              QStringLiteral("Signed Up"));
}

TEST_F(LookerLooksCli, WithoutSeeSchedulesItSaysSo) {
    registerHub();
    looker.content().setSeeSchedules(false);
    const Run listed = run({QStringLiteral("schedules"), QStringLiteral("--hub-url"), hubUrl()});
    EXPECT_EQ(listed.code, 1);
    EXPECT_TRUE(listed.err.contains(u"see_schedules")) << listed.err.toStdString();
    EXPECT_EQ(listed.err.count(u'\n'), 1);
}

TEST_F(LookerLooksCli, SendNowMakesLookerSendTheScheduleAndEveryRowIsDelivered) {
    const QString hubId = registerHub();
    const QString config = write(
        QStringLiteral("config.json"),
        QJsonDocument(
            QJsonObject{{QStringLiteral("sources"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Prod")},
                                                {QStringLiteral("writeKey"), kWriteKey},
                                                {QStringLiteral("dataPlaneUrl"), sink.url()}}}}})
            .toJson());
    const Run enabled = run({QStringLiteral("enable"), QStringLiteral("--hub-url"), hubUrl(),
                             QStringLiteral("--source"), QStringLiteral("Prod"),
                             QStringLiteral("--config"), config});
    ASSERT_EQ(enabled.code, 0) << enabled.err.toStdString();
    const QString plan = looker.content().addPlan(
        QStringLiteral("Daily users"), QStringLiteral("42"),
        QStringLiteral("looker-integration://%1::rudder_event").arg(hubId), {});

    const Run sent = run({QStringLiteral("send-now"), plan});
    ASSERT_EQ(sent.code, 0) << sent.err.toStdString();
    EXPECT_TRUE(sent.out.startsWith(u"Looker accepted the run of schedule"))
        << sent.out.toStdString();
    EXPECT_EQ(looker.content().runOnce(), QStringList{plan});
    // Looker streams the Look's 50 rows to the hub, which delivers each one.
    EXPECT_TRUE(waitUntil([&] { return sink.deliveredMessageIdSet().size() == 50; }, 20000))
        << sink.deliveredMessageIdSet().size();

    const Run unknown = run({QStringLiteral("send-now"), QStringLiteral("999")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"Not found")) << unknown.err.toStdString();
    const Run none = run({QStringLiteral("send-now")});
    EXPECT_EQ(none.code, 2);
}

TEST_F(LookerLooksCli, PreviewLookPrintsWhatPreviewPrintsForTheSameResult) {
    // The same clock and ids for both, so that timestamps and messageIds compare.
    TestSupport::FixedClock lookClock(1'700'000'000'000);
    TestSupport::SequentialIdGenerator lookIds;
    const Run look =
        run({QStringLiteral("preview-look"), QStringLiteral("7"), QStringLiteral("--action"),
             QStringLiteral("track"), QStringLiteral("--event"), QStringLiteral("Churned"),
             QStringLiteral("--limit"), QStringLiteral("all")},
            &lookClock, &lookIds);
    ASSERT_EQ(look.code, 0) << look.err.toStdString();

    TestSupport::FixedClock previewClock(1'700'000'000'000);
    TestSupport::SequentialIdGenerator previewIds;
    QBuffer in;
    in.setData(LookerRequests::usersResult(3));
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    ASSERT_EQ(PreviewCommand(previewClock, previewIds)
                  .run({QStringLiteral("--action"), QStringLiteral("track"),
                        QStringLiteral("--event"), QStringLiteral("Churned"),
                        QStringLiteral("--hidden"), QStringLiteral("u.plan"), QStringLiteral("-")},
                       in, out, err),
              0);
    EXPECT_EQ(look.out.toStdString(), out.data().toStdString());
    EXPECT_EQ(look.out.count(u'\n'), 3);
    EXPECT_FALSE(look.out.contains(u"u.plan")) << "the Look's hidden field is not sent";
    // Run as a schedule sends it: unformatted, without the visualisation, every row.
    bool asked = false;
    for (const auto& request : looker.requests()) {
        if (!request.path.startsWith("/api/4.0/looks/7/run/json_detail"))
            continue;
        asked = true;
        EXPECT_TRUE(request.path.contains("apply_formatting=false"));
        EXPECT_TRUE(request.path.contains("apply_vis=false"));
        EXPECT_TRUE(request.path.contains("limit=-1")) << request.path.toStdString();
    }
    EXPECT_TRUE(asked);
}

TEST_F(LookerLooksCli, PreviewLookSaysWhatIsWrong) {
    EXPECT_EQ(run({QStringLiteral("preview-look"), QStringLiteral("7")}).code, 2) << "no --action";
    EXPECT_EQ(run({QStringLiteral("preview-look"), QStringLiteral("7"), QStringLiteral("--action"),
                   QStringLiteral("track"), QStringLiteral("--limit"), QStringLiteral("some")})
                  .code,
              2);
    const Run missing = run({QStringLiteral("preview-look"), QStringLiteral("404"),
                             QStringLiteral("--action"), QStringLiteral("identify")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"Not found in Looker")) << missing.err.toStdString();
}

TEST_F(LookerLooksCli, AnUntaggedLookNamesTheFieldAndTheTag) {
    looker.content().addLook(
        {QStringLiteral("9"),
         QStringLiteral("Untagged"),
         QStringLiteral("crm"),
         QStringLiteral("users"),
         QString(),
         {},
         R"({"fields":{"dimensions":[{"name":"users.id"},{"name":"users.plan"}]},)"
         R"("data":[{"users.id":{"value":"u1"},"users.plan":{"value":"gold"}}]})"});
    const Run untagged = run({QStringLiteral("preview-look"), QStringLiteral("9"),
                              QStringLiteral("--action"), QStringLiteral("identify")});
    EXPECT_NE(untagged.code, 0) << "Looker would be answered with an error";
    EXPECT_TRUE(untagged.err.contains(
        u"tags: no field is tagged user_id, email or rudder_anonymous_id, which identify needs: "
        u"add `tags: [\"user_id\"]` to dimension `users.id` in view `users`"))
        << untagged.err.toStdString();

    const Run tagged = run({QStringLiteral("preview-look"), QStringLiteral("42"),
                            QStringLiteral("--action"), QStringLiteral("identify")});
    ASSERT_EQ(tagged.code, 0) << tagged.err.toStdString();
    EXPECT_TRUE(tagged.err.contains(u"tags: user_id on u.id")) << tagged.err.toStdString();
    EXPECT_FALSE(tagged.err.contains(u"no field is tagged"));
}

TEST_F(LookerLooksCli, PreviewLookWithASourceAppliesItsSyncOptionsAsTheHubWould) {
    const QString config = write(
        QStringLiteral("config.json"),
        R"({"sources":[{"name":"CRM","writeKey":"wk_source","dataPlaneUrl":"http://127.0.0.1:9",)"
        R"("propertyNames":"field","rename":{"u.plan":"tier"},"lookerContext":true}]})");
    const auto previewWith = [this](const QStringList& flags) {
        TestSupport::FixedClock clock(1'700'000'000'000);
        TestSupport::SequentialIdGenerator ids;
        QBuffer in;
        in.setData(LookerRequests::usersResult(50));
        in.open(QIODevice::ReadOnly);
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        EXPECT_EQ(PreviewCommand(clock, ids)
                      .run(QStringList{QStringLiteral("--action"), QStringLiteral("identify")} +
                               flags + QStringList{QStringLiteral("-")},
                           in, out, err),
                  0)
            << err.data().toStdString();
        return out.data().toStdString();
    };
    const auto lookWith = [this, &config](const QStringList& flags) {
        TestSupport::FixedClock clock(1'700'000'000'000);
        TestSupport::SequentialIdGenerator ids;
        const Run look = run(QStringList{QStringLiteral("preview-look"), QStringLiteral("42"),
                                         QStringLiteral("--action"), QStringLiteral("identify"),
                                         QStringLiteral("--source"), QStringLiteral("CRM"),
                                         QStringLiteral("--config"), config} +
                                 flags,
                             &clock, &ids);
        EXPECT_EQ(look.code, 0) << look.err.toStdString();
        EXPECT_FALSE(look.err.contains(u"wk_source")) << "the write key is never printed";
        return look.out.toStdString();
    };

    const std::string withSource = lookWith({});
    EXPECT_EQ(withSource, previewWith({QStringLiteral("--property-names"), QStringLiteral("field"),
                                       QStringLiteral("--rename"), QStringLiteral("u.plan=tier"),
                                       QStringLiteral("--looker-context"), QStringLiteral("yes")}));
    EXPECT_NE(withSource.find("\"tier\""), std::string::npos) << withSource;
    EXPECT_NE(withSource, previewWith({})) << "the source's options change the messages";

    // A flag given is the form's own value: it wins over the source's.
    EXPECT_EQ(lookWith({QStringLiteral("--property-names"), QStringLiteral("looker")}),
              previewWith({QStringLiteral("--property-names"), QStringLiteral("looker"),
                           QStringLiteral("--rename"), QStringLiteral("u.plan=tier"),
                           QStringLiteral("--looker-context"), QStringLiteral("yes")}));

    const Run unknown =
        run({QStringLiteral("preview-look"), QStringLiteral("42"), QStringLiteral("--action"),
             QStringLiteral("identify"), QStringLiteral("--source"), QStringLiteral("Nope"),
             QStringLiteral("--config"), config});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"no source named \"Nope\"")) << unknown.err.toStdString();
}
