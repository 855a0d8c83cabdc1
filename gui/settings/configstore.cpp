#include "gui/settings/configstore.h"

#include <QDir>
#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace ActionDeck {

namespace {

const QString kService = QStringLiteral("ActionDeck");

} // namespace

ConfigStore::ConfigStore(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    qRegisterMetaType<ActionDeck::HubConfig>();
    m_keychainEnabled = qEnvironmentVariableIntValue("ACTIONDECK_NO_KEYCHAIN") == 0;
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000);
    connect(&m_timeout, &QTimer::timeout, this, &ConfigStore::keychainTimedOut);
}

bool ConfigStore::exists() const {
    return QFileInfo::exists(m_path);
}

QString ConfigStore::keychainKey() const {
    // One entry per configuration file, so two profiles never share secrets.
    return QStringLiteral("config:") + QFileInfo(m_path).absoluteFilePath();
}

void ConfigStore::load() {
    if (!exists()) {
        emit loaded(HubConfig{}, QString());
        return;
    }
    QString error;
    auto config = HubConfig::fromFile(m_path, &error);
    if (!config) {
        emit loaded(HubConfig{}, tr("The configuration could not be read (%1); the defaults are "
                                    "used until you save.")
                                     .arg(error));
        return;
    }
    if (!config->secretsInKeychain) {
        m_place = SecretPlace::File;
        emit loaded(*config, QString());
        return;
    }
    m_place = SecretPlace::Keychain;
    if (!m_keychainEnabled) {
        emit loaded(*config, tr("The secrets of this configuration are in the system keychain, "
                                "which is not used in this session: enter them again."));
        return;
    }
    m_loading = config;
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        if (done != m_job || !m_loading)
            return;
        m_timeout.stop();
        HubConfig result = *std::exchange(m_loading, std::nullopt);
        QString problem;
        if (done->error() == QKeychain::NoError)
            result.applySecrets(static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData());
        else
            problem = tr("The secrets could not be read from the system keychain (%1): enter "
                         "them again.")
                          .arg(done->errorString());
        emit loaded(result, problem);
    });
    m_timeout.start();
    job->start();
}

void ConfigStore::save(const HubConfig& config) {
    if (m_saving || m_loading) {
        m_queued = config;
        return;
    }
    if (!m_keychainEnabled) {
        m_place = SecretPlace::File;
        writeFile(config, QString());
        return;
    }
    startKeychainWrite(config);
}

void ConfigStore::startKeychainWrite(const HubConfig& config) {
    m_saving = config;
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->setBinaryData(config.secretsJson());
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &ConfigStore::keychainWriteDone);
    m_timeout.start();
    job->start();
}

void ConfigStore::keychainWriteDone(QKeychain::Job* job) {
    if (job != m_job || !m_saving)
        return;
    m_timeout.stop();
    const HubConfig config = *std::exchange(m_saving, std::nullopt);
    if (job->error() == QKeychain::NoError) {
        m_place = SecretPlace::Keychain;
        writeFile(config.withoutSecrets(), QString());
    } else {
        m_place = SecretPlace::File;
        writeFile(config, tr("No system keychain is available (%1): the secrets are kept in %2, "
                             "readable only by you.")
                              .arg(job->errorString(), m_path));
    }
    saveNext();
}

void ConfigStore::keychainTimedOut() {
    m_job = nullptr; // a late answer is ignored
    if (m_loading) {
        const HubConfig config = *std::exchange(m_loading, std::nullopt);
        emit loaded(config, tr("The system keychain did not answer: enter the secrets again."));
        saveNext();
        return;
    }
    if (m_saving) {
        const HubConfig config = *std::exchange(m_saving, std::nullopt);
        m_place = SecretPlace::File;
        writeFile(config, tr("The system keychain did not answer: the secrets are kept in %1, "
                             "readable only by you.")
                              .arg(m_path));
        saveNext();
    }
}

void ConfigStore::saveNext() {
    if (m_queued)
        save(*std::exchange(m_queued, std::nullopt));
}

void ConfigStore::writeFile(const HubConfig& config, const QString& note) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    if (!config.save(m_path, &error)) {
        emit saved(false, tr("The configuration could not be saved: %1").arg(error));
        return;
    }
    emit saved(true, note);
}

} // namespace ActionDeck
