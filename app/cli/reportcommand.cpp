// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "analytics/kpiengine.h"
#include "analytics/kpifacts.h"
#include "reports/kpireporttables.h"
#include "reports/reportexporter.h"
#include "store/database.h"

#include <QFileInfo>

namespace ct::cli {

namespace {

// Values of a repeatable option, each also split at commas: --carrier ups,fedex --carrier dhl.
QStringList listValue(const QCommandLineParser &parser, const QString &option)
{
    QStringList out;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

int usage(Console &console, const QString &message)
{
    console.err << "controltower-cli report: " << message << "\n"
                << "Try 'controltower-cli report --help'.\n";
    console.err.flush();
    return UsageError;
}

std::optional<QDate> dateValue(const QCommandLineParser &parser, const QString &option, Console &console)
{
    const QString text = parser.value(option);
    if (text.isEmpty()) {
        usage(console, QStringLiteral("--%1 is required").arg(option));
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        usage(console, QStringLiteral("--%1 must be a day such as 2026-06-01, not \"%2\"").arg(option, text));
        return std::nullopt;
    }
    return date;
}

} // namespace

QString ReportCommand::summary() const
{
    return QStringLiteral(
        "Writes the KPIs of docs/KPIS.md for the UTC days FROM to TO (both included): as CSV, one row per "
        "cell (every KPI by the whole range, by --by periods and by each --cut); as an Excel workbook, a "
        "sheet per table (summary, series, one per cut, backlog by type, agents, retained revenue, every "
        "cell) and the KPI definitions. The file appears whole or not at all.");
}

void ReportCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("The store (SQLite file)."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), QStringLiteral("First day (UTC), YYYY-MM-DD."),
                                        QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("Last day (UTC), YYYY-MM-DD."),
                                        QStringLiteral("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("carrier"),
                                        QStringLiteral("Only these carriers (repeat, or separate with commas)."),
                                        QStringLiteral("code")));
    parser.addOption(QCommandLineOption(QStringLiteral("by"), QStringLiteral("Periods of the series: day, week or month."),
                                        QStringLiteral("period"), QStringLiteral("week")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("cut"),
        QStringLiteral("Cuts besides time: carrier, service, lane, destination, or none (default: all four)."),
        QStringLiteral("list")));
    parser.addOption(QCommandLineOption(QStringLiteral("kpi"),
                                        QStringLiteral("Only these KPIs, by code (docs/KPIS.md; default: all)."),
                                        QStringLiteral("list")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        QStringLiteral("csv or xlsx (default: from the --out file's extension)."),
                                        QStringLiteral("format")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("The report file to write."),
                                        QStringLiteral("file")));
    addNowOption(parser);
}

int ReportCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto from = dateValue(parser, QStringLiteral("from"), console);
    if (!from)
        return UsageError;
    const auto to = dateValue(parser, QStringLiteral("to"), console);
    if (!to)
        return UsageError;
    const auto now = nowValue(parser, console);
    if (!now)
        return UsageError;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(console, QStringLiteral("--out is required"));
    const QString formatText = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : QFileInfo(out).suffix().toLower();
    const auto format = ReportExporter::formatFromCode(formatText);
    if (!format)
        return usage(console, parser.isSet(QStringLiteral("format"))
                                  ? QStringLiteral("--format must be csv or xlsx, not \"%1\"").arg(formatText)
                                  : QStringLiteral("--format is required when --out does not end in .csv or .xlsx"));
    const auto by = KpiCalendar::granularityFromCode(parser.value(QStringLiteral("by")));
    if (!by || *by == KpiGranularity::Range)
        return usage(console, QStringLiteral("--by must be day, week or month, not \"%1\"").arg(parser.value(QStringLiteral("by"))));

    KpiRequest request;
    request.from = *from;
    request.to = *to;
    request.nowMs = now->toMSecsSinceEpoch();
    request.filter.carriers = listValue(parser, QStringLiteral("carrier"));
    request.groupings = {{KpiGranularity::Range, KpiCut::None}, {*by, KpiCut::None}};
    const QStringList cuts = parser.isSet(QStringLiteral("cut"))
                                 ? listValue(parser, QStringLiteral("cut"))
                                 : QStringList{QStringLiteral("carrier"), QStringLiteral("service"), QStringLiteral("lane"),
                                               QStringLiteral("destination")};
    for (const QString &code : cuts) {
        const auto cut = kpiCutFromCode(code);
        if (!cut)
            return usage(console, QStringLiteral("--cut: \"%1\" is not carrier, service, lane, destination or none").arg(code));
        if (*cut != KpiCut::None)
            request.groupings << KpiGrouping{KpiGranularity::Range, *cut};
    }
    for (const QString &code : listValue(parser, QStringLiteral("kpi"))) {
        const auto kpi = kpiFromCode(code);
        if (!kpi)
            return usage(console, QStringLiteral("--kpi: \"%1\" is not a KPI code (docs/KPIS.md lists them)").arg(code));
        request.kpis << *kpi;
    }
    if (const QString invalid = KpiEngine::validate(request); !invalid.isEmpty())
        return usage(console, invalid);

    bool usageError = false;
    auto db = openStore(parser, console, &usageError, Database::Mode::ReadOnly);
    if (!db)
        return usageError ? UsageError : StoreError;
    QString error;
    const KpiEngine engine(*db);
    if (engine.source() == KpiSource::Direct && KpiFacts::state(*db, nullptr) == QLatin1String("stale")) {
        console.err << "controltower-cli report: the store's KPI rollups are stale, so the report reads the events "
                       "directly (slower); run controltower-cli rollups --rebuild once\n";
        console.err.flush();
    }
    const auto report = engine.compute(request, &error);
    if (!report) {
        console.err << "controltower-cli report: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    const QList<ReportTable> tables =
        *format == ReportFormat::Csv ? QList<ReportTable>{KpiReportTables::cells(*report)} : KpiReportTables::all(*report);
    if (!ReportExporter::write(tables, *format, out, &error)) {
        console.err << "controltower-cli report: " << error << "\n";
        console.err.flush();
        return OutputError;
    }
    console.out << out << ": " << formatCount(report->cells.size(), "cell", "cells") << " for "
                << request.from.toString(Qt::ISODate) << " to " << request.to.toString(Qt::ISODate);
    if (*format == ReportFormat::Xlsx)
        console.out << ", " << formatCount(tables.size(), "sheet", "sheets");
    console.out << "\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
