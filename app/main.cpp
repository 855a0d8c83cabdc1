// The actiondeck binary: the window by default; preview and the other commands without one.
#include "admin/adminservice.h"
#include "catalog/eventcatalog.h"
#include "cli/admintokencommand.h"
#include "cli/catalogcommand.h"
#include "cli/headlesscommand.h"
#include "cli/lookercommand.h"
#include "cli/outboxcommand.h"
#include "cli/previewcommand.h"
#include "cli/runscommand.h"
#include "cli/syncstatecommand.h"
#include "cli/tokencommand.h"
#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
#include "core/clock.h"
#include "core/datadirectory.h"
#include "core/idgenerator.h"
#include "gui/catalogue/cataloguepage.h"
#include "gui/connections/connectionspage.h"
#include "gui/hubs/hubregistry.h"
#include "gui/hubs/hubtokenvault.h"
#include "gui/live/liveflowpage.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/preview/previewpage.h"
#include "gui/runs/runfiltermodel.h"
#include "gui/runs/runspage.h"
#include "gui/settings/configstore.h"
#include "gui/window/appicon.h"
#include "gui/window/mainwindow.h"
#include "hub/fleetmembership.h"
#include "hub/hub.h"
#include "outbox/outboxlocation.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

constexpr char kUsage[] =
    "Usage: actiondeck                      open the window\n"
    "       actiondeck --headless [--listen HOST:PORT] [--token REGION=TOKEN ...]\n"
    "                  [--hub-secret REGION=SECRET ...] [--data-dir DIR] [--config FILE]\n"
    "                  [--public-url URL] [--tls-cert FILE --tls-key FILE]\n"
    "                  [--admin-listen HOST:PORT]\n"
    "       actiondeck preview --action identify|track|group [--event NAME]\n"
    "                          [--hidden FIELD[,FIELD...]] [--property-names STYLE]\n"
    "                          [--rename FIELD=NAME ...] [FILE|-]\n"
    "       actiondeck outbox [--data-dir DIR] status|list|retry|discard|export|migrate\n"
    "       actiondeck sync-state [--data-dir DIR] list|reset [--schedule ID | --all]\n"
    "       actiondeck runs list [--schedule ID] [--state STATE] [--json] | show ID\n"
    "                  [--data-dir DIR | --outbox URI]   the runs (one per execute)\n"
    "       actiondeck token [--secret-file FILE]     a new token for a hub secret\n"
    "       actiondeck admin-token create --scope read|operate|admin --name NAME\n"
    "                  | list | revoke NAME  [--data-dir DIR]   admin API tokens\n"
    "       actiondeck catalog [--lang en|es] [--json] [TEXT]\n"
    "       actiondeck looker login|register|enable|status|unregister|looks|schedules|send-now\n"
    "                  |preview-look ...       this hub, its Looks and schedules in Looker\n"
    "       actiondeck [--config FILE] [--data-dir DIR] [--lang en|es]\n"
    "                  [--page guide|live|runs|connections|looker|preview|outbox|catalogue\n"
    "                   |hubs]\n"
    "                  [--connect URL --admin-token-file FILE]\n"
    "                  [--screenshot FILE]     the window (--screenshot: save it as PNG, quit;\n"
    "                                          --connect: show the hub at that admin URL)\n"
    "       actiondeck --version | --help\n"
    "\n"
    "See 'actiondeck --headless --help', 'actiondeck preview --help',\n"
    "'actiondeck outbox --help' and 'actiondeck looker --help'.\n";

/// Runs a command without a window, on the process's standard streams.
template <typename Run> int runCommand(int argc, char* argv[], Run run) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ActionDeck"));
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return run(QCoreApplication::arguments().mid(2), in, out, err);
}

/// The window's options: where its configuration and outbox are, and for screenshots and
/// demos the language, the first page, and a file to save the window to.
struct WindowOptions {
    QString configFile;
    QString dataDirectory;
    QString language;
    QString page;
    QString screenshot;
    QUrl connectUrl;         ///< --connect: a hub on a server, shown for this run only
    QByteArray connectToken; ///< read from --admin-token-file, never from the command line
};

/// `arguments` start with the program name, as QCommandLineParser expects.
std::optional<WindowOptions> parseWindowOptions(const QStringList& arguments, QString* error) {
    QCommandLineParser parser;
    const QCommandLineOption config(QStringLiteral("config"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("en|es"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption connectTo(QStringLiteral("connect"), QString(), QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("admin-token-file"), QString(),
                                       QStringLiteral("FILE"));
    parser.addOptions({config, dataDir, lang, page, shot, connectTo, tokenFile});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unknown command '%1'").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    WindowOptions options;
    options.configFile = parser.isSet(config)
                             ? parser.value(config)
                             : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                   QStringLiteral("/config.json");
    options.dataDirectory =
        parser.isSet(dataDir) ? parser.value(dataDir) : ActionDeck::defaultDataDirectory();
    options.language = parser.value(lang);
    options.page = parser.value(page);
    options.screenshot = parser.value(shot);
    if (parser.isSet(connectTo)) {
        options.connectUrl = QUrl(parser.value(connectTo));
        if (!options.connectUrl.isValid() || options.connectUrl.host().isEmpty() ||
            (options.connectUrl.scheme() != u"http" && options.connectUrl.scheme() != u"https")) {
            *error = QStringLiteral("--connect takes the hub's admin URL, e.g. "
                                    "http://127.0.0.1:8081");
            return std::nullopt;
        }
        if (!parser.isSet(tokenFile)) {
            *error = QStringLiteral("--connect needs --admin-token-file FILE (a token is never "
                                    "given on the command line)");
            return std::nullopt;
        }
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--admin-token-file %1: %2")
                         .arg(parser.value(tokenFile), file.errorString());
            return std::nullopt;
        }
        options.connectToken = file.readAll().trimmed();
        if (options.connectToken.isEmpty()) {
            *error = QStringLiteral("--admin-token-file %1 is empty").arg(parser.value(tokenFile));
            return std::nullopt;
        }
    }
    return options;
}

int runWindow(int argc, char* argv[], const ActionDeck::Clock& clock) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ActionDeck"));
    QApplication::setApplicationVersion(QString::fromLatin1(ActionDeck::kVersion));
    // Matches the installed actiondeck.desktop: Wayland and docks group the window under it.
    QGuiApplication::setDesktopFileName(QStringLiteral("actiondeck"));
    QApplication::setWindowIcon(ActionDeck::appIcon());
    QString error;
    const auto options = parseWindowOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "actiondeck: %s\n\n%s", qPrintable(error), kUsage);
        return 2;
    }
    ActionDeck::RandomIdGenerator ids;
    ActionDeck::ConfigStore store(options->configFile);
    std::unique_ptr<ActionDeck::Hub> hub;
    std::unique_ptr<ActionDeck::FleetMembership> fleet; // follows the hub: goes before it
    std::unique_ptr<ActionDeck::AdminService> service;
    std::unique_ptr<ActionDeck::LocalHubConnection> local;
    ActionDeck::HubTokenVault vault;
    std::unique_ptr<ActionDeck::HubRegistry> hubs;
    std::unique_ptr<ActionDeck::LookerAccount> looker;
    std::unique_ptr<ActionDeck::MainWindow> window;
    // The hub is made once the configuration (and its secrets, from the keychain, which may
    // take a moment) is read; the event loop runs meanwhile.
    QObject::connect(
        &store, &ActionDeck::ConfigStore::loaded, &app,
        [&](const ActionDeck::HubConfig& config, const QString& problem) {
            QString startError;
            // Switched off (a window that only watches servers): no outbox, no port.
            const bool enabled = ActionDeck::HubRegistry::localHubEnabled();
            // On a shared outbox the hub serves the fleet's regions, sources and tokens.
            std::optional<ActionDeck::HubConfig> joined = config;
            const auto where =
                ActionDeck::OutboxLocation::parse(config.outbox, options->dataDirectory, nullptr);
            if (enabled && where && where->isPostgres()) {
                fleet =
                    std::make_unique<ActionDeck::FleetMembership>(config, options->dataDirectory);
                joined = fleet->join(&startError);
                if (!joined)
                    fleet.reset();
            }
            hub = std::make_unique<ActionDeck::Hub>(joined.value_or(config), options->dataDirectory,
                                                    clock, ids);
            const bool started = enabled && joined && hub->start(&startError);
            if (started && fleet)
                fleet->follow(*hub);
            service = std::make_unique<ActionDeck::AdminService>(*hub);
            local = std::make_unique<ActionDeck::LocalHubConnection>(*hub, *service);
            // A change from the window is kept by the fleet first (on a shared outbox: a
            // conflict applies nothing), then saved to the window's configuration file.
            if (started && fleet)
                local->setConfigKeeper([&fleet](const ActionDeck::HubConfig& wanted, QString* why) {
                    return fleet->keep(wanted, why);
                });
            local->setConfigSaver(
                [&store](const ActionDeck::HubConfig& changed) { store.save(changed); });
            if (enabled)
                local->open();
            else
                local->close();
            // The window's Looker connection, kept with the window's configuration.
            looker = std::make_unique<ActionDeck::LookerAccount>(
                config.looker, [&local](const ActionDeck::LookerApiConnection& changed) {
                    local->setLookerConnection(changed);
                });
            hubs = std::make_unique<ActionDeck::HubRegistry>(*local, vault);
            hubs->load();
            if (!enabled && hubs->hubs().size() > 1)
                hubs->setCurrent(*hubs->hubs()[1]);
            if (!options->connectUrl.isEmpty()) {
                ActionDeck::RemoteHubProfile profile;
                profile.name = options->connectUrl.host();
                profile.adminUrl = options->connectUrl;
                profile.saved = false;
                hubs->setCurrent(hubs->add(profile, options->connectToken));
            }
            window = std::make_unique<ActionDeck::MainWindow>(ActionDeck::MainWindowContext{
                *hub, *hubs, store, ActionDeck::EventCatalog::builtIn(), clock, ids, *looker});
            if (options->language == u"es")
                window->setLanguage(QLocale::Spanish);
            else if (options->language == u"en")
                window->setLanguage(QLocale::English);
            const QStringList pages = {QStringLiteral("guide"),  QStringLiteral("live"),
                                       QStringLiteral("runs"),   QStringLiteral("connections"),
                                       QStringLiteral("looker"), QStringLiteral("preview"),
                                       QStringLiteral("outbox"), QStringLiteral("catalogue"),
                                       QStringLiteral("hubs")};
            if (pages.contains(options->page))
                window->showPage(ActionDeck::MainWindow::Page(pages.indexOf(options->page)));
            window->show();
            if (!problem.isEmpty())
                QMessageBox::warning(window.get(), QObject::tr("ActionDeck"), problem);
            // Said where the hub's state is, not in a box to dismiss: nothing needs doing.
            if (const auto& moved = hub->movedAtStart();
                moved && moved->pendingBatches + moved->failedBatches + moved->syncScopes > 0)
                window->statusBar()->showMessage(
                    QObject::tr("Moved into PostgreSQL from this computer's outbox: %1 pending "
                                "and %2 failed batches (%3 messages), the sync state of %4 "
                                "schedules.")
                        .arg(moved->pendingBatches)
                        .arg(moved->failedBatches)
                        .arg(moved->messages)
                        .arg(moved->syncScopes),
                    120000);
            if (enabled && !started && !hub->isOpen())
                QMessageBox::critical(
                    window.get(), QObject::tr("ActionDeck"),
                    QObject::tr("The outbox could not be opened: %1").arg(startError));
            if (!options->screenshot.isEmpty()) {
                window->setAskOnClose(false);
                // ACTIONDECK_SCREENSHOT_SIZE=1024x640: the window as a small screen shows it.
                const QStringList size =
                    qEnvironmentVariable("ACTIONDECK_SCREENSHOT_SIZE").split(u'x');
                if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
                    window->resize(size[0].toInt(), size[1].toInt());
                const QString path = options->screenshot;
                // Let the window lay itself out and paint (and scripts send data) first.
                const int delayMs =
                    qEnvironmentVariableIsSet("ACTIONDECK_SCREENSHOT_DELAY_MS")
                        ? qEnvironmentVariableIntValue("ACTIONDECK_SCREENSHOT_DELAY_MS")
                        : 1500;
                // ... and one of Preview shows the last request the hub received (or the one
                // ACTIONDECK_SCREENSHOT_REQUEST counts back to).
                // ACTIONDECK_SCREENSHOT_LOOK=ID runs that Look in Looker instead, and
                // ACTIONDECK_SCREENSHOT_COUNT=1 counts the catalogue's types in Looker.
                const int request = qEnvironmentVariableIntValue("ACTIONDECK_SCREENSHOT_REQUEST");
                const QString look = qEnvironmentVariable("ACTIONDECK_SCREENSHOT_LOOK");
                QTimer::singleShot(delayMs / 2, window.get(), [&window, request, look] {
                    if (!look.isEmpty())
                        window->previewPage()->runLook(look, 500);
                    else
                        window->previewPage()->showReceivedRequest(request);
                    if (qEnvironmentVariableIsSet("ACTIONDECK_SCREENSHOT_COUNT"))
                        window->cataloguePage()->countInLooker();
                });
                // ACTIONDECK_SCREENSHOT_RUN=N selects the Runs page's Nth newest run (0: the
                // newest) shortly before, once the executes the script sent are runs.
                if (qEnvironmentVariableIsSet("ACTIONDECK_SCREENSHOT_RUN"))
                    QTimer::singleShot(std::max(0, delayMs - 1000), window.get(), [&window] {
                        const ActionDeck::RunsPage* runs = window->runsPage();
                        const int row = qEnvironmentVariableIntValue("ACTIONDECK_SCREENSHOT_RUN");
                        if (const ActionDeck::RunRecord* run = runs->filterModel().runAt(row))
                            window->runsPage()->selectRun(run->id);
                    });
                QTimer::singleShot(delayMs, window.get(), [&window, path] {
                    // A picture of the live flow shows a message's details too.
                    QTableView* live = window->liveFlowPage()->table();
                    if (live->model()->rowCount() > 0)
                        live->selectRow(live->model()->rowCount() - 1);
                    const bool saved = window->grab().save(path, "PNG");
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            }
        },
        Qt::SingleShotConnection);
    store.load();
    const int code = QApplication::exec();
    window.reset();
    looker.reset();
    hubs.reset();
    local.reset();
    service.reset();
    hub.reset();
    return code;
}

} // namespace

int main(int argc, char* argv[]) {
    const char* first = argc > 1 ? argv[1] : "";
    ActionDeck::SystemClock clock;
    if (std::strcmp(first, "preview") == 0) {
        return runCommand(
            argc, argv,
            [&clock](const QStringList& args, QIODevice& in, QIODevice& out, QIODevice& err) {
                ActionDeck::RandomIdGenerator ids;
                return ActionDeck::PreviewCommand(clock, ids).run(args, in, out, err);
            });
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("ActionDeck"));
            QFile out;
            QFile err;
            out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
            err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
            ActionDeck::RandomIdGenerator ids;
            return ActionDeck::HeadlessCommand(clock, ids)
                .run(QCoreApplication::arguments().mid(1), out, err);
        }
    }
    if (std::strcmp(first, "outbox") == 0) {
        return runCommand(
            argc, argv,
            [&clock](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                return ActionDeck::OutboxCommand(clock).run(args, out, err);
            });
    }
    if (std::strcmp(first, "sync-state") == 0) {
        return runCommand(argc, argv,
                          [](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                              return ActionDeck::SyncStateCommand().run(args, out, err);
                          });
    }
    if (std::strcmp(first, "runs") == 0) {
        return runCommand(argc, argv,
                          [](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                              return ActionDeck::RunsCommand().run(args, out, err);
                          });
    }
    if (std::strcmp(first, "catalog") == 0) {
        return runCommand(argc, argv,
                          [](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                              return ActionDeck::CatalogCommand().run(args, out, err);
                          });
    }
    if (std::strcmp(first, "admin-token") == 0) {
        return runCommand(
            argc, argv,
            [&clock](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                return ActionDeck::AdminTokenCommand(clock).run(args, out, err);
            });
    }
    if (std::strcmp(first, "looker") == 0) {
        return runCommand(argc, argv,
                          [](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                              return ActionDeck::LookerCommand().run(args, out, err);
                          });
    }
    if (std::strcmp(first, "token") == 0) {
        return runCommand(
            argc, argv, [](const QStringList& args, QIODevice& in, QIODevice& out, QIODevice& err) {
                return ActionDeck::TokenCommand().run(args, in, out, err);
            });
    }
    if (std::strcmp(first, "--version") == 0) {
        std::printf("actiondeck %s\n", ActionDeck::kVersion);
        return 0;
    }
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (argc > 1 && first[0] != '-') {
        std::fprintf(stderr, "actiondeck: unknown command '%s'\n\n%s", first, kUsage);
        return 2;
    }
    return runWindow(argc, argv, clock);
}
