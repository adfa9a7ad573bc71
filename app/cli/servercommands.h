// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// controltower-cli login --server URL --user NAME (password on stdin): prints a token.
class LoginCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("login"); }
    QString brief() const override { return QStringLiteral("Get a token from a team server"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// controltower-cli sync --server URL --db FILE: push the outbox, pull the change feed.
class SyncCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString brief() const override { return QStringLiteral("Sync a store with a team server"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// controltower-cli edit --db FILE exception|return ID OP [--set k=v ...]: queue an edit.
class EditCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("edit"); }
    QString brief() const override { return QStringLiteral("Queue an exception or return edit"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// controltower-cli outbox --db FILE: edits waiting, refused or in conflict.
class OutboxCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString brief() const override { return QStringLiteral("List queued, failed and conflicted edits"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
