#include "cli/tokencommand.h"

#include "hub/hubtoken.h"

#include <QCommandLineParser>
#include <QFile>

namespace ActionDeck {

QString TokenCommand::helpText() {
    return QStringLiteral(
        "Usage: actiondeck token [--secret-file FILE]\n"
        "\n"
        "Prints a new Action Hub token, <nonce>/<hex HMAC-SHA512(secret, nonce)>, signed with the\n"
        "hub secret read from the first line of FILE or of standard input. A hub started with\n"
        "--hub-secret REGION=SECRET (or that secret in its configuration) accepts it; so does an\n"
        "existing Node Action Hub whose ACTION_HUB_SECRET is that secret. In Looker, paste it as\n"
        "the Action Hub's authorization token.\n");
}

int TokenCommand::run(const QStringList& arguments, QIODevice& in, QIODevice& out, QIODevice& err) {
    QCommandLineParser parser;
    const QCommandLineOption secretFile(QStringLiteral("secret-file"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({secretFile, help});
    if (!parser.parse(QStringList{QStringLiteral("token")} + arguments) ||
        !parser.positionalArguments().isEmpty()) {
        err.write("actiondeck token: give the secret in --secret-file FILE or on standard input\n");
        return UsageError;
    }
    if (parser.isSet(help)) {
        out.write(helpText().toUtf8());
        return Ok;
    }
    QFile file(parser.value(secretFile));
    QIODevice* source = &in;
    if (parser.isSet(secretFile)) {
        if (!file.open(QIODevice::ReadOnly)) {
            err.write(QStringLiteral("actiondeck token: cannot read %1: %2\n")
                          .arg(file.fileName(), file.errorString())
                          .toUtf8());
            return Failure;
        }
        source = &file;
    }
    const QByteArray secret = source->readLine(64 * 1024).trimmed();
    if (secret.isEmpty()) {
        err.write("actiondeck token: the hub secret is empty\n");
        return Failure;
    }
    out.write(HubToken::generate(secret) + '\n');
    return Ok;
}

} // namespace ActionDeck
