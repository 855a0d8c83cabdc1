#include "core/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace ActionDeck {

bool PrivateFile::write(const QString& path, const QByteArray& bytes, QString* error) {
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };
    const QString directory = QFileInfo(path).absolutePath();
    QDir().mkpath(directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Owner-only before any secret is written (QSaveFile writes to a temporary file first).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // On the open temporary file, before it takes the name: no link put in its place can be
    // what is changed.
    struct stat owner {};
    if (::geteuid() == 0 && ::stat(QFile::encodeName(directory).constData(), &owner) == 0 &&
        owner.st_uid != 0 && ::fchown(file.handle(), owner.st_uid, owner.st_gid) != 0) {
        file.cancelWriting();
        return fail(QStringLiteral("it can not be given to the data directory's owner"));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace ActionDeck
