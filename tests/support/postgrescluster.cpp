#include "postgrescluster.h"

#include "core/secretsealer.h"
#include "processrun.h"

#include <QDir>
#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace ActionDeck::TestSupport {

namespace {

const QString kUser = QStringLiteral("actiondeck");

bool asRoot() {
    return ::geteuid() == 0;
}

/// Hands `path` to the postgres user (as root only: the server can not run as root).
bool handToPostgres(const QString& path, QString* error) {
    const passwd* user = ::getpwnam("postgres");
    if (!user) {
        if (error)
            *error = QStringLiteral("running as root, but there is no postgres user to run the "
                                    "server as (apt-get install postgresql)");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        if (error)
            *error = QStringLiteral("cannot hand %1 to postgres").arg(path);
        return false;
    }
    return true;
}

} // namespace

PostgresCluster::~PostgresCluster() {
    if (m_running)
        stop();
}

QString PostgresCluster::binary(const QString& name) {
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + name;
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, QString* error,
                          QByteArray* output) const {
    QString command = binary(program);
    QStringList args = arguments;
    if (asRoot()) {
        args.prepend(command);
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
               args;
        command = QStringLiteral("/usr/sbin/runuser");
    }
    const ProcessRun ran = runProcess(command, args, {}, 60000);
    if (ran.exitCode == 0) {
        if (output)
            *output = ran.out;
        return true;
    }
    if (error)
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(ran.exitCode)
                     .arg(QString::fromLocal8Bit(ran.err + ran.out).trimmed());
    return false;
}

bool PostgresCluster::start(QString* error) {
    if (!QFile::exists(binary(QStringLiteral("initdb")))) {
        if (error)
            *error = QStringLiteral("PostgreSQL 15 is not installed (%1 is missing; "
                                    "scripts/install-deps.sh adds it)")
                         .arg(binary(QStringLiteral("initdb")));
        return false;
    }
    // Under /tmp and short: the socket path must stay under 107 bytes, and reachable by postgres.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/adpg-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory for PostgreSQL");
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (asRoot() && !handToPostgres(m_dir->path(), error))
        return false;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), kUser, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             error))
        return false;
    // Socket only, in the directory; fsync stays on: the tests are about what survives.
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    conf.write("listen_addresses = ''\nunix_socket_directories = '" +
               QFile::encodeName(m_dir->path()) + "'\nmax_connections = 60\n");
    conf.close();
    m_running = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-l"),
                     m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                    error);
    return m_running;
}

bool PostgresCluster::restart(QString* error) {
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("restart")},
               error);
}

bool PostgresCluster::stop(QString* error) {
    if (!m_running)
        return true;
    m_running =
        !run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
             error);
    return !m_running;
}

QString PostgresCluster::socketDirectory() const {
    return m_dir ? m_dir->path() : QString();
}

QString PostgresCluster::uri(const QString& database) const {
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(kUser, database, socketDirectory());
}

QString PostgresCluster::psql(const QString& database, const QString& sql, QString* error) const {
    const ProcessRun ran =
        runProcess(binary(QStringLiteral("psql")),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                    QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-d"), uri(database), QStringLiteral("-c"), sql},
                   {}, 60000);
    if (ran.exitCode != 0) {
        if (error)
            *error = QString::fromLocal8Bit(ran.err).trimmed();
        return {};
    }
    return QString::fromUtf8(ran.out).trimmed();
}

QString PostgresCluster::createDatabase(const QString& name, QString* error) {
    QString why;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return uri(name);
}

QByteArray PostgresCluster::dump(const QString& database, QString* error) const {
    const ProcessRun ran = runProcess(binary(QStringLiteral("pg_dump")),
                                      {QStringLiteral("-d"), uri(database)}, {}, 60000);
    if (ran.exitCode != 0 && error)
        *error = QString::fromLocal8Bit(ran.err).trimmed();
    return ran.out;
}

PostgresCluster* sharedPostgresCluster(QString* error) {
    static PostgresCluster cluster;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        cluster.start(&failure);
    }
    if (!cluster.running() && error)
        *error = failure;
    return cluster.running() ? &cluster : nullptr;
}

namespace {
const QByteArray kTestKey =
    QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
} // namespace

std::shared_ptr<const SecretSealer> testSealer() {
    static const auto sealer =
        std::make_shared<const SecretSealer>(*SecretSealer::fromKey(kTestKey));
    return sealer;
}

QString writeSecretsKeyFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return {};
    file.write(kTestKey.toHex() + '\n');
    return path;
}

} // namespace ActionDeck::TestSupport
