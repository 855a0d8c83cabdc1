#include "hub/configlayers.h"

#include "core/privatefile.h"
#include "hub/configpatch.h"

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
    // The flags go first as well, so that the kept changes of a region that only the command
    // line names (its tokens, revoked nonces) find it.
    HubConfig layered = m_file;
    m_commandLine.applyTo(layered);
    QString why;
    auto changed = ConfigPatch::apply(layered, kept, ConfigPatch::Mode::Overlay, &why);
    if (!changed)
        return fail(why);
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
    m_commandLine.applyTo(*changed);
    m_kept = kept;
    m_effective = *changed;
    return true;
}

bool ConfigLayers::keep(const HubConfig& wanted, QString* error) {
    // What the flags replaced, to put back in their place.
    const HubConfig under =
        ConfigPatch::apply(m_file, m_kept, ConfigPatch::Mode::Overlay, nullptr).value_or(m_file);
    const QJsonObject kept = ConfigPatch::difference(m_file, m_commandLine.without(wanted, under));
    if (!PrivateFile::write(path(), QJsonDocument(kept).toJson(QJsonDocument::Indented), error))
        return false;
    m_kept = kept;
    m_effective = wanted;
    return true;
}

} // namespace ActionDeck
