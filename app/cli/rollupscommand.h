// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `rollups --db FILE [--rebuild] [--rules FILE]`: whether the store's KPI rollups are
// current, and their rebuild from the store's shipments, events, exceptions and returns
// (docs/KPIS.md, "Rollups").
class RollupsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("rollups"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("State or rebuild of the KPI rollups"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
