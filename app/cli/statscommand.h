// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `stats --db FILE [--json]`: totals and counts by status, exception type and carrier.
class StatsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("Totals and counts of a store"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
