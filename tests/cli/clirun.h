// SPDX-License-Identifier: MIT
// Runs the real controltower-cli (CT_CLI_PATH) as scripts do: its exit code, stdout and
// stderr.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ct::test {

struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish in two minutes
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CT_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ct::test
