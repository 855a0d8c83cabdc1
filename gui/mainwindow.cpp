#include "mainwindow.h"

#include "version.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace ActionDeck {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_versionLabel(new QLabel(this)) {
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(180);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages->addWidget(m_placeholder);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(m_versionLabel);
    resize(960, 640);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("ActionDeck"));
    m_versionLabel->setText(tr("ActionDeck %1").arg(QString::fromLatin1(kVersion)));
    m_placeholder->setText(tr("No pages yet. Use \"actiondeck preview\" on the command line to "
                              "see the messages a Looker result would send."));
}

} // namespace ActionDeck
