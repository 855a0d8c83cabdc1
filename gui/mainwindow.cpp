#include "mainwindow.h"

#include "cataloguepage.h"
#include "version.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace ActionDeck {

MainWindow::MainWindow(const EventCatalog& catalog, QWidget* parent)
    : QMainWindow(parent)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_catalogue(new CataloguePage(catalog, this))
    , m_versionLabel(new QLabel(this)) {
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(170);
    m_pages->addWidget(m_catalogue);
    m_pageList->addItem(QString());
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    // Language names are written in their own language, never translated.
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_spanish = m_languageMenu->addAction(QStringLiteral("Español"));
    auto* group = new QActionGroup(this);
    for (QAction* action : {m_english, m_spanish}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(QLocale::English); });
    connect(m_spanish, &QAction::triggered, this, [this] { setLanguage(QLocale::Spanish); });

    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(m_versionLabel);
    resize(1100, 720);
    setLanguage(QLocale::system().language() == QLocale::Spanish ? QLocale::Spanish
                                                                 : QLocale::English);
}

void MainWindow::setLanguage(QLocale::Language language) {
    // The default locale first: pages read it when the LanguageChange event reaches them.
    QLocale::setDefault(QLocale(language));
    QApplication::removeTranslator(&m_translator);
    if (m_translator.load(QLocale(language), QStringLiteral("actiondeck"), QStringLiteral("_"),
                          QStringLiteral(":/translations")))
        QApplication::installTranslator(&m_translator);
    m_english->setChecked(language != QLocale::Spanish);
    m_spanish->setChecked(language == QLocale::Spanish);
    retranslateUi();
    // Pages re-translate on the LanguageChange event the translator change sends; send one
    // ourselves too, for the case where neither translator could be loaded.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_catalogue, &change);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("ActionDeck"));
    m_versionLabel->setText(tr("ActionDeck %1").arg(QString::fromLatin1(kVersion)));
    m_pageList->item(0)->setText(tr("Catalogue"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
}

} // namespace ActionDeck
