#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace ActionDeck::TestSupport {

/// `actiondeck --headless` in a subprocess, as a server runs it: on a free port, its URLs read
/// from the lines it prints first (nothing else says which port it got), killed at the end if
/// a test left it running. A test drives `process` itself to stop, signal or read it.
class HubProcess {
public:
    /// `binary`: the test's ACTIONDECK_BINARY.
    explicit HubProcess(QString binary);
    ~HubProcess();

    /// Starts `--headless --listen 127.0.0.1:0 ARGUMENTS` (again, after it ended) and waits up to
    /// `timeoutMs` for "listening on URL"; with `admin`, also `--admin-listen 127.0.0.1:0` and
    /// "admin API on URL" after it. The hub's URL, invalid when it did not say them.
    QUrl start(const QStringList& arguments, bool admin = false, int timeoutMs = 10000);

    QProcess process;
    QUrl adminUrl;   ///< after start with `admin`
    QByteArray said; ///< what it printed while it started: its first lines, perhaps more

private:
    QString m_binary;
};

} // namespace ActionDeck::TestSupport
