// `actiondeck catalog` as a subprocess.
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using ActionDeck::TestSupport::ProcessRun;

ProcessRun catalog(const QStringList& arguments) {
    return ActionDeck::TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                               QStringList{QStringLiteral("catalog")} + arguments);
}

} // namespace

TEST(CatalogCommand, ListsEveryTypeAsText) {
    const ProcessRun run = catalog({});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count("\n    - "), 217);
    EXPECT_TRUE(run.out.contains(
        "login  [Authentication and sign-in]\n    A user logged in to the UI or the API.\n"));
}

TEST(CatalogCommand, MatchesTextAndWritesJsonInSpanish) {
    const ProcessRun run = catalog({QStringLiteral("--json"), QStringLiteral("--lang"),
                                    QStringLiteral("es"), QStringLiteral("pdt")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray types = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(types.size(), 2);
    EXPECT_EQ(types[0].toObject().value(u"name").toString(), QStringLiteral("pdt_build"));
    EXPECT_EQ(types[0].toObject().value(u"trigger").toString(),
              QStringLiteral("Se reconstruyó un PDT."));
    EXPECT_EQ(types[1].toObject().value(u"attributes").toArray().size(), 9);
    const QJsonArray build = types[0].toObject().value(u"attributes").toArray();
    EXPECT_EQ(build[0].toObject().value(u"type").toString(), QStringLiteral("boolean"));
    EXPECT_EQ(build[1].toObject().value(u"type").toString(), QStringLiteral("number"));
    EXPECT_EQ(build[2].toObject().value(u"type").toString(), QStringLiteral("text"));
}

TEST(CatalogCommand, GenerateWantsTheSeedTheEnglishTheTypesAndTheOutput) {
    const ProcessRun run = catalog({QStringLiteral("--generate"), QStringLiteral("seed"),
                                    QStringLiteral("english"), QStringLiteral("out")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("SEED ENGLISH_JSON TYPES_JSON OUT")) << run.err.toStdString();
    const ProcessRun help = catalog({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("--generate SEED ENGLISH_JSON TYPES_JSON OUT"));
}

TEST(CatalogCommand, NothingMatchingExitsOneAndBadLanguageTwo) {
    const ProcessRun none = catalog({QStringLiteral("nothing-like-this")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_TRUE(none.err.contains("no event type matches"));
    EXPECT_EQ(catalog({QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2);
}
