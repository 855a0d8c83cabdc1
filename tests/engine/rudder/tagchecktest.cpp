// The tag check: which fields carry the identity tags, what an action lacks, and the fix in
// LookML words naming the likely field.
#include "rudder/tagcheck.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

JsonDetailField field(std::string name, std::vector<std::string> tags = {},
                      FieldCategory category = FieldCategory::Dimension) {
    JsonDetailField f;
    f.name = std::move(name);
    f.tags = std::move(tags);
    f.category = category;
    return f;
}

} // namespace

TEST(TagCheck, ATaggedUserIdIsEnoughForIdentifyAndTrack) {
    const JsonDetailFieldSet fields = {field("users.id", {"user_id"}), field("users.plan")};
    for (CallType call : {CallType::Identify, CallType::Track}) {
        const TagCheck::Result result = TagCheck::check(fields, call);
        EXPECT_TRUE(result.ok());
        EXPECT_EQ(result.tagged[0].tag, "user_id");
        EXPECT_EQ(result.tagged[0].fields, std::vector<std::string>{"users.id"});
    }
}

TEST(TagCheck, NothingTaggedNamesTheLikelyFieldAndTheTag) {
    const JsonDetailFieldSet fields = {field("users.count", {}, FieldCategory::Measure),
                                       field("users.email"), field("users.plan")};
    const TagCheck::Result result = TagCheck::check(fields, CallType::Identify);
    ASSERT_EQ(result.missing.size(), 1u);
    EXPECT_EQ(result.missing[0],
              "no field is tagged user_id, email or rudder_anonymous_id, which identify needs: "
              "add `tags: [\"email\"]` to dimension `users.email` in view `users`");

    const TagCheck::Result byId =
        TagCheck::check({field("accounts.name"), field("accounts.id")}, CallType::Track);
    ASSERT_EQ(byId.missing.size(), 1u);
    EXPECT_NE(byId.missing[0].find("add `tags: [\"user_id\"]` to dimension `accounts.id` in view "
                                   "`accounts`"),
              std::string::npos)
        << byId.missing[0];

    const TagCheck::Result none = TagCheck::check({field("users.plan")}, CallType::Track);
    ASSERT_EQ(none.missing.size(), 1u);
    EXPECT_NE(none.missing[0].find("tag the field that identifies a user"), std::string::npos);
}

TEST(TagCheck, GroupNeedsAGroupIdToo) {
    const JsonDetailFieldSet fields = {field("users.id", {"user_id"}),
                                       field("accounts.account_id")};
    const TagCheck::Result result = TagCheck::check(fields, CallType::Group);
    ASSERT_EQ(result.missing.size(), 1u);
    EXPECT_EQ(result.missing[0], "no field is tagged rudder_group_id, which group needs: add "
                                 "`tags: [\"rudder_group_id\"]` to dimension "
                                 "`accounts.account_id` in view `accounts`");
    EXPECT_TRUE(
        TagCheck::check({field("users.id", {"user_id"}), field("accounts.id", {"rudder_group_id"})},
                        CallType::Group)
            .ok());
    // An identity field is not proposed as the group's.
    const TagCheck::Result onlyId =
        TagCheck::check({field("users.id", {"user_id"})}, CallType::Group);
    ASSERT_EQ(onlyId.missing.size(), 1u);
    EXPECT_NE(onlyId.missing[0].find("tag the field that names the group"), std::string::npos);
}

TEST(TagCheck, SystemActivityNeedsNoTags) {
    EXPECT_TRUE(TagCheck::check({field("event.id")}, CallType::SystemActivity).ok());
}

TEST(TagCheck, EachGapSaysWhatIsNeededAndTheFieldProposedInParts) {
    const TagCheck::Result result =
        TagCheck::check({field("users.email"), field("accounts.account_id")}, CallType::Group);
    ASSERT_EQ(result.gaps.size(), 2u);
    EXPECT_EQ(result.gaps[0].need, TagCheck::Gap::Need::Identity);
    ASSERT_TRUE(result.gaps[0].proposed);
    EXPECT_EQ(result.gaps[0].proposed->name, "users.email");
    EXPECT_EQ(result.gaps[0].tag, "email");
    EXPECT_EQ(result.gaps[1].need, TagCheck::Gap::Need::Group);
    ASSERT_TRUE(result.gaps[1].proposed);
    EXPECT_EQ(result.gaps[1].proposed->name, "accounts.account_id");
    EXPECT_EQ(result.gaps[1].tag, "rudder_group_id");

    const TagCheck::Result none = TagCheck::check({field("users.plan")}, CallType::Identify);
    ASSERT_EQ(none.gaps.size(), 1u);
    EXPECT_FALSE(none.gaps[0].proposed);
    EXPECT_TRUE(TagCheck::check({field("users.id", {"user_id"})}, CallType::Track).gaps.empty());
}

TEST(TagCheck, OneFieldIsNotProposedForBothTheIdentityAndTheGroup) {
    const TagCheck::Result result =
        TagCheck::check({field("users.id"), field("users.plan")}, CallType::Group);
    ASSERT_EQ(result.gaps.size(), 2u);
    ASSERT_TRUE(result.gaps[0].proposed);
    EXPECT_EQ(result.gaps[0].proposed->name, "users.id");
    EXPECT_FALSE(result.gaps[1].proposed) << result.missing[1];
}
