// `actiondeck preview` run as a subprocess, as a user or a script would.
#include "jsondetailgenerator.h"
#include "processrun.h"
#include "testdata.h"

#include <QTemporaryDir>

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace json = boost::json;

namespace {

struct PreviewRun {
    int exitCode = -1;
    std::string out;
    std::string err;
    std::vector<json::object> messages() const {
        std::vector<json::object> result;
        std::size_t start = 0;
        while (start < out.size()) {
            const std::size_t end = out.find('\n', start);
            result.push_back(json::parse(out.substr(start, end - start)).as_object());
            start = end == std::string::npos ? out.size() : end + 1;
        }
        return result;
    }
};

PreviewRun preview(const QStringList& arguments, const std::string& input = {}) {
    const auto run = ActionDeck::TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_BINARY), QStringList{QStringLiteral("preview")} + arguments,
        QByteArray::fromStdString(input));
    return {run.exitCode, run.out.toStdString(), run.err.toStdString()};
}

QString data(const char* path) {
    return QString::fromStdString(ActionDeck::TestSupport::testDataPath(path));
}

} // namespace

TEST(PreviewCommand, PrintsOneMessagePerLineForAnExecuteRequestBody) {
    const PreviewRun run = preview(
        {QStringLiteral("--action"), QStringLiteral("identify"),
         data("reference/identify_works_with_email_user_id_anonymous_id_and_trait.request.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    const auto messages = run.messages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].at("userId"), "id");
    EXPECT_EQ(messages[0].at("anonymousId"), "anon_id");
    EXPECT_EQ(messages[0].at("type"), "identify");
    EXPECT_TRUE(messages[0].contains("sentAt"));
}

TEST(PreviewCommand, TakesTheTrackEventFromTheRequestUnlessGiven) {
    const QString file = data("reference/track_calls_track.request.json");
    const PreviewRun fromRequest =
        preview({QStringLiteral("--action"), QStringLiteral("track"), file});
    ASSERT_EQ(fromRequest.exitCode, 0) << fromRequest.err;
    EXPECT_EQ(fromRequest.messages().at(0).at("event"), "funevent");
    const PreviewRun overridden =
        preview({QStringLiteral("--action=track"), QStringLiteral("--event"),
                 QStringLiteral("Other"), file});
    ASSERT_EQ(overridden.exitCode, 0) << overridden.err;
    EXPECT_EQ(overridden.messages().at(0).at("event"), "Other");
}

TEST(PreviewCommand, ReadsAJsonDetailResultFromStandardInput) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"u.x"},)"
        R"({"name":"u.secret"}]},"data":[{"u.id":{"value":1},"u.x":{"value":2},"u.secret":{"value":3}},)"
        R"({"u.id":{"value":2},"u.x":{"value":0},"u.secret":{"value":3}}]})";
    const PreviewRun run =
        preview({QStringLiteral("--action"), QStringLiteral("identify"), QStringLiteral("--hidden"),
                 QStringLiteral("u.secret"), QStringLiteral("-")},
                detail);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto messages = run.messages();
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_EQ(messages[1].at("userId"), "2");
    EXPECT_EQ(json::serialize(messages[1].at("traits")), R"({"u.x":0})");
}

TEST(PreviewCommand, LegacyEmptyValuesFlagReproducesTheReference) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
        R"({"name":"u.x"}]},"data":[{"u.id":{"value":1},"u.x":{"value":0}}]})";
    const PreviewRun run = preview({QStringLiteral("--action"), QStringLiteral("identify"),
                                    QStringLiteral("--legacy-empty-values")},
                                   detail);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(json::serialize(run.messages().at(0).at("traits")), R"({"u.x":[]})");
}

TEST(PreviewCommand, QueryWithoutIdentifierTagExitsOneWithLookersMessage) {
    const PreviewRun run = preview({QStringLiteral("--action"), QStringLiteral("identify"),
                                    data("looker/json_detail_example.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(
        run.err.find("Query requires a field tagged email or user_id or rudder_anonymous_id."),
        std::string::npos)
        << run.err;
}

TEST(PreviewCommand, SkippedRowsExitThreeAfterPrintingTheOthers) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}]},)"
                               R"("data":[{"u.id":{"value":"a"}},{"u.id":{"value":null}}]})";
    const PreviewRun run =
        preview({QStringLiteral("--action"), QStringLiteral("identify")}, detail);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.messages().size(), 1u);
    EXPECT_NE(run.err.find("1 of 2 rows were skipped: row 2:"), std::string::npos) << run.err;
}

TEST(PreviewCommand, WarnsAboutMessagesWithoutUserId) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"e","tags":["email"]}]},)"
                               R"("data":[{"e":{"value":"a@b.c"}}]})";
    const PreviewRun run =
        preview({QStringLiteral("--action"), QStringLiteral("identify")}, detail);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.err.find("warning: 1 of 1 messages have no userId"), std::string::npos)
        << run.err;
}

TEST(PreviewCommand, TruncatedInputExitsOneAndSaysWhere) {
    const std::string detail =
        ActionDeck::TestSupport::JsonDetailGenerator::generate({.rows = 100});
    const PreviewRun run =
        preview({QStringLiteral("--action"), QStringLiteral("identify")}, detail.substr(0, 5000));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_GT(run.messages().size(), 5u);
    EXPECT_NE(run.err.find("<stdin>: truncated JSON: the input ended at byte 5000"),
              std::string::npos)
        << run.err;
}

TEST(PreviewCommand, RequestWithOnlyADownloadUrlIsExplained) {
    const PreviewRun run = preview({QStringLiteral("--action"), QStringLiteral("identify"),
                                    data("reference/extra_identify_download_url.request.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("download_url"), std::string::npos) << run.err;
}

TEST(PreviewCommand, UsageErrorsExitTwo) {
    EXPECT_EQ(preview({}).exitCode, 2);
    EXPECT_EQ(preview({QStringLiteral("--action"), QStringLiteral("alias")}).exitCode, 2);
    EXPECT_EQ(
        preview({QStringLiteral("--action"), QStringLiteral("identify"), QStringLiteral("--bogus")})
            .exitCode,
        2);
    const PreviewRun missing = preview({QStringLiteral("--action"), QStringLiteral("group"),
                                        QStringLiteral("/nonexistent/file.json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("cannot open /nonexistent/file.json"), std::string::npos);
}

TEST(PreviewCommand, HelpDescribesTheCommand) {
    const PreviewRun run = preview({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("Usage: actiondeck preview --action identify|track|group"),
              std::string::npos);
}

TEST(PreviewCommand, PropertyNamesAndRenameFlagsNameTheTraits) {
    const std::string detail = ActionDeck::TestSupport::JsonDetailGenerator::generate({.rows = 2});
    const auto traitNames = [](const PreviewRun& run) {
        std::vector<std::string> names;
        const auto messages = run.messages();
        for (const auto& member : messages.at(0).at("traits").as_object())
            names.emplace_back(member.key());
        return names;
    };
    const PreviewRun plain =
        preview({QStringLiteral("--action"), QStringLiteral("identify")}, detail);
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_EQ(traitNames(plain).at(1), "users.name");
    const PreviewRun camel = preview(
        {QStringLiteral("--action"), QStringLiteral("identify"), QStringLiteral("--property-names"),
         QStringLiteral("camel_label"), QStringLiteral("--rename"),
         QStringLiteral("users.city=town"), QStringLiteral("--rename=users.plan = plan_tier")},
        detail);
    ASSERT_EQ(camel.exitCode, 0) << camel.err;
    EXPECT_EQ(
        traitNames(camel),
        (std::vector<std::string>{"email", "usersName", "town", "usersIsActive", "usersCreatedDate",
                                  "ordersCount", "ordersTotal", "ordersCountByStatus", "share"}));
    EXPECT_NE(camel.err.find("warning: rename: users.plan is not a field of this result"),
              std::string::npos)
        << camel.err;
}

TEST(PreviewCommand, APropertyNamesCollisionExitsOneNamingBothFields) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"users.created_date"},)"
        R"({"name":"orders.created_date"}]},"data":[{"u.id":{"value":1}}]})";
    const PreviewRun run = preview({QStringLiteral("--action"), QStringLiteral("track"),
                                    QStringLiteral("--event"), QStringLiteral("Synced"),
                                    QStringLiteral("--property-names"), QStringLiteral("field")},
                                   detail);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(run.err.find("property \"created_date\": users.created_date and orders.created_date"),
              std::string::npos)
        << run.err;
}

TEST(PreviewCommand, BadPropertyNamesOrRenameIsAUsageError) {
    const PreviewRun style = preview({QStringLiteral("--action"), QStringLiteral("identify"),
                                      QStringLiteral("--property-names"), QStringLiteral("snake")});
    EXPECT_EQ(style.exitCode, 2);
    EXPECT_NE(style.err.find("looker, field, snake_label or camel_label"), std::string::npos);
    for (const char* rename : {"users.city", "=town", "users.city="}) {
        const PreviewRun run = preview({QStringLiteral("--action"), QStringLiteral("identify"),
                                        QStringLiteral("--rename"), QLatin1String(rename)});
        EXPECT_EQ(run.exitCode, 2) << rename;
        EXPECT_NE(run.err.find("--rename wants FIELD=NAME"), std::string::npos) << run.err;
    }
}

TEST(PreviewCommand, ASystemActivityResultBecomesOneTrackEventPerLookerEvent) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"event.id"},{"name":"event.name"},)"
        R"({"name":"event.created_time"},{"name":"event_attribute.name"},)"
        R"({"name":"event_attribute.value"}]},"timezone":"Europe/Madrid","data":[)"
        R"({"event.id":{"value":7},"event.name":{"value":"login"},)"
        R"("event.created_time":{"value":"2026-11-23 10:00:00"},)"
        R"("event_attribute.name":{"value":"ldap"},"event_attribute.value":{"value":"no"}},)"
        R"({"event.id":{"value":8},"event.name":{"value":"mystery"},)"
        R"("event.created_time":{"value":"2026-11-23 10:00:01"},)"
        R"("event_attribute.name":{"value":"x"},"event_attribute.value":{"value":"1"}},)"
        R"({"event.id":{"value":7},"event.name":{"value":"login"},)"
        R"("event.created_time":{"value":"2026-11-23 10:00:00"},)"
        R"("event_attribute.name":{"value":"ip"},"event_attribute.value":{"value":"10.1.1.1"}}]})";
    const QStringList arguments{QStringLiteral("--action"),
                                QStringLiteral("system-activity"),
                                QStringLiteral("--looker-host"),
                                QStringLiteral("acme.looker.com"),
                                QStringLiteral("--event-prefix"),
                                QStringLiteral("Looker "),
                                QStringLiteral("-")};
    const PreviewRun run = preview(arguments, detail);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto messages = run.messages();
    ASSERT_EQ(messages.size(), 2u);
    const json::object& login = messages[0];
    EXPECT_EQ(login.at("event"), "Looker login");
    EXPECT_EQ(login.at("type"), "track");
    EXPECT_EQ(login.at("properties").at("ldap"), false);
    EXPECT_EQ(login.at("properties").at("ip"), "10.1.1.1");
    EXPECT_EQ(login.at("timestamp"), "2026-11-23T09:00:00.000Z"); // Madrid, UTC+1
    EXPECT_NE(run.err.find("mystery"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("--source NAME"), std::string::npos) << run.err;
    // The instance and the event name the id: the same input gives the same ids.
    EXPECT_EQ(preview(arguments, detail).messages()[0].at("messageId"), login.at("messageId"));
    QStringList elsewhere = arguments;
    elsewhere[3] = QStringLiteral("other.looker.com");
    EXPECT_NE(preview(elsewhere, detail).messages()[0].at("messageId"), login.at("messageId"));
}

TEST(PreviewCommand, TheTagBasedActionsNameTheSystemActivityOne) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"event.id"},)"
                               R"({"name":"event.name"}]},"data":[]})";
    const PreviewRun run = preview(
        {QStringLiteral("--action"), QStringLiteral("identify"), QStringLiteral("-")}, detail);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("Rudder System Activity"), std::string::npos) << run.err;
}
