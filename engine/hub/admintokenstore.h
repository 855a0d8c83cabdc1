#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ActionDeck {

class FleetConfigStore;

/// What an admin token may do; each scope includes the ones before it.
enum class AdminScope { Read, Operate, Admin };

QString adminScopeName(AdminScope scope);
std::optional<AdminScope> adminScopeFromName(const QString& name);

struct AdminTokenInfo {
    QString name;
    AdminScope scope = AdminScope::Read;
    qint64 createdMs = 0;
};

/// The admin API's tokens, kept in the data directory (admin-tokens.json, owner-only, written
/// atomically). Only a SHA-256 hash of each token is stored: the token itself is shown once,
/// when it is made. A Looker region token is never an admin token: they have another form and
/// are checked by RegionAuthenticator.
class AdminTokenStore {
public:
    static constexpr const char* kFileName = "admin-tokens.json";

    explicit AdminTokenStore(QString dataDirectory);
    /// Keeps the tokens in the fleet's database instead (a PostgreSQL outbox: every hub of it
    /// accepts the same ones), from the next load() on; the first hub brings its file's.
    void setFleet(FleetConfigStore* fleet) { m_fleet = fleet; }

    /// Reads the file; a missing file is no tokens. False with `error` for a damaged file.
    bool load(QString* error);
    /// Reads the file again if it changed since it was read (a token made or revoked by
    /// `actiondeck admin-token` while the hub runs). Keeps the tokens it had on a read error.
    void refresh();

    /// A new token (`adk_` and 256 random bits, base64url) for `name`, saved as its hash; the
    /// returned text is the only copy. Empty with `error` when the name is taken or invalid.
    QByteArray create(const QString& name, AdminScope scope, qint64 nowMs, QString* error);
    bool revoke(const QString& name, QString* error);
    QList<AdminTokenInfo> list() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// The token's name and scope when it is one of ours (compared in constant time).
    std::optional<AdminTokenInfo> verify(QByteArrayView token) const;

    QString path() const;

private:
    struct Entry {
        AdminTokenInfo info;
        QByteArray hash; ///< SHA-256 of the token, raw
    };
    bool save(QString* error);
    bool parse(const QByteArray& bytes, QString* error);
    std::optional<QByteArray> readFile(QString* error) const;
    QString origin() const; ///< where the tokens are, for messages

    QString m_dataDirectory;
    QList<Entry> m_entries;
    QByteArray m_readBytes; ///< the file (or document) as last read, to tell a change
    FleetConfigStore* m_fleet = nullptr;
    qint64 m_fleetVersion = 0;
};

} // namespace ActionDeck
