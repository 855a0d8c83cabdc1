#include "cli/previewcommand.h"

#include "cli/commandoutput.h"
#include "rudder/calltype.h"
#include "rudder/previewbuilder.h"
#include "rudder/syncoptions.h"

#include <QCommandLineParser>
#include <QFile>

#include <string>

namespace ActionDeck {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

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

} // namespace

PreviewCommand::PreviewCommand(const Clock& clock, IdGenerator& ids)
    : m_clock(clock)
    , m_ids(ids) {}

QString PreviewCommand::helpText() {
    return QStringLiteral(
        "Usage: actiondeck preview --action identify|track|group [--event NAME]\n"
        "                          [--hidden FIELD[,FIELD...]] [--legacy-empty-values]\n"
        "                          [--property-names STYLE] [--rename FIELD=NAME ...] [FILE|-]\n"
        "\n"
        "Reads a Looker json_detail result, or a whole Looker execute request body (the\n"
        "json_detail in attachment.data; hidden fields and form_params.event taken from it),\n"
        "from FILE or standard input, and prints each RudderStack message exactly as it would\n"
        "be sent, one JSON object per line. Nothing is delivered.\n"
        "\n"
        "  --action NAME          identify, track or group (or rudder_event, rudder_track,\n"
        "                         rudder_group)\n"
        "  --event NAME           the track event name (overrides form_params.event)\n"
        "  --hidden FIELDS        comma-separated fields not to send (overrides the request's\n"
        "                         vis_config.hidden_fields)\n"
        "  --legacy-empty-values  send falsy values as [] like the Node reference hub\n"
        "  --property-names STYLE how traits and properties are named: looker (users.email),\n"
        "                         field (email), snake_label (users_email) or camel_label\n"
        "                         (usersEmail); default: the request's form_params, else looker\n"
        "  --rename FIELD=NAME    send the field FIELD (as Looker names it) as NAME, after the\n"
        "                         style, as a source's rename map does; may be repeated\n"
        "\n"
        "Exit status: 0 all rows became messages; 1 the input can not be turned into messages\n"
        "(the reason is on standard error); 2 wrong usage; 3 some rows were skipped (each is\n"
        "named on standard error, the others were printed). Warnings, such as messages without\n"
        "a userId, go to standard error and leave the status at 0.\n");
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
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({actionOption, eventOption, hiddenOption, legacyOption, namesOption,
                       renameOption, helpOption});
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
        return fail(QStringLiteral("unknown action \"%1\": use identify, track or group")
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
    if (result.error.kind == PreviewError::Kind::Query)
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
