#pragma once

#include <QHash>
#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace ActionDeck {

class CataloguePage;
class Clock;
class ConfigStore;
class ConnectionsPage;
class EventCatalog;
class FirstRunGuide;
class Hub;
class HubConnection;
class HelpMenu;
class HubNotifier;
class HubRegistry;
class HubsPage;
class IdGenerator;
class LiveFlowPage;
class LookerAccount;
class LookerPage;
class OutboxPage;
class PreviewPage;
class RunsPage;

/// What the window works with; created in main.cpp (or a test) and outliving the window.
struct MainWindowContext {
    Hub& hub; ///< the hub in this process
    HubRegistry& hubs;
    ConfigStore& store;
    const EventCatalog& catalog;
    const Clock& clock;
    IdGenerator& ids;
    LookerAccount& looker; ///< the window's connection to Looker's API
};

/// The application window: a side bar of pages, a status bar with the hub's state, the
/// language menu, window and header state kept between runs, and the tray when closed while
/// the hub runs.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page {
        GuidePage,
        LivePage,
        RunsPageIndex,
        ConnectionsPageIndex,
        LookerPageIndex,
        PreviewPageIndex,
        OutboxPageIndex,
        CataloguePageIndex,
        HubsPageIndex,
        PageCount
    };

    explicit MainWindow(MainWindowContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Switches the UI (and the catalogue's texts) to English or Spanish at run time.
    void setLanguage(QLocale::Language language);
    void showPage(Page page);
    Page currentPage() const;
    CataloguePage* cataloguePage() const { return m_catalogue; }
    LiveFlowPage* liveFlowPage() const { return m_live; }
    RunsPage* runsPage() const { return m_runs; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    LookerPage* lookerPage() const { return m_looker; }
    PreviewPage* previewPage() const { return m_preview; }
    OutboxPage* outboxPage() const { return m_outbox; }
    HubsPage* hubsPage() const { return m_hubsPage; }
    /// Shows this hub on every page but the guide (and says so in the status bar).
    void showHub(HubConnection& hub);
    FirstRunGuide* guide() const { return m_guide; }
    /// Skips the question on close (tests, --screenshot).
    void setAskOnClose(bool ask) { m_askOnClose = ask; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();
    void updateHubState();
    void saveState() const;
    void restoreState();
    void showTray();
    /// A hub's news in the tray (which is shown for it when it was not).
    void notifyInTray(const QString& title, const QString& text);
    void rebuildHubPicker();
    void replacePage(Page index, QWidget* page);
    /// The Connections slot for `hub`: this computer's page, or a server's made for it.
    /// The Connections page's signals to the pages that follow it.
    void connectConnectionsPage();
    void connectLookerPage();
    /// The Runs page's jumps: to the Outbox page filtered to a run, to Preview with its request.
    void connectRunsPage();
    /// A hub is about to go: its kept pages go first.
    void forgetHub(HubConnection& hub);
    /// File → Quit: asks first while this computer's hub listens.
    void quitAsked();
    void addShortcuts();
    /// Ctrl+F: the shown page's filter.
    void focusFilter();
    /// Ctrl+R: the shown page reads its hub again.
    void refreshPage();

    Hub& m_hub;
    HubRegistry& m_hubs;
    ConfigStore& m_store;
    LookerAccount& m_lookerAccount;
    QTranslator m_translator;
    QTranslator m_qtTranslator; ///< Qt's own strings (dialog buttons), when installed
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    FirstRunGuide* m_guide = nullptr;
    LiveFlowPage* m_live = nullptr;
    RunsPage* m_runs = nullptr;
    ConnectionsPage* m_connections = nullptr;
    LookerPage* m_looker = nullptr;
    PreviewPage* m_preview = nullptr;
    OutboxPage* m_outbox = nullptr;
    CataloguePage* m_catalogue = nullptr;
    HubsPage* m_hubsPage = nullptr;
    QComboBox* m_hubPicker = nullptr;
    /// The Connections slot: this computer's page, or a server's (made for the hub shown).
    QStackedWidget* m_liveSlot = nullptr; ///< a Live flow page a hub, kept while the window runs
    QHash<HubConnection*, LiveFlowPage*> m_livePages;
    HelpMenu* m_help = nullptr;
    QLabel* m_hubBanner = nullptr; ///< which hub the page shows, when that is not obvious
    HubNotifier* m_notifier = nullptr;
    QLabel* m_hubState = nullptr;
    QLabel* m_versionLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_hubMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_startStop = nullptr;
    QAction* m_english = nullptr;
    QAction* m_spanish = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_trayShow = nullptr;
    QAction* m_trayQuit = nullptr;
    bool m_askOnClose = true;
    bool m_quitting = false;
};

} // namespace ActionDeck
