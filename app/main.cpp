// The actiondeck binary: the window by default; preview and the other commands without one.
#include "catalogcommand.h"
#include "clock.h"
#include "eventcatalog.h"
#include "headlesscommand.h"
#include "idgenerator.h"
#include "mainwindow.h"
#include "outboxcommand.h"
#include "previewcommand.h"
#include "tokencommand.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

constexpr char kUsage[] =
    "Usage: actiondeck                      open the window\n"
    "       actiondeck --headless [--listen HOST:PORT] [--token REGION=TOKEN ...]\n"
    "                  [--hub-secret REGION=SECRET ...] [--data-dir DIR] [--config FILE]\n"
    "       actiondeck preview --action identify|track|group [--event NAME]\n"
    "                          [--hidden FIELD[,FIELD...]] [FILE|-]\n"
    "       actiondeck outbox [--data-dir DIR] status|list|retry|discard|export\n"
    "       actiondeck token [--secret-file FILE]     a new token for a hub secret\n"
    "       actiondeck catalog [--lang en|es] [--json] [TEXT]\n"
    "       actiondeck --screenshot FILE        open the window, save it as FILE (PNG), quit\n"
    "       actiondeck --version | --help\n"
    "\n"
    "See 'actiondeck --headless --help', 'actiondeck preview --help' and\n"
    "'actiondeck outbox --help'.\n";

/// Runs a command without a window, on the process's standard streams.
template <typename Run> int runCommand(int argc, char* argv[], Run run) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ActionDeck"));
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return run(QCoreApplication::arguments().mid(2), in, out, err);
}

int runWindow(int argc, char* argv[], const char* screenshotPath) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ActionDeck"));
    QApplication::setApplicationVersion(QString::fromLatin1(ActionDeck::kVersion));
    ActionDeck::MainWindow window(ActionDeck::EventCatalog::builtIn());
    window.show();
    if (screenshotPath) {
        const QString path = QString::fromLocal8Bit(screenshotPath);
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[]) {
    const char* first = argc > 1 ? argv[1] : "";
    ActionDeck::SystemClock clock;
    if (std::strcmp(first, "preview") == 0) {
        return runCommand(
            argc, argv,
            [&clock](const QStringList& args, QIODevice& in, QIODevice& out, QIODevice& err) {
                ActionDeck::RandomIdGenerator ids;
                return ActionDeck::PreviewCommand(clock, ids).run(args, in, out, err);
            });
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("ActionDeck"));
            QFile out;
            QFile err;
            out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
            err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
            ActionDeck::RandomIdGenerator ids;
            return ActionDeck::HeadlessCommand(clock, ids)
                .run(QCoreApplication::arguments().mid(1), out, err);
        }
    }
    if (std::strcmp(first, "outbox") == 0) {
        return runCommand(
            argc, argv,
            [&clock](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                return ActionDeck::OutboxCommand(clock).run(args, out, err);
            });
    }
    if (std::strcmp(first, "catalog") == 0) {
        return runCommand(argc, argv,
                          [](const QStringList& args, QIODevice&, QIODevice& out, QIODevice& err) {
                              return ActionDeck::CatalogCommand().run(args, out, err);
                          });
    }
    if (std::strcmp(first, "token") == 0) {
        return runCommand(
            argc, argv, [](const QStringList& args, QIODevice& in, QIODevice& out, QIODevice& err) {
                return ActionDeck::TokenCommand().run(args, in, out, err);
            });
    }
    if (std::strcmp(first, "--version") == 0) {
        std::printf("actiondeck %s\n", ActionDeck::kVersion);
        return 0;
    }
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (argc == 3 && std::strcmp(first, "--screenshot") == 0)
        return runWindow(argc, argv, argv[2]);
    if (argc > 1) {
        std::fprintf(stderr, "actiondeck: unknown command or option '%s'\n\n%s", first, kUsage);
        return 2;
    }
    return runWindow(argc, argv, nullptr);
}
