#include "gui/hubs/hubregistry.h"

#include "connection/remotehubconnection.h"
#include "gui/hubs/hubtokenvault.h"

#include <QSettings>
#include <QUuid>

namespace ActionDeck {

namespace {

QSettings hubSettings() {
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ActionDeck"),
                     QStringLiteral("hubs"));
}

} // namespace

bool HubRegistry::localHubEnabled() {
    return hubSettings().value(QStringLiteral("local/enabled"), true).toBool();
}

void HubRegistry::setLocalHubEnabled(bool enabled) {
    hubSettings().setValue(QStringLiteral("local/enabled"), enabled);
}

HubRegistry::HubRegistry(HubConnection& local, HubTokenVault& vault, QObject* parent)
    : QObject(parent)
    , m_local(local)
    , m_vault(vault)
    , m_current(&local) {}

HubRegistry::~HubRegistry() = default;

void HubRegistry::load() {
    QSettings settings = hubSettings();
    const int count = settings.beginReadArray(QStringLiteral("hubs"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        RemoteHubProfile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.adminUrl = settings.value(QStringLiteral("url")).toUrl();
        profile.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toByteArray();
        profile.notify = settings.value(QStringLiteral("notify"), true).toBool();
        if (profile.id.isEmpty() || !profile.adminUrl.isValid())
            continue;
        m_remote.push_back({profile, nullptr});
    }
    settings.endArray();
    for (Entry& entry : m_remote) {
        // Listed at once; connected once the keychain has given its token.
        reopen(entry, {}, false);
        const QString id = entry.profile.id;
        m_vault.read(id, [this, id](QByteArray token, QString error) {
            for (Entry& e : m_remote) {
                if (e.profile.id != id)
                    continue;
                if (!error.isEmpty())
                    emit problem(tr("The admin token of %1 could not be read (%2): enter it "
                                    "again under Hubs.")
                                     .arg(e.profile.name, error));
                reopen(e, token);
            }
        });
    }
    emit hubsChanged();
}

QList<HubConnection*> HubRegistry::hubs() const {
    QList<HubConnection*> all{&m_local};
    for (const Entry& entry : m_remote)
        all.append(entry.connection.get());
    return all;
}

void HubRegistry::setCurrent(HubConnection& hub) {
    if (&hub == m_current)
        return;
    m_current = &hub;
    emit currentChanged(hub);
}

const RemoteHubProfile* HubRegistry::profile(const HubConnection& hub) const {
    for (const Entry& entry : m_remote)
        if (entry.connection.get() == &hub)
            return &entry.profile;
    return nullptr;
}

HubRegistry::Entry* HubRegistry::entryFor(const HubConnection& hub) {
    for (Entry& entry : m_remote)
        if (entry.connection.get() == &hub)
            return &entry;
    return nullptr;
}

RemoteHubConnection& HubRegistry::reopen(Entry& entry, const QByteArray& token, bool open) {
    // A new connection each time: the settings (URL, token, pin) are the connection's.
    const bool wasCurrent = entry.connection && m_current == entry.connection.get();
    if (wasCurrent)
        setCurrent(m_local);
    if (entry.connection)
        emit removing(*entry.connection);
    entry.connection = std::make_unique<RemoteHubConnection>(RemoteHubSettings{
        entry.profile.name, entry.profile.adminUrl, token, entry.profile.pinnedSha256});
    if (open)
        entry.connection->open();
    if (wasCurrent)
        setCurrent(*entry.connection);
    emit hubsChanged();
    return *entry.connection;
}

RemoteHubConnection& HubRegistry::add(RemoteHubProfile profile, const QByteArray& token) {
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_remote.push_back({profile, nullptr});
    Entry& entry = m_remote.back();
    if (profile.saved) {
        save();
        m_vault.write(profile.id, token, [this](const QString& error) {
            if (!error.isEmpty())
                emit problem(error);
        });
    }
    return reopen(entry, token);
}

void HubRegistry::update(const HubConnection& hub, RemoteHubProfile profile,
                         const QByteArray& token) {
    Entry* entry = entryFor(hub);
    if (!entry)
        return;
    profile.id = entry->profile.id;
    profile.saved = entry->profile.saved;
    // A new address is a new server: its certificate is pinned anew.
    if (profile.adminUrl != entry->profile.adminUrl)
        profile.pinnedSha256.clear();
    const QByteArray kept = token.isEmpty() ? entry->connection->settings().token : token;
    entry->profile = profile;
    if (profile.saved) {
        save();
        if (!token.isEmpty())
            m_vault.write(profile.id, token, [this](const QString& notice) {
                if (!notice.isEmpty())
                    emit problem(notice);
            });
    }
    reopen(*entry, kept);
}

void HubRegistry::setNotify(const HubConnection& hub, bool notify) {
    if (Entry* entry = entryFor(hub)) {
        entry->profile.notify = notify;
        save();
    }
}

void HubRegistry::pinOffered(HubConnection& hub) {
    Entry* entry = entryFor(hub);
    if (!entry || entry->connection->offeredSha256().isEmpty())
        return;
    entry->profile.pinnedSha256 = entry->connection->offeredSha256();
    save();
    entry->connection->pinCertificate(entry->profile.pinnedSha256);
    emit hubsChanged();
}

void HubRegistry::remove(const HubConnection& hub) {
    for (auto it = m_remote.begin(); it != m_remote.end(); ++it) {
        if (it->connection.get() != &hub)
            continue;
        if (m_current == &hub)
            setCurrent(m_local);
        if (it->profile.saved)
            m_vault.remove(it->profile.id);
        emit removing(*it->connection);
        m_remote.erase(it);
        save();
        emit hubsChanged();
        return;
    }
}

void HubRegistry::save() const {
    QSettings settings = hubSettings();
    settings.beginWriteArray(QStringLiteral("hubs"));
    int i = 0;
    for (const Entry& entry : m_remote) {
        if (!entry.profile.saved)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("id"), entry.profile.id);
        settings.setValue(QStringLiteral("name"), entry.profile.name);
        settings.setValue(QStringLiteral("url"), entry.profile.adminUrl);
        settings.setValue(QStringLiteral("pinnedSha256"), entry.profile.pinnedSha256);
        settings.setValue(QStringLiteral("notify"), entry.profile.notify);
    }
    settings.endArray();
}

} // namespace ActionDeck
