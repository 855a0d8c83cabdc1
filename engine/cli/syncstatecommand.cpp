#include "cli/syncstatecommand.h"

#include "cli/commandoutput.h"
#include "core/datadirectory.h"
#include "outbox/sqliteoutboxstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace ActionDeck {

QString SyncStateCommand::helpText() {
    return QStringLiteral(
               "Usage: actiondeck sync-state [--data-dir DIR] list [--schedule ID]\n"
               "       actiondeck sync-state [--data-dir DIR] reset --schedule ID | --all\n"
               "\n"
               "What \"only new or changed rows\" remembers in the outbox (DIR/outbox.sqlite;\n"
               "DIR defaults to %1): per scheduled plan, action and destination source, the\n"
               "rows it last sent.\n"
               "\n"
               "  list   one line per schedule: plan id, action, source, rows remembered, last "
               "run\n"
               "  reset  forgets what a schedule sent (--all: every schedule): its next run sends\n"
               "         every row again\n"
               "\n"
               "A schedule not run for syncStateDays (default 90) is forgotten by the hub.\n")
        .arg(defaultDataDirectory());
}

int SyncStateCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck sync-state: ") + message);
        return code;
    };
    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(),
                                           QStringLiteral("DIR"));
    const QCommandLineOption scheduleOption(QStringLiteral("schedule"), QString(),
                                            QStringLiteral("ID"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dataDirOption, scheduleOption, allOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("sync-state")} + arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), UsageError);
    if (parser.isSet(helpOption)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"list" && positional[0] != u"reset"))
        return fail(QStringLiteral("say what to do: list or reset"), UsageError);
    const bool reset = positional[0] == u"reset";
    if (reset && parser.isSet(scheduleOption) == parser.isSet(allOption))
        return fail(QStringLiteral("reset needs --schedule ID or --all"), UsageError);
    if (!reset && parser.isSet(allOption))
        return fail(QStringLiteral("list takes --schedule ID, not --all"), UsageError);

    const QString directory =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDirectory();
    if (!QFile::exists(QDir(directory).filePath(QStringLiteral("outbox.sqlite"))))
        return fail(QStringLiteral("there is no outbox in %1").arg(directory), Failure);
    SqliteOutboxStore store(QStringLiteral("sync-state-command"));
    QString error;
    if (!store.open(directory, &error))
        return fail(error, Failure);

    const std::optional<QString> schedule =
        parser.isSet(scheduleOption) ? std::optional(parser.value(scheduleOption)) : std::nullopt;
    if (reset) {
        const int forgotten = store.syncState().reset(schedule);
        writeLine(out, QStringLiteral("%1 schedule scope(s) forgotten").arg(forgotten));
        return forgotten > 0 || !schedule ? Ok : Failure;
    }
    for (const SyncScopeInfo& scope : store.syncState().scopes()) {
        if (schedule && scope.planId != *schedule)
            continue;
        writeLine(out, QStringLiteral("%1\t%2\t%3\t%4 rows\tlast run %5")
                           .arg(scope.planId, scope.action, scope.source)
                           .arg(scope.remembered)
                           .arg(QDateTime::fromMSecsSinceEpoch(scope.lastRunMs, Qt::UTC)
                                    .toString(Qt::ISODate)));
    }
    return Ok;
}

} // namespace ActionDeck
