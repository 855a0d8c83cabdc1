#include "cli/headlesscommand.h"

#include "admin/adminserver.h"
#include "admin/adminservice.h"
#include "cli/commandoutput.h"
#include "core/datadirectory.h"
#include "core/tlscredentials.h"
#include "hub/admintokenstore.h"
#include "hub/commandlineconfig.h"
#include "hub/configlayers.h"
#include "hub/fleetconfigstore.h"
#include "hub/fleetconfigwatcher.h"
#include "hub/hub.h"
#include "outbox/outboxlocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <functional>
#include <optional>
#include <unistd.h>

namespace ActionDeck {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal) {
    const char byte = char(signal);
    // Only async-signal-safe work here: the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// Splits NAME=VALUE; false when either side is empty.
bool splitAssignment(const QString& text, QString* name, QString* value) {
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return false;
    *name = text.left(equals);
    *value = text.mid(equals + 1);
    return true;
}

} // namespace

HeadlessCommand::HeadlessCommand(const Clock& clock, IdGenerator& ids)
    : m_clock(clock)
    , m_ids(ids) {}

QString HeadlessCommand::helpText() {
    return QStringLiteral(
               "Usage: actiondeck --headless [--listen HOST:PORT] [--public-url URL]\n"
               "                             [--tls-cert FILE --tls-key FILE]\n"
               "                             [--token REGION=TOKEN ...]\n"
               "                             [--hub-secret REGION=SECRET ...] [--data-dir DIR]\n"
               "                             [--outbox sqlite|postgresql://…]\n"
               "                             [--secrets-key-file FILE]\n"
               "                             [--admin-listen HOST:PORT]\n"
               "                             [--config FILE] [--log-level "
               "error|warning|info|debug]\n"
               "\n"
               "Runs the Looker Action Hub without a window until SIGINT or SIGTERM; then running\n"
               "executes finish and it exits 0. Once listening it prints to standard output\n"
               "  listening on http://HOST:PORT    (https:// with --tls-cert)\n"
               "and, once its admin API listens (when an admin token exists), a second line\n"
               "  admin API on http://HOST:PORT    (https:// with admin TLS in --config)\n"
               "\n"
               "  --listen HOST:PORT        address to listen on (default 127.0.0.1:8080; port 0 "
               "picks a\n"
               "                            free port)\n"
               "  --token REGION=TOKEN      accept exactly this token for REGION\n"
               "  --hub-secret REGION=SECRET\n"
               "                            accept any token signed with SECRET (an existing "
               "hub's\n"
               "                            ACTION_HUB_SECRET), as <nonce>/<hex HMAC-SHA512>\n"
               "  --public-url URL          the URL Looker reaches the hub at (behind a proxy, or\n"
               "                            when listening on 0.0.0.0); used in the action list\n"
               "  --tls-cert FILE           serve HTTPS with this PEM certificate (intermediates\n"
               "                            after it); needs --tls-key\n"
               "  --tls-key FILE            the certificate's PEM private key (RSA or EC, "
               "unencrypted)\n"
               "  --admin-listen HOST:PORT  the admin API's address (default 127.0.0.1:8081); off\n"
               "                            until `actiondeck admin-token create` made a token; a\n"
               "                            non-loopback address needs TLS\n"
               "  --data-dir DIR            where the outbox lives (default %1)\n"
               "  --outbox URI              keep the outbox in PostgreSQL, shared by every hub\n"
               "                            given the same URI (any libpq URI, e.g.\n"
               "                            postgresql://USER@HOST:5432/DB?sslmode=verify-full\n"
               "                            or postgresql://USER@/DB?host=/run/postgresql);\n"
               "                            the password comes from PGPASSFILE, ~/.pgpass or\n"
               "                            PGPASSWORD, never the URI; \"sqlite\" (the default)\n"
               "                            is the file in the data directory\n"
               "  --secrets-key-file FILE   the key (32 bytes; `openssl rand -hex 32`) a\n"
               "                            PostgreSQL outbox's secrets are sealed with; every\n"
               "                            hub of one outbox is given the same file\n"
               "  --config FILE             sources, regions and delivery options (JSON; see "
               "README)\n"
               "  --log-level LEVEL         error, warning, info (default) or debug; logs never "
               "carry\n"
               "                            write keys or tokens\n"
               "\n"
               "Limits of the HTTP front (\"http\" in --config; defaults in brackets): a request\n"
               "header of at most 16 KB and 100 fields must arrive within headerTimeoutSeconds "
               "[10];\n"
               "a body that sends nothing for bodyIdleTimeoutSeconds [30] gets 408; idle "
               "keep-alive\n"
               "connections close after keepAliveTimeoutSeconds [15]; at most maxConnections "
               "[512]\n"
               "connections in all and maxConnectionsPerAddress [64] from one client address;\n"
               "trustedProxies [none] (a reverse proxy's IP) have their clients counted by\n"
               "X-Forwarded-For. A body over executes.maxBodyMB [512] gets 413 as it passes it.\n"
               "\n"
               "The --config file is only read. What the admin API changes (sources, regions,\n"
               "Looker tokens, delivery options) is kept in DIR/config-overlay.json and applied\n"
               "over it at every start; the flags above win over both and are never written.\n"
               "With --outbox postgresql://… the sources, regions, Looker tokens and admin\n"
               "tokens are the fleet's instead: kept in that database (secrets sealed with\n"
               "--secrets-key-file) and the same on every hub of it; a change made through one\n"
               "hub holds on the others within a second.\n"
               "\n"
               "At least one --token or --hub-secret, or a region in --config, is required.\n")
        .arg(defaultDataDirectory());
}

int HeadlessCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck: ") + message);
        return code;
    };
    QCommandLineParser parser;
    const QCommandLineOption headless(QStringLiteral("headless"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption token(QStringLiteral("token"), QString(),
                                   QStringLiteral("REGION=TOKEN"));
    const QCommandLineOption secret(QStringLiteral("hub-secret"), QString(),
                                    QStringLiteral("REGION=SECRET"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption configFile(QStringLiteral("config"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QString(),
                                      QStringLiteral("LEVEL"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), QString(),
                                       QStringLiteral("URL"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption adminListen(QStringLiteral("admin-listen"), QString(),
                                         QStringLiteral("HOST:PORT"));
    const QCommandLineOption outbox(QStringLiteral("outbox"), QString(), QStringLiteral("URI"));
    const QCommandLineOption secretsKey(QStringLiteral("secrets-key-file"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({headless, listen, token, secret, dataDir, configFile, logLevel, publicUrl,
                       tlsCert, tlsKey, adminListen, outbox, secretsKey, help});
    if (!parser.parse(QStringList{QStringLiteral("actiondeck")} + arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --headless --help)"), UsageError);
    if (parser.isSet(help)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            UsageError);

    HubConfig fileConfig;
    QString error;
    if (parser.isSet(configFile)) {
        auto loaded = HubConfig::fromFile(parser.value(configFile), &error);
        if (!loaded)
            return fail(error, UsageError);
        fileConfig = *loaded;
    }
    if (fileConfig.secretsInKeychain)
        return fail(QStringLiteral("this configuration keeps its secrets in the system keychain "
                                   "(the ActionDeck window saved it so); give them with "
                                   "--hub-secret, or save the configuration from a session "
                                   "without a keychain"),
                    UsageError);
    // The flags are kept apart from the file: applied over it and over the admin API's kept
    // changes, and never written with them.
    CommandLineConfig flags;
    if (parser.isSet(listen)) {
        CommandLineConfig::Address address;
        if (!HubConfig::parseHostPort(parser.value(listen), QStringLiteral("--listen"),
                                      &address.host, &address.port, &error))
            return fail(error, UsageError);
        flags.listen = address;
    }
    if (parser.isSet(publicUrl)) {
        const QUrl url(parser.value(publicUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https"))
            return fail(QStringLiteral("--public-url wants the http(s) URL Looker reaches the hub "
                                       "at, e.g. https://actions.example.com"),
                        UsageError);
        flags.publicBaseUrl = parser.value(publicUrl);
    }
    if (parser.isSet(outbox)) {
        if (!OutboxLocation::parse(parser.value(outbox), {}, &error))
            return fail(QStringLiteral("--outbox: %1").arg(error), UsageError);
        flags.outbox = parser.value(outbox).trimmed();
    }
    if (parser.isSet(secretsKey))
        flags.secretsKeyFile = parser.value(secretsKey);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together: HTTPS needs both the "
                                   "certificate and its private key"),
                    UsageError);
    if (parser.isSet(tlsCert))
        flags.tls = std::pair(parser.value(tlsCert), parser.value(tlsKey));
    for (const QString& assignment : parser.values(token)) {
        QString region, value;
        if (!splitAssignment(assignment, &region, &value))
            return fail(QStringLiteral("--token wants REGION=TOKEN"), UsageError);
        flags.tokens.append({region, value.toUtf8()});
    }
    for (const QString& assignment : parser.values(secret)) {
        QString region, value;
        if (!splitAssignment(assignment, &region, &value))
            return fail(QStringLiteral("--hub-secret wants REGION=SECRET"), UsageError);
        flags.secrets.append({region, value.toUtf8()});
    }
    if (parser.isSet(adminListen)) {
        CommandLineConfig::Address address;
        if (!HubConfig::parseHostPort(parser.value(adminListen), QStringLiteral("--admin-listen"),
                                      &address.host, &address.port, &error))
            return fail(error, UsageError);
        flags.adminListen = address;
    }
    const QString directory =
        parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDirectory();
    // What the admin API changed, kept in the data directory over the (read-only) file.
    ConfigLayers layers(fileConfig, flags, directory);
    // A PostgreSQL outbox holds the fleet's regions, sources and admin tokens too.
    HubConfig started = fileConfig;
    flags.applyTo(started);
    FleetConfigStore fleet;
    const auto where = OutboxLocation::parse(started.outbox, directory, nullptr);
    const bool inFleet = where && where->isPostgres();
    if (inFleet) {
        const auto sealer = started.loadSealer(&error);
        if (!sealer || !fleet.open(started.outbox, sealer, &error))
            return fail(error, Failure);
        layers.setFleet(&fleet);
    }
    if (!layers.load(&error))
        return fail(error, Failure);
    const HubConfig config = layers.effective();
    // Admin APIs found open on the internet are how hubs get taken over: loopback, or TLS.
    if (!config.admin.address.isLoopback() && !config.admin.usesTls())
        return fail(QStringLiteral("--admin-listen %1 is not a loopback address: the admin API "
                                   "then needs TLS (\"admin\": {\"tls\": {...}} in --config); "
                                   "or keep it on 127.0.0.1 and reach it through an SSH tunnel")
                        .arg(config.admin.address.toString()),
                    UsageError);
    if (config.regions.isEmpty())
        return fail(QStringLiteral("give at least one --token REGION=TOKEN or --hub-secret "
                                   "REGION=SECRET (or a region in --config): without one no "
                                   "request could be served"),
                    UsageError);
    if (parser.isSet(logLevel)) {
        const QString level = parser.value(logLevel);
        const QStringList levels = {QStringLiteral("error"), QStringLiteral("warning"),
                                    QStringLiteral("info"), QStringLiteral("debug")};
        const qsizetype index = levels.indexOf(level);
        if (index < 0)
            return fail(QStringLiteral("--log-level must be error, warning, info or debug"),
                        UsageError);
        QString rules = QStringLiteral("actiondeck.*.debug=%1\nactiondeck.*.info=%2\n"
                                       "actiondeck.*.warning=%3")
                            .arg(index >= 3 ? QStringLiteral("true") : QStringLiteral("false"))
                            .arg(index >= 2 ? QStringLiteral("true") : QStringLiteral("false"))
                            .arg(index >= 1 ? QStringLiteral("true") : QStringLiteral("false"));
        QLoggingCategory::setFilterRules(rules);
    } else {
        QLoggingCategory::setFilterRules(QStringLiteral("actiondeck.*.info=true"));
    }

    // What the admin API needs is checked before anything listens, so a bad file stops the
    // start instead of a hub that comes up and then dies.
    AdminTokenStore adminTokens(directory);
    if (inFleet)
        adminTokens.setFleet(&fleet);
    if (!adminTokens.load(&error))
        return fail(error, Failure);
    std::optional<TlsCredentials> adminTls;
    if (config.admin.usesTls()) {
        adminTls =
            TlsCredentials::load(config.admin.tlsCertificateFile, config.admin.tlsKeyFile, &error);
        if (!adminTls)
            return fail(QStringLiteral("the admin API's TLS files: ") + error, Failure);
    }

    Hub hub(config, directory, m_clock, m_ids);
    if (!hub.start(&error))
        return fail(error, Failure);

    if (::pipe(g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling"), Failure);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    bool stopping = false;
    std::function<void()> reload; // SIGHUP (systemctl reload): admin tokens read again
    QObject::connect(&notifier, &QSocketNotifier::activated, [&] {
        char byte = 0;
        [[maybe_unused]] const auto readBytes = ::read(g_signalPipe[0], &byte, 1);
        if (byte == char(SIGHUP)) {
            if (reload)
                reload();
            return;
        }
        if (std::exchange(stopping, true))
            return;
        // Exit on a later turn of the event loop, after the last answers are written.
        hub.shutdown([] { QTimer::singleShot(0, [] { QCoreApplication::exit(Ok); }); });
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);

    const auto say = [&out](const QString& line) {
        writeLine(out, line);
        out.waitForBytesWritten(1000);
        if (auto* file = qobject_cast<QFileDevice*>(&out))
            file->flush();
    };
    say(QStringLiteral("listening on ") + hub.listeningUrl().toString());
    if (const auto& moved = hub.movedAtStart())
        say(moved->summary(QDir(directory).absoluteFilePath(QStringLiteral("outbox.sqlite")),
                           hub.outboxStatus().value(u"location").toString()));

    std::unique_ptr<FleetConfigWatcher> fleetWatcher;
    if (inFleet)
        fleetWatcher = std::make_unique<FleetConfigWatcher>(fleet, layers, hub, adminTokens);

    // The admin API, on its own listener once an admin token exists in the data directory.
    AdminService adminService(hub);
    AdminServer adminServer(hub, adminService, adminTokens, layers);
    // Its own limits: no proxy in front of it speaks for its clients.
    HttpLimits adminLimits = config.http;
    adminLimits.trustedProxies.clear();
    adminServer.setLimits(adminLimits);
    const auto startAdmin = [&](QString* why) {
        if (!adminServer.listen(config.admin.address, config.admin.port,
                                adminTls ? &*adminTls : nullptr, why))
            return false;
        say(QStringLiteral("admin API on ") + adminServer.url().toString());
        return true;
    };
    QTimer adminWatch;
    bool adminListening = false;
    // A token made later (actiondeck admin-token create) turns it on without a restart.
    const auto checkTokens = [&] {
        adminTokens.refresh();
        if (adminListening || adminTokens.isEmpty())
            return;
        QString why;
        adminListening = startAdmin(&why);
        if (adminListening)
            adminWatch.stop(); // else tried again on the next tick
        else
            qWarning("actiondeck: the admin API can not listen: %s", qPrintable(why));
    };
    reload = checkTokens;
    if (!adminTokens.isEmpty()) {
        if (!startAdmin(&error))
            return fail(QStringLiteral("the admin API: ") + error, Failure);
        adminListening = true;
    } else {
        QObject::connect(&adminWatch, &QTimer::timeout, checkTokens);
        adminWatch.start(1000);
    }
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return code;
}

} // namespace ActionDeck
