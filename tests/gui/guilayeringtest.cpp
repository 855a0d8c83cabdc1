// The window's rooms (docs/ARCHITECTURE.md): shared parts below the pages, pages below the window,
// no page including another, and no page holding the engine's Hub. Checked on the real tree and
// shown to fail on planted mistakes.
#include "guilayering.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using ActionDeck::TestSupport::GuiLayering;
using ActionDeck::TestSupport::LayerViolation;

namespace {

std::string describe(const QList<LayerViolation>& violations) {
    QStringList lines;
    for (const auto& violation : violations)
        lines.append(violation.toString());
    return lines.join(QLatin1Char('\n')).toStdString();
}

QList<LayerViolation> checkOne(const QString& file, const char* text) {
    return GuiLayering().checkFile(file, QString::fromUtf8(text));
}

} // namespace

TEST(GuiLayering, TheTreeFollowsTheRule) {
    int files = 0;
    const auto violations =
        GuiLayering().checkTree(QStringLiteral(ACTIONDECK_SOURCE_DIR "/gui"), &files);
    EXPECT_TRUE(violations.isEmpty()) << describe(violations);
    EXPECT_GT(files, 70) << "the check read too few files to mean anything";
}

TEST(GuiLayering, GuiHoldsOnlyFoldersAndItsCMakeLists) {
    const QDir gui(QStringLiteral(ACTIONDECK_SOURCE_DIR "/gui"));
    EXPECT_EQ(gui.entryList(QDir::Files), QStringList{QStringLiteral("CMakeLists.txt")});
}

TEST(GuiLayering, APageIncludingAnotherPageFailsNamingTheFile) {
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("preview")));
    QFile file(dir.filePath(QStringLiteral("preview/previewpage.cpp")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#include \"gui/preview/previewpage.h\"\n\n#include \"gui/outbox/outboxpage.h\"\n");
    file.close();
    const auto violations = GuiLayering().checkTree(dir.path());
    ASSERT_EQ(violations.size(), 1) << describe(violations);
    const QString text = violations[0].toString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("gui/preview/previewpage.cpp:3:")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("a page never includes another page")))
        << text.toStdString();
}

TEST(GuiLayering, TheEnginesHubInAPageFails) {
    const auto include =
        checkOne(QStringLiteral("connections/connectionspage.cpp"), "#include \"hub/hub.h\"\n");
    ASSERT_EQ(include.size(), 1) << describe(include);
    EXPECT_TRUE(include[0].toString().contains(
        QStringLiteral("gui/connections/connectionspage.cpp:1: #include \"hub/hub.h\"")))
        << include[0].toString().toStdString();
    const auto parameter = checkOne(QStringLiteral("preview/previewpage.h"),
                                    "class X {\n    explicit X(const Hub& hub);\n};\n");
    ASSERT_EQ(parameter.size(), 1) << describe(parameter);
    EXPECT_EQ(parameter[0].line, 2);
    EXPECT_TRUE(parameter[0].reason.contains(QStringLiteral("HubConnection")));
    // The engine's other hub/ headers and a connection are what pages use.
    EXPECT_TRUE(checkOne(QStringLiteral("preview/previewpage.h"),
                         "#include \"hub/hubconfig.h\"\nvoid f(HubConnection& hub, Hub* "
                         "unused);\n")
                    .size() == 1);
    EXPECT_TRUE(checkOne(QStringLiteral("window/mainwindow.cpp"),
                         "#include \"hub/hub.h\"\nvoid f(Hub& hub);\n")
                    .isEmpty());
}

TEST(GuiLayering, SharedPartsStayBelowThePagesAndTheWindow) {
    EXPECT_TRUE(checkOne(QStringLiteral("live/liveflowpage.cpp"),
                         "#include \"gui/widgets/jsonhighlighter.h\"\n#include "
                         "\"gui/hubs/hubregistry.h\"\n#include \"connection/hubconnection.h\"\n")
                    .isEmpty());
    const auto up = checkOne(QStringLiteral("widgets/filepathedit.cpp"),
                             "#include \"gui/settings/configstore.h\"\n");
    ASSERT_EQ(up.size(), 1);
    EXPECT_TRUE(up[0].reason.contains(QStringLiteral("is above gui/widgets/")));
    const auto window =
        checkOne(QStringLiteral("hubs/hubspage.cpp"), "#include \"gui/window/mainwindow.h\"\n");
    ASSERT_EQ(window.size(), 1);
    EXPECT_TRUE(
        checkOne(QStringLiteral("window/mainwindow.cpp"),
                 "#include \"gui/outbox/outboxpage.h\"\n#include \"gui/live/liveflowpage.h\"\n")
            .isEmpty());
}

TEST(GuiLayering, StrayFilesAndUnprefixedIncludesFail) {
    EXPECT_EQ(checkOne(QStringLiteral("stray.cpp"), "").size(), 1);
    EXPECT_EQ(checkOne(QStringLiteral("misc/thing.cpp"), "").size(), 1);
    const auto bare =
        checkOne(QStringLiteral("live/livecounters.cpp"), "#include \"livecounters.h\"\n");
    ASSERT_EQ(bare.size(), 1);
    EXPECT_TRUE(bare[0].reason.contains(QStringLiteral("gui/live/livecounters.h")));
    EXPECT_TRUE(checkOne(QStringLiteral("live/livecounters.cpp"),
                         "#include \"version.h\"\n#include <QLabel>\n")
                    .isEmpty());
}
