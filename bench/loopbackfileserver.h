#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace ActionDeck::Bench {

/// Plays Looker's download_url on loopback: serves files for GET requests, reading each from
/// disk as the client takes it (a million-row result is never held in memory).
class LoopbackFileServer : public QObject {
public:
    LoopbackFileServer();

    /// Serves `file` at `urlPath` ("/result.json").
    void serve(const QByteArray& urlPath, const QString& file);
    quint16 listen();
    /// When the first byte of a body was sent (ns since the epoch; 0 before any).
    qint64 firstByteNs() const { return m_firstByteNs; }

private:
    void start(QTcpSocket* socket);

    QHash<QByteArray, QString> m_files;
    QTcpServer m_server;
    qint64 m_firstByteNs = 0;
};

} // namespace ActionDeck::Bench
