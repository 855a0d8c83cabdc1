#include "hub/admintokenstore.h"

#include "core/privatefile.h"
#include "hub/fleetconfigstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/crypto.h>

namespace ActionDeck {

namespace {

const QByteArray kPrefix = "adk_";

QByteArray hashOf(QByteArrayView token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

QString adminScopeName(AdminScope scope) {
    switch (scope) {
    case AdminScope::Read:
        return QStringLiteral("read");
    case AdminScope::Operate:
        return QStringLiteral("operate");
    case AdminScope::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<AdminScope> adminScopeFromName(const QString& name) {
    for (const AdminScope scope : {AdminScope::Read, AdminScope::Operate, AdminScope::Admin}) {
        if (adminScopeName(scope) == name)
            return scope;
    }
    return std::nullopt;
}

AdminTokenStore::AdminTokenStore(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)) {}

QString AdminTokenStore::path() const {
    return QDir(m_dataDirectory).filePath(QString::fromLatin1(kFileName));
}

QString AdminTokenStore::origin() const {
    return m_fleet ? QStringLiteral("the fleet's admin tokens (in the PostgreSQL outbox)") : path();
}

bool AdminTokenStore::parse(const QByteArray& bytes, QString* error) {
    QList<Entry> entries;
    if (!bytes.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (!document.isObject()) {
            if (error)
                *error = QStringLiteral("%1 is not a JSON object: %2")
                             .arg(origin(), parseError.errorString());
            return false;
        }
        for (const QJsonValue& value : document.object().value(u"tokens").toArray()) {
            const QJsonObject o = value.toObject();
            const auto scope = adminScopeFromName(o.value(u"scope").toString());
            const QByteArray hash = QByteArray::fromHex(o.value(u"sha256").toString().toLatin1());
            if (!scope || hash.size() != 32 || o.value(u"name").toString().isEmpty()) {
                if (error)
                    *error = QStringLiteral("%1 has a token without a name, a scope (read, "
                                            "operate, admin) or a SHA-256 hash")
                                 .arg(origin());
                return false;
            }
            entries.append(
                {{o.value(u"name").toString(), *scope, qint64(o.value(u"createdMs").toDouble())},
                 hash});
        }
    }
    m_entries = std::move(entries);
    m_readBytes = bytes;
    return true;
}

std::optional<QByteArray> AdminTokenStore::readFile(QString* error) const {
    if (!QFileInfo::exists(path()))
        return QByteArray();
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path(), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool AdminTokenStore::load(QString* error) {
    if (!m_fleet) {
        const auto bytes = readFile(error);
        return bytes && parse(*bytes, error);
    }
    const QString name = QString::fromLatin1(FleetConfigStore::kAdminTokens);
    auto document = m_fleet->read(name, error);
    if (!document)
        return false;
    if (document->version == 0) {
        // The first hub of the fleet brings the tokens it had.
        const auto bytes = readFile(error);
        if (!bytes)
            return false;
        const QByteArray body = bytes->isEmpty() ? QByteArray("{\"tokens\": []}") : *bytes;
        qint64 version = 0;
        const auto written = m_fleet->write(name, 0, body, &version, error);
        if (written == FleetConfigStore::Write::Failed)
            return false;
        document = written == FleetConfigStore::Write::Written
                       ? std::optional(FleetConfigStore::Document{version, body})
                       : m_fleet->read(name, error);
        if (!document)
            return false;
    }
    if (!parse(document->body, error))
        return false;
    m_fleetVersion = document->version;
    return true;
}

void AdminTokenStore::refresh() {
    // Small, and read only per admin request: its bytes say whether it changed, where a time
    // stamp may not (two changes within its resolution).
    QByteArray bytes;
    qint64 version = 0;
    if (m_fleet) {
        const auto document =
            m_fleet->read(QString::fromLatin1(FleetConfigStore::kAdminTokens), nullptr);
        if (!document)
            return; // the database is away: the tokens read last stand
        bytes = document->body;
        version = document->version;
    } else {
        QFile file(path());
        bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    if (bytes == m_readBytes)
        return;
    m_fleetVersion = version;
    QString error;
    if (!parse(bytes, &error)) {
        // Fail closed: a damaged file (a typo while removing a leaked token) accepts none.
        m_entries.clear();
        m_readBytes = bytes;
        qWarning("actiondeck: admin tokens refused until the file is fixed: %s", qPrintable(error));
    }
}

QByteArray AdminTokenStore::create(const QString& name, AdminScope scope, qint64 nowMs,
                                   QString* error) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (m_fleet)
        refresh(); // what another hub made meanwhile
    if (!valid.match(name).hasMatch()) {
        if (error)
            *error = QStringLiteral("a token name is 1 to 64 letters, digits and . _ @ -");
        return {};
    }
    for (const Entry& entry : m_entries) {
        if (entry.info.name == name) {
            if (error)
                *error = QStringLiteral("there is already a token named \"%1\" (revoke it first)")
                             .arg(name);
            return {};
        }
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + random.size()));
    const QByteArray token =
        kPrefix + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_entries.append({{name, scope, nowMs}, hashOf(token)});
    if (!save(error)) {
        m_entries.removeLast();
        return {};
    }
    return token;
}

bool AdminTokenStore::revoke(const QString& name, QString* error) {
    if (m_fleet)
        refresh();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].info.name == name) {
            const Entry removed = m_entries.takeAt(i);
            if (save(error))
                return true;
            m_entries.insert(i, removed);
            return false;
        }
    }
    if (error)
        *error = QStringLiteral("there is no token named \"%1\"").arg(name);
    return false;
}

QList<AdminTokenInfo> AdminTokenStore::list() const {
    QList<AdminTokenInfo> infos;
    for (const Entry& entry : m_entries)
        infos.append(entry.info);
    return infos;
}

std::optional<AdminTokenInfo> AdminTokenStore::verify(QByteArrayView token) const {
    if (!token.startsWith(kPrefix))
        return std::nullopt;
    const QByteArray hash = hashOf(token);
    std::optional<AdminTokenInfo> found;
    // Every entry is compared, and in constant time: how long this takes says nothing.
    for (const Entry& entry : m_entries) {
        if (CRYPTO_memcmp(entry.hash.constData(), hash.constData(), std::size_t(hash.size())) == 0)
            found = entry.info;
    }
    return found;
}

bool AdminTokenStore::save(QString* error) {
    QJsonArray tokens;
    for (const Entry& entry : m_entries)
        tokens.append(
            QJsonObject{{QStringLiteral("name"), entry.info.name},
                        {QStringLiteral("scope"), adminScopeName(entry.info.scope)},
                        {QStringLiteral("createdMs"), double(entry.info.createdMs)},
                        {QStringLiteral("sha256"), QString::fromLatin1(entry.hash.toHex())}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("tokens"), tokens}})
                                .toJson(QJsonDocument::Indented);
    if (!m_fleet)
        return PrivateFile::write(path(), json, error);
    qint64 version = 0;
    switch (m_fleet->write(QString::fromLatin1(FleetConfigStore::kAdminTokens), m_fleetVersion,
                           json, &version, error)) {
    case FleetConfigStore::Write::Written:
        m_fleetVersion = version;
        m_readBytes = json;
        return true;
    case FleetConfigStore::Write::Conflict:
        if (error)
            *error = QStringLiteral("another hub changed the admin tokens meanwhile; try again");
        return false;
    case FleetConfigStore::Write::Failed:
        break;
    }
    return false;
}

} // namespace ActionDeck
