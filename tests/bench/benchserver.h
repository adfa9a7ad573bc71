// SPDX-License-Identifier: MIT
// A real controltower-server process for the server benches: a store and a config file in
// a temporary folder, users made with --create-user, the server started and its URL read
// from its banner. Any failure ends the bench with a message (and the server with it).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace ct::bench {

class BenchServer final
{
public:
    // `configJson` is the server's config file (docs/SERVER.md).
    explicit BenchServer(const char *benchName, const QByteArray &configJson);
    ~BenchServer();

    const QString &store() const { return m_store; }
    void createUser(const QString &name, const QString &role, const QByteArray &password);
    // Starts serving (with `extraArguments`, e.g. --demo N) and waits for it to listen.
    void start(const QStringList &extraArguments = {});
    void stop();
    const QUrl &url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }

    // Prints "<bench>: message", stops the server and exits 1.
    [[noreturn]] void die(const QString &message);

private:
    QString m_name;
    QTemporaryDir m_dir;
    QString m_store;
    QString m_config;
    QProcess m_process;
    QUrl m_url;
};

} // namespace ct::bench
