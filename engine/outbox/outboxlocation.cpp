#include "outbox/outboxlocation.h"

#include "outbox/postgresoutboxstore.h"
#include "outbox/sqliteoutboxstore.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace ActionDeck {

OutboxLocation OutboxLocation::sqlite(const QString& dataDirectory) {
    OutboxLocation location;
    location.m_dataDirectory = dataDirectory;
    return location;
}

std::optional<OutboxLocation> OutboxLocation::parse(const QString& text,
                                                    const QString& dataDirectory, QString* error) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"sqlite")
        return sqlite(dataDirectory);
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool postgres = url.scheme() == u"postgresql" || url.scheme() == u"postgres";
    if (!url.isValid() || !postgres) {
        if (error)
            *error = QStringLiteral("the outbox is \"sqlite\" or a PostgreSQL URI such as "
                                    "postgresql://actiondeck@db.example.com:5432/actiondeck?"
                                    "sslmode=verify-full");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        // Said without the URI: it holds the password.
        if (error)
            *error = QStringLiteral("the outbox URI carries a password; give it in a passfile "
                                    "(PGPASSFILE or ~/.pgpass) or PGPASSWORD instead, so that "
                                    "it never shows in a command line, a log or /status");
        return std::nullopt;
    }
    OutboxLocation location;
    location.m_dataDirectory = dataDirectory;
    location.m_uri = trimmed;
    return location;
}

QString OutboxLocation::kind() const {
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString OutboxLocation::displayName() const {
    if (!isPostgres())
        return QDir(m_dataDirectory).absoluteFilePath(QStringLiteral("outbox.sqlite"));
    QUrl url(m_uri);
    url.setQuery(QString());
    return url.toString();
}

std::unique_ptr<OutboxStore> OutboxLocation::open(const QString& connectionName,
                                                  const QString& hubId, QString* error) const {
    if (isPostgres()) {
        auto store = std::make_unique<PostgresOutboxStore>(hubId, m_sealer);
        if (!store->open(m_uri, error))
            return nullptr;
        return store;
    }
    auto store = std::make_unique<SqliteOutboxStore>(connectionName);
    if (!store->open(m_dataDirectory, error))
        return nullptr;
    return store;
}

} // namespace ActionDeck
