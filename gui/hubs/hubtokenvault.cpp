#include "gui/hubs/hubtokenvault.h"

#include "core/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace ActionDeck {

namespace {

const QString kService = QStringLiteral("ActionDeck");

QString defaultFallbackFile() {
    const QSettings hubs(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ActionDeck"),
                         QStringLiteral("hubs"));
    return QFileInfo(hubs.fileName()).absoluteDir().filePath(QStringLiteral("hub-tokens.json"));
}

} // namespace

HubTokenVault::HubTokenVault(QString fallbackFile, QObject* parent)
    : QObject(parent)
    , m_enabled(qEnvironmentVariableIntValue("ACTIONDECK_NO_KEYCHAIN") == 0)
    , m_fallbackFile(std::move(fallbackFile)) {}

QString HubTokenVault::fallbackFile() const {
    return m_fallbackFile.isEmpty() ? defaultFallbackFile() : m_fallbackFile;
}

// Jobs have no parent: one still talking to the Secret Service when the vault goes finishes
// and deletes itself (deleting it mid-call crashes the backend); its answer then goes nowhere,
// since the vault is the context of the connection that takes it.

QString HubTokenVault::keyFor(const QString& hubId) {
    return QStringLiteral("hub-admin-token:") + hubId;
}

QByteArray HubTokenVault::readFile(const QString& hubId) const {
    QFile file(fallbackFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(hubId).toString().toLatin1();
}

bool HubTokenVault::writeFile(const QString& hubId, const QByteArray& token, QString* error) const {
    QJsonObject tokens;
    QFile file(fallbackFile());
    if (file.open(QIODevice::ReadOnly))
        tokens = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (token.isEmpty() && !tokens.contains(hubId))
        return true;
    if (token.isEmpty())
        tokens.remove(hubId);
    else
        tokens.insert(hubId, QString::fromLatin1(token));
    return PrivateFile::write(fallbackFile(), QJsonDocument(tokens).toJson(), error);
}

QString HubTokenVault::keptInFile() const {
    return tr("No system keychain answered, so the admin token is kept in %1, readable only by "
              "you, as the window's other secrets are.")
        .arg(fallbackFile());
}

void HubTokenVault::read(const QString& hubId, std::function<void(QByteArray, QString)> done) {
    const auto fromFile = [this, hubId, done](const QString& keychainError) {
        const QByteArray token = readFile(hubId);
        if (!token.isEmpty())
            return done(token, {});
        done({},
             keychainError.isEmpty() ? tr("No admin token is kept for this hub.") : keychainError);
    };
    if (!m_enabled)
        return fromFile({});
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    connect(job, &QKeychain::Job::finished, this, [done, fromFile](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return fromFile(tr("The system keychain did not answer."));
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData(), {});
    });
    job->start();
}

void HubTokenVault::write(const QString& hubId, const QByteArray& token,
                          std::function<void(QString)> done) {
    const auto toFile = [this, hubId, token, done] {
        QString error;
        const QString notice = writeFile(hubId, token, &error)
                                   ? keptInFile()
                                   : tr("The admin token could not be kept (%1): it is used "
                                        "until the window closes.")
                                         .arg(error);
        if (done)
            done(notice);
    };
    if (!m_enabled)
        return toFile();
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, hubId, done, toFile](QKeychain::Job* finished) {
                // The raw error ("Failed to execute child process dbus-launch…") says nothing to
                // a user: the file takes the token, and the notice says where.
                if (finished->error() != QKeychain::NoError)
                    return toFile();
                QString ignored;
                writeFile(hubId, {}, &ignored); // an older copy in the file goes
                if (done)
                    done({});
            });
    job->start();
}

void HubTokenVault::remove(const QString& hubId) {
    QString ignored;
    writeFile(hubId, {}, &ignored);
    if (!m_enabled)
        return;
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    job->start();
}

} // namespace ActionDeck
