#include "cli/outboxcommand.h"

#include "cli/commandoutbox.h"
#include "cli/commandoutput.h"
#include "core/clock.h"
#include "core/datadirectory.h"
#include "core/secretsealer.h"
#include "outbox/outboxlocation.h"
#include "outbox/outboxmigration.h"
#include "outbox/outboxstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace ActionDeck {

namespace {

std::optional<BatchState> stateFromName(const QString& name) {
    if (name == QStringLiteral("pending"))
        return BatchState::Pending;
    if (name == QStringLiteral("failed"))
        return BatchState::Failed;
    if (name == QStringLiteral("delivered"))
        return BatchState::Delivered;
    return std::nullopt;
}

QString describe(const BatchInfo& info) {
    QString line = QStringLiteral("%1\t%2\t%3 messages\t%4 attempts")
                       .arg(info.id)
                       .arg(batchStateName(info.state))
                       .arg(info.messageCount)
                       .arg(info.attempts);
    line += u'\t' + info.endpoint;
    if (info.lastStatus != 0 || !info.lastError.isEmpty())
        line +=
            QStringLiteral("\tlast: %1 %2").arg(info.lastStatus).arg(info.lastError.simplified());
    return line;
}

} // namespace

OutboxCommand::OutboxCommand(const Clock& clock)
    : m_clock(clock) {}

QString OutboxCommand::helpText() {
    return QStringLiteral(
               "Usage: actiondeck outbox [--data-dir DIR | --outbox URI] status\n"
               "       actiondeck outbox [--data-dir DIR | --outbox URI] list [--state "
               "pending|failed|delivered]\n"
               "       actiondeck outbox [--data-dir DIR | --outbox URI] retry --all | ID...\n"
               "       actiondeck outbox [--data-dir DIR | --outbox URI] discard --all | ID...\n"
               "       actiondeck outbox [--data-dir DIR | --outbox URI] export [--state "
               "failed|pending|delivered] "
               "[FILE|-]\n"
               "       actiondeck outbox [--data-dir DIR] migrate --to URI --secrets-key-file "
               "FILE\n"
               "\n"
               "Inspects and manages the deliveries in ActionDeck's outbox (DIR/outbox.sqlite; "
               "DIR\n"
               "defaults to %1).\n"
               "\n"
               "  status   batches and messages pending, delivered and failed\n"
               "  list     one line per batch: id, state, messages, attempts, endpoint, last "
               "answer\n"
               "  retry    makes failed batches pending again (--all: every failed batch)\n"
               "  discard  deletes pending or failed batches (--all: every failed batch)\n"
               "  export   one JSON object per message, with its batch's state and last answer\n"
               "           (default: failed; write keys are never exported)\n"
               "  migrate  moves the pending and failed batches, their attempts and the sync\n"
               "           state from DIR/outbox.sqlite into the PostgreSQL outbox URI, once\n"
               "           (stop the hub first; delivered batches stay in the file)\n"
               "\n"
               "With --outbox postgresql://… it works on the outbox several hubs share (the URI\n"
               "they were started with; the password from PGPASSFILE, ~/.pgpass or PGPASSWORD)\n"
               "and --secrets-key-file FILE, the key the hubs seal its secrets with.\n"
               "\n"
               "A running hub sends retried batches when it next looks for due work.\n")
        .arg(defaultDataDirectory());
}

int OutboxCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck outbox: ") + message);
        return code;
    };

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(),
                                           QStringLiteral("DIR"));
    const QCommandLineOption stateOption(QStringLiteral("state"), QString(),
                                         QStringLiteral("STATE"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption outboxOption(QStringLiteral("outbox"), QString(),
                                          QStringLiteral("URI"));
    const QCommandLineOption secretsKeyOption(QStringLiteral("secrets-key-file"), QString(),
                                              QStringLiteral("FILE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("URI"));
    parser.addOptions({dataDirOption, outboxOption, secretsKeyOption, toOption, stateOption,
                       allOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("outbox")} + arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), UsageError);
    if (parser.isSet(helpOption)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(
            QStringLiteral("say what to do: status, list, retry, discard, export or migrate"),
            UsageError);
    const QString action = positional.takeFirst();
    const QStringList known = {QStringLiteral("status"), QStringLiteral("list"),
                               QStringLiteral("retry"),  QStringLiteral("discard"),
                               QStringLiteral("export"), QStringLiteral("migrate")};
    if (!known.contains(action))
        return fail(QStringLiteral("unknown action \"%1\"").arg(action), UsageError);

    std::optional<BatchState> state;
    if (parser.isSet(stateOption)) {
        state = stateFromName(parser.value(stateOption));
        if (!state)
            return fail(QStringLiteral("--state must be pending, failed or delivered"), UsageError);
    }
    std::vector<qint64> ids;
    if (action == QStringLiteral("retry") || action == QStringLiteral("discard")) {
        if (parser.isSet(allOption) == !positional.isEmpty())
            return fail(QStringLiteral("%1 needs --all or batch ids").arg(action), UsageError);
        for (const QString& text : std::as_const(positional)) {
            bool ok = false;
            ids.push_back(text.toLongLong(&ok));
            if (!ok)
                return fail(QStringLiteral("\"%1\" is not a batch id").arg(text), UsageError);
        }
    } else if (action != QStringLiteral("export") && !positional.isEmpty()) {
        return fail(QStringLiteral("%1 takes no arguments").arg(action), UsageError);
    }

    const QString directory =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : defaultDataDirectory();
    QString error;
    if (action == QStringLiteral("migrate")) {
        if (parser.isSet(outboxOption) || !parser.isSet(toOption))
            return fail(QStringLiteral("migrate moves DIR/outbox.sqlite --to a PostgreSQL URI"),
                        UsageError);
        return migrate(directory, parser.value(toOption), parser.value(secretsKeyOption), out, err);
    }
    if (parser.isSet(toOption))
        return fail(QStringLiteral("--to is for migrate"), UsageError);
    CommandOutbox::Opened opened =
        CommandOutbox::open(directory, parser.value(outboxOption), parser.value(secretsKeyOption),
                            QStringLiteral("outbox-command"));
    if (!opened.store)
        return fail(opened.error, opened.usageError ? UsageError : Failure);
    OutboxStore& store = *opened.store;

    if (action == QStringLiteral("status")) {
        const OutboxCounts c = store.counts();
        writeLine(out, QStringLiteral("outbox:    %1").arg(store.location()));
        writeLine(out, QStringLiteral("pending:   %1 messages in %2 batches")
                           .arg(c.pendingMessages)
                           .arg(c.pendingBatches));
        writeLine(out, QStringLiteral("delivered: %1 messages in %2 batches")
                           .arg(c.deliveredMessages)
                           .arg(c.deliveredBatches));
        writeLine(out, QStringLiteral("failed:    %1 messages in %2 batches")
                           .arg(c.failedMessages)
                           .arg(c.failedBatches));
        return Ok;
    }
    if (action == QStringLiteral("list")) {
        for (const BatchInfo& info : store.list(state))
            writeLine(out, describe(info));
        return Ok;
    }
    if (action == QStringLiteral("retry")) {
        const int changed = store.retry(ids, m_clock.nowMs());
        writeLine(out, QStringLiteral("%1 batch(es) made pending again").arg(changed));
        return changed > 0 || ids.empty() ? Ok : Failure;
    }
    if (action == QStringLiteral("discard")) {
        const int changed = store.discard(ids);
        writeLine(out, QStringLiteral("%1 batch(es) discarded").arg(changed));
        return changed > 0 || ids.empty() ? Ok : Failure;
    }

    // export
    if (positional.size() > 1)
        return fail(QStringLiteral("export writes to one FILE, or - for standard output"),
                    UsageError);
    QFile file;
    QIODevice* target = &out;
    const QString path = positional.value(0, QStringLiteral("-"));
    if (path != QStringLiteral("-")) {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                        Failure);
        target = &file;
    }
    error.clear();
    const bool ok = store.exportJsonLines(
        state.value_or(BatchState::Failed),
        [target](const std::string& line) {
            return target->write(line.data(), qint64(line.size())) == qint64(line.size());
        },
        &error);
    if (ok)
        return Ok;
    return fail(error.isEmpty()
                    ? QStringLiteral("the export stopped early: %1").arg(target->errorString())
                    : QStringLiteral("the export stopped early: %1").arg(error),
                Failure);
}

int OutboxCommand::migrate(const QString& directory, const QString& uri, const QString& keyFile,
                           QIODevice& out, QIODevice& err) {
    const auto fail = [&err](const QString& message, int code) {
        writeLine(err, QStringLiteral("actiondeck outbox: ") + message);
        return code;
    };
    QString error;
    auto to = OutboxLocation::parse(uri, directory, &error);
    if (!to)
        return fail(QStringLiteral("--to: %1").arg(error), UsageError);
    if (!to->isPostgres())
        return fail(QStringLiteral("--to: the outbox moves into PostgreSQL (postgresql://…)"),
                    UsageError);
    if (keyFile.isEmpty())
        return fail(QStringLiteral("migrate needs the fleet's --secrets-key-file"), UsageError);
    const auto sealer = SecretSealer::load(keyFile, &error);
    if (!sealer)
        return fail(error, Failure);
    to->setSealer(sealer);
    const auto move = OutboxMigration::run(directory, *to, &error);
    if (!move)
        return fail(error, Failure);
    const QString from = QDir(directory).absoluteFilePath(QStringLiteral("outbox.sqlite"));
    if (move->empty()) {
        writeLine(out, QStringLiteral("Nothing to move: %1 holds no pending or failed batch and "
                                      "no sync state.")
                           .arg(from));
        return Ok;
    }
    writeLine(out, move->summary(from, to->displayName()));
    return Ok;
}

} // namespace ActionDeck
