// SPDX-License-Identifier: MIT
// A real controltower-server process for tests that need several, or need to kill one:
// started on a store with a config file, its URL read from its banner. Its standard error
// is kept for messages.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ct::synctest {

class ServerProcess final
{
public:
    explicit ServerProcess(QString executable) : m_executable(std::move(executable)) {}
    ~ServerProcess() { kill(); }

    // Starts `--db store --config config` plus `extra`; does not wait.
    void launch(const QString &store, const QString &config, const QStringList &extra = {});
    // Waits until it listens (its URL) or ends; false with `error` (its output) when it ended.
    bool waitListening(int ms, QString *error);
    bool start(const QString &store, const QString &config, QString *error, const QStringList &extra = {})
    {
        launch(store, config, extra);
        return waitListening(600'000, error);
    }
    // SIGKILL: no handler, no flush, transactions left open.
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    const QUrl &url() const { return m_url; }
    QString output();

private:
    QString m_executable;
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QUrl m_url;
};

} // namespace ct::synctest
