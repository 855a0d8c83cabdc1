// Looker's API stand-in as a program, for scripts/screenshots.sh: the Looker page signed in, with
// this hub added and its actions enabled, without a Looker. Usage: looker_standin PORT CLIENT_ID,
// the client secret on stdin (never in argv).
#include "lookerstandin.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const quint16 port = args.size() == 3 ? args[1].toUShort(&ok) : 0;
    if (!ok) {
        std::fprintf(stderr, "usage: looker_standin PORT CLIENT_ID < client-secret\n");
        return 2;
    }
    QTextStream in(stdin);
    const QByteArray secret = in.readLine().trimmed().toUtf8();
    ActionDeck::TestSupport::LookerStandIn looker(args[2], secret);
    if (!looker.listen({}, {}, port)) {
        std::fprintf(stderr, "looker_standin: can not listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("%s\n", qPrintable(looker.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
