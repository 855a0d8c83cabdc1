#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace ActionDeck {

/// Admin tokens of remote hubs, in the system keychain (one entry a hub), never in a file.
/// Without a keychain (ACTIONDECK_NO_KEYCHAIN=1, or none running) a token lives only as long
/// as the window, and the caller is told so.
class HubTokenVault : public QObject {
    Q_OBJECT

public:
    explicit HubTokenVault(QObject* parent = nullptr);

    bool enabled() const { return m_enabled; }
    /// `done(token, error)`; an empty token with an error when it could not be read.
    void read(const QString& hubId, std::function<void(QByteArray, QString)> done);
    void write(const QString& hubId, const QByteArray& token,
               std::function<void(QString)> done = {});
    void remove(const QString& hubId);

private:
    static QString keyFor(const QString& hubId);

    bool m_enabled = true;
};

} // namespace ActionDeck
