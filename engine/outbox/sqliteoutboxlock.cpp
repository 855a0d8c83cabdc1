#include "outbox/sqliteoutboxlock.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ActionDeck {

SqliteOutboxLock::SqliteOutboxLock(const QString& dataDirectory)
    : m_path(QDir(dataDirectory).absoluteFilePath(QStringLiteral("outbox.lock"))) {}

SqliteOutboxLock::~SqliteOutboxLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

bool SqliteOutboxLock::tryLock(QString* error) {
    if (m_fd >= 0)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        char holder[32] = {};
        const ssize_t read = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        if (error) {
            const QString pid = read > 0 ? QString::fromLatin1(holder, int(read)).trimmed()
                                         : QStringLiteral("unknown");
            *error = why == EWOULDBLOCK
                         ? QStringLiteral("another process (pid %1) is using the outbox in %2: "
                                          "stop it first")
                               .arg(pid, QFileInfo(m_path).absolutePath())
                         : QStringLiteral("cannot lock %1: %2")
                               .arg(m_path, QString::fromLocal8Bit(std::strerror(why)));
        }
        return false;
    }
    // Who holds it, for the message another process gives.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.constData(), std::size_t(pid.size()), 0) < 0)
        qWarning("actiondeck: cannot write %s", qPrintable(m_path)); // only the message lacks it
    m_fd = fd;
    return true;
}

} // namespace ActionDeck
