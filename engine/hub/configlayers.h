#pragma once

#include "hub/commandlineconfig.h"
#include "hub/hubconfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ActionDeck {

class FleetConfigStore;

/// The hub's configuration in three layers, each over the one before: the --config file (for
/// the packaged service a read-only systemd credential), the changes made through the admin API
/// (kept in DATA_DIR/config-overlay.json as a ConfigPatch document: owner-only, written
/// atomically), and the command line's flags. What is kept never holds a flag's value, so a
/// --hub-secret or --token is written nowhere. With a PostgreSQL outbox the regions and sources
/// are the fleet's (setFleet): read from, and kept in, the shared database instead of the
/// overlay, so that every hub of the outbox serves the same ones.
class ConfigLayers {
public:
    static constexpr const char* kFileName = "config-overlay.json";

    ConfigLayers(HubConfig file, CommandLineConfig commandLine, QString dataDirectory);

    /// Takes the regions and sources from `fleet` (which outlives this), from the next load()
    /// on. The first hub of a fleet gives it its own.
    void setFleet(FleetConfigStore* fleet) { m_fleet = fleet; }
    bool hasFleet() const { return m_fleet != nullptr; }
    /// Reads the kept changes (no file: none yet). False with `error` naming the file when it
    /// can not be read or no longer applies over the --config file.
    bool load(QString* error);
    /// The file, the kept changes over it and the flags over both: what the hub runs with.
    const HubConfig& effective() const { return m_effective; }
    const CommandLineConfig& commandLine() const { return m_commandLine; }
    /// Keeps `wanted` (a changed effective()) by writing what differs from the --config file,
    /// without what the flags set. False with `error` when the file can not be written, or
    /// (`conflict` set) when another hub of the fleet changed its configuration since this one
    /// read it; nothing is changed then.
    bool keep(const HubConfig& wanted, QString* error, bool* conflict = nullptr);
    /// Reads the fleet's configuration again if another hub changed it: true when effective()
    /// changed. False (and nothing changed) without a fleet, when it is as read, or with
    /// `error` when it can not be read.
    bool refreshFleet(QString* error);
    QString path() const;

private:
    /// file + kept + fleet document, with or without the flags over them.
    struct Composed {
        HubConfig under;     ///< what the flags apply over
        HubConfig effective; ///< with the flags
    };
    std::optional<Composed> compose(const QJsonObject& kept, const QByteArray& fleetBody,
                                    QString* error) const;
    /// Reads the fleet's document; the first hub writes its own regions and sources there.
    bool loadFleet(const HubConfig& seed, QString* error);

    HubConfig m_file;
    CommandLineConfig m_commandLine;
    QString m_dataDirectory;
    QJsonObject m_kept;
    HubConfig m_effective;
    HubConfig m_under;
    FleetConfigStore* m_fleet = nullptr;
    qint64 m_fleetVersion = 0;
    QByteArray m_fleetBody;
};

} // namespace ActionDeck
