#include "alerts/alertsettings.h"

#include <QUrl>

namespace ActionDeck {

QString AlertSettings::formatName(Format format) {
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("slack");
}

std::optional<AlertSettings::Format> AlertSettings::formatFromName(const QString& name) {
    if (name == u"slack")
        return Format::Slack;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

std::optional<AlertSettings> AlertSettings::fromJson(const QJsonObject& json, QString* error) {
    AlertSettings settings;
    for (auto it = json.begin(); it != json.end(); ++it) {
        // hasWebhookUrl is what an admin API answers instead of the URL: read back, it is
        // ignored.
        if (it.key() != u"webhookUrl" && it.key() != u"format" && it.key() != u"stuckMinutes" &&
            it.key() != u"hasWebhookUrl") {
            *error = QStringLiteral("alerts has no field \"%1\" (webhookUrl, format, stuckMinutes)")
                         .arg(it.key());
            return std::nullopt;
        }
    }
    settings.webhookUrl = json.value(u"webhookUrl").toString().trimmed();
    settings.webhookKept = settings.webhookUrl.isEmpty() && json.value(u"hasWebhookUrl").toBool();
    if (!settings.webhookUrl.isEmpty()) {
        // Said without the URL: its path is the secret.
        const QUrl url(settings.webhookUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
            url.host().isEmpty()) {
            *error = QStringLiteral("alerts.webhookUrl must be an http or https URL");
            return std::nullopt;
        }
    }
    if (json.contains(u"format")) {
        const auto format = formatFromName(json.value(u"format").toString());
        if (!format) {
            *error = QStringLiteral("alerts.format must be slack or json (got \"%1\")")
                         .arg(json.value(u"format").toString());
            return std::nullopt;
        }
        settings.format = *format;
    }
    if (json.contains(u"stuckMinutes")) {
        const int minutes = json.value(u"stuckMinutes").toInt(0);
        if (minutes < 1) {
            *error = QStringLiteral("alerts.stuckMinutes must be 1 or more");
            return std::nullopt;
        }
        settings.stuckMinutes = minutes;
    }
    return settings;
}

QJsonObject AlertSettings::toJson(bool withSecret) const {
    QJsonObject json{{QStringLiteral("format"), formatName(format)},
                     {QStringLiteral("stuckMinutes"), stuckMinutes}};
    if (withSecret) {
        if (hasWebhook())
            json.insert(u"webhookUrl", webhookUrl);
    } else {
        json.insert(u"hasWebhookUrl", webhookSet());
    }
    return json;
}

} // namespace ActionDeck
