#include "rudder/propertynamer.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

JsonDetailField field(std::string name, std::string label = {}) {
    JsonDetailField f;
    f.name = std::move(name);
    f.label = std::move(label);
    return f;
}

std::string snake(std::string_view text) {
    return PropertyNamer::snakeCase(text);
}

std::string camel(std::string_view text) {
    return PropertyNamer::camelCase(text);
}

/// Names `fields` (all sent, none fixed) and returns their keys, or the error.
std::vector<std::string> keysOf(const JsonDetailFieldSet& fields, PropertyNames style,
                                RenameMap rename = {}, std::string* error = nullptr) {
    std::vector<PropertyNamer::Entry> entries;
    for (std::size_t i = 0; i < fields.size(); ++i)
        entries.push_back({i, {}, false});
    const auto problem = PropertyNamer(style, std::move(rename)).name(fields, entries, "trait");
    if (problem) {
        if (error)
            *error = *problem;
        return {};
    }
    std::vector<std::string> keys;
    for (const auto& entry : entries)
        keys.push_back(entry.key);
    return keys;
}

} // namespace

TEST(PropertyNamer, LookerStyleKeepsLookersName) {
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::Looker, field("users.email", "Users Email")),
              "users.email");
}

TEST(PropertyNamer, FieldStyleDropsTheViewUpToTheLastDot) {
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::Field, field("users.email")), "email");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::Field, field("a.b.created_date")),
              "created_date");
    // A table calculation has no view; a name ending in a dot keeps its name.
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::Field, field("share")), "share");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::Field, field("users.")), "users.");
}

TEST(PropertyNamer, LabelStylesUseTheFullLabel) {
    const JsonDetailField email = field("users.email", "Users Email");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::SnakeLabel, email), "users_email");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::CamelLabel, email), "usersEmail");
    const JsonDetailField byStatus = field("orders.count_by_status", "Orders Count by Status");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::SnakeLabel, byStatus), "orders_count_by_status");
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::CamelLabel, byStatus), "ordersCountByStatus");
}

TEST(PropertyNamer, LabelWordsAreRunsOfLettersAndDigits) {
    EXPECT_EQ(snake("  Users   ID  "), "users_id");
    EXPECT_EQ(camel("  Users   ID  "), "usersId");
    EXPECT_EQ(snake("Revenue (USD) - Net %"), "revenue_usd_net");
    EXPECT_EQ(camel("Revenue (USD) - Net %"), "revenueUsdNet");
    EXPECT_EQ(snake("already_snake_case"), "already_snake_case");
    EXPECT_EQ(camel("already_snake_case"), "alreadySnakeCase");
    EXPECT_EQ(snake("users.created_date"), "users_created_date");
    // Case inside a word is not a boundary: iOS stays one word.
    EXPECT_EQ(snake("iOS Version"), "ios_version");
    EXPECT_EQ(camel("iOS Version"), "iosVersion");
}

TEST(PropertyNamer, DigitsAreWordCharacters) {
    EXPECT_EQ(snake("Revenue 2024 Q1"), "revenue_2024_q1");
    EXPECT_EQ(camel("Revenue 2024 Q1"), "revenue2024Q1");
    EXPECT_EQ(snake("2nd Address"), "2nd_address");
    EXPECT_EQ(camel("2nd Address"), "2ndAddress");
    EXPECT_EQ(snake("Top 10"), "top_10");
}

TEST(PropertyNamer, AnApostropheInsideAWordJoins) {
    EXPECT_EQ(snake("User's Plan"), "users_plan");
    EXPECT_EQ(camel("User\u2019s Plan"), "usersPlan");
    // At a word's edge it is punctuation like any other.
    EXPECT_EQ(snake("'Quoted' Name"), "quoted_name");
}

TEST(PropertyNamer, AccentsOnLatinLettersAreDropped) {
    EXPECT_EQ(snake("Código Postal"), "codigo_postal");
    EXPECT_EQ(camel("Código Postal"), "codigoPostal");
    EXPECT_EQ(snake("Zürich Ärger"), "zurich_arger");
    // Letters that are not an ASCII letter with an accent stay, lowercased.
    EXPECT_EQ(snake("Straße Nr."), "straße_nr");
    EXPECT_EQ(camel("Nr Straße"), "nrStraße");
    EXPECT_EQ(snake("Øre Æble"), "øre_æble");
}

TEST(PropertyNamer, OtherScriptsAreKeptWhole) {
    EXPECT_EQ(snake("東京 売上"), "東京_売上");
    EXPECT_EQ(camel("東京 売上"), "東京売上");
    // A voiced kana and a Hangul syllable decompose under NFKD and come back composed.
    EXPECT_EQ(snake("データ"), "データ");
    EXPECT_EQ(snake("이메일 주소"), "이메일_주소");
    // Greek keeps its accents (they are not on ASCII letters) and is lowercased.
    EXPECT_EQ(snake("Όνομα Χρήστη"), "όνομα_χρήστη");
    EXPECT_EQ(camel("Όνομα Χρήστη"), "όνομαΧρήστη");
    // Compatibility forms become their plain letters: full-width Latin, ligatures.
    EXPECT_EQ(snake("ＵＳＥＲＳ　ＩＤ"), "users_id");
    EXPECT_EQ(snake("Proﬁt"), "profit");
}

TEST(PropertyNamer, AFieldWithoutAUsableLabelIsNamedFromItsLookerName) {
    for (const char* label : {"", "   ", "!!!", "—"}) {
        const JsonDetailField f = field("users.created_date", label);
        EXPECT_EQ(PropertyNamer::styled(PropertyNames::SnakeLabel, f), "users_created_date")
            << label;
        EXPECT_EQ(PropertyNamer::styled(PropertyNames::CamelLabel, f), "usersCreatedDate") << label;
    }
    // Nothing to make words of at all: the name as it is.
    EXPECT_EQ(PropertyNamer::styled(PropertyNames::SnakeLabel, field("$", "")), "$");
}

TEST(PropertyNamer, MixedTextGivesOneDocumentedName) {
    // Ü ï é lose their accents, ø has none to lose, the brackets separate.
    EXPECT_EQ(snake("Ünïcødé Läbel 42 (x)"), "unicøde_label_42_x");
    EXPECT_EQ(camel("Ünïcødé Läbel 42 (x)"), "unicødeLabel42X");
    // Precomposed or decomposed input: one name.
    EXPECT_EQ(snake("Co\u0301digo"), snake("C\u00f3digo"));
}

TEST(PropertyNamer, RenameAppliesAfterTheStyleByLookersName) {
    const JsonDetailFieldSet fields = {field("users.plan", "Users Plan"),
                                       field("users.city", "Users City")};
    EXPECT_EQ(keysOf(fields, PropertyNames::CamelLabel, {{"users.plan", "plan_tier"}}),
              (std::vector<std::string>{"plan_tier", "usersCity"}));
    // Keyed by Looker's name, not by the styled one.
    EXPECT_EQ(keysOf(fields, PropertyNames::CamelLabel, {{"usersPlan", "plan_tier"}}),
              (std::vector<std::string>{"usersPlan", "usersCity"}));
}

TEST(PropertyNamer, TwoFieldsWithOneNameIsAnErrorNamingBoth) {
    const JsonDetailFieldSet fields = {field("users.created_date", "Users Created Date"),
                                       field("orders.created_date", "Orders Created Date")};
    EXPECT_EQ(keysOf(fields, PropertyNames::SnakeLabel).size(), 2u);
    std::string error;
    EXPECT_TRUE(keysOf(fields, PropertyNames::Field, {}, &error).empty());
    EXPECT_NE(error.find("\"created_date\""), std::string::npos) << error;
    EXPECT_NE(error.find("users.created_date"), std::string::npos) << error;
    EXPECT_NE(error.find("orders.created_date"), std::string::npos) << error;
    EXPECT_NE(error.find("trait"), std::string::npos) << error;
}

TEST(PropertyNamer, ARenameCanCollideAndCanResolveACollision) {
    const JsonDetailFieldSet fields = {field("users.created_date"), field("orders.created_date")};
    std::string error;
    EXPECT_EQ(keysOf(fields, PropertyNames::Field, {{"orders.created_date", "ordered_on"}}),
              (std::vector<std::string>{"created_date", "ordered_on"}));
    EXPECT_TRUE(keysOf(fields, PropertyNames::Looker,
                       {{"users.created_date", "orders.created_date"}}, &error)
                    .empty());
    EXPECT_NE(error.find("users.created_date and orders.created_date"), std::string::npos) << error;
}

TEST(PropertyNamer, AFixedKeyCountsForCollisionsAndIsNeverRenamed) {
    const JsonDetailFieldSet fields = {field("users.email", "Users Email"),
                                       field("contacts.email", "Contacts Email")};
    std::vector<PropertyNamer::Entry> entries = {{0, "email", true}, {1, {}, false}};
    const PropertyNamer namer(PropertyNames::Field, {{"users.email", "mail"}});
    const auto error = namer.name(fields, entries, "property");
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("users.email (the email field) and contacts.email"), std::string::npos)
        << *error;
    EXPECT_NE(error->find("property \"email\""), std::string::npos) << *error;
    entries = {{0, "email", true}, {1, {}, false}};
    EXPECT_FALSE(PropertyNamer(PropertyNames::SnakeLabel, {}).name(fields, entries, "trait"));
    EXPECT_EQ(entries[0].key, "email");
    EXPECT_EQ(entries[1].key, "contacts_email");
}

TEST(PropertyNamer, AFieldListedTwiceUnderOneNameIsNoCollision) {
    // A filter can be listed under a dimension's name; they share the row's one cell.
    const JsonDetailFieldSet fields = {field("users.state", "Users State"),
                                       field("users.state", "Users State")};
    EXPECT_EQ(keysOf(fields, PropertyNames::Looker).size(), 2u);
}

TEST(PropertyNamer, UnusedRenamesSayWhy) {
    const JsonDetailFieldSet fields = {field("users.id"), field("users.plan")};
    // users.id is an identifier (not an entry), users.plan is sent.
    const std::vector<PropertyNamer::Entry> entries = {{1, "plan_tier", false}};
    const PropertyNamer namer(
        PropertyNames::Looker,
        {{"users.gone", "x"}, {"users.id", "member_id"}, {"users.plan", "plan_tier"}});
    const auto unused = namer.unusedRenames(fields, entries);
    ASSERT_EQ(unused.size(), 2u);
    EXPECT_EQ(unused[0], (UnusedRename{"users.gone", UnusedRename::Why::NotInResult}));
    EXPECT_EQ(unused[1], (UnusedRename{"users.id", UnusedRename::Why::FixedName}));
    EXPECT_NE(unused[0].sentence().find("users.gone is not a field of this result"),
              std::string::npos);
}

TEST(SyncOptions, NamesRoundTrip) {
    for (const PropertyNames style : kPropertyNamesStyles)
        EXPECT_EQ(propertyNamesFromName(propertyNamesName(style)), style);
    for (const SendRows rows : kSendRowsChoices)
        EXPECT_EQ(sendRowsFromName(sendRowsName(rows)), rows);
    EXPECT_EQ(propertyNamesName(PropertyNames::SnakeLabel), "snake_label");
    EXPECT_FALSE(propertyNamesFromName("default"));
    EXPECT_FALSE(sendRowsFromName("Changed"));
}
