#pragma once

#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <string_view>

namespace ActionDeck {

/// Bytes that arrive before they can be used, kept in an owner-only temporary file (in the data
/// directory) instead of memory: written once, then read back from the start. The file is
/// removed when the spool goes.
class SpoolFile {
public:
    /// Nullptr with `error` set when no file can be made in `directory`.
    static std::unique_ptr<SpoolFile> create(const QString& directory, QString* error);

    bool append(std::string_view bytes);
    /// Ends writing; reading starts from the beginning.
    bool finishWriting();
    qint64 size() const { return m_size; }
    /// Up to `maxBytes` from where the last read ended; empty at the end or on an error.
    QByteArray read(qint64 maxBytes);
    bool atEnd() const { return m_readOffset >= m_size; }
    /// The whole content (for small spools only).
    QByteArray readAll();
    QString errorString() const { return m_file.errorString(); }

private:
    explicit SpoolFile(const QString& templatePath);

    QTemporaryFile m_file;
    qint64 m_size = 0;
    qint64 m_readOffset = 0;
};

} // namespace ActionDeck
