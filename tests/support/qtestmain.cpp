// A GoogleTest main with a Qt application object: QApplication for GUI tests (offscreen unless
// the environment says otherwise, because gtest_discover_tests runs this at build time),
// QCoreApplication for the rest.
#ifdef ACTIONDECK_GUI_TEST
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

namespace {

/// Threads of this process that are a QNetworkAccessManager's network thread (Linux names it
/// after the first 15 characters of "QNetworkAccessManager thread").
int networkThreads() {
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccessM"))
            ++count;
    }
    return count;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Qt 6.4's QThread::wait() returns before the thread has run its thread-exit handlers, so the
    // network thread of a QNetworkAccessManager just destroyed may still be freeing OpenSSL's
    // per-thread state when exit() runs OPENSSL_cleanup: that state then leaks or is freed twice
    // (LookerApiTls under ASan, docs/RELIABILITY.md). Those threads end first.
    const QDeadlineTimer deadline(2000);
    while (networkThreads() > 0 && !deadline.hasExpired())
        QThread::msleep(2);
    return result;
}
