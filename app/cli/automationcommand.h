// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `automation`: the team's automation rules (docs/CLI.md, "automation"; docs/AUTOMATION.md):
//   automation check FILE                       the document's errors, each by its path
//   automation set FILE --db FILE               saves it (refused whole: the rules in force stay)
//   automation show --db FILE [--ledger N] [--rule ID]
//   automation dry-run --db FILE --days N [--now T] [--rules FILE]
//   automation sweep --db FILE [--now T]
class AutomationCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("automation"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Automation rules: check, set, show, dry run, sweep"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;

private:
    int check(const QString &file, Console &console) const;
    int set(const QCommandLineParser &parser, const QString &file, Console &console) const;
    int show(const QCommandLineParser &parser, Console &console) const;
    int dryRun(const QCommandLineParser &parser, Console &console) const;
    int sweep(const QCommandLineParser &parser, Console &console) const;
    // The store of --db, refused (`onReplica` says where to go instead) when it is a
    // replica of a team server; null with the exit code in `*code`.
    std::unique_ptr<Database> openOwnStore(const QCommandLineParser &parser, Console &console, const QString &onReplica,
                                           int *code) const;
};

} // namespace ct::cli
