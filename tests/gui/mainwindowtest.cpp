#include "mainwindow.h"

#include "cataloguepage.h"
#include "eventcatalog.h"
#include "version.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(MainWindow, ShowsTheVersionAndThePages) {
    MainWindow window(EventCatalog::builtIn());
    window.setLanguage(QLocale::English);
    window.show();
    const auto* version = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(QString::fromLatin1(kVersion)));
    const auto* pages = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->item(0)->text(), QStringLiteral("Catalogue"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("ActionDeck"));
}

TEST(MainWindow, SwitchesBetweenEnglishAndSpanishAtRunTime) {
    MainWindow window(EventCatalog::builtIn());
    window.show();
    const auto* pages = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    window.setLanguage(QLocale::Spanish);
    EXPECT_EQ(pages->item(0)->text(), QStringLiteral("Catálogo"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Ver"));
    window.setLanguage(QLocale::English);
    EXPECT_EQ(pages->item(0)->text(), QStringLiteral("Catalogue"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&View"));
}
