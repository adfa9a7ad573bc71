// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// A throwaway PostgreSQL server for tests: a new cluster (initdb) in a temporary folder,
// listening on a Unix socket in that folder and on 127.0.0.1 at a free port, stopped and
// removed when destroyed. Uses Debian's packages (/usr/lib/postgresql/<version>/bin);
// run as root, initdb and the server run as the `postgres` user (runuser), as they refuse
// root. Local (socket) connections are trusted; TCP ones need Password.
// The server is a child of the test: should the test die without cleaning up (qFatal, a
// crash), the server gets SIGTERM and goes too, rather than outliving it.
class PostgresCluster final
{
public:
    static constexpr const char *Superuser = "ctadmin";
    static constexpr const char *Password = "cluster-secret";

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Creates and starts the cluster. False with `error` saying what is missing (naming
    // the Debian package) or what failed.
    bool start(QString *error);
    // Stops the server (immediately: tests need no clean shutdown) and removes the files.
    void stop();

    // A new, empty database; its name, or an empty string with `error`.
    QString createDatabase(QString *error);
    // URLs for controltower-server's --db: over the Unix socket (no password needed), or
    // over TCP (password from PGPASSWORD).
    QString socketUrl(const QString &database) const;
    QString tcpUrl(const QString &database) const;
    int port() const { return m_port; }
    QString version() const { return m_version; }

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error) const;
    void startTool(QProcess &process, const QString &tool, const QStringList &arguments) const;
    bool waitUntilReady(QString *error);
    QString serverLog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_version;
    int m_port = 0;
    int m_databases = 0;
    std::unique_ptr<QProcess> m_server;
    bool m_asPostgresUser = false;
};
