// SPDX-License-Identifier: MIT
#include "postgrescluster.h"

#include <QCollator>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>

#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString Missing = QStringLiteral(
    "PostgreSQL is needed for this test and was not found (%1). On Debian and Ubuntu install the "
    "packages postgresql and libqt6sql6-psql (scripts/install-deps.sh does)");

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stop();
}

void PostgresCluster::startTool(QProcess &process, const QString &tool, const QStringList &arguments) const
{
    const QString program = m_bin + QLatin1Char('/') + tool;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
}

bool PostgresCluster::run(const QString &tool, const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    startTool(process, tool, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed (%2): %3")
                         .arg(tool, process.errorString(), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

QString PostgresCluster::serverLog() const
{
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()).trimmed() : QString();
}

// The server writes "ready" into postmaster.pid once it accepts connections (what
// pg_ctl -w waits for).
bool PostgresCluster::waitUntilReady(QString *error)
{
    QDeadlineTimer deadline(60'000);
    const QString pidFile = m_dir->filePath(QStringLiteral("data/postmaster.pid"));
    while (!deadline.hasExpired()) {
        QFile file(pidFile);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("\nready"))
            return true;
        if (m_server->waitForFinished(50)) {
            *error = QStringLiteral("the PostgreSQL server stopped at once:\n%1").arg(serverLog());
            return false;
        }
    }
    *error = QStringLiteral("the PostgreSQL server was not ready after 60 s:\n%1").arg(serverLog());
    return false;
}

bool PostgresCluster::start(QString *error)
{
    // The newest installed version's tools.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/postgres"))) {
            m_bin = bin;
            m_version = version;
            break;
        }
    }
    if (m_bin.isEmpty()) {
        *error = Missing.arg(QStringLiteral("no /usr/lib/postgresql/*/bin/initdb"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Missing.arg(QStringLiteral("Qt's QPSQL driver is missing"));
        return false;
    }

    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ct-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    // initdb and the server refuse to run as root: the cluster belongs to `postgres` then.
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = Missing.arg(QStringLiteral("running as root and there is no postgres user"));
            return false;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
            *error = QStringLiteral("running as root needs runuser (package util-linux) to run PostgreSQL as postgres");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString passwordFile = m_dir->filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(Password) < 0) {
            *error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
    }
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(Superuser),
              QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
             error))
        return false;
    QFile::remove(passwordFile);
    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    // A test cluster: durability off for speed. The server runs in the foreground as our
    // child; if we die, it is told to stop (the parent-death signal reaches runuser, which
    // passes SIGTERM on).
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")));
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    startTool(*m_server, QStringLiteral("postgres"),
              {QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir->path(), QStringLiteral("-h"),
               QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-c"),
               QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
               QStringLiteral("-c"), QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
               QStringLiteral("max_connections=40")});
    if (!m_server->waitForStarted(30'000)) {
        *error = QStringLiteral("cannot start postgres: %1").arg(m_server->errorString());
        return false;
    }
    return waitUntilReady(error);
}

void PostgresCluster::stop()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        // Immediate shutdown (SIGQUIT to the postmaster, whose pid heads postmaster.pid):
        // the files are removed next, nothing needs to be kept.
        QFile pidFile(m_dir->filePath(QStringLiteral("data/postmaster.pid")));
        const qint64 pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed().toLongLong() : 0;
        if (pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGQUIT);
        else
            m_server->terminate();
        if (!m_server->waitForFinished(30'000))
            m_server->kill();
        m_server->waitForFinished(5'000);
    }
    m_server.reset();
    m_dir.reset();
}

QString PostgresCluster::createDatabase(QString *error)
{
    const QString name = QStringLiteral("ct_test_%1").arg(++m_databases);
    const QString connection = QStringLiteral("ct-cluster-admin");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(m_dir->path());
        admin.setPort(m_port);
        admin.setUserName(QString::fromLatin1(Superuser));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            *error = QStringLiteral("connecting to the test cluster failed: %1").arg(admin.lastError().text());
            return {};
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1 STRATEGY = FILE_COPY").arg(name))) {
            *error = QStringLiteral("creating database %1 failed: %2").arg(name, create.lastError().text());
            return {};
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return name;
}

QString PostgresCluster::socketUrl(const QString &database) const
{
    return QStringLiteral("postgresql://%1@:%2/%3?host=%4").arg(QLatin1String(Superuser)).arg(m_port).arg(database, m_dir->path());
}

QString PostgresCluster::tcpUrl(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(QLatin1String(Superuser)).arg(m_port).arg(database);
}
