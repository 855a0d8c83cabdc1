#pragma once

#include "outbox/pgconnection.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace ActionDeck {

class SecretSealer;

/// The fleet's shared documents in a PostgreSQL outbox's database — the configuration the admin
/// API manages and the admin tokens — each with a version. A write names the version it
/// replaces, so two hubs changing one document at once can not undo each other's change, and
/// is announced with NOTIFY on kChannel: the other hubs read it at once. Used by one thread.
class FleetConfigStore {
public:
    static constexpr const char* kChannel = "actiondeck_config";
    static constexpr const char* kConfiguration = "configuration";
    static constexpr const char* kAdminTokens = "admin-tokens";

    struct Document {
        qint64 version = 0; ///< 0: not written yet
        QByteArray body;
    };
    enum class Write { Written, Conflict, Failed };

    /// Connects to `uri`, brings the schema up to date and checks that `sealer` is the fleet's
    /// key (any hub's); false with `error`.
    bool open(const QString& uri, std::shared_ptr<const SecretSealer> sealer, QString* error);
    const SecretSealer& sealer() const { return *m_sealer; }

    /// The document `name` (version 0 and no body when there is none); nullopt with `error`
    /// when the database can not be read.
    std::optional<Document> read(const QString& name, QString* error);
    /// Every document's version, in one query; nullopt when the database can not be read.
    std::optional<QHash<QString, qint64>> versions();
    /// Replaces version `expected` of `name` (0: creates it) by `body`; Conflict when another
    /// hub wrote it first. `*written` is the new version.
    Write write(const QString& name, qint64 expected, const QByteArray& body, qint64* written,
                QString* error);

    /// The socket notifications arrive on (-1 when not connected), and whether any came.
    int socket() const { return m_db.socket(); }
    bool takeNotifications() { return !m_db.takeNotifications().empty(); }

private:
    PgConnection m_db;
    std::shared_ptr<const SecretSealer> m_sealer;
};

} // namespace ActionDeck
