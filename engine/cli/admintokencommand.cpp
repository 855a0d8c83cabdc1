#include "cli/admintokencommand.h"

#include "cli/commandoutput.h"
#include "core/clock.h"
#include "core/datadirectory.h"
#include "core/secretsealer.h"
#include "hub/admintokenstore.h"
#include "hub/fleetconfigstore.h"
#include "outbox/outboxlocation.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace ActionDeck {

AdminTokenCommand::AdminTokenCommand(const Clock& clock)
    : m_clock(clock) {}

QString AdminTokenCommand::helpText() {
    return QStringLiteral(
               "Usage: actiondeck admin-token create --scope read|operate|admin --name NAME\n"
               "                                     [--data-dir DIR | --outbox URI\n"
               "                                      --secrets-key-file FILE]\n"
               "       actiondeck admin-token list [--data-dir DIR | --outbox URI ...]\n"
               "       actiondeck admin-token revoke NAME [--data-dir DIR | --outbox URI ...]\n"
               "\n"
               "Manages the tokens of the hub's admin API, kept as hashes in "
               "DIR/admin-tokens.json\n"
               "(default DIR %1). create prints the new token once, as its last line: keep it,\n"
               "it can not be shown again. Scopes: read (health, status, metrics, batch lists),\n"
               "operate (+ message contents, retry, discard), admin (+ configuration, tokens).\n"
               "A hub running on the same data directory takes a change at its next request.\n"
               "With --outbox postgresql://… (and the fleet's --secrets-key-file) the tokens are\n"
               "those every hub of that PostgreSQL outbox accepts, kept in its database.\n")
        .arg(defaultDataDirectory());
}

int AdminTokenCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck admin-token: ") + message);
        return code;
    };
    QCommandLineParser parser;
    const QCommandLineOption scope(QStringLiteral("scope"), QString(), QStringLiteral("SCOPE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"), QString(),
                                          QStringLiteral("URI"));
    const QCommandLineOption secretsKey(QStringLiteral("secrets-key-file"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({scope, name, dataDir, outboxOption, secretsKey, help});
    if (!parser.parse(QStringList{QStringLiteral("admin-token")} + arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(help)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    AdminTokenStore store(parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDirectory());
    QString error;
    FleetConfigStore fleet;
    if (parser.isSet(outboxOption)) {
        const auto location = OutboxLocation::parse(parser.value(outboxOption), {}, &error);
        if (!location)
            return fail(QStringLiteral("--outbox: ") + error, UsageError);
        if (location->isPostgres()) {
            if (!parser.isSet(secretsKey))
                return fail(QStringLiteral("--outbox postgresql://… needs the fleet's "
                                           "--secrets-key-file"),
                            UsageError);
            const auto sealer = SecretSealer::load(parser.value(secretsKey), &error);
            if (!sealer || !fleet.open(location->uri(), sealer, &error))
                return fail(error, Failure);
            store.setFleet(&fleet);
        }
    }
    if (!store.load(&error))
        return fail(error, Failure);

    if (verb == u"create" && positional.size() == 1) {
        const auto chosen = adminScopeFromName(parser.value(scope));
        if (!chosen)
            return fail(QStringLiteral("--scope must be read, operate or admin"), UsageError);
        if (!parser.isSet(name))
            return fail(QStringLiteral("--name NAME is required"), UsageError);
        const QByteArray token = store.create(parser.value(name), *chosen, m_clock.nowMs(), &error);
        if (token.isEmpty())
            return fail(error, Failure);
        writeLine(out, QStringLiteral("Created %1 token \"%2\"; it is shown once:")
                           .arg(adminScopeName(*chosen), parser.value(name)));
        writeLine(out, QString::fromLatin1(token));
        return Ok;
    }
    if (verb == u"list" && positional.size() == 1) {
        for (const AdminTokenInfo& info : store.list())
            writeLine(out, QStringLiteral("%1\t%2\t%3")
                               .arg(info.name, adminScopeName(info.scope),
                                    QDateTime::fromMSecsSinceEpoch(info.createdMs, Qt::UTC)
                                        .toString(Qt::ISODate)));
        return Ok;
    }
    if (verb == u"revoke" && positional.size() == 2) {
        if (!store.revoke(positional[1], &error))
            return fail(error, Failure);
        writeLine(out, QStringLiteral("Revoked \"%1\".").arg(positional[1]));
        return Ok;
    }
    return fail(QStringLiteral("give create, list or revoke NAME (see --help)"), UsageError);
}

} // namespace ActionDeck
