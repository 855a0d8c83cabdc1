#include "gui/window/mainwindow.h"

#include "connection/hubconnection.h"
#include "connection/remotehubconnection.h"
#include "gui/catalogue/cataloguepage.h"
#include "gui/connections/connectionspage.h"
#include "gui/guide/firstrunguide.h"
#include "gui/hubs/hubnotifier.h"
#include "gui/hubs/hubregistry.h"
#include "gui/hubs/hubspage.h"
#include "gui/live/liveflowpage.h"
#include "gui/looker/lookerpage.h"
#include "gui/outbox/outboxpage.h"
#include "gui/preview/previewpage.h"
#include "gui/runs/runspage.h"
#include "gui/window/helpmenu.h"
#include "hub/hub.h"
#include "version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace ActionDeck {

MainWindow::MainWindow(MainWindowContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_hub(context.hub)
    , m_hubs(context.hubs)
    , m_store(context.store)
    , m_lookerAccount(context.looker)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_guide(new FirstRunGuide(context.hubs.local(), &context.looker, this))
    , m_live(new LiveFlowPage(context.hubs.current(), this))
    , m_runs(new RunsPage(context.hubs.current(), this))
    , m_connections(new ConnectionsPage(context.hubs.current(),
                                        context.hubs.current().isLocal() ? &context.store : nullptr,
                                        this))
    , m_looker(new LookerPage(context.hubs.current(), context.looker, this))
    , m_preview(new PreviewPage(context.hubs.current(), context.clock, context.ids, this))
    , m_outbox(new OutboxPage(context.hubs.current(), this))
    , m_catalogue(new CataloguePage(context.catalog, this))
    , m_hubsPage(new HubsPage(context.hubs, this))
    , m_hubPicker(new QComboBox(this))
    , m_hubBanner(new QLabel(this))
    , m_hubState(new QLabel(this))
    , m_versionLabel(new QLabel(this)) {
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFixedWidth(170);
    m_pageList->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 4px; }"));
    m_preview->setLookerAccount(&context.looker);
    m_catalogue->setLookerAccount(&context.looker);
    connect(m_catalogue, &CataloguePage::previewEvents, this,
            [this](const QByteArray& jsonDetail, const QString& name) {
                m_preview->setCallType(CallType::SystemActivity);
                m_preview->setHiddenFields({});
                m_preview->setInput(jsonDetail, [name] {
                    return tr("Looker's System Activity: the last %1 events").arg(name);
                });
                m_preview->runPreview();
                showPage(PreviewPageIndex);
            });
    // The hub in this process keeps the inline results of its last executes for Preview.
    m_hub.setKeepRecentResults(true);
    // One Live flow page a hub, kept while the window runs: switching back finds its rows.
    m_liveSlot = new QStackedWidget(this);
    m_liveSlot->addWidget(m_live);
    m_livePages.insert(&context.hubs.current(), m_live);
    QWidget* const pages[] = {m_guide,   m_liveSlot, m_runs,      m_connections, m_looker,
                              m_preview, m_outbox,   m_catalogue, m_hubsPage};
    for (QWidget* page : pages) {
        m_pages->addWidget(page);
        m_pageList->addItem(QString());
    }
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateHubState();
    });
    m_hubPicker->setObjectName(QStringLiteral("hubPicker"));
    m_hubPicker->setFixedWidth(170);
    m_hubBanner->setObjectName(QStringLiteral("hubBanner"));
    m_hubBanner->setWordWrap(true);
    m_hubBanner->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); padding: 4px 8px;"));
    connect(m_hubPicker, &QComboBox::activated, this, [this](int index) {
        const QList<HubConnection*> hubs = m_hubs.hubs();
        if (index >= 0 && index < hubs.size())
            m_hubs.setCurrent(*hubs[index]);
    });
    connect(&m_hubs, &HubRegistry::hubsChanged, this, &MainWindow::rebuildHubPicker);
    connect(&m_hubs, &HubRegistry::currentChanged, this, &MainWindow::showHub);
    connect(&m_hubs, &HubRegistry::removing, this, &MainWindow::forgetHub);
    connect(&m_hubs, &HubRegistry::problem, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    m_notifier = new HubNotifier(m_hubs, this);
    connect(m_notifier, &HubNotifier::notify, this, &MainWindow::notifyInTray);
    connect(m_hubsPage, &HubsPage::openHub, this, [this](HubConnection& hub) {
        m_hubs.setCurrent(hub);
        showPage(LivePage);
    });

    auto* central = new QWidget(this);
    auto* side = new QVBoxLayout;
    side->addWidget(m_hubPicker);
    side->addWidget(m_pageList, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_hubBanner);
    right->addWidget(m_pages, 1);
    auto* layout = new QHBoxLayout(central);
    layout->addLayout(side);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitAsked);
    m_hubMenu = menuBar()->addMenu(QString());
    m_startStop = m_hubMenu->addAction(QString());
    // The menu acts on the hub shown; starting and stopping is the embedded hub's alone.
    connect(m_startStop, &QAction::triggered, this, [this] {
        HubConnection& shown = m_hubs.current();
        QString error;
        if (!shown.setListening(!shown.snapshot().listening, &error) && !error.isEmpty())
            statusBar()->showMessage(error, 15000);
        updateHubState();
    });
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
    m_help = new HelpMenu(*menuBar()->addMenu(QString()), m_hubs, this);
    connect(m_help, &HelpMenu::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    addShortcuts();

    m_hubState->setObjectName(QStringLiteral("hubStateLabel"));
    // A long explanation is cut at the version label, never drawn over it: the tooltip has
    // all of it.
    m_hubState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hubState->setMinimumWidth(1);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addWidget(m_hubState, 1);
    statusBar()->addPermanentWidget(m_versionLabel);

    connect(&m_hub, &Hub::listeningChanged, this, &MainWindow::updateHubState);
    connectConnectionsPage();
    connectLookerPage();
    connectRunsPage();
    rebuildHubPicker();
    connect(m_guide, &FirstRunGuide::openConnections, this,
            [this] { showPage(ConnectionsPageIndex); });
    connect(m_guide, &FirstRunGuide::finished, this, [this] { showPage(LivePage); });
    connect(m_guide, &FirstRunGuide::openLooker, this, [this] {
        // The guide is this computer's hub's: so is the Looker page it opens.
        m_hubs.setCurrent(m_hubs.local());
        showPage(LookerPageIndex);
    });
    connect(m_guide, &FirstRunGuide::addServerHub, this, [this] {
        showPage(HubsPageIndex);
        m_hubsPage->addHub();
    });
    m_catalogue->setLookerInstances(m_hubs.current().config().lookerInstances());

    resize(1200, 780);
    restoreState();
    setLanguage(QLocale::system().language() == QLocale::Spanish ? QLocale::Spanish
                                                                 : QLocale::English);
    // With nothing configured the window opens on the guide, not on empty pages.
    const HubConfig& config = m_hub.config();
    showPage(config.sources.isEmpty() && config.regions.isEmpty() ? GuidePage : LivePage);
}

MainWindow::~MainWindow() {
    saveState();
}

void MainWindow::showPage(Page page) {
    m_pageList->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return Page(m_pages->currentIndex());
}

void MainWindow::setLanguage(QLocale::Language language) {
    // The default locale first: pages read it when the LanguageChange event reaches them.
    QLocale::setDefault(QLocale(language));
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qtTranslator);
    // Installed next to the binary (the .deb's share/actiondeck/translations) first, so they can
    // be updated without a rebuild; else the copy built into the binary.
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/actiondeck/translations");
    for (const QString& directory : {installed, QStringLiteral(":/translations")}) {
        if (m_translator.load(QLocale(language), QStringLiteral("actiondeck"), QStringLiteral("_"),
                              directory)) {
            QApplication::installTranslator(&m_translator);
            break;
        }
    }
    if (language != QLocale::English &&
        m_qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
    m_english->setChecked(language != QLocale::Spanish);
    m_spanish->setChecked(language == QLocale::Spanish);
    retranslateUi();
    // Pages re-translate on the LanguageChange event the translator change sends; send one
    // ourselves too, for the case where neither translator could be loaded.
    for (int i = 0; i < m_pages->count(); ++i) {
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(m_pages->widget(i), &change);
    }
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("ActionDeck"));
    m_versionLabel->setText(tr("ActionDeck %1").arg(QString::fromLatin1(kVersion)));
    const QStringList names = {tr("Get started"), tr("Live flow"), tr("Runs"),
                               tr("Connections"), tr("Looker"),    tr("Preview"),
                               tr("Outbox"),      tr("Catalogue"), tr("Hubs")};
    for (int i = 0; i < names.size(); ++i)
        m_pageList->item(i)->setText(names[i]);
    rebuildHubPicker();
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_hubMenu->setTitle(tr("&Hub"));
    m_help->retranslateUi();
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    if (m_tray) {
        m_trayShow->setText(tr("Show ActionDeck"));
        m_trayQuit->setText(tr("Quit"));
    }
    updateHubState();
}

void MainWindow::updateHubState() {
    HubConnection& shown = m_hubs.current();
    const HubSnapshot& snapshot = shown.snapshot();
    QString state;
    if (shown.state() != HubConnection::State::Connected)
        state = hubConnectionStateText(shown.state());
    else if (snapshot.listening)
        state = shown.isLocal() ? tr("Listening on %1").arg(m_hub.listeningUrl().toString())
                                : tr("Listening — Looker sends to %1").arg(snapshot.url);
    else
        state = snapshot.listenError.isEmpty() ? tr("Stopped")
                                               : tr("Stopped: %1").arg(snapshot.listenError);
    m_hubState->setText(tr("%1 — %2").arg(shown.name(), state));
    m_hubState->setToolTip(m_hubState->text());
    m_startStop->setText(snapshot.listening ? tr("&Stop listening (%1)").arg(shown.name())
                                            : tr("&Start listening (%1)").arg(shown.name()));
    const bool controllable =
        shown.canControlListening() && shown.state() == HubConnection::State::Connected;
    m_startStop->setEnabled(controllable);
    m_startStop->setToolTip(shown.canControlListening()
                                ? QString()
                                : tr("A server's hub runs as its service: it is started and "
                                     "stopped on that server."));
    // The guide is the hub on this computer's; every other page shows the hub picked.
    const Page page = currentPage();
    m_hubBanner->setVisible(!shown.isLocal() && page == GuidePage);
    m_hubBanner->setText(tr("This page is for the hub on this computer; the other pages show %1.")
                             .arg(shown.name()));
    if (m_tray)
        m_tray->setToolTip(m_hubState->text());
}

void MainWindow::rebuildHubPicker() {
    const QList<HubConnection*> hubs = m_hubs.hubs();
    m_hubPicker->clear();
    for (HubConnection* hub : hubs) {
        m_hubPicker->addItem(hub->name());
        connect(hub, &HubConnection::stateChanged, this, &MainWindow::updateHubState,
                Qt::UniqueConnection);
        connect(hub, &HubConnection::snapshotChanged, this, &MainWindow::updateHubState,
                Qt::UniqueConnection);
    }
    m_hubPicker->setCurrentIndex(int(hubs.indexOf(&m_hubs.current())));
    m_hubPicker->setVisible(hubs.size() > 1);
}

void MainWindow::replacePage(Page index, QWidget* page) {
    QWidget* old = m_pages->widget(int(index));
    const bool wasCurrent = m_pages->currentIndex() == int(index);
    m_pages->insertWidget(int(index), page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(int(index));
}

void MainWindow::connectLookerPage() {
    // Send now: Live flow shows the execute arriving.
    connect(m_looker, &LookerPage::sendAccepted, this, [this] { showPage(LivePage); });
}

void MainWindow::connectRunsPage() {
    m_runs->setLookerAccount(&m_lookerAccount);
    connect(m_runs, &RunsPage::showRunInOutbox, this, [this](qint64 runId) {
        // Pending and failed: what of the run may still need a person.
        m_outbox->setFilter(OutboxPage::Filter::PendingAndFailed);
        m_outbox->showRun(runId);
        showPage(OutboxPageIndex);
    });
    connect(m_runs, &RunsPage::previewRun, this, [this](qint64 runId) {
        m_preview->showRequestOfRun(runId);
        showPage(PreviewPageIndex);
    });
}

void MainWindow::connectConnectionsPage() {
    connect(m_connections, &ConnectionsPage::applied, m_guide, &FirstRunGuide::refresh);
    connect(m_connections, &ConnectionsPage::applied, this, [this] {
        m_catalogue->setLookerInstances(m_hubs.current().config().lookerInstances());
    });
}

void MainWindow::showHub(HubConnection& hub) {
    // Live flow keeps a page a hub (its rows and chart); the others are made anew for the hub.
    const QByteArray header = m_live->headerState();
    m_live->setActive(false);
    LiveFlowPage* live = m_livePages.value(&hub);
    if (!live) {
        live = new LiveFlowPage(hub, this);
        m_livePages.insert(&hub, live);
        m_liveSlot->addWidget(live);
    }
    live->restoreHeaderState(header);
    live->setActive(true);
    m_liveSlot->setCurrentWidget(live);
    m_live = live;
    m_outbox = new OutboxPage(hub, this);
    replacePage(OutboxPageIndex, m_outbox);
    m_runs = new RunsPage(hub, this);
    replacePage(RunsPageIndex, m_runs);
    connectRunsPage();
    m_connections = new ConnectionsPage(hub, hub.isLocal() ? &m_store : nullptr, this);
    replacePage(ConnectionsPageIndex, m_connections);
    connectConnectionsPage();
    m_looker = new LookerPage(hub, m_lookerAccount, this);
    replacePage(LookerPageIndex, m_looker);
    connectLookerPage();
    m_preview->setHub(&hub);
    m_catalogue->setLookerInstances(hub.config().lookerInstances());
    rebuildHubPicker();
    updateHubState();
}

void MainWindow::forgetHub(HubConnection& hub) {
    // Its pages go before it does: they hold it.
    if (LiveFlowPage* live = m_livePages.take(&hub)) {
        // The registry shows another hub first, so it is out of sight by now.
        m_liveSlot->removeWidget(live);
        delete live;
    }
}

void MainWindow::quitAsked() {
    // Looker's schedules fail while nobody listens: quitting then is asked first.
    if (m_askOnClose && m_hub.isListening()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit ActionDeck?"),
            tr("The hub on this computer is listening for Looker. Once ActionDeck quits, "
               "Looker's scheduled looks are refused until it runs again."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_quitting = true;
    close();
}

void MainWindow::addShortcuts() {
    // Ctrl+1 … Ctrl+9: the pages in the order of the side bar.
    for (int page = 0; page < PageCount && page < 9; ++page) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(go, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        addAction(go);
    }
    auto* next = new QAction(this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(next, &QAction::triggered, this,
            [this] { showPage(Page((currentPage() + 1) % PageCount)); });
    addAction(next);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    addAction(find);
    auto* refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshPage);
    addAction(refresh);
}

void MainWindow::focusFilter() {
    // The page's filter: the first line edit whose name says it filters or searches.
    QWidget* page = m_pages->currentWidget();
    if (page == m_liveSlot)
        page = m_live;
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        const QString name = edit->objectName().toLower();
        if (edit->isVisible() && (name.contains(u"search") || name.contains(u"filter"))) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void MainWindow::refreshPage() {
    switch (currentPage()) {
    case LivePage:
        m_live->refreshCounters();
        break;
    case OutboxPageIndex:
        m_outbox->refresh();
        break;
    case RunsPageIndex:
        m_runs->refresh();
        break;
    case PreviewPageIndex:
        m_preview->refreshSchedules();
        break;
    case LookerPageIndex:
        m_looker->refresh();
        break;
    default:
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    if (m_quitting || !m_askOnClose || !m_hub.isListening() ||
        !QSystemTrayIcon::isSystemTrayAvailable()) {
        event->accept();
        // After a stay in the tray, closing no longer ends the application by itself.
        if (!QApplication::quitOnLastWindowClosed())
            QApplication::quit();
        return;
    }
    // Looker's schedules fail while nobody listens: offer to keep the hub in the tray.
    const auto answer = QMessageBox::question(
        this, tr("Keep the hub running?"),
        tr("ActionDeck is listening for Looker. Keep it running in the system tray, so "
           "scheduled looks are not refused?"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Yes) {
        QApplication::setQuitOnLastWindowClosed(false);
        showTray();
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::showTray() {
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        auto* menu = new QMenu(this);
        m_trayShow = menu->addAction(QString());
        m_trayQuit = menu->addAction(QString());
        connect(m_trayShow, &QAction::triggered, this, [this] {
            showNormal();
            activateWindow();
        });
        connect(m_trayQuit, &QAction::triggered, this, [this] {
            m_quitting = true;
            close();
            QApplication::quit();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            activateWindow();
        });
        m_tray->setContextMenu(menu);
        retranslateUi();
    }
    m_tray->show();
}

void MainWindow::notifyInTray(const QString& title, const QString& text) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        statusBar()->showMessage(title + QStringLiteral(" — ") + text, 30000);
        return;
    }
    showTray();
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

// Window state lives in ~/.config/ActionDeck/window.ini, beside config.json.
void MainWindow::saveState() const {
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ActionDeck"),
                       QStringLiteral("window"));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("live/header"), m_live->headerState());
}

void MainWindow::restoreState() {
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ActionDeck"),
                       QStringLiteral("window"));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_live->restoreHeaderState(settings.value(QStringLiteral("live/header")).toByteArray());
}

} // namespace ActionDeck
