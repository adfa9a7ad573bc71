// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// controltower-cli poll --db FILE --feeds FILE: standalone mode, the carriers' tracking
// feeds polled straight into the store (no team server), credentials from the keychain.
class PollCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("poll"); }
    QString brief() const override { return QStringLiteral("Poll carrier tracking feeds into a store"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// controltower-cli credentials set|delete|status --feed NAME: a carrier feed's
// Authorization value in the OS keychain (set reads it from stdin).
class CredentialsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("credentials"); }
    QString brief() const override { return QStringLiteral("Keep carrier feed credentials in the keychain"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
