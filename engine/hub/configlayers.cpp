#include "hub/configlayers.h"

#include "core/privatefile.h"
#include "hub/configpatch.h"
#include "hub/fleetconfigcodec.h"
#include "hub/fleetconfigstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

namespace ActionDeck {

namespace {
Q_LOGGING_CATEGORY(layersLog, "actiondeck.config")
} // namespace

ConfigLayers::ConfigLayers(HubConfig file, CommandLineConfig commandLine, QString dataDirectory)
    : m_file(std::move(file))
    , m_commandLine(std::move(commandLine))
    , m_dataDirectory(std::move(dataDirectory)) {
    m_effective = m_file;
    m_commandLine.applyTo(m_effective);
}

QString ConfigLayers::path() const {
    return QDir(m_dataDirectory).filePath(QString::fromLatin1(kFileName));
}

namespace {

/// The part of a configuration a fleet shares, secrets included, to tell whether it changed.
QByteArray fleetPart(const HubConfig& config) {
    const QJsonObject whole = QJsonDocument::fromJson(config.toJson()).object();
    const QJsonObject part{{QStringLiteral("regions"), whole.value(u"regions")},
                           {QStringLiteral("sources"), whole.value(u"sources")}};
    return QJsonDocument(part).toJson(QJsonDocument::Compact) + config.secretsJson();
}

} // namespace

std::optional<ConfigLayers::Composed>
ConfigLayers::compose(const QJsonObject& kept, const QByteArray& fleetBody, QString* error) const {
    // The flags go first as well, so that the kept changes of a region that only the command
    // line names (its tokens, revoked nonces) find it.
    HubConfig layered = m_file;
    m_commandLine.applyTo(layered);
    auto changed = ConfigPatch::apply(layered, kept, ConfigPatch::Mode::Overlay, error);
    if (!changed)
        return std::nullopt;
    Composed composed{
        ConfigPatch::apply(m_file, kept, ConfigPatch::Mode::Overlay, nullptr).value_or(m_file),
        *changed};
    if (!fleetBody.isEmpty()) {
        if (!FleetConfigCodec::decodeInto(fleetBody, m_fleet->sealer(), &composed.effective,
                                          error) ||
            !FleetConfigCodec::decodeInto(fleetBody, m_fleet->sealer(), &composed.under, error))
            return std::nullopt;
        m_commandLine.applyTo(composed.effective);
        // A region whose secret only another hub's command line gives is of no use here.
        auto& regions = composed.effective.regions;
        regions.erase(std::remove_if(regions.begin(), regions.end(),
                                     [](const RegionConfig& region) {
                                         return region.secret.isEmpty() && region.tokens.isEmpty();
                                     }),
                      regions.end());
        return composed;
    }
    const QJsonObject keptRegions = kept.value(u"regions").toObject();
    for (auto it = keptRegions.begin(); it != keptRegions.end(); ++it) {
        const bool found = std::any_of(changed->regions.begin(), changed->regions.end(),
                                       [&](const RegionConfig& r) { return r.name == it.key(); });
        if (!it->isNull() && !found)
            qCWarning(layersLog).noquote()
                << "region" << it.key() << "in" << path()
                << "is left out: it has neither a secret nor a token (its secret was given on a "
                   "command line that no longer gives it)";
    }
    m_commandLine.applyTo(composed.effective);
    return composed;
}

bool ConfigLayers::loadFleet(const HubConfig& seed, QString* error) {
    auto document = m_fleet->read(QString::fromLatin1(FleetConfigStore::kConfiguration), error);
    if (!document)
        return false;
    if (document->version == 0) {
        // The first hub of the fleet: its regions and sources (never a flag's secret) are the
        // fleet's from now on. Another hub may be doing the same; then its document stands.
        const QByteArray body = FleetConfigCodec::encode(seed, m_fleet->sealer());
        qint64 version = 0;
        const auto written = m_fleet->write(QString::fromLatin1(FleetConfigStore::kConfiguration),
                                            0, body, &version, error);
        if (written == FleetConfigStore::Write::Failed)
            return false;
        if (written == FleetConfigStore::Write::Written) {
            qCInfo(layersLog) << "the fleet's configuration starts from this hub's regions and "
                                 "sources";
            document = FleetConfigStore::Document{version, body};
        } else {
            document = m_fleet->read(QString::fromLatin1(FleetConfigStore::kConfiguration), error);
            if (!document)
                return false;
        }
    }
    m_fleetVersion = document->version;
    m_fleetBody = document->body;
    return true;
}

bool ConfigLayers::load(QString* error) {
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2 (it holds the changes made through the admin API; "
                                    "fix it or move it away to start from --config alone)")
                         .arg(path(), why);
        return false;
    };
    QFile file(path());
    QJsonObject kept;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return fail(parseError.error != QJsonParseError::NoError
                            ? parseError.errorString()
                            : QStringLiteral("not a JSON object"));
        kept = document.object();
    }
    QString why;
    auto composed = compose(kept, {}, &why);
    if (!composed)
        return fail(why);
    if (m_fleet) {
        if (!loadFleet(composed->under, error))
            return false;
        composed = compose(kept, m_fleetBody, error);
        if (!composed)
            return false;
    }
    m_kept = kept;
    m_under = composed->under;
    m_effective = composed->effective;
    return true;
}

bool ConfigLayers::keep(const HubConfig& wanted, QString* error, bool* conflict) {
    if (conflict)
        *conflict = false;
    // What the flags replaced, put back in their place: their secrets are written nowhere.
    const HubConfig bare = m_commandLine.without(wanted, m_under);
    HubConfig fileSide = bare;
    std::optional<std::pair<qint64, QByteArray>> fleetWritten;
    if (m_fleet) {
        // Regions and sources are the fleet's: the overlay keeps what it had of them.
        const HubConfig fileUnder =
            ConfigPatch::apply(m_file, m_kept, ConfigPatch::Mode::Overlay, nullptr)
                .value_or(m_file);
        fileSide.regions = fileUnder.regions;
        fileSide.sources = fileUnder.sources;
        if (fleetPart(bare) != fleetPart(m_under)) {
            const QByteArray body = FleetConfigCodec::encode(bare, m_fleet->sealer());
            qint64 version = 0;
            const auto written =
                m_fleet->write(QString::fromLatin1(FleetConfigStore::kConfiguration),
                               m_fleetVersion, body, &version, error);
            if (written == FleetConfigStore::Write::Failed)
                return false;
            if (written == FleetConfigStore::Write::Conflict) {
                if (conflict)
                    *conflict = true;
                if (error)
                    *error = QStringLiteral("another hub changed the fleet's configuration "
                                            "meanwhile (this hub takes that change within "
                                            "seconds): look again and make yours");
                return false;
            }
            fleetWritten = std::pair(version, body);
        }
    }
    const QJsonObject kept = ConfigPatch::difference(m_file, fileSide);
    if (kept != m_kept &&
        !PrivateFile::write(path(), QJsonDocument(kept).toJson(QJsonDocument::Indented), error))
        return false;
    if (fleetWritten) {
        m_fleetVersion = fleetWritten->first;
        m_fleetBody = fleetWritten->second;
    }
    m_kept = kept;
    m_under = bare;
    m_effective = wanted;
    return true;
}

bool ConfigLayers::refreshFleet(QString* error) {
    if (!m_fleet)
        return false;
    const auto document =
        m_fleet->read(QString::fromLatin1(FleetConfigStore::kConfiguration), error);
    if (!document || document->version == m_fleetVersion)
        return false;
    auto composed = compose(m_kept, document->body, error);
    if (!composed)
        return false;
    m_fleetVersion = document->version;
    m_fleetBody = document->body;
    m_under = composed->under;
    m_effective = composed->effective;
    return true;
}

} // namespace ActionDeck
