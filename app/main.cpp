// The actiondeck binary: the window by default; preview and the other commands without one.
#include "clock.h"
#include "idgenerator.h"
#include "mainwindow.h"
#include "previewcommand.h"
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
    "       actiondeck preview --action identify|track|group [--event NAME]\n"
    "                          [--hidden FIELD[,FIELD...]] [FILE|-]\n"
    "       actiondeck --screenshot FILE        open the window, save it as FILE (PNG), quit\n"
    "       actiondeck --version | --help\n"
    "\n"
    "See 'actiondeck preview --help'.\n";

int runPreview(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QStringList arguments = QCoreApplication::arguments().mid(2);
    ActionDeck::SystemClock clock;
    ActionDeck::RandomIdGenerator ids;
    ActionDeck::PreviewCommand command(clock, ids);
    return command.run(arguments, in, out, err);
}

} // namespace

int main(int argc, char* argv[]) {
    const char* first = argc > 1 ? argv[1] : "";
    if (std::strcmp(first, "preview") == 0)
        return runPreview(argc, argv);
    if (std::strcmp(first, "--version") == 0) {
        std::printf("actiondeck %s\n", ActionDeck::kVersion);
        return 0;
    }
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const bool screenshot = argc == 3 && std::strcmp(first, "--screenshot") == 0;
    if (argc > 1 && !screenshot) {
        std::fprintf(stderr, "actiondeck: unknown command or option '%s'\n\n%s", first, kUsage);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ActionDeck"));
    QApplication::setApplicationVersion(QString::fromLatin1(ActionDeck::kVersion));
    ActionDeck::MainWindow window;
    window.show();
    if (screenshot) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        // Let the window lay itself out and paint once before grabbing it.
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
