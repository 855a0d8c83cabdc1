#include "previewcommand.h"

#include "clock.h"
#include "commandoutput.h"
#include "executerequest.h"
#include "isotime.h"
#include "jsondetailreader.h"
#include "lookerinputsniffer.h"
#include "messagebuilder.h"
#include "messageproducer.h"

#include <QCommandLineParser>
#include <QFile>

#include <memory>

namespace ActionDeck {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr qsizetype kMaxSniffBytes = 16 << 20;

/// Writes each message as one line, with the `sentAt` a batch sent now would carry.
class LineWriterSink : public MessageSink {
public:
    LineWriterSink(QIODevice& out, std::string sentAt)
        : m_out(out)
        , m_sentAt(std::move(sentAt)) {}
    ~LineWriterSink() override { flush(); }

    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        appendMessageWithSentAt(m_buffer, message, m_sentAt);
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
    std::string m_sentAt;
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
        "                          [--hidden FIELD[,FIELD...]] [--legacy-empty-values] [FILE|-]\n"
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
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({actionOption, eventOption, hiddenOption, legacyOption, helpOption});
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

    // Read just enough to tell a json_detail result from an execute request body.
    LookerInputSniffer sniffer;
    QByteArray head;
    auto kind = LookerInputSniffer::Kind::Undecided;
    while (kind == LookerInputSniffer::Kind::Undecided && head.size() < kMaxSniffBytes) {
        const QByteArray chunk = input->read(kChunkSize);
        if (chunk.isEmpty())
            break;
        head += chunk;
        kind = sniffer.feed(std::string_view(chunk.constData(), std::size_t(chunk.size())));
    }
    if (kind == LookerInputSniffer::Kind::Undecided)
        kind = sniffer.finish();

    BuildOptions options;
    options.call = *call;
    options.legacyEmptyValues = parser.isSet(legacyOption);
    ExecuteRequest request;
    std::string attachment;
    if (kind == LookerInputSniffer::Kind::ExecuteRequest) {
        head += input->readAll();
        ParseError parseError;
        const auto parsed = ExecuteRequestReader::read(
            std::string_view(head.constData(), std::size_t(head.size())), &parseError);
        if (!parsed)
            return fail(inputName + QStringLiteral(": ") + fromStd(parseError.message), InputError);
        request = *parsed;
        head.clear();
        options.event = request.formParam("event");
        options.hiddenFields = request.hiddenFields;
        if (!request.hasAttachment) {
            if (!request.downloadUrl.empty())
                return fail(inputName +
                                QStringLiteral(": the request has no inline attachment; its "
                                               "result is at scheduled_plan.download_url, a "
                                               "one-time URL that preview does not fetch"),
                            InputError);
            return fail(inputName + QStringLiteral(": the request has neither an attachment nor "
                                                   "a download URL"),
                        InputError);
        }
        std::string decodeError;
        attachment = request.decodedAttachment(&decodeError);
        if (!decodeError.empty())
            return fail(inputName + QStringLiteral(": ") + fromStd(decodeError), InputError);
    }
    if (parser.isSet(eventOption))
        options.event = parser.value(eventOption).toStdString();
    if (parser.isSet(hiddenOption)) {
        options.hiddenFields.clear();
        for (const QString& field : parser.value(hiddenOption).split(u',', Qt::SkipEmptyParts))
            options.hiddenFields.push_back(field.trimmed().toStdString());
    }

    MessageBuilder builder(options, m_clock, m_ids);
    std::string sentAt;
    IsoTime().append(m_clock.nowMs(), sentAt);
    auto sink = std::make_unique<LineWriterSink>(out, sentAt);
    MessageProducer producer(builder, *sink);
    JsonDetailReader reader(producer);

    bool ok = true;
    if (kind == LookerInputSniffer::Kind::ExecuteRequest) {
        const std::string_view text(attachment);
        for (std::size_t at = 0; ok && at < text.size(); at += kChunkSize)
            ok = reader.feed(text.substr(at, kChunkSize));
    } else {
        ok = reader.feed(std::string_view(head.constData(), std::size_t(head.size())));
        while (ok) {
            const QByteArray chunk = input->read(kChunkSize);
            if (chunk.isEmpty())
                break;
            ok = reader.feed(std::string_view(chunk.constData(), std::size_t(chunk.size())));
        }
    }
    if (ok)
        ok = reader.finish();
    sink.reset();

    if (producer.requestError())
        return fail(fromStd(*producer.requestError()), InputError);
    if (!ok) {
        const QString where = kind == LookerInputSniffer::Kind::ExecuteRequest
                                  ? inputName + QStringLiteral(" (attachment.data)")
                                  : inputName;
        return fail(where + QStringLiteral(": ") + fromStd(reader.error().message), InputError);
    }
    if (!producer.unreadableRanAt().empty())
        writeLine(err, QStringLiteral("warning: ran_at \"%1\" is not a date; timestamp is the "
                                      "time of the preview")
                           .arg(fromStd(producer.unreadableRanAt())));
    if (producer.messagesWithoutUserId() > 0)
        writeLine(err, QStringLiteral("warning: %1 of %2 messages have no userId; some "
                                      "destinations (Redis, for one) need it")
                           .arg(producer.messagesWithoutUserId())
                           .arg(producer.messagesBuilt()));
    if (producer.skippedRows().count() > 0)
        return fail(fromStd(producer.skippedRows().message(producer.rowsSeen())), RowsSkipped);
    return Ok;
}

} // namespace ActionDeck
