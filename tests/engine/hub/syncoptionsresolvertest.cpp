#include "hub/syncoptionsresolver.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

SourceConfig tunedSource() {
    SourceConfig source{QStringLiteral("Prod"), QStringLiteral("wk"),
                        QStringLiteral("https://dp.example.com")};
    source.propertyNames = PropertyNames::SnakeLabel;
    source.rename.insert(QStringLiteral("users.plan"), QStringLiteral("plan_tier"));
    source.sendRows = SendRows::Changed;
    source.lookerContext = true;
    return source;
}

SyncOptions resolved(const std::map<std::string, std::string>& form, const SourceConfig* source) {
    QString error;
    const auto options = SyncOptionsResolver::resolve(form, source, &error);
    EXPECT_TRUE(options) << error.toStdString();
    return options.value_or(SyncOptions());
}

} // namespace

TEST(SyncOptionsResolver, WithoutFormValuesTheSourceDecides) {
    const SourceConfig source = tunedSource();
    const SyncOptions options = resolved({{"event", "Synced"}}, &source);
    EXPECT_EQ(options.propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(options.rename, (RenameMap{{"users.plan", "plan_tier"}}));
    EXPECT_EQ(options.sendRows, SendRows::Changed);
    EXPECT_TRUE(options.lookerContext);
    // "default", and an empty value as a form may send, are the source's too.
    EXPECT_EQ(
        resolved({{"property_names", "default"}, {"send_rows", ""}, {"looker_context", "default"}},
                 &source),
        options);
}

TEST(SyncOptionsResolver, WithoutASourceTheDefaultsAreTodaysBehaviour) {
    const SyncOptions options = resolved({}, nullptr);
    EXPECT_EQ(options, SyncOptions());
    EXPECT_EQ(options.propertyNames, PropertyNames::Looker);
    EXPECT_EQ(options.sendRows, SendRows::All);
    EXPECT_FALSE(options.lookerContext);
    EXPECT_TRUE(options.rename.empty());
}

TEST(SyncOptionsResolver, AnExplicitChoiceOverridesTheSourceAndKeepsItsRenames) {
    const SourceConfig source = tunedSource();
    const SyncOptions options = resolved(
        {{"property_names", "camel_label"}, {"send_rows", "all"}, {"looker_context", "no"}},
        &source);
    EXPECT_EQ(options.propertyNames, PropertyNames::CamelLabel);
    EXPECT_EQ(options.sendRows, SendRows::All);
    EXPECT_FALSE(options.lookerContext);
    EXPECT_EQ(options.rename, (RenameMap{{"users.plan", "plan_tier"}}));
    const SyncOptions others =
        resolved({{"property_names", "field"}, {"send_rows", "changed"}, {"looker_context", "yes"}},
                 nullptr);
    EXPECT_EQ(others.propertyNames, PropertyNames::Field);
    EXPECT_EQ(others.sendRows, SendRows::Changed);
    EXPECT_TRUE(others.lookerContext);
}

TEST(SyncOptionsResolver, AnUnknownFormValueIsAnErrorNamingTheFieldAndItsChoices) {
    const struct {
        const char* field;
        const char* value;
        const char* choices;
    } cases[] = {
        {"property_names", "snake", "default, looker, field, snake_label, camel_label"},
        {"send_rows", "some", "default, all, changed"},
        {"looker_context", "true", "default, no, yes"},
    };
    for (const auto& c : cases) {
        QString error;
        EXPECT_FALSE(SyncOptionsResolver::resolve({{c.field, c.value}}, nullptr, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("\"%1\"").arg(QLatin1String(c.field))))
            << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("\"%1\"").arg(QLatin1String(c.value))))
            << error.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String(c.choices))) << error.toStdString();
    }
}
