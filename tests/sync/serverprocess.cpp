// SPDX-License-Identifier: MIT
#include "serverprocess.h"

#include "support/childprocess.h"

#include <QElapsedTimer>

namespace ct::synctest {

void ServerProcess::launch(const QString &store, const QString &config, const QStringList &extra)
{
    m_out.clear();
    m_err.clear();
    m_url = QUrl();
    test::endWithTest(m_process);
    m_process.start(m_executable, QStringList{QStringLiteral("--db"), store, QStringLiteral("--config"), config} + extra);
}

bool ServerProcess::waitListening(int ms, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    while (!m_out.contains("listening on ")) {
        if (m_process.state() == QProcess::NotRunning || clock.elapsed() > ms) {
            *error = QStringLiteral("the server did not start: %1").arg(output());
            return false;
        }
        m_process.waitForReadyRead(100);
        m_out += m_process.readAllStandardOutput();
    }
    const qsizetype at = m_out.indexOf("listening on ") + 13;
    const qsizetype end = m_out.indexOf('\n', at);
    if (end < 0) {
        m_process.waitForReadyRead(1000);
        m_out += m_process.readAllStandardOutput();
    }
    m_url = QUrl(QString::fromUtf8(m_out.mid(at, m_out.indexOf('\n', at) - at)).trimmed());
    if (!m_url.isValid() || m_url.port() <= 0) {
        *error = QStringLiteral("no URL in the banner: %1").arg(output());
        return false;
    }
    return true;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10'000);
}

QString ServerProcess::output()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_out + m_err);
}

} // namespace ct::synctest
