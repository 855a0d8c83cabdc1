#pragma once

#include <QByteArray>
#include <QString>

namespace ActionDeck {

/// Files of the data directory that hold secrets (admin tokens, the configuration overlay):
/// written atomically (a reader sees the old file or the new one), readable by the owner only.
class PrivateFile {
public:
    /// Writes `bytes` to `path`. Run as root on a service's data directory (systemd's
    /// DynamicUser owns it), the file is given to the directory's owner so the service can still
    /// read it. False with `error` saying why otherwise.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace ActionDeck
