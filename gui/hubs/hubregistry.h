#pragma once

#include "connection/adminclient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

namespace ActionDeck {

class HubConnection;
class HubTokenVault;
class RemoteHubConnection;

/// A hub on a server as the user added it (the token is in the keychain, not here).
struct RemoteHubProfile {
    QString id; ///< stable, for the keychain entry and the settings
    QString name;
    QUrl adminUrl;
    QByteArray pinnedSha256;
    bool notify = true; ///< tray notifications when its batches fail or it is unreachable
    bool saved = true;  ///< false for --connect: shown, never written
};

/// The hubs the window knows: "This computer" first, then the remote ones, each with its live
/// connection, and which one the pages show. Profiles are kept in ~/.config/ActionDeck/hubs.ini,
/// their tokens in the system keychain.
class HubRegistry : public QObject {
    Q_OBJECT

public:
    HubRegistry(HubConnection& local, HubTokenVault& vault, QObject* parent = nullptr);
    ~HubRegistry() override;

    /// Whether the hub on this computer runs (off: a window that only watches servers). Read
    /// at start, before the hub is made; a change counts from the next start.
    static bool localHubEnabled();
    static void setLocalHubEnabled(bool enabled);

    /// Reads the saved profiles and opens their connections (tokens come from the keychain).
    void load();
    QList<HubConnection*> hubs() const;
    HubConnection& local() const { return m_local; }
    HubConnection& current() const { return *m_current; }
    void setCurrent(HubConnection& hub);
    /// The profile of a remote hub; nullptr for the local one.
    const RemoteHubProfile* profile(const HubConnection& hub) const;

    /// Adds a hub and connects to it; `profile.saved` decides whether it is kept.
    RemoteHubConnection& add(RemoteHubProfile profile, const QByteArray& token);
    /// Changes a hub's name, URL, token (when not empty) or switches.
    void update(const HubConnection& hub, RemoteHubProfile profile, const QByteArray& token);
    void setNotify(const HubConnection& hub, bool notify);
    /// Trusts the certificate the hub offered and keeps that pin.
    void pinOffered(HubConnection& hub);
    void remove(const HubConnection& hub);

signals:
    void hubsChanged();
    void currentChanged(ActionDeck::HubConnection& hub);
    /// `hub` is about to be deleted: views made for it go first.
    void removing(ActionDeck::HubConnection& hub);
    /// Something the window should say (a keychain problem).
    void problem(const QString& text);

private:
    struct Entry {
        RemoteHubProfile profile;
        std::unique_ptr<RemoteHubConnection> connection;
    };
    Entry* entryFor(const HubConnection& hub);
    /// Makes the entry's connection anew (its URL, token or pin changed) and opens it.
    RemoteHubConnection& reopen(Entry& entry, const QByteArray& token, bool open = true);
    void save() const;

    HubConnection& m_local;
    HubTokenVault& m_vault;
    HubConnection* m_current;
    std::vector<Entry> m_remote;
};

} // namespace ActionDeck
