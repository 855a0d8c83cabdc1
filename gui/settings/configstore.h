#pragma once

#include "hub/hubconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace QKeychain {
class Job;
}

namespace ActionDeck {

/// Where the window keeps its configuration: a file in the --config format, written
/// atomically and readable by the owner only. The secrets (region secrets and tokens, write
/// keys) go to the system keychain through QtKeychain when a Secret Service answers; then the
/// file names none of them. Without a keychain they stay in the owner-only file. Keychain
/// calls are asynchronous and time-limited: the window never waits on them.
class ConfigStore : public QObject {
    Q_OBJECT

public:
    enum class SecretPlace { Keychain, File };

    explicit ConfigStore(QString path, QObject* parent = nullptr);

    const QString& path() const { return m_path; }
    /// Off: secrets always stay in the file (tests; ACTIONDECK_NO_KEYCHAIN=1).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    /// How long a keychain call may take before the file is used instead.
    void setKeychainTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    SecretPlace secretPlace() const { return m_place; }
    bool exists() const;

    /// Reads the file, then its secrets from the keychain if they are there; emits loaded().
    void load();
    /// Saves `config`; emits saved(). Saves made while one is running are coalesced.
    void save(const HubConfig& config);

signals:
    /// `problem` is empty when everything could be read. A missing file gives the defaults.
    void loaded(const ActionDeck::HubConfig& config, const QString& problem);
    void saved(bool ok, const QString& problem);

private:
    void writeFile(const HubConfig& config, const QString& note);
    void startKeychainWrite(const HubConfig& config);
    void keychainWriteDone(QKeychain::Job* job);
    void keychainTimedOut();
    void saveNext();
    QString keychainKey() const;

    QString m_path;
    bool m_keychainEnabled = true;
    SecretPlace m_place = SecretPlace::File;
    QTimer m_timeout;
    QPointer<QKeychain::Job> m_job;
    std::optional<HubConfig> m_saving;  ///< written once the keychain answers
    std::optional<HubConfig> m_queued;  ///< the newest save asked for meanwhile
    std::optional<HubConfig> m_loading; ///< waiting for its secrets
};

} // namespace ActionDeck
