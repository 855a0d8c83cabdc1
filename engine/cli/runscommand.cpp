#include "cli/runscommand.h"

#include "cli/commandoutbox.h"
#include "cli/commandoutput.h"
#include "core/datadirectory.h"
#include "outbox/outboxstore.h"
#include "outbox/runrecordjson.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ActionDeck {

namespace {

QString timeOf(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                  : QStringLiteral("-");
}

QString scheduleOf(const RunRecord& run) {
    if (run.planId.isEmpty())
        return QStringLiteral("(sent by hand)");
    return run.planTitle.isEmpty() ? QStringLiteral("plan %1").arg(run.planId)
                                   : QStringLiteral("%1 (plan %2)").arg(run.planTitle, run.planId);
}

QString line(const RunRecord& run) {
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6 rows\t%7 sent\t%8 delivered\t%9 failed")
        .arg(QString::number(run.id), timeOf(run.receivedMs), runStateName(run.state),
             scheduleOf(run), run.action + QStringLiteral(" \u2192 ") + run.source)
        .arg(run.rowsRead)
        .arg(run.messagesStored)
        .arg(run.delivered)
        .arg(run.failed);
}

void writeDetails(QIODevice& out, const RunRecord& run) {
    const auto field = [&out](const QString& name, const QString& value) {
        writeLine(out, QStringLiteral("%1 %2").arg(name + u':', -11).arg(value));
    };
    field(QStringLiteral("run"), QString::number(run.id));
    field(QStringLiteral("state"), runStateName(run.state));
    field(QStringLiteral("schedule"), scheduleOf(run));
    field(QStringLiteral("action"), run.action);
    field(QStringLiteral("source"), run.source);
    if (!run.url.isEmpty())
        field(QStringLiteral("look"), run.url);
    field(QStringLiteral("hub"), run.hubId);
    field(QStringLiteral("received"), timeOf(run.receivedMs));
    field(QStringLiteral("answered"), timeOf(run.answeredMs));
    field(QStringLiteral("finished"), timeOf(run.finishedMs));
    field(QStringLiteral("rows"), QStringLiteral("%1 read, %2 skipped, %3 unchanged")
                                      .arg(run.rowsRead)
                                      .arg(run.rowsSkipped)
                                      .arg(run.rowsUnchanged));
    field(QStringLiteral("messages"),
          QStringLiteral("%1 stored, %2 delivered, %3 failed, %4 pending")
              .arg(run.messagesStored)
              .arg(run.delivered)
              .arg(run.failed)
              .arg(run.pending));
    if (run.state == RunState::Interrupted)
        field(QStringLiteral("cut off"), runInterruptedText(run));
    if (run.answeredMs > 0)
        field(QStringLiteral("looker"),
              (run.success ? QStringLiteral("success") : QStringLiteral("failure")) +
                  (run.message.isEmpty() ? QString() : QStringLiteral(": ") + run.message));
    if (!run.failReason.isEmpty())
        field(QStringLiteral("failure"), run.failReason);
    for (const QString& reason : run.skipReasons)
        field(QStringLiteral("skipped"), reason);
}

} // namespace

QString RunsCommand::helpText() {
    return QStringLiteral(
               "Usage: actiondeck runs list [--schedule ID] [--state STATE] [--json]\n"
               "                            [--data-dir DIR | --outbox URI --secrets-key-file "
               "FILE]\n"
               "       actiondeck runs show ID [--json] [--data-dir DIR | --outbox URI …]\n"
               "\n"
               "The runs the hub keeps in its outbox (DIR/outbox.sqlite; DIR defaults to %1),\n"
               "one per execute: what it read, skipped and stored, what Looker was told, and\n"
               "how its messages were delivered. A fleet's runs are in its PostgreSQL outbox.\n"
               "\n"
               "  list   one line per run, oldest first: id, received, state, schedule, action\n"
               "         and source, rows read, messages sent, delivered and failed\n"
               "  show   one run in full, with the reasons rows were skipped\n"
               "\n"
               "STATE is running, delivering, succeeded, partial, failed or interrupted.\n"
               "--json prints what the admin API answers ({\"runs\": [...]} for list).\n"
               "Runs are kept runDays (default 30).\n")
        .arg(defaultDataDirectory());
}

int RunsCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck runs: ") + message);
        return code;
    };
    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(),
                                           QStringLiteral("DIR"));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"), QString(),
                                          QStringLiteral("URI"));
    const QCommandLineOption secretsKeyOption(QStringLiteral("secrets-key-file"), QString(),
                                              QStringLiteral("FILE"));
    const QCommandLineOption scheduleOption(QStringLiteral("schedule"), QString(),
                                            QStringLiteral("ID"));
    const QCommandLineOption stateOption(QStringLiteral("state"), QString(),
                                         QStringLiteral("STATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dataDirOption, outboxOption, secretsKeyOption, scheduleOption, stateOption,
                       jsonOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("runs")} + arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), UsageError);
    if (parser.isSet(helpOption)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (verb != u"list" && verb != u"show")
        return fail(QStringLiteral("say what to do: list or show ID"), UsageError);
    qint64 id = 0;
    if (verb == u"show") {
        bool ok = false;
        id = positional.value(1).toLongLong(&ok);
        if (positional.size() != 2 || !ok || id <= 0)
            return fail(QStringLiteral("show takes one run id"), UsageError);
        if (parser.isSet(scheduleOption) || parser.isSet(stateOption))
            return fail(QStringLiteral("--schedule and --state are for list"), UsageError);
    } else if (positional.size() != 1) {
        return fail(QStringLiteral("list takes no arguments"), UsageError);
    }
    RunFilter filter;
    if (parser.isSet(scheduleOption))
        filter.planId = parser.value(scheduleOption);
    if (parser.isSet(stateOption)) {
        filter.state = runStateNamed(parser.value(stateOption));
        if (!filter.state)
            return fail(QStringLiteral("--state is running, delivering, succeeded, partial, "
                                       "failed or interrupted"),
                        UsageError);
    }
    const QString directory =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDirectory();
    const CommandOutbox::Opened opened =
        CommandOutbox::open(directory, parser.value(outboxOption), parser.value(secretsKeyOption),
                            QStringLiteral("runs-command"));
    if (!opened.store)
        return fail(opened.error, opened.usageError ? UsageError : Failure);
    RunStore& runs = opened.store->runs();
    const bool json = parser.isSet(jsonOption);
    if (verb == u"show") {
        const std::optional<RunRecord> run = runs.get(id);
        if (!run)
            return fail(QStringLiteral("there is no run %1").arg(id), Failure);
        if (json)
            out.write(QJsonDocument(RunRecordJson::toJson(*run)).toJson(QJsonDocument::Indented));
        else
            writeDetails(out, *run);
        return Ok;
    }
    const std::vector<RunRecord> list = runs.list(filter);
    if (json) {
        QJsonArray array;
        for (const RunRecord& run : list)
            array.append(RunRecordJson::toJson(run));
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("runs"), array}})
                      .toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const RunRecord& run : list)
        writeLine(out, line(run));
    return Ok;
}

} // namespace ActionDeck
