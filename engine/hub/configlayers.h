#pragma once

#include "hub/commandlineconfig.h"
#include "hub/hubconfig.h"

#include <QJsonObject>
#include <QString>

namespace ActionDeck {

/// The hub's configuration in three layers, each over the one before: the --config file (for
/// the packaged service a read-only systemd credential), the changes made through the admin API
/// (kept in DATA_DIR/config-overlay.json as a ConfigPatch document: owner-only, written
/// atomically), and the command line's flags. What is kept never holds a flag's value, so a
/// --hub-secret or --token is written nowhere.
class ConfigLayers {
public:
    static constexpr const char* kFileName = "config-overlay.json";

    ConfigLayers(HubConfig file, CommandLineConfig commandLine, QString dataDirectory);

    /// Reads the kept changes (no file: none yet). False with `error` naming the file when it
    /// can not be read or no longer applies over the --config file.
    bool load(QString* error);
    /// The file, the kept changes over it and the flags over both: what the hub runs with.
    const HubConfig& effective() const { return m_effective; }
    const CommandLineConfig& commandLine() const { return m_commandLine; }
    /// Keeps `wanted` (a changed effective()) by writing what differs from the --config file,
    /// without what the flags set. False with `error` when the file can not be written; nothing
    /// is changed then.
    bool keep(const HubConfig& wanted, QString* error);
    QString path() const;

private:
    HubConfig m_file;
    CommandLineConfig m_commandLine;
    QString m_dataDirectory;
    QJsonObject m_kept;
    HubConfig m_effective;
};

} // namespace ActionDeck
