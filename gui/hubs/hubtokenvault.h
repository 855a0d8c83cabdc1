#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace ActionDeck {

/// Admin tokens of remote hubs: in the system keychain (one entry a hub) when a Secret Service
/// answers, else — as the window's other secrets — in an owner-only file beside hubs.ini
/// (hub-tokens.json), with a notice saying so. A token is read from the keychain first, then
/// from the file.
class HubTokenVault : public QObject {
    Q_OBJECT

public:
    /// `fallbackFile`: where tokens go without a keychain (empty: hub-tokens.json beside the
    /// window's hubs.ini).
    explicit HubTokenVault(QString fallbackFile = {}, QObject* parent = nullptr);

    bool keychainEnabled() const { return m_enabled; }
    /// Resolved when used: a test (or the app) may point QSettings elsewhere after making it.
    QString fallbackFile() const;
    /// `done(token, error)`; an empty token with an error when it could be read from neither.
    void read(const QString& hubId, std::function<void(QByteArray, QString)> done);
    /// `done(notice)`: empty when the keychain took it; else where it was kept instead, in
    /// words, or why it could not be kept at all.
    void write(const QString& hubId, const QByteArray& token,
               std::function<void(QString)> done = {});
    void remove(const QString& hubId);

private:
    static QString keyFor(const QString& hubId);
    QByteArray readFile(const QString& hubId) const;
    /// Puts (or, with an empty token, removes) the hub's token in the file; false with `error`.
    bool writeFile(const QString& hubId, const QByteArray& token, QString* error) const;
    QString keptInFile() const;

    bool m_enabled = true;
    QString m_fallbackFile;
};

} // namespace ActionDeck
