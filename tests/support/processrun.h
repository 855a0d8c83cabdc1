#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ActionDeck::TestSupport {

/// What a finished subprocess left: its exit code (-1 when it did not start or finish, -2 when
/// it crashed) and its output.
struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments`, writes `input` to its standard input and waits for it, up to
/// `timeoutMs` (then it is killed).
ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QByteArray& input = {}, int timeoutMs = 30000);

} // namespace ActionDeck::TestSupport
