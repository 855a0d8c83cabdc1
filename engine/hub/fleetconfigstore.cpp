#include "hub/fleetconfigstore.h"

#include "core/secretsealer.h"
#include "outbox/postgresschema.h"

namespace ActionDeck {

bool FleetConfigStore::open(const QString& uri, std::shared_ptr<const SecretSealer> sealer,
                            QString* error) {
    m_sealer = std::move(sealer);
    if (!m_sealer) {
        if (error)
            *error = QStringLiteral("the fleet's configuration keeps its secrets sealed: give "
                                    "every hub the same --secrets-key-file");
        return false;
    }
    m_db.setSessionSetup(QByteArray("SET search_path = actiondeck; LISTEN ") + kChannel);
    QString why;
    if (!m_db.open(uri, &why)) {
        if (error)
            *error = QStringLiteral("cannot connect to the PostgreSQL outbox for the fleet's "
                                    "configuration: %1")
                         .arg(why);
        return false;
    }
    return PostgresSchema::migrate(m_db, error) &&
           PostgresSchema::checkSecretsKey(m_db, *m_sealer, error);
}

std::optional<FleetConfigStore::Document> FleetConfigStore::read(const QString& name,
                                                                 QString* error) {
    PgParams params;
    params.add(name);
    const PgResult result =
        m_db.exec("SELECT version, body FROM fleet_documents WHERE name = $1", params);
    if (!result.ok()) {
        if (error)
            *error = QStringLiteral("cannot read the fleet's %1: %2").arg(name, m_db.lastError());
        return std::nullopt;
    }
    Document document;
    if (result.rows() == 1) {
        document.version = result.int64(0, 0);
        document.body = result.text(0, 1).toUtf8();
    }
    return document;
}

std::optional<QHash<QString, qint64>> FleetConfigStore::versions() {
    const PgResult result = m_db.exec("SELECT name, version FROM fleet_documents");
    if (!result.ok())
        return std::nullopt;
    QHash<QString, qint64> versions;
    for (int row = 0; row < result.rows(); ++row)
        versions.insert(result.text(row, 0), result.int64(row, 1));
    return versions;
}

FleetConfigStore::Write FleetConfigStore::write(const QString& name, qint64 expected,
                                                const QByteArray& body, qint64* written,
                                                QString* error) {
    PgParams params;
    params.add(name).add(expected).add(QString::fromUtf8(body));
    // One statement: the row is created only if absent, replaced only at the version expected.
    const char* sql = expected == 0
                          ? "INSERT INTO fleet_documents (name, version, body, updated_ms)"
                            " SELECT $1, $2 + 1, $3, actiondeck_now_ms()"
                            " ON CONFLICT (name) DO NOTHING RETURNING version"
                          : "UPDATE fleet_documents SET version = version + 1, body = $3,"
                            " updated_ms = actiondeck_now_ms() WHERE name = $1 AND version = $2"
                            " RETURNING version";
    QString why;
    if (!m_db.begin(&why)) {
        if (error)
            *error = QStringLiteral("cannot write the fleet's %1: %2").arg(name, why);
        return Write::Failed;
    }
    const PgResult result = m_db.exec(sql, params);
    PgParams notify;
    notify.add(QString::fromLatin1(kChannel)).add(name);
    const bool ok =
        result.ok() && (result.rows() == 0 || m_db.exec("SELECT pg_notify($1, $2)", notify).ok());
    if (!ok || !m_db.commit(&why)) {
        m_db.rollback();
        if (error)
            *error = QStringLiteral("cannot write the fleet's %1: %2")
                         .arg(name, why.isEmpty() ? m_db.lastError() : why);
        return Write::Failed;
    }
    if (result.rows() == 0)
        return Write::Conflict;
    if (written)
        *written = result.int64(0, 0);
    return Write::Written;
}

} // namespace ActionDeck
