#include "gui/lookerlink/lookeraccount.h"

namespace ActionDeck {

LookerAccount::LookerAccount(LookerApiConnection saved, Saver saver, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(saved))
    , m_saver(std::move(saver)) {}

bool LookerAccount::isComplete() const {
    return !m_connection.baseUrl.isEmpty() && !m_connection.clientId.isEmpty() &&
           !m_connection.clientSecret.isEmpty();
}

LookerApiSettings LookerAccount::settings() const {
    LookerApiSettings settings;
    settings.baseUrl = QUrl(m_connection.baseUrl);
    settings.clientId = m_connection.clientId;
    settings.clientSecret = m_connection.clientSecret;
    settings.verifySsl = m_connection.verifySsl;
    return settings;
}

void LookerAccount::save(const LookerApiConnection& connection) {
    if (connection == m_connection)
        return;
    m_connection = connection;
    if (m_saver)
        m_saver(m_connection);
    emit changed();
}

std::optional<LookerApiConnection>
LookerAccount::fromEnvironment(const QProcessEnvironment& environment) {
    const auto settings = LookerApiSettings::fromEnvironment(environment);
    if (!settings)
        return std::nullopt;
    return LookerApiConnection{settings->baseUrl.toString(), settings->clientId,
                               settings->clientSecret, settings->verifySsl};
}

} // namespace ActionDeck
