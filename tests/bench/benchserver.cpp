// SPDX-License-Identifier: MIT
#include "benchserver.h"

#include "support/childprocess.h"

#include <QFile>

#include <cstdio>

namespace ct::bench {

BenchServer::BenchServer(const char *benchName, const QByteArray &configJson)
    : m_name(QString::fromLatin1(benchName))
    , m_store(m_dir.filePath(QStringLiteral("server.db")))
    , m_config(m_dir.filePath(QStringLiteral("server.json")))
{
    QFile config(m_config);
    if (!config.open(QIODevice::WriteOnly) || config.write(configJson) < 0)
        die(config.errorString());
}

BenchServer::~BenchServer()
{
    stop();
}

void BenchServer::die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(m_name), qPrintable(message));
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    std::exit(1);
}

void BenchServer::createUser(const QString &name, const QString &role, const QByteArray &password)
{
    QProcess create;
    create.start(QStringLiteral(CT_SERVER_PATH), {QStringLiteral("--db"), m_store, QStringLiteral("--config"), m_config,
                                                  QStringLiteral("--create-user"), name, QStringLiteral("--role"), role});
    create.write(password + '\n');
    create.closeWriteChannel();
    if (!create.waitForFinished(120'000) || create.exitCode() != 0)
        die(QStringLiteral("--create-user: ") + QString::fromUtf8(create.readAllStandardError()));
}

void BenchServer::start(const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    test::endWithTest(m_process);
    m_process.start(QStringLiteral(CT_SERVER_PATH),
                    QStringList{QStringLiteral("--db"), m_store, QStringLiteral("--config"), m_config} + extraArguments);
    QByteArray banner;
    while (!banner.contains("listening on") && m_process.waitForReadyRead(600'000))
        banner += m_process.readAllStandardOutput();
    const qsizetype at = banner.indexOf("listening on ");
    m_url = at < 0 ? QUrl() : QUrl(QString::fromUtf8(banner.mid(at + 13).split('\n').first()).trimmed());
    if (!m_url.isValid() || m_url.port() <= 0)
        die(QStringLiteral("the server did not start: ") + QString::fromUtf8(banner));
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        m_process.kill();
}

} // namespace ct::bench
