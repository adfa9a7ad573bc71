// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// `report --db FILE --from DATE --to DATE [--carrier C]... [--by day|week|month]
// [--cut LIST] [--kpi LIST] --format csv|xlsx --out FILE [--now ISO]`: the KPIs of
// docs/KPIS.md as a CSV of every cell, or an Excel workbook with a sheet per table and
// the definitions (docs/CLI.md, "report").
class ReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("KPI report as CSV or Excel"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;
};

} // namespace ct::cli
