#include "hubprocess.h"

#include "waituntil.h"

namespace ActionDeck::TestSupport {

HubProcess::HubProcess(QString binary)
    : m_binary(std::move(binary)) {}

HubProcess::~HubProcess() {
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QUrl HubProcess::start(const QStringList& arguments, bool admin, int timeoutMs) {
    said.clear();
    adminUrl = QUrl();
    QStringList all{QStringLiteral("--headless"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0")};
    if (admin)
        all << QStringLiteral("--admin-listen") << QStringLiteral("127.0.0.1:0");
    process.start(m_binary, all + arguments);
    if (!process.waitForStarted(10000))
        return {};
    const int wanted = admin ? 2 : 1;
    waitUntil(
        [&] {
            said += process.readAllStandardOutput();
            return said.count('\n') >= wanted || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    const QList<QByteArray> lines = said.split('\n');
    if (!lines.value(0).startsWith("listening on "))
        return {};
    if (admin) {
        if (!lines.value(1).startsWith("admin API on "))
            return {};
        adminUrl = QUrl(QString::fromLatin1(lines.value(1).mid(13)));
    }
    return QUrl(QString::fromLatin1(lines.value(0).mid(13)));
}

} // namespace ActionDeck::TestSupport
