#include "cli/lookercommand.h"

#include "cli/commandoutput.h"
#include "cli/futurewait.h"
#include "hub/commandlineconfig.h"
#include "hub/configlayers.h"
#include "hub/hubconfig.h"
#include "hub/hubtoken.h"
#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerhublink.h"
#include "lookerapi/lookerintegrations.h"
#include "lookerlink/lookersetup.h"
#include "outbox/outboxlocation.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ActionDeck {

namespace {

const QStringList kVerbs = {
    QStringLiteral("login"),     QStringLiteral("register"),   QStringLiteral("enable"),
    QStringLiteral("status"),    QStringLiteral("unregister"), QStringLiteral("looks"),
    QStringLiteral("schedules"), QStringLiteral("send-now"),   QStringLiteral("preview-look")};

/// The first line of `path`, trimmed; empty with `error` when it can not be read.
QByteArray firstLine(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray line = file.readLine(64 * 1024).trimmed();
    if (line.isEmpty())
        *error = QStringLiteral("%1 is empty").arg(path);
    return line;
}

QStringList actionNames(const QString& list, QString* error) {
    QStringList names;
    for (const QString& item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = item.trimmed();
        if (name == u"identify")
            names.append(QStringLiteral("rudder_event"));
        else if (name == u"track" || name == u"group")
            names.append(QStringLiteral("rudder_") + name);
        else if (name == u"system-activity")
            names.append(QStringLiteral("rudder_system_activity"));
        else
            *error = QStringLiteral("unknown action \"%1\" (identify, track, group, "
                                    "system-activity)")
                         .arg(name);
    }
    return names;
}

QJsonObject integrationJson(const LookerIntegration& action) {
    QJsonObject json{{QStringLiteral("name"), action.name},
                     {QStringLiteral("enabled"), action.enabled},
                     {QStringLiteral("hasWriteKey"), action.hasWriteKey},
                     {QStringLiteral("dataPlaneUrl"), action.dataPlaneUrl}};
    if (action.testSucceeded)
        json.insert(u"test", QJsonObject{{QStringLiteral("success"), *action.testSucceeded},
                                         {QStringLiteral("message"), action.testMessage}});
    return json;
}

void writeJson(QIODevice& out, const QJsonObject& json) {
    out.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace

LookerCommand::LookerCommand(QProcessEnvironment environment)
    : m_environment(std::move(environment)) {}

QString LookerCommand::helpText() {
    return QStringLiteral(
        "Usage: actiondeck looker VERB [OPTIONS] [LOOKER]\n"
        "\n"
        "This hub in Looker, through Looker's API 4.0. Each verb signs in, does its work and\n"
        "logs out; it exits 0 when what was asked holds, else 1 with one line on stderr.\n"
        "\n"
        "  login                     checks the connection: who signed in, Looker's version\n"
        "  register   --hub-url URL (--token-file FILE\n"
        "                            | --region NAME [--config FILE] [--data-dir DIR])\n"
        "                            adds the hub to Looker (or gives it the new token) and\n"
        "                            reports Looker's verdict\n"
        "  enable     --hub-url URL (--source NAME [--config FILE] [--data-dir DIR]\n"
        "                            | --write-key-file FILE --data-plane-url URL\n"
        "                            | --keep-params-empty)\n"
        "             [--actions identify,track,group,system-activity]\n"
        "                            enables the actions and runs Looker's test of each\n"
        "  status     --hub-url URL  the hub and its actions in Looker, each tested now\n"
        "  unregister --hub-url URL  removes the hub from Looker\n"
        "  looks [TEXT]              the Looks whose title has TEXT (all without it)\n"
        "  schedules  --hub-url URL  the schedules that send to the hub's actions\n"
        "  send-now   PLAN_ID        runs a schedule once now (Looker sends it to the hub)\n"
        "  preview-look LOOK_ID --action identify|track|group [--event NAME]\n"
        "             [--limit N|all] [--source NAME [--config FILE | --data-dir DIR]]\n"
        "             [preview's --property-names, --rename, --send-rows, --schedule,\n"
        "             --looker-context]\n"
        "                            runs the Look as a schedule sends it (json_detail,\n"
        "                            unformatted, its hidden fields left out; 500 rows unless\n"
        "                            --limit) and prints what preview prints for it; with\n"
        "                            --source, that source's sync options apply as the hub\n"
        "                            applies them (a flag given wins)\n"
        "\n"
        "LOOKER: --looker-url URL --client-id ID --client-secret-file FILE\n"
        "        | --looker-ini FILE [--section NAME]\n"
        "        | the LOOKERSDK_BASE_URL, LOOKERSDK_CLIENT_ID, LOOKERSDK_CLIENT_SECRET and\n"
        "          LOOKERSDK_VERIFY_SSL variables;  --no-verify-ssl\n"
        "--json prints one JSON object for machines.\n");
}

std::optional<LookerApiSettings> LookerCommand::settingsFrom(const QCommandLineParser& parser,
                                                             QString* error) const {
    std::optional<LookerApiSettings> settings;
    if (parser.isSet(QStringLiteral("looker-url"))) {
        settings = LookerApiSettings{};
        settings->baseUrl = QUrl(parser.value(QStringLiteral("looker-url")), QUrl::StrictMode);
        settings->clientId = parser.value(QStringLiteral("client-id"));
        if (parser.isSet(QStringLiteral("client-secret-file"))) {
            settings->clientSecret =
                firstLine(parser.value(QStringLiteral("client-secret-file")), error);
            if (settings->clientSecret.isEmpty())
                return std::nullopt;
        }
    } else if (parser.isSet(QStringLiteral("looker-ini"))) {
        settings = LookerApiSettings::fromIni(parser.value(QStringLiteral("looker-ini")),
                                              parser.value(QStringLiteral("section")), error);
        if (!settings)
            return std::nullopt;
    } else {
        settings = LookerApiSettings::fromEnvironment(m_environment);
    }
    if (!settings) {
        *error = QStringLiteral("say which Looker: --looker-url URL --client-id ID "
                                "--client-secret-file FILE, --looker-ini FILE, or the "
                                "LOOKERSDK_* variables");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("no-verify-ssl")))
        settings->verifySsl = false;
    if (const QString problem = settings->problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return settings;
}

int LookerCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](int code, const QString& why) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + why);
        return code;
    };
    const QString verb = arguments.value(0);
    if (verb == u"--help" || verb == u"-h" || verb.isEmpty()) {
        out.write(helpText().toUtf8());
        return verb.isEmpty() ? UsageError : Ok;
    }
    if (!kVerbs.contains(verb))
        return fail(UsageError, QStringLiteral("unknown verb \"%1\" (%2)")
                                    .arg(verb, kVerbs.join(QStringLiteral(", "))));
    QCommandLineParser parser;
    for (const char* name : {"looker-url",     "client-id", "client-secret-file",
                             "looker-ini",     "section",   "hub-url",
                             "token-file",     "region",    "data-dir",
                             "source",         "config",    "write-key-file",
                             "data-plane-url", "actions",   "action",
                             "event",          "limit",     "property-names",
                             "rename",         "send-rows", "schedule",
                             "looker-context"})
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
    for (const char* name : {"no-verify-ssl", "keep-params-empty", "json", "help"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    if (!parser.parse(QStringList{QStringLiteral("looker")} + arguments.mid(1)))
        return fail(UsageError, parser.errorText());
    // looks [TEXT] and send-now PLAN_ID take one word; the others none.
    const QStringList words = parser.positionalArguments();
    const qsizetype wordsWanted = verb == u"send-now" || verb == u"preview-look" ? 1 : 0;
    if (words.size() != wordsWanted && !(verb == u"looks" && words.size() <= 1))
        return fail(UsageError,
                    verb == u"send-now"
                        ? QStringLiteral("send-now needs the plan's id: send-now "
                                         "PLAN_ID")
                        : QStringLiteral("unexpected arguments: %1").arg(words.join(u' ')));
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    if (verb != u"login" && verb != u"looks" && verb != u"send-now" && verb != u"preview-look" &&
        !parser.isSet(QStringLiteral("hub-url")))
        return fail(UsageError, QStringLiteral("%1 needs --hub-url URL").arg(verb));
    QString error;
    const auto settings = settingsFrom(parser, &error);
    if (!settings)
        return fail(UsageError, error);
    if (!settings->verifySsl)
        writeLine(err, QStringLiteral("actiondeck looker: warning: Looker's certificate is not "
                                      "verified (--no-verify-ssl)"));
    LookerApiClient api(*settings);
    const bool json = parser.isSet(QStringLiteral("json"));
    int code = Failure;
    if (verb == u"login")
        code = login(api, json, out, err);
    else if (verb == u"register")
        code = registerHub(api, parser, json, out, err);
    else if (verb == u"enable")
        code = enable(api, parser, json, out, err);
    else if (verb == u"status")
        code = status(api, parser, json, out, err);
    else if (verb == u"looks")
        code = looks(api, words.value(0), json, out, err);
    else if (verb == u"schedules")
        code = schedules(api, parser, json, out, err);
    else if (verb == u"send-now")
        code = sendNow(api, words.value(0), json, out, err);
    else if (verb == u"preview-look")
        code = previewLook(api, words.value(0), parser, out, err);
    else
        code = unregister(api, parser, json, out, err);
    // Looker may limit the live tokens of a user: every run logs out.
    waitFor(api.logout());
    return code;
}

int LookerCommand::login(LookerApiClient& api, bool json, QIODevice& out, QIODevice& err) {
    const auto user = waitFor(api.get(QStringLiteral("/user")));
    if (!user.ok()) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + user.error.message);
        return Failure;
    }
    const QString name = user.json.object().value(u"display_name").toString();
    const std::optional<QString> version = waitFor(api.version());
    if (json) {
        writeJson(out, {{QStringLiteral("user"), name},
                        {QStringLiteral("lookerVersion"),
                         version ? QJsonValue(*version) : QJsonValue()}});
    } else {
        writeLine(out, version ? QStringLiteral("Signed in to Looker %1 as %2.").arg(*version, name)
                               : QStringLiteral("Signed in to Looker as %1.").arg(name));
    }
    return Ok;
}

int LookerCommand::registerHub(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                               QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& why) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + why);
        return Failure;
    };
    QString error;
    QByteArray token;
    if (parser.isSet(QStringLiteral("token-file"))) {
        token = firstLine(parser.value(QStringLiteral("token-file")), &error);
        if (token.isEmpty())
            return fail(error);
    } else if (parser.isSet(QStringLiteral("region"))) {
        token = regionToken(parser, &error);
        if (token.isEmpty())
            return fail(error);
    } else {
        return fail(QStringLiteral("register needs --token-file FILE or --region NAME "
                                   "[--config FILE | --data-dir DIR]: a Looker token of one of "
                                   "the hub's regions"));
    }
    const QUrl hubUrl(parser.value(QStringLiteral("hub-url")), QUrl::StrictMode);
    if (LookerSetup::unreachableFromTheCloud(hubUrl))
        writeLine(err, QStringLiteral("actiondeck looker: warning: a Looker in the cloud can't "
                                      "reach %1: set the hub's public URL (--public-url, or the "
                                      "Connections page)")
                           .arg(hubUrl.host()));
    LookerHubLink link(api);
    const auto result = waitFor(link.registerHub(hubUrl, token));
    if (!result.ok())
        return fail(result.error.message);
    const LookerHubEntry& hub = *result.hub;
    if (json)
        writeJson(out, {{QStringLiteral("hubId"), hub.id},
                        {QStringLiteral("actionsRead"), hub.actionsRead},
                        {QStringLiteral("fetchError"),
                         hub.fetchError.isEmpty() ? QJsonValue() : QJsonValue(hub.fetchError)}});
    else
        writeLine(out, QStringLiteral("Looker's Action Hub %1: Looker read %2 actions.")
                           .arg(hub.id)
                           .arg(hub.actionsRead));
    // Only Looker's verdict decides.
    if (!hub.fetchError.isEmpty())
        return fail(QStringLiteral("Looker could not use the hub: %1 (a 403 is a token the hub "
                                   "refuses: another hub's, or revoked)")
                        .arg(hub.fetchError));
    return Ok;
}

std::optional<HubConfig> LookerCommand::hubConfig(const QCommandLineParser& parser,
                                                  QString* error) const {
    // The layers the hub reads: the --config file, then what its admin API kept in the data
    // directory.
    HubConfig file;
    if (parser.isSet(QStringLiteral("config"))) {
        const auto read = HubConfig::fromFile(parser.value(QStringLiteral("config")), error);
        if (!read)
            return std::nullopt;
        file = *read;
    }
    if (!parser.isSet(QStringLiteral("data-dir")))
        return file;
    ConfigLayers layers(file, CommandLineConfig{}, parser.value(QStringLiteral("data-dir")));
    if (!layers.load(error))
        return std::nullopt;
    return layers.effective();
}

QByteArray LookerCommand::regionToken(const QCommandLineParser& parser, QString* error) const {
    const auto read = hubConfig(parser, error);
    if (!read)
        return {};
    const HubConfig& config = *read;
    // Secrets in a keychain or sealed in a fleet's database are not read here.
    if (const auto where = OutboxLocation::parse(config.outbox, {}, nullptr);
        where && where->isPostgres()) {
        *error = QStringLiteral("this hub's regions are the fleet's, sealed in its PostgreSQL "
                                "outbox: make the token on a hub of it (its admin API, or the "
                                "window) and pass --token-file");
        return {};
    }
    const QString name = parser.value(QStringLiteral("region"));
    for (const RegionConfig& region : config.regions) {
        if (region.name != name)
            continue;
        if (!region.secret.isEmpty())
            return HubToken::generate(region.secret);
        *error = config.secretsInKeychain
                     ? QStringLiteral("the secret of region %1 is in the system keychain of the "
                                      "window that saved the configuration: make the token "
                                      "there (Connections) and pass --token-file")
                           .arg(name)
                     : QStringLiteral("region %1 has listed tokens only, no secret to sign a "
                                      "new one with: pass one of them with --token-file")
                           .arg(name);
        return {};
    }
    *error = QStringLiteral("no region named \"%1\" in the hub's configuration").arg(name);
    return {};
}

int LookerCommand::enable(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                          QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& why) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + why);
        return Failure;
    };
    QString error;
    const QStringList actions = actionNames(parser.isSet(QStringLiteral("actions"))
                                                ? parser.value(QStringLiteral("actions"))
                                                : QStringLiteral("identify,track,group"),
                                            &error);
    if (!error.isEmpty() || actions.isEmpty())
        return fail(error.isEmpty() ? QStringLiteral("--actions names none") : error);
    std::optional<LookerIntegrations::Params> params;
    if (parser.isSet(QStringLiteral("source"))) {
        const auto config = hubConfig(parser, &error);
        if (!config)
            return fail(error);
        const SourceConfig* source = config->source(parser.value(QStringLiteral("source")));
        if (!source)
            return fail(QStringLiteral("no source named \"%1\" in the hub's configuration "
                                       "(--config FILE, --data-dir DIR)")
                            .arg(parser.value(QStringLiteral("source"))));
        params = LookerIntegrations::Params{source->writeKey, source->dataPlaneUrl};
    } else if (parser.isSet(QStringLiteral("write-key-file"))) {
        const QByteArray key = firstLine(parser.value(QStringLiteral("write-key-file")), &error);
        if (key.isEmpty())
            return fail(error);
        params = LookerIntegrations::Params{QString::fromUtf8(key),
                                            parser.value(QStringLiteral("data-plane-url"))};
    } else if (!parser.isSet(QStringLiteral("keep-params-empty"))) {
        return fail(QStringLiteral("enable needs --source NAME --config FILE, --write-key-file "
                                   "FILE --data-plane-url URL, or --keep-params-empty"));
    }
    LookerHubLink link(api);
    const auto found = waitFor(link.find(QUrl(parser.value(QStringLiteral("hub-url")))));
    if (!found.ok())
        return fail(found.error.message);
    if (!found.hub)
        return fail(QStringLiteral("the hub is not in Looker: actiondeck looker register first"));
    LookerIntegrations integrations(api);
    const auto result = waitFor(integrations.enable(found.hub->id, actions, params));
    if (!result.ok())
        return fail(result.error.message);
    QJsonArray list;
    for (const LookerIntegration& action : result.actions) {
        list.append(integrationJson(action));
        if (!json)
            writeLine(out, QStringLiteral("%1: %2%3")
                               .arg(action.name,
                                    action.testSucceeded == true ? QStringLiteral("enabled, tested")
                                                                 : QStringLiteral("enabled, test "
                                                                                  "failed: "),
                                    action.testSucceeded == true ? QString() : action.testMessage));
        if (params && action.dataPlaneUrl != params->dataPlaneUrl)
            writeLine(err, QStringLiteral("actiondeck looker: %1 holds the data plane URL %2, "
                                          "not the source's")
                               .arg(action.name, action.dataPlaneUrl));
    }
    if (json)
        writeJson(out,
                  {{QStringLiteral("hubId"), found.hub->id}, {QStringLiteral("actions"), list}});
    return result.allPassed() ? Ok : fail(QStringLiteral("Looker's test failed for an action"));
}

int LookerCommand::status(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                          QIODevice& out, QIODevice& err) {
    LookerHubLink link(api);
    const auto found = waitFor(link.find(QUrl(parser.value(QStringLiteral("hub-url")))));
    if (!found.ok() || !found.hub) {
        writeLine(err, QStringLiteral("actiondeck looker: ") +
                           (found.ok() ? QStringLiteral("the hub is not in Looker")
                                       : found.error.message));
        return Failure;
    }
    LookerIntegrations integrations(api);
    const auto result = waitFor(integrations.status(found.hub->id, true));
    if (!result.ok()) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + result.error.message);
        return Failure;
    }
    QJsonArray list;
    for (const LookerIntegration& action : result.actions) {
        list.append(integrationJson(action));
        if (!json)
            writeLine(
                out,
                QStringLiteral("%1: %2, write key %3, data plane %4, test %5")
                    .arg(action.name,
                         action.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                         action.hasWriteKey ? QStringLiteral("set") : QStringLiteral("empty"),
                         action.dataPlaneUrl.isEmpty() ? QStringLiteral("empty")
                                                       : action.dataPlaneUrl,
                         action.testSucceeded == true
                             ? QStringLiteral("passed")
                             : QStringLiteral("failed: ") + action.testMessage));
    }
    if (json)
        writeJson(out, {{QStringLiteral("hubId"), found.hub->id},
                        {QStringLiteral("fetchError"), found.hub->fetchError.isEmpty()
                                                           ? QJsonValue()
                                                           : QJsonValue(found.hub->fetchError)},
                        {QStringLiteral("actions"), list}});
    return found.hub->fetchError.isEmpty() ? Ok : Failure;
}

int LookerCommand::unregister(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                              QIODevice& out, QIODevice& err) {
    LookerHubLink link(api);
    const auto removed = waitFor(link.unregister(QUrl(parser.value(QStringLiteral("hub-url")))));
    if (!removed.ok()) {
        writeLine(err, QStringLiteral("actiondeck looker: ") + removed.error.message);
        return Failure;
    }
    if (json)
        writeJson(out, {{QStringLiteral("removed"), true}});
    else
        writeLine(out, QStringLiteral("The hub is not in Looker any more."));
    return Ok;
}

} // namespace ActionDeck
