#include "core/spoolfile.h"

#include <QDir>

namespace ActionDeck {

SpoolFile::SpoolFile(const QString& templatePath)
    : m_file(templatePath) {}

std::unique_ptr<SpoolFile> SpoolFile::create(const QString& directory, QString* error) {
    std::unique_ptr<SpoolFile> spool(
        new SpoolFile(QDir(directory).filePath(QStringLiteral("spool-XXXXXX.tmp"))));
    // QTemporaryFile makes the file owner-only (0600).
    if (!spool->m_file.open()) {
        if (error)
            *error = QStringLiteral("cannot make a temporary file in %1: %2")
                         .arg(directory, spool->m_file.errorString());
        return nullptr;
    }
    return spool;
}

bool SpoolFile::append(std::string_view bytes) {
    const qint64 written = m_file.write(bytes.data(), qint64(bytes.size()));
    if (written != qint64(bytes.size()))
        return false;
    m_size += written;
    return true;
}

bool SpoolFile::finishWriting() {
    m_readOffset = 0;
    return m_file.flush() && m_file.seek(0);
}

QByteArray SpoolFile::read(qint64 maxBytes) {
    QByteArray bytes = m_file.read(std::min(maxBytes, m_size - m_readOffset));
    m_readOffset += bytes.size();
    return bytes;
}

QByteArray SpoolFile::readAll() {
    const qint64 at = m_file.pos();
    m_file.seek(0);
    QByteArray bytes = m_file.read(m_size);
    m_file.seek(at);
    return bytes;
}

} // namespace ActionDeck
