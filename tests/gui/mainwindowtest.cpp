#include "mainwindow.h"

#include "version.h"

#include <QLabel>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(MainWindow, ShowsTheVersionAndAPageList) {
    MainWindow window;
    window.show();
    const auto* version = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(QString::fromLatin1(kVersion)));
    EXPECT_NE(window.findChild<QListWidget*>(QStringLiteral("pageList")), nullptr);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("ActionDeck"));
}
