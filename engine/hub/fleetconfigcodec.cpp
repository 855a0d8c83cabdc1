#include "hub/fleetconfigcodec.h"

#include "core/secretsealer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ActionDeck {

namespace {

const QByteArray kSecretsContext = "fleet configuration secrets";

} // namespace

QByteArray FleetConfigCodec::encode(const HubConfig& config, const SecretSealer& sealer) {
    const QJsonObject whole = QJsonDocument::fromJson(config.withoutSecrets().toJson()).object();
    QJsonObject document{{QStringLiteral("format"), 1},
                         {QStringLiteral("regions"), whole.value(u"regions")},
                         {QStringLiteral("sources"), whole.value(u"sources")}};
    document.insert(u"secrets",
                    QString::fromLatin1(sealer.seal(config.secretsJson(), kSecretsContext)));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool FleetConfigCodec::decodeInto(const QByteArray& body, const SecretSealer& sealer,
                                  HubConfig* config, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = QStringLiteral("the fleet's configuration (in the PostgreSQL outbox): ") + why;
        return false;
    };
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    if (document.value(u"format").toInt() != 1)
        return fail(QStringLiteral("not a configuration this hub knows (format %1)")
                        .arg(document.value(u"format").toInt()));
    const auto secrets =
        sealer.open(document.value(u"secrets").toString().toLatin1(), kSecretsContext);
    if (!secrets)
        return fail(QStringLiteral("its secrets can not be opened with this hub's "
                                   "--secrets-key-file"));
    // Read by the file's own rules, the secrets left out; then put back.
    QJsonObject bare{{QStringLiteral("secretsIn"), QStringLiteral("keychain")},
                     {QStringLiteral("regions"), document.value(u"regions")},
                     {QStringLiteral("sources"), document.value(u"sources")}};
    QString why;
    auto fleet = HubConfig::fromJson(QJsonDocument(bare).toJson(QJsonDocument::Compact), &why);
    if (!fleet)
        return fail(why);
    fleet->applySecrets(*secrets);
    config->regions = std::move(fleet->regions);
    config->sources = std::move(fleet->sources);
    return true;
}

} // namespace ActionDeck
