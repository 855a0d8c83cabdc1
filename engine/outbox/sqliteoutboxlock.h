#pragma once

#include <QString>

namespace ActionDeck {

/// Says that one process works on the SQLite outbox of a data directory: a hub while it runs,
/// a move to PostgreSQL while it moves. Two hubs on one file would each send batches the other
/// leased, and a move beside a running hub would send them twice. (Reading the outbox, as the
/// `outbox` command's status and list do, needs no lock.) An flock(2) on outbox.lock: the
/// kernel lets go of it when its process ends however it ends, so nothing is ever stale.
class SqliteOutboxLock {
public:
    explicit SqliteOutboxLock(const QString& dataDirectory);
    ~SqliteOutboxLock();
    SqliteOutboxLock(const SqliteOutboxLock&) = delete;
    SqliteOutboxLock& operator=(const SqliteOutboxLock&) = delete;

    /// Takes the lock without waiting; false with who holds it.
    bool tryLock(QString* error);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace ActionDeck
