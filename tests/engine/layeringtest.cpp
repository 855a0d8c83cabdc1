// The engine's layering rule (docs/ARCHITECTURE.md), checked on the real tree and shown to fail on
// planted includes.
#include "includelayering.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using ActionDeck::TestSupport::IncludeLayering;
using ActionDeck::TestSupport::LayerViolation;

namespace {

std::string describe(const QList<LayerViolation>& violations) {
    QStringList lines;
    for (const auto& violation : violations)
        lines.append(violation.toString());
    return lines.join(QLatin1Char('\n')).toStdString();
}

/// A throw-away engine/ tree holding the given files.
class PlantedTree {
public:
    void add(const QString& relativePath, const QByteArray& text) {
        const QString path = dir_.filePath(relativePath);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QString path() const { return dir_.path(); }

private:
    QTemporaryDir dir_;
};

QList<LayerViolation> checkOne(const QString& file, const char* text,
                               const IncludeLayering& rules = IncludeLayering()) {
    return rules.checkFile(file, QString::fromUtf8(text));
}

} // namespace

TEST(EngineLayering, TheTreeFollowsTheOrder) {
    int files = 0;
    const auto violations =
        IncludeLayering().checkTree(QStringLiteral(ACTIONDECK_SOURCE_DIR "/engine"), &files);
    EXPECT_TRUE(violations.isEmpty()) << describe(violations);
    EXPECT_GT(files, 90) << "the check read too few files to mean anything";
}

TEST(EngineLayering, APlantedUpwardIncludeFailsNamingTheFileAndTheInclude) {
    PlantedTree tree;
    tree.add(QStringLiteral("core/clock.h"), "#pragma once\n");
    tree.add(QStringLiteral("hub/hub.h"), "#pragma once\n#include \"core/clock.h\"\n");
    tree.add(QStringLiteral("looker/jsondetailreader.cpp"),
             "#include \"looker/jsondetailreader.h\"\n\n#include \"hub/hub.h\"\n");
    const auto violations = IncludeLayering().checkTree(tree.path());
    ASSERT_EQ(violations.size(), 1) << describe(violations);
    EXPECT_EQ(violations[0].file, QStringLiteral("looker/jsondetailreader.cpp"));
    EXPECT_EQ(violations[0].line, 3);
    EXPECT_EQ(violations[0].include, QStringLiteral("hub/hub.h"));
    const QString text = violations[0].toString();
    EXPECT_TRUE(text.contains(QStringLiteral("engine/looker/jsondetailreader.cpp:3")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("hub/ is above looker/"))) << text.toStdString();
}

TEST(EngineLayering, OwnAndLowerLayersAndTheGeneratedVersionHeaderAreAllowed) {
    const auto violations = checkOne(QStringLiteral("hub/hub.cpp"),
                                     "#include \"hub/hub.h\"\n#include \"core/clock.h\"\n"
                                     "#include \"delivery/deliveryworker.h\"\n"
                                     "#include \"version.h\"\n#include <QTimer>\n"
                                     "#include <boost/json/basic_parser.hpp>\n");
    EXPECT_TRUE(violations.isEmpty()) << describe(violations);
}

TEST(EngineLayering, AnUnknownFolderFails) {
    const auto violations =
        checkOne(QStringLiteral("hub/hubserver.cpp"), "#include \"metrics/counter.h\"\n");
    ASSERT_EQ(violations.size(), 1);
    EXPECT_TRUE(violations[0].reason.contains(QStringLiteral("\"metrics/\" is not a layer")))
        << violations[0].toString().toStdString();
}

TEST(EngineLayering, IncludingGuiFailsHoweverItIsWritten) {
    for (const char* include : {"#include \"gui/mainwindow.h\"", "#include \"../gui/mainwindow.h\"",
                                "#include <gui/mainwindow.h>"}) {
        const auto violations = checkOne(QStringLiteral("hub/hub.cpp"), include);
        ASSERT_EQ(violations.size(), 1) << include;
        EXPECT_TRUE(violations[0].reason.contains(QStringLiteral("must not include gui/")))
            << include;
    }
}

TEST(EngineLayering, AnIncludeWithoutItsFolderFails) {
    const auto violations =
        checkOne(QStringLiteral("rudder/messagebuilder.cpp"), "  #  include \"clock.h\"\n");
    ASSERT_EQ(violations.size(), 1);
    EXPECT_EQ(violations[0].include, QStringLiteral("clock.h"));
    EXPECT_TRUE(violations[0].reason.contains(QStringLiteral("names its folder")));
}

TEST(EngineLayering, AnAngleIncludeOfALayerFolderIsCheckedToo) {
    const auto violations =
        checkOne(QStringLiteral("core/gzip.cpp"), "#include <outbox/outbox.h>\n");
    ASSERT_EQ(violations.size(), 1);
    EXPECT_TRUE(violations[0].reason.contains(QStringLiteral("outbox/ is above core/")));
}

TEST(EngineLayering, AFileOutsideTheLayerFoldersFails) {
    PlantedTree tree;
    tree.add(QStringLiteral("stray.cpp"), "int x;\n");
    tree.add(QStringLiteral("misc/helper.h"), "#pragma once\n");
    tree.add(QStringLiteral("hub/deep/nested.h"), "#pragma once\n");
    tree.add(QStringLiteral("version.h.in"), "#define X\n"); // not a source: ignored
    auto violations = IncludeLayering().checkTree(tree.path());
    std::sort(violations.begin(), violations.end(),
              [](const auto& a, const auto& b) { return a.file < b.file; });
    ASSERT_EQ(violations.size(), 3) << describe(violations);
    EXPECT_EQ(violations[0].file, QStringLiteral("hub/deep/nested.h"));
    EXPECT_EQ(violations[1].file, QStringLiteral("misc/helper.h"));
    EXPECT_TRUE(violations[1].reason.contains(QStringLiteral("\"misc/\", which is not a layer")));
    EXPECT_EQ(violations[2].file, QStringLiteral("stray.cpp"));
    EXPECT_TRUE(violations[2].reason.contains(QStringLiteral("no layer folder")));
}

TEST(EngineLayering, ANewLayerIsOneMoreNameInTheOrder) {
    QStringList order = IncludeLayering::engineOrder();
    order.insert(order.indexOf(QStringLiteral("hub")), QStringLiteral("sync"));
    const IncludeLayering withSync(order);
    EXPECT_TRUE(
        checkOne(QStringLiteral("hub/hub.cpp"), "#include \"sync/state.h\"", withSync).isEmpty());
    EXPECT_FALSE(
        checkOne(QStringLiteral("core/gzip.cpp"), "#include \"sync/state.h\"", withSync).isEmpty());
}

TEST(SourceFiles, NoCppFileInEngineOrGuiIsOver600Lines) {
    int checked = 0;
    for (const char* folder : {"/engine", "/gui"}) {
        QDirIterator it(QStringLiteral(ACTIONDECK_SOURCE_DIR) + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            const qsizetype lines = file.readAll().count('\n');
            EXPECT_LE(lines, 600) << file.fileName().toStdString() << " has " << lines << " lines";
            ++checked;
        }
    }
    EXPECT_GT(checked, 80);
}
