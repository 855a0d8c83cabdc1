// PreviewBuilder with "only new or changed rows", stable messageIds and context.looker: what a
// schedule's next run would send, compared with what it last sent.
#include "fixedclock.h"
#include "looker/jsondetailreader.h"
#include "lookerrequests.h"
#include "rudder/previewbuilder.h"
#include "sequentialidgenerator.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

constexpr qint64 kNow = 1795428000000;

/// The shared fixtures as PreviewBuilder reads them; an empty `planId` is an ad-hoc send.
std::string usersResult(int rows, const QSet<int>& changed = {}, std::string_view ranAt = {}) {
    return TestSupport::LookerRequests::usersResult(rows, changed,
                                                    QString::fromUtf8(ranAt.data(), ranAt.size()))
        .toStdString();
}
std::string executeBody(const std::string& detail, std::string_view planId,
                        const QJsonObject& form = {}) {
    const QJsonValue plan =
        planId.empty() ? QJsonValue() : QString::fromUtf8(planId.data(), planId.size());
    return TestSupport::LookerRequests::executeBody(QByteArray::fromStdString(detail), plan, form)
        .toStdString();
}

/// What the hub remembers of each row of `detail` once sent: as MessageBuilder fingerprints it.
class SyncRowsOf : public JsonDetailConsumer {
public:
    explicit SyncRowsOf(const std::string& detail)
        : m_builder(fingerprinting(), m_clock, m_ids) {
        JsonDetailReader reader(*this);
        EXPECT_TRUE(reader.feed(detail) && reader.finish());
        std::sort(rows.begin(), rows.end(),
                  [](const SyncRow& a, const SyncRow& b) { return a.identity < b.identity; });
    }
    bool onFields(const JsonDetailFieldSet& fields) override { return !m_builder.prepare(fields); }
    bool onRanAt(std::string_view) override { return true; }
    bool onRow(const JsonDetailRow& row) override {
        std::string message;
        rows.push_back(m_builder.build(row, message).sync);
        return true;
    }

    std::vector<SyncRow> rows;

private:
    static BuildOptions fingerprinting() {
        BuildOptions options;
        options.fingerprints = true;
        return options;
    }
    TestSupport::FixedClock m_clock{kNow};
    TestSupport::SequentialIdGenerator m_ids;
    MessageBuilder m_builder;
};

PreviewResult preview(std::string_view input, PreviewOptions options) {
    TestSupport::FixedClock clock(kNow);
    TestSupport::SequentialIdGenerator ids;
    return PreviewBuilder::build(input, std::move(options), clock, ids);
}

std::vector<std::string> userIds(const PreviewResult& result) {
    std::vector<std::string> ids;
    for (const std::string& message : result.messages)
        ids.push_back(std::string(json::parse(message).at("userId").as_string()));
    return ids;
}

/// Options comparing with `sent`, recording the scope they were asked for.
PreviewOptions comparingWith(std::vector<SyncRow> sent, PreviewScope* asked = nullptr) {
    PreviewOptions options;
    options.sendRows = SendRows::Changed;
    options.readSyncState = [sent = std::move(sent), asked](const PreviewScope& scope,
                                                            std::string*) {
        if (asked)
            *asked = scope;
        return std::optional(PreviewSyncState{true, sent});
    };
    return options;
}

} // namespace

TEST(PreviewSync, ShowsOnlyTheRowsNewOrChangedSinceTheScheduleLastSentThem) {
    PreviewScope asked;
    const PreviewResult result = preview(executeBody(usersResult(8, {2, 5}), "42"),
                                         comparingWith(SyncRowsOf(usersResult(6)).rows, &asked));
    ASSERT_FALSE(result.error.isSet()) << result.error.message;
    EXPECT_TRUE(result.compared);
    EXPECT_TRUE(result.scheduleRanBefore);
    EXPECT_EQ(result.rows, 8u);
    EXPECT_EQ(result.unchangedRows, 4u);
    EXPECT_EQ(result.changedRows, 2u);
    EXPECT_EQ(result.newRows, 2u);
    EXPECT_EQ(result.messageCount, 4u);
    EXPECT_EQ(userIds(result), (std::vector<std::string>{"user-2", "user-5", "user-6", "user-7"}));
    EXPECT_EQ(asked.planId, "42");
    EXPECT_EQ(asked.action, "rudder_event");
    EXPECT_EQ(asked.destination, "Prod");
}

TEST(PreviewSync, TheOptionsNameTheScheduleAndSourceOfAJsonDetail) {
    PreviewScope asked;
    PreviewOptions options = comparingWith(SyncRowsOf(usersResult(3)).rows, &asked);
    options.call = CallType::Track;
    options.event = "Seen";
    options.planId = "7";
    options.destination = "Staging";
    const PreviewResult result = preview(usersResult(3), options);
    ASSERT_FALSE(result.error.isSet()) << result.error.message;
    EXPECT_EQ(asked.planId, "7");
    EXPECT_EQ(asked.action, "rudder_track");
    EXPECT_EQ(asked.destination, "Staging");
    // A track message is another message than the identify one remembered.
    EXPECT_EQ(result.changedRows, 3u);
}

TEST(PreviewSync, WithoutAScheduleNothingIsComparedAndEveryRowGoes) {
    bool asked = false;
    PreviewOptions options;
    options.sendRows = SendRows::Changed;
    options.readSyncState = [&asked](const PreviewScope&, std::string*) {
        asked = true;
        return std::optional(PreviewSyncState{});
    };
    const PreviewResult result = preview(executeBody(usersResult(5), ""), options);
    EXPECT_FALSE(asked);
    EXPECT_FALSE(result.compared);
    EXPECT_EQ(result.sendRows, SendRows::Changed);
    EXPECT_EQ(result.messageCount, 5u);
}

TEST(PreviewSync, AStateThatCanNotBeReadStopsThePreview) {
    PreviewOptions options;
    options.sendRows = SendRows::Changed;
    options.readSyncState = [](const PreviewScope&, std::string* error) {
        *error = "the outbox is damaged";
        return std::optional<PreviewSyncState>();
    };
    const PreviewResult result = preview(executeBody(usersResult(5), "42"), options);
    EXPECT_EQ(result.error.kind, PreviewError::Kind::SyncState);
    EXPECT_EQ(result.error.message, "the outbox is damaged");
    EXPECT_TRUE(result.messages.empty());
}

TEST(PreviewSync, TheFormsChoicesAreTakenUnlessOverridden) {
    const std::string body =
        executeBody(usersResult(4, {}, "2026-11-23T09:30:00Z"), "42",
                    {{u"send_rows"_qs, u"changed"_qs}, {u"looker_context"_qs, u"yes"_qs}});
    const PreviewResult fromForm = preview(body, comparingWith(SyncRowsOf(usersResult(4)).rows));
    EXPECT_EQ(fromForm.requestSendRows, SendRows::Changed);
    EXPECT_EQ(fromForm.requestLookerContext, true);
    EXPECT_EQ(fromForm.messageCount, 0u);

    PreviewOptions overridden;
    overridden.sendRows = SendRows::All;
    overridden.lookerContext = false;
    const PreviewResult all = preview(body, overridden);
    EXPECT_EQ(all.messageCount, 4u);
    EXPECT_FALSE(json::parse(all.messages.at(0)).at("context").as_object().contains("looker"));
    const PreviewResult withContext = preview(body, PreviewOptions());
    EXPECT_EQ(json::parse(withContext.messages.at(0)).at("context").at("looker").at("title"),
              "Daily users");
}

TEST(PreviewSync, MessageIdsAreTheHubsWhenTheRunHasAScheduleAndARanAt) {
    const std::string body = executeBody(usersResult(3, {}, "2026-11-23T09:30:00Z"), "42");
    const PreviewResult first = preview(body, PreviewOptions());
    const PreviewResult second = preview(body, PreviewOptions());
    EXPECT_TRUE(first.stableIds);
    ASSERT_EQ(first.messages.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(json::parse(first.messages[i]).at("messageId"),
                  json::parse(second.messages[i]).at("messageId"));
    PreviewOptions otherSchedule;
    otherSchedule.planId = "43";
    EXPECT_NE(json::parse(preview(body, otherSchedule).messages[0]).at("messageId"),
              json::parse(first.messages[0]).at("messageId"));
    EXPECT_FALSE(preview(executeBody(usersResult(3), "42"), PreviewOptions()).stableIds)
        << "no ran_at";
    EXPECT_FALSE(preview(usersResult(3, {}, "2026-11-23T09:30:00Z"), PreviewOptions()).stableIds)
        << "neither a schedule nor a destination";
}
