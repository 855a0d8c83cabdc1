#include "cli/previewcommand.h"

#include "cli/commandoutput.h"
#include "core/datadirectory.h"
#include "outbox/sqliteoutboxstore.h"
#include "rudder/calltype.h"
#include "rudder/previewbuilder.h"
#include "rudder/syncoptions.h"
#include "rudder/tagcheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <string>

namespace ActionDeck {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

const char kHelp[] =
    "Usage: actiondeck preview --action identify|track|group|system-activity\n"
    "                          [--event NAME] [--hidden FIELD[,FIELD...]] [--legacy-empty-values]\n"
    "                          [--property-names STYLE] [--rename FIELD=NAME ...]\n"
    "                          [--send-rows all|changed] [--schedule ID] [--source NAME]\n"
    "                          [--looker-context yes|no] [--data-dir DIR]\n"
    "                          [--looker-host HOST] [--event-prefix TEXT]\n"
    "                          [--looker-timezone ZONE] [FILE|-]\n"
    "\n"
    "Reads a Looker json_detail result, or a whole Looker execute request body (the\n"
    "json_detail in attachment.data; hidden fields and form_params.event taken from it),\n"
    "from FILE or standard input, and prints each RudderStack message exactly as it would\n"
    "be sent, one JSON object per line. Nothing is delivered.\n"
    "\n"
    "  --action NAME          identify, track, group or system-activity (or rudder_event,\n"
    "                         rudder_track, rudder_group, rudder_system_activity);\n"
    "                         system-activity: one track event per Looker event of a\n"
    "                         System Activity result\n"
    "  --event NAME           the track event name (overrides form_params.event)\n"
    "  --hidden FIELDS        comma-separated fields not to send (overrides the request's\n"
    "                         vis_config.hidden_fields)\n"
    "  --legacy-empty-values  send falsy values as [] like the Node reference hub\n"
    "  --property-names STYLE how traits and properties are named: looker (users.email),\n"
    "                         field (email), snake_label (users_email) or camel_label\n"
    "                         (usersEmail); default: the request's form_params, else looker\n"
    "  --rename FIELD=NAME    send the field FIELD (as Looker names it) as NAME, after the\n"
    "                         style, as a source's rename map does; may be repeated\n"
    "  --send-rows all|changed  changed: print only the rows that are new or changed since\n"
    "                         the schedule last sent them, and say how many, from the\n"
    "                         hub's outbox (read, never changed); default: the request's\n"
    "                         form_params, else all\n"
    "  --schedule ID          the scheduled plan (default: the request's): its messageIds,\n"
    "                         and what changed rows compare with\n"
    "  --source NAME          the destination source (default: the request's\n"
    "                         destination_source); with system-activity, the events\n"
    "                         already sent to it are left out and counted\n"
    "  --looker-context yes|no  add context.looker (default: the request's form_params,\n"
    "                         else no)\n"
    "  --data-dir DIR         where the hub's outbox is (default: %1)\n"
    "  --looker-host HOST     system-activity: the Looker instance that names the\n"
    "                         messageIds (default: the host of the request's URLs)\n"
    "  --event-prefix TEXT    system-activity: put before each event name (\"Looker \")\n"
    "  --looker-timezone ZONE system-activity: the zone of the result's times when it\n"
    "                         names none (IANA, e.g. Europe/Madrid; default UTC)\n"
    "\n"
    "Exit status: 0 all rows became messages; 1 the input can not be turned into messages\n"
    "(the reason is on standard error); 2 wrong usage; 3 some rows were skipped (each is\n"
    "named on standard error, the others were printed). Warnings, such as messages without\n"
    "a userId, go to standard error and leave the status at 0.\n";

/// Writes message lines to the output in large writes.
class LineWriter {
public:
    explicit LineWriter(QIODevice& out)
        : m_out(out) {}

    bool write(std::string_view line) {
        m_buffer += line;
        m_buffer += '\n';
        return m_buffer.size() < (1u << 20) || flush();
    }
    bool flush() {
        const bool ok =
            m_out.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear();
        return ok;
    }

private:
    QIODevice& m_out;
    std::string m_buffer;
};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

/// Reads a schedule's sync state from the outbox in `directory`, changing nothing. An outbox
/// that isn't there has sent nothing.
PreviewSyncReader outboxSyncReader(const QString& directory) {
    return [directory](const PreviewScope& scope, std::string* error) {
        const auto fail = [error](const QString& why) {
            *error = why.toStdString();
            return std::optional<PreviewSyncState>();
        };
        if (scope.destination.empty())
            return fail(QStringLiteral("only new or changed rows compares with what the schedule "
                                       "sent to a source: name it with --source NAME"));
        if (!QFile::exists(QDir(directory).filePath(QStringLiteral("outbox.sqlite"))))
            return std::optional(PreviewSyncState());
        SqliteOutboxStore store(QStringLiteral("preview-command"));
        QString why;
        const auto state =
            store.open(directory, &why)
                ? store.syncState().read(
                      {fromStd(scope.planId), fromStd(scope.action), fromStd(scope.destination)},
                      &why)
                : std::nullopt;
        if (!state)
            return fail(QStringLiteral("what the schedule last sent could not be read: ") + why);
        return std::optional(PreviewSyncState{state->scopeId != 0, state->rows});
    };
}

/// What "sent once a source" found for System Activity events, for standard error.
QString eventsToSendSentence(const PreviewResult& result) {
    if (!result.compared)
        return QStringLiteral("every event is shown: name the source with --source NAME to leave "
                              "out the events already sent there");
    return QStringLiteral("%1 of %2 Looker events were not sent to source %3 before; %4 were "
                          "(not shown)")
        .arg(result.messageCount)
        .arg(result.messageCount + result.unchangedRows)
        .arg(fromStd(result.scope.destination))
        .arg(result.unchangedRows);
}

/// What "only new or changed rows" found, for standard error.
QString rowsToSendSentence(const PreviewResult& result) {
    const QString scope = QStringLiteral("schedule %1 (%2, source %3)")
                              .arg(fromStd(result.scope.planId), fromStd(result.scope.action),
                                   fromStd(result.scope.destination));
    if (!result.compared)
        return QStringLiteral("all %1 rows would be sent: only new or changed rows needs a "
                              "scheduled plan to compare with (--schedule ID), and there is none")
            .arg(result.rows);
    if (!result.scheduleRanBefore)
        return QStringLiteral("%1 has sent nothing yet: all %2 messages would be sent")
            .arg(scope)
            .arg(result.messageCount);
    return QStringLiteral("%1 of %2 rows changed since the last run of %3: %4 changed, %5 new, "
                          "%6 unchanged (not sent)")
        .arg(result.messageCount)
        .arg(result.rows)
        .arg(scope)
        .arg(result.changedRows)
        .arg(result.newRows)
        .arg(result.unchangedRows);
}

} // namespace

PreviewCommand::PreviewCommand(const Clock& clock, IdGenerator& ids)
    : m_clock(clock)
    , m_ids(ids) {}

QString PreviewCommand::helpText() {
    return QString::fromUtf8(kHelp).arg(defaultDataDirectory());
}

int PreviewCommand::run(const QStringList& arguments, QIODevice& in, QIODevice& out,
                        QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck preview: ") + message);
        return code;
    };

    QCommandLineParser parser;
    const QCommandLineOption actionOption(QStringLiteral("action"), QString(),
                                          QStringLiteral("NAME"));
    const QCommandLineOption eventOption(QStringLiteral("event"), QString(),
                                         QStringLiteral("NAME"));
    const QCommandLineOption hiddenOption(QStringLiteral("hidden"), QString(),
                                          QStringLiteral("FIELDS"));
    const QCommandLineOption legacyOption(QStringLiteral("legacy-empty-values"));
    const QCommandLineOption namesOption(QStringLiteral("property-names"), QString(),
                                         QStringLiteral("STYLE"));
    const QCommandLineOption renameOption(QStringLiteral("rename"), QString(),
                                          QStringLiteral("FIELD=NAME"));
    const QCommandLineOption sendRowsOption(QStringLiteral("send-rows"), QString(),
                                            QStringLiteral("ROWS"));
    const QCommandLineOption scheduleOption(QStringLiteral("schedule"), QString(),
                                            QStringLiteral("ID"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), QString(),
                                          QStringLiteral("NAME"));
    const QCommandLineOption contextOption(QStringLiteral("looker-context"), QString(),
                                           QStringLiteral("yes|no"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(),
                                           QStringLiteral("DIR"));
    const QCommandLineOption hostOption(QStringLiteral("looker-host"), QString(),
                                        QStringLiteral("HOST"));
    const QCommandLineOption prefixOption(QStringLiteral("event-prefix"), QString(),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption zoneOption(QStringLiteral("looker-timezone"), QString(),
                                        QStringLiteral("ZONE"));
    // Said by `looker preview-look`: which fields carry the identity tags, and the fix.
    const QCommandLineOption tagsOption(QStringLiteral("check-tags"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({actionOption, eventOption, hiddenOption, legacyOption, namesOption,
                       renameOption, sendRowsOption, scheduleOption, sourceOption, contextOption,
                       dataDirOption, hostOption, prefixOption, zoneOption, tagsOption,
                       helpOption});
    if (!parser.parse(QStringList{QStringLiteral("preview")} + arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), UsageError);
    if (parser.isSet(helpOption)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    if (!parser.isSet(actionOption))
        return fail(QStringLiteral("--action identify|track|group is required"), UsageError);
    const auto call = callTypeFromName(parser.value(actionOption).toStdString());
    if (!call)
        return fail(QStringLiteral("unknown action \"%1\": use identify, track, group or "
                                   "system-activity")
                        .arg(parser.value(actionOption)),
                    UsageError);
    std::optional<PropertyNames> propertyNames;
    if (parser.isSet(namesOption)) {
        propertyNames = propertyNamesFromName(parser.value(namesOption).toStdString());
        if (!propertyNames)
            return fail(QStringLiteral("unknown --property-names \"%1\": use looker, field, "
                                       "snake_label or camel_label")
                            .arg(parser.value(namesOption)),
                        UsageError);
    }
    RenameMap rename;
    for (const QString& entry : parser.values(renameOption)) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString field = entry.left(equals).trimmed();
        const QString name = equals < 0 ? QString() : entry.mid(equals + 1).trimmed();
        if (field.isEmpty() || name.isEmpty())
            return fail(QStringLiteral("--rename wants FIELD=NAME, e.g. users.plan=plan_tier "
                                       "(got \"%1\")")
                            .arg(entry),
                        UsageError);
        rename.emplace_back(field.toStdString(), name.toStdString());
    }
    std::optional<SendRows> sendRows;
    if (parser.isSet(sendRowsOption)) {
        sendRows = sendRowsFromName(parser.value(sendRowsOption).toStdString());
        if (!sendRows)
            return fail(QStringLiteral("unknown --send-rows \"%1\": use all or changed")
                            .arg(parser.value(sendRowsOption)),
                        UsageError);
    }
    std::optional<bool> lookerContext;
    if (parser.isSet(contextOption)) {
        const QString value = parser.value(contextOption);
        if (value != u"yes" && value != u"no")
            return fail(QStringLiteral("unknown --looker-context \"%1\": use yes or no").arg(value),
                        UsageError);
        lookerContext = value == u"yes";
    }
    for (const QCommandLineOption* option : {&scheduleOption, &sourceOption, &dataDirOption}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty())
            return fail(QStringLiteral("--%1 needs a value").arg(option->names().constFirst()),
                        UsageError);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(QStringLiteral("give one input file, or - for standard input"), UsageError);

    const QString path = positional.value(0, QStringLiteral("-"));
    QFile file(path);
    QIODevice* input = &in;
    if (path != QStringLiteral("-")) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()),
                        InputError);
        input = &file;
    }
    const QString inputName = path == QStringLiteral("-") ? QStringLiteral("<stdin>") : path;

    PreviewOptions options;
    options.call = *call;
    options.legacyEmptyValues = parser.isSet(legacyOption);
    options.propertyNames = propertyNames;
    options.rename = std::move(rename);
    options.sendRows = sendRows;
    options.lookerContext = lookerContext;
    if (parser.isSet(scheduleOption))
        options.planId = parser.value(scheduleOption).trimmed().toStdString();
    if (parser.isSet(sourceOption))
        options.destination = parser.value(sourceOption).trimmed().toStdString();
    options.readSyncState = outboxSyncReader(
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDirectory());
    options.systemActivity.lookerHost = parser.value(hostOption).trimmed().toStdString();
    options.systemActivity.eventPrefix = parser.value(prefixOption).toStdString();
    if (parser.isSet(zoneOption))
        options.systemActivity.timezone = parser.value(zoneOption).trimmed().toStdString();
    options.maxKeptMessages = 0; // printed as they come: memory does not grow with the input
    if (parser.isSet(eventOption))
        options.event = parser.value(eventOption).toStdString();
    if (parser.isSet(hiddenOption)) {
        options.hiddenFields.emplace();
        for (const QString& field : parser.value(hiddenOption).split(u',', Qt::SkipEmptyParts))
            options.hiddenFields->push_back(field.trimmed().toStdString());
    }

    PreviewBuilder preview(options, m_clock, m_ids);
    LineWriter writer(out);
    preview.setLineHandler([&writer](std::string_view line) { return writer.write(line); });
    while (true) {
        const QByteArray chunk = input->read(kChunkSize);
        if (chunk.isEmpty() ||
            !preview.feed(std::string_view(chunk.constData(), std::size_t(chunk.size()))))
            break;
    }
    preview.finish();
    writer.flush();

    const PreviewResult& result = preview.result();
    // Before any error: a Look without the tags an action needs is told how to get them.
    if (parser.isSet(tagsOption)) {
        const TagCheck::Result tags = TagCheck::check(result.fields, *call);
        for (const TagCheck::Tagged& tagged : tags.tagged) {
            if (!tagged.fields.empty())
                writeLine(
                    err, QStringLiteral("tags: %1 on %2")
                             .arg(fromStd(tagged.tag),
                                  fromStd(tagged.fields.front()) +
                                      (tagged.fields.size() > 1 ? QStringLiteral(" (and %1 more)")
                                                                      .arg(tagged.fields.size() - 1)
                                                                : QString())));
        }
        for (const std::string& missing : tags.missing)
            writeLine(err, QStringLiteral("tags: ") + fromStd(missing));
    }
    if (result.error.kind == PreviewError::Kind::Query ||
        result.error.kind == PreviewError::Kind::SyncState)
        return fail(fromStd(result.error.message), InputError);
    if (result.error.isSet()) {
        const QString where = result.error.inAttachment
                                  ? inputName + QStringLiteral(" (attachment.data)")
                                  : inputName;
        return fail(where + QStringLiteral(": ") + fromStd(result.error.message), InputError);
    }
    if (!result.unreadableRanAt.empty())
        writeLine(err, QStringLiteral("warning: ran_at \"%1\" is not a date; timestamp is the "
                                      "time of the preview")
                           .arg(fromStd(result.unreadableRanAt)));
    for (const UnusedRename& unused : result.unusedRenames)
        writeLine(err, QStringLiteral("warning: ") + fromStd(unused.sentence()));
    for (const std::string& warning : result.systemActivityWarnings)
        writeLine(err, QStringLiteral("warning: ") + fromStd(warning));
    if (*call == CallType::SystemActivity)
        writeLine(err, (result.compared ? QString() : QStringLiteral("warning: ")) +
                           eventsToSendSentence(result));
    else if (result.sendRows == SendRows::Changed)
        writeLine(err, (result.compared ? QString() : QStringLiteral("warning: ")) +
                           rowsToSendSentence(result));
    if (result.withoutUserId > 0)
        writeLine(err, QStringLiteral("warning: %1 of %2 messages have no userId; some "
                                      "destinations (Redis, for one) need it")
                           .arg(result.withoutUserId)
                           .arg(result.messageCount));
    if (result.skippedRows > 0)
        return fail(fromStd(result.skippedRowsMessage), RowsSkipped);
    return Ok;
}

} // namespace ActionDeck
