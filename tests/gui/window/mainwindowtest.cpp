#include "gui/window/mainwindow.h"

#include "admin/adminservice.h"
#include "admintesthub.h"
#include "catalog/eventcatalog.h"
#include "connection/hubconnection.h"
#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "gui/catalogue/cataloguepage.h"
#include "gui/connections/connectionspage.h"
#include "gui/guide/firstrunguide.h"
#include "gui/hubs/hubdialog.h"
#include "gui/hubs/hubregistry.h"
#include "gui/hubs/hubspage.h"
#include "gui/hubs/hubtokenvault.h"
#include "gui/live/liveflowpage.h"
#include "gui/live/livemessagemodel.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/outbox/batchlistmodel.h"
#include "gui/outbox/batchtableview.h"
#include "gui/outbox/outboxpage.h"
#include "gui/preview/previewoptionspane.h"
#include "gui/preview/previewpage.h"
#include "gui/runs/runspage.h"
#include "gui/settings/configstore.h"
#include "gui/window/appicon.h"
#include "gui/window/helpmenu.h"
#include "hub/hub.h"
#include "postgrescluster.h"
#include "version.h"
#include "waituntil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

class Window : public testing::Test {
protected:
    void SetUp() override {
        // Window state goes to a settings file of its own, not the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        store.setKeychainEnabled(false);
    }

    std::unique_ptr<MainWindow> open(HubConfig config = {}) {
        config.listenPort = 0;
        hubs.reset();
        local.reset();
        service.reset();
        hub = std::make_unique<Hub>(config, dir.filePath(QStringLiteral("data")), clock, ids);
        QString error;
        EXPECT_TRUE(hub->start(&error)) << error.toStdString();
        service = std::make_unique<AdminService>(*hub);
        local = std::make_unique<LocalHubConnection>(*hub, *service);
        local->open();
        hubs = std::make_unique<HubRegistry>(*local, vault);
        auto window = std::make_unique<MainWindow>(
            MainWindowContext{*hub, *hubs, store, EventCatalog::builtIn(), clock, ids, looker});
        window->setAskOnClose(false);
        window->show();
        return window;
    }

    QTemporaryDir dir;
    ConfigStore store{dir.filePath(QStringLiteral("config.json"))};
    SystemClock clock;
    RandomIdGenerator ids;
    LookerAccount looker{{}, {}};
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<LocalHubConnection> local;
    HubTokenVault vault;
    std::unique_ptr<HubRegistry> hubs;
};

} // namespace

TEST_F(Window, ShowsTheVersionThePagesAndTheHubState) {
    auto window = open();
    window->setLanguage(QLocale::English);
    const auto* version = window->findChild<QLabel*>(QStringLiteral("versionLabel"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().contains(QString::fromLatin1(kVersion)));
    const auto* pages = window->findChild<QListWidget*>(QStringLiteral("pageList"));
    ASSERT_NE(pages, nullptr);
    QStringList names;
    for (int i = 0; i < pages->count(); ++i)
        names.append(pages->item(i)->text());
    EXPECT_EQ(names, (QStringList{u"Get started"_qs, u"Live flow"_qs, u"Runs"_qs, u"Connections"_qs,
                                  u"Looker"_qs, u"Preview"_qs, u"Outbox"_qs, u"Catalogue"_qs,
                                  u"Hubs"_qs}));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("ActionDeck"));
    const auto* state = window->findChild<QLabel*>(QStringLiteral("hubStateLabel"));
    // The status bar names the hub it shows.
    EXPECT_EQ(state->text(),
              QStringLiteral("This computer — Listening on ") + hub->listeningUrl().toString());
    hub->stopListening();
    EXPECT_EQ(state->text(), QStringLiteral("This computer — Stopped"));
}

TEST_F(Window, OpensOnTheGuideUntilSomethingIsConfigured) {
    auto window = open();
    EXPECT_EQ(window->currentPage(), MainWindow::GuidePage);
    EXPECT_FALSE(window->guide()->isDone(FirstRunGuide::AddSource));
    QString error;
    ASSERT_TRUE(
        window->connectionsPage()->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("key"),
                                                     QStringLiteral("http://127.0.0.1:9"), &error));
    EXPECT_FALSE(window->guide()->isDone(FirstRunGuide::AddSource)) << "not applied yet";
    ASSERT_TRUE(window->connectionsPage()->addRegion(QStringLiteral("US"), &error));
    QSignalSpy finished(window->connectionsPage(), &ConnectionsPage::changeFinished);
    ASSERT_TRUE(window->connectionsPage()->apply(&error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_TRUE(window->guide()->isDone(FirstRunGuide::AddSource));
    EXPECT_FALSE(window->guide()->isDone(FirstRunGuide::CreateToken));
    window->connectionsPage()->generateToken(QStringLiteral("US"));
    EXPECT_TRUE(waitUntil([&] { return window->guide()->isDone(FirstRunGuide::CreateToken); }));
    EXPECT_EQ(window->guide()->findChild<QLabel*>(QStringLiteral("guideStep1"))->text(),
              QStringLiteral("✔"));

    HubConfig configured;
    configured.regions.append(RegionConfig{QStringLiteral("US"), "secret", {}, {}, {}});
    window.reset();
    auto second = open(configured);
    EXPECT_EQ(second->currentPage(), MainWindow::LivePage);
}

TEST_F(Window, TheGuidesServerPathAddsAHubAndShowsItsPages) {
    qputenv("ACTIONDECK_NO_KEYCHAIN", "1");
    TestSupport::AdminTestHub server(QByteArrayLiteral("window-secret"), QStringLiteral("wk"));
    QString error;
    ASSERT_TRUE(server.startHub(&error)) << error.toStdString();
    const QByteArray token = server.createToken(QStringLiteral("laptop"), AdminScope::Operate);
    auto window = open();
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HubDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("hubName"))->setText(u"prod"_qs);
        dialog->findChild<QLineEdit*>(QStringLiteral("hubUrl"))
            ->setText(server.server->url().toString());
        dialog->findChild<QLineEdit*>(QStringLiteral("hubToken"))
            ->setText(QString::fromLatin1(token));
        dialog->accept();
    });
    window->guide()->findChild<QPushButton*>(QStringLiteral("guideAddServer"))->click();
    EXPECT_EQ(window->currentPage(), MainWindow::HubsPageIndex);
    ASSERT_EQ(hubs->hubs().size(), 2);
    HubConnection& prod = *hubs->hubs()[1];
    ASSERT_TRUE(waitUntil([&] { return prod.state() == HubConnection::State::Connected; }));
    auto* table = window->hubsPage()->table();
    ASSERT_TRUE(waitUntil([&] { return table->item(1, HubsPage::State)->text() == u"Connected"; }));
    EXPECT_EQ(table->item(1, HubsPage::Name)->text(), QStringLiteral("prod"));

    table->selectRow(1);
    window->hubsPage()->findChild<QPushButton*>(QStringLiteral("hubsOpen"))->click();
    EXPECT_EQ(window->currentPage(), MainWindow::LivePage);
    EXPECT_EQ(&hubs->current(), &prod);
    // The page made for that hub (the last one's goes at the next turn of the event loop).
    const auto* state = window->liveFlowPage()->findChild<QLabel*>(QStringLiteral("liveHubState"));
    EXPECT_TRUE(state->text().startsWith(u"prod · Listening")) << state->text().toStdString();
    // Connections is that hub's too, through its admin API.
    EXPECT_EQ(&window->connectionsPage()->hub(), &prod);
    // The Hub menu names the hub shown and never acts on another: a server's hub is started
    // and stopped on its server.
    QAction* startStop = nullptr;
    for (QAction* menu : window->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions())
            if (action->text().contains(u"listening"))
                startStop = action;
    }
    ASSERT_NE(startStop, nullptr);
    ASSERT_TRUE(waitUntil([&] { return startStop->text().contains(u"(prod)"); }))
        << startStop->text().toStdString();
    EXPECT_FALSE(startStop->isEnabled());
    startStop->trigger();
    EXPECT_TRUE(hub->isListening()) << "this computer's hub was not stopped";
    EXPECT_TRUE(server.hub->isListening());
    ASSERT_TRUE(server.execute(7));
    const auto* live = window->liveFlowPage();
    ASSERT_TRUE(waitUntil([&] { return live->model()->rowCount() == 7; }));
    hubs->remove(prod);
    EXPECT_EQ(&hubs->current(), &hubs->local());
}

TEST_F(Window, TheRunsPageLeadsToTheOutboxFilteredToARunAndToPreview) {
    auto window = open();
    window->showPage(MainWindow::RunsPageIndex);
    emit window->runsPage()->showRunInOutbox(12);
    EXPECT_EQ(window->currentPage(), MainWindow::OutboxPageIndex);
    OutboxPage* outbox = window->outboxPage();
    EXPECT_EQ(outbox->shownRun(), 12);
    auto* chip = outbox->findChild<QPushButton*>(QStringLiteral("outboxRunFilter"));
    ASSERT_NE(chip, nullptr);
    EXPECT_TRUE(chip->isVisible());
    EXPECT_TRUE(chip->text().startsWith(u"Run 12")) << chip->text().toStdString();
    // The chip clears the filter.
    chip->click();
    EXPECT_EQ(outbox->shownRun(), 0);
    EXPECT_FALSE(chip->isVisible());

    window->showPage(MainWindow::RunsPageIndex);
    emit window->runsPage()->previewRun(7);
    EXPECT_EQ(window->currentPage(), MainWindow::PreviewPageIndex);
    // A run whose request the hub does not list: Preview says so.
    EXPECT_TRUE(window->previewPage()
                    ->findChild<QLabel*>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(u"run 7"));
}

TEST_F(Window, TheHubOnThisComputerCanBeSwitchedOffForTheNextStart) {
    auto window = open();
    auto* run = window->hubsPage()->findChild<QCheckBox*>(QStringLiteral("hubsRunLocal"));
    ASSERT_NE(run, nullptr);
    EXPECT_TRUE(run->isChecked());
    run->setChecked(false);
    EXPECT_FALSE(HubRegistry::localHubEnabled());
    EXPECT_TRUE(run->text().contains(u"next start")) << run->text().toStdString();
    run->setChecked(true);
    EXPECT_TRUE(HubRegistry::localHubEnabled());
}

TEST_F(Window, RestoresItsGeometryOnTheNextStart) {
    {
        auto window = open();
        window->resize(1320, 840);
        window->close();
    }
    auto again = open();
    EXPECT_EQ(again->size(), QSize(1320, 840));
}

TEST_F(Window, SwitchesBetweenEnglishAndSpanishAtRunTime) {
    auto window = open();
    const auto* pages = window->findChild<QListWidget*>(QStringLiteral("pageList"));
    window->setLanguage(QLocale::Spanish);
    EXPECT_EQ(pages->item(MainWindow::CataloguePageIndex)->text(), QStringLiteral("Catálogo"));
    EXPECT_EQ(pages->item(MainWindow::LivePage)->text(), QStringLiteral("Flujo en directo"));
    EXPECT_EQ(pages->item(MainWindow::RunsPageIndex)->text(), QStringLiteral("Ejecuciones"));
    EXPECT_EQ(window->menuBar()->actions().at(2)->text(), QStringLiteral("&Ver"));
    // The pages follow: a group box title of the Connections page.
    const auto boxes = window->connectionsPage()->findChildren<QGroupBox*>();
    ASSERT_FALSE(boxes.isEmpty());
    EXPECT_EQ(boxes.first()->title(), QStringLiteral("Orígenes de RudderStack"));
    window->setLanguage(QLocale::English);
    EXPECT_EQ(pages->item(MainWindow::CataloguePageIndex)->text(), QStringLiteral("Catalogue"));
    EXPECT_EQ(window->menuBar()->actions().at(2)->text(), QStringLiteral("&View"));
    EXPECT_EQ(boxes.first()->title(), QStringLiteral("RudderStack sources"));
}

TEST(AppIcon, IsBuiltInAtEverySizeTheDesktopAsksFor) {
    // No icon theme offscreen: the copy built into the binary is what the window and tray show.
    const QIcon icon = appIcon();
    ASSERT_FALSE(icon.isNull());
    for (const int size : {16, 32, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        EXPECT_EQ(image.width(), size);
        // The front card's blue is at the centre, not transparency.
        EXPECT_GT(qAlpha(image.pixel(size / 2, size / 2)), 200) << size;
    }
}

TEST_F(Window, TheHubsOfOneSharedOutboxAreListedTogether) {
    qputenv("ACTIONDECK_NO_KEYCHAIN", "1");
    QString error;
    TestSupport::PostgresCluster* cluster = TestSupport::sharedPostgresCluster(&error);
    ASSERT_TRUE(cluster) << "PostgreSQL must start for this test: " << error.toStdString();
    const QString uri = cluster->createDatabase(QStringLiteral("window_fleet"), &error);
    ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    const QString key = TestSupport::writeSecretsKeyFile(dir.filePath(QStringLiteral("fleet.key")));
    ASSERT_FALSE(key.isEmpty());
    // A server's hub on its own file, then one sharing this window's outbox.
    TestSupport::AdminTestHub solo(QByteArrayLiteral("solo-secret"), QStringLiteral("wk"));
    TestSupport::AdminTestHub peer(QByteArrayLiteral("peer-secret"), QStringLiteral("wk"));
    peer.outbox = uri;
    peer.secretsKeyFile = key;
    ASSERT_TRUE(solo.startHub(&error)) << error.toStdString();
    ASSERT_TRUE(peer.startHub(&error)) << error.toStdString();
    HubConfig config;
    config.outbox = uri;
    config.secretsKeyFile = key;
    auto window = open(config);
    window->setLanguage(QLocale::English);
    for (TestSupport::AdminTestHub* server : {&solo, &peer}) {
        RemoteHubProfile profile;
        profile.name = server == &solo ? QStringLiteral("solo") : QStringLiteral("peer");
        profile.adminUrl = server->server->url();
        hubs->add(profile, server->createToken(QStringLiteral("laptop"), AdminScope::Operate));
    }
    auto* table = window->hubsPage()->table();
    const auto row = [&](int r) {
        return QStringList{table->item(r, HubsPage::Name)->text().remove(QStringLiteral("  ◀")),
                           table->item(r, HubsPage::Outbox)->text()};
    };
    // The peer joins this computer's hub, ahead of the one with an outbox of its own.
    EXPECT_TRUE(waitUntil(
        [&] {
            return table->rowCount() == 3 && row(1).first() == u"peer" &&
                   row(2) == QStringList{u"solo"_qs, u"Its own"_qs} &&
                   row(0).last() == u"Shared · 2 hubs" && row(1).last() == row(0).last();
        },
        20000))
        << row(0).join(u'|').toStdString() << " / " << row(1).join(u'|').toStdString() << " / "
        << row(2).join(u'|').toStdString();
    EXPECT_EQ(table->item(1, HubsPage::Outbox)->toolTip(),
              peer.hub->outboxStatus().value(u"location").toString() +
                  QStringLiteral(", where 2 hubs work now"));
    // Opening the peer's pages opens the peer (the rows moved, the hubs with them).
    table->selectRow(1);
    window->hubsPage()->findChild<QPushButton*>(QStringLiteral("hubsOpen"))->click();
    EXPECT_EQ(hubs->current().name(), QStringLiteral("peer"));
    // Its Outbox page shows which hub sends each batch; a hub of its own file has no such column.
    const auto* batches = window->outboxPage()->findChild<BatchTableView*>();
    ASSERT_NE(batches, nullptr);
    EXPECT_TRUE(waitUntil([&] { return !batches->isColumnHidden(BatchListModel::HolderColumn); }));
    hubs->setCurrent(*hubs->hubs()[1]); // solo, as the registry lists it
    batches = window->outboxPage()->findChild<BatchTableView*>();
    EXPECT_TRUE(waitUntil([&] { return batches->isColumnHidden(BatchListModel::HolderColumn); }));
}

TEST_F(Window, SwitchingHubsAndBackKeepsEachHubsLiveFlowAndSaysWhatWasStoredMeanwhile) {
    TestSupport::AdminTestHub first(QByteArrayLiteral("first hub secret"),
                                    QStringLiteral("wk_first"));
    TestSupport::AdminTestHub second(QByteArrayLiteral("second hub secret"),
                                     QStringLiteral("wk_second"));
    QString error;
    ASSERT_TRUE(first.startHub(&error)) << error.toStdString();
    ASSERT_TRUE(second.startHub(&error)) << error.toStdString();
    auto window = open();
    const auto add = [&](TestSupport::AdminTestHub& server, const QString& name) -> HubConnection& {
        RemoteHubProfile profile;
        profile.name = name;
        profile.adminUrl = server.server->url();
        profile.saved = false;
        return hubs->add(profile, server.createToken(QStringLiteral("w"), AdminScope::Operate));
    };
    HubConnection& one = add(first, QStringLiteral("one"));
    HubConnection& two = add(second, QStringLiteral("two"));
    hubs->setCurrent(one);
    LiveFlowPage* onePage = window->liveFlowPage();
    ASSERT_TRUE(waitUntil([&] { return first.hub->liveCapture(); }));
    ASSERT_TRUE(first.execute(5));
    ASSERT_TRUE(waitUntil([&] { return onePage->model()->rowCount() == 5; }));

    hubs->setCurrent(two);
    EXPECT_NE(window->liveFlowPage(), onePage);
    ASSERT_TRUE(waitUntil([&] { return !first.hub->liveCapture(); }))
        << "a hub not shown makes no copies of its messages";
    ASSERT_TRUE(first.execute(3));
    ASSERT_TRUE(waitUntil([&] { return one.snapshot().messagesStored == 8; }));

    hubs->setCurrent(one);
    EXPECT_EQ(window->liveFlowPage(), onePage) << "the same page, with its rows";
    EXPECT_EQ(onePage->model()->rowCount(), 5);
    EXPECT_EQ(onePage->missedWhileAway(), 3);
    const QString footer = onePage->findChild<QLabel*>(QStringLiteral("liveShown"))->text();
    EXPECT_TRUE(footer.contains(u"3 more stored while another hub was shown"))
        << footer.toStdString();
    EXPECT_TRUE(footer.contains(u"of the last 5 messages")) << footer.toStdString();
    hubs->setCurrent(hubs->local());
    hubs->remove(two);
    hubs->remove(one);
}

TEST_F(Window, StatusTextsMadeBeforeALanguageSwitchFollowIt) {
    auto window = open();
    window->setLanguage(QLocale::English);
    ConnectionsPage* connections = window->connectionsPage();
    connections->revert();
    const QString english = connections->status();
    ASSERT_EQ(english, QStringLiteral("The changes not applied were dropped."));
    window->setLanguage(QLocale::Spanish);
    EXPECT_NE(connections->status(), english) << "still English after the switch";
    EXPECT_FALSE(connections->status().isEmpty());
    window->setLanguage(QLocale::English);
    EXPECT_EQ(connections->status(), english);
}

TEST_F(Window, OpeningAFileDropsTheScheduleARequestChose) {
    auto window = open();
    PreviewPage* preview = window->previewPage();
    auto* schedule = preview->findChild<QComboBox*>(QStringLiteral("previewSchedule"));
    ASSERT_NE(schedule, nullptr);
    // A schedule the hub does not list yet is offered for a request: pick one as a request does.
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("look.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"fields":{"dimensions":[],"measures":[]},"data":[]})");
    file.close();
    ReceivedRequest request;
    request.actionName = QStringLiteral("rudder_event");
    request.planId = QStringLiteral("42");
    request.syncSource = QStringLiteral("Prod");
    preview->findChild<PreviewOptionsPane*>()->takeRequestOptions(request);
    ASSERT_GT(schedule->currentIndex(), 0);
    ASSERT_TRUE(preview->openFile(path));
    EXPECT_EQ(schedule->currentIndex(), 0);
}

TEST_F(Window, EveryPageFitsA1024By640Screen) {
    auto window = open();
    for (const QLocale::Language language : {QLocale::English, QLocale::Spanish}) {
        window->setLanguage(language);
        window->resize(1024, 640);
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window->showPage(MainWindow::Page(page));
            QApplication::processEvents();
            const QSize least = window->minimumSizeHint();
            EXPECT_LE(window->width(), 1024) << "page " << page << " in " << int(language);
            EXPECT_LE(least.width(), 1024) << "page " << page << ": " << least.width();
            EXPECT_LE(least.height(), 640) << "page " << page << ": " << least.height();
        }
    }
    window->setLanguage(QLocale::English);
    // Which page asks for more than its share (reported on failure).
    for (QWidget* page : window->findChildren<QWidget*>()) {
        if (page->parentWidget() && page->parentWidget()->inherits("QStackedWidget")) {
            EXPECT_LE(page->minimumSizeHint().width(), 1024 - 200)
                << page->metaObject()->className() << " " << page->minimumSizeHint().width();
        }
    }
}

TEST_F(Window, TheHelpMenuCopiesDiagnosticsWithoutSecretsAndFindsTheGuide) {
    TestSupport::AdminTestHub server(QByteArrayLiteral("help secret"), QStringLiteral("wk_help"));
    QString error;
    ASSERT_TRUE(server.startHub(&error)) << error.toStdString();
    auto window = open();
    RemoteHubProfile profile;
    profile.name = QStringLiteral("prod");
    profile.adminUrl = server.server->url();
    profile.saved = false;
    const QByteArray token = server.createToken(QStringLiteral("w"), AdminScope::Admin);
    HubConnection& prod = hubs->add(profile, token);
    ASSERT_TRUE(waitUntil([&] { return prod.state() == HubConnection::State::Connected; }));
    HelpMenu* help = window->findChild<HelpMenu*>();
    ASSERT_NE(help, nullptr);
    const QString diagnostics = help->diagnostics();
    EXPECT_TRUE(diagnostics.contains(QString::fromLatin1(kVersion)));
    EXPECT_TRUE(diagnostics.contains(u"Hub \"prod\" (server): Connected"))
        << diagnostics.toStdString();
    EXPECT_TRUE(diagnostics.contains(u"Hub \"This computer\"")) << diagnostics.toStdString();
    for (const QByteArray& secret : {token, QByteArray("help secret"), QByteArray("wk_help")})
        EXPECT_FALSE(diagnostics.contains(QString::fromLatin1(secret))) << secret.constData();
    // Run from this build tree: the source tree's guide, and it says so.
    bool fromSourceTree = false;
    const QString guide = HelpMenu::guidePath(&fromSourceTree);
    EXPECT_TRUE(guide.endsWith(u"docs/CONNECT_LOOKER.md")) << guide.toStdString();
    EXPECT_TRUE(fromSourceTree);
    hubs->remove(prod);
}
