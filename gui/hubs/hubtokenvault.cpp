#include "gui/hubs/hubtokenvault.h"

#include <qt6keychain/keychain.h>

namespace ActionDeck {

namespace {

const QString kService = QStringLiteral("ActionDeck");

} // namespace

HubTokenVault::HubTokenVault(QObject* parent)
    : QObject(parent)
    , m_enabled(qEnvironmentVariableIntValue("ACTIONDECK_NO_KEYCHAIN") == 0) {}

// Jobs have no parent: one still talking to the Secret Service when the vault goes finishes
// and deletes itself (deleting it mid-call crashes the backend); its answer then goes nowhere,
// since the vault is the context of the connection that takes it.

QString HubTokenVault::keyFor(const QString& hubId) {
    return QStringLiteral("hub-admin-token:") + hubId;
}

void HubTokenVault::read(const QString& hubId, std::function<void(QByteArray, QString)> done) {
    if (!m_enabled)
        return done({}, tr("The system keychain is not used in this session."));
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done({}, finished->errorString());
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData(), {});
    });
    job->start();
}

void HubTokenVault::write(const QString& hubId, const QByteArray& token,
                          std::function<void(QString)> done) {
    if (!m_enabled) {
        if (done)
            done(tr("The system keychain is not used in this session: the token is kept "
                    "until the window closes."));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        if (done)
            done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void HubTokenVault::remove(const QString& hubId) {
    if (!m_enabled)
        return;
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(hubId));
    job->start();
}

} // namespace ActionDeck
