// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

namespace ct::cli {

// The PDF of controltower-report: the Analytics page (docs/DESKTOP.md, "Analytics") for the
// UTC days --from to --to, by --by periods, for at most one --carrier, as AnalyticsPdfReport
// draws it (tiles, charts, scorecard, the filters and the generation time on every page),
// written whole or not at all. It takes the options of `controltower-cli report`
// (ReportCommand describes them); --cut and --kpi shape the CSV and Excel tables only, so
// a PDF refuses them.
class PdfReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString brief() const override { return QStringLiteral("KPI report as PDF"); }
    void describe(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Console &console) const override;

    // Whether the options ask for a PDF: --format pdf, or no --format and --out ending in .pdf.
    static bool wantsPdf(const QCommandLineParser &parser);
};

} // namespace ct::cli
