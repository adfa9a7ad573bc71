// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"
#include "rules/rulesconfig.h"

namespace ct::cli {

// `ingest FILE... --db FILE`: normalizes feed files and stores them.
class IngestCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("ingest"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Read feed files into a store"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

// Reads --rules FILE into a RulesConfig (defaults when unset); nullopt after an error.
std::optional<RulesConfig> rulesOption(const QCommandLineParser &parser, Console &console);
void addRulesOption(QCommandLineParser &parser);

} // namespace ct::cli
