#include "processrun.h"

#include <QProcess>

namespace ActionDeck::TestSupport {

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                      int timeoutMs) {
    QProcess process;
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace ActionDeck::TestSupport
