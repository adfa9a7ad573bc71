// SPDX-License-Identifier: MIT
#include "pdfreportcommand.h"

#include "reportcommand.h"

#include "analytics/analyticspage.h"
#include "analytics/analyticspdfreport.h"
#include "analytics/kpicalendar.h"
#include "analytics/kpiengine.h"

#include <QFileInfo>

namespace ct::cli {

namespace {

int fail(Console &console, int code, const QString &message)
{
    console.err << "controltower-report: " << message << "\n";
    if (code == UsageError)
        console.err << "Try 'controltower-report --help'.\n";
    console.err.flush();
    return code;
}

// A day such as 2026-06-01 (nullopt with `why`).
std::optional<QDate> day(const QCommandLineParser &parser, const QString &option, QString *why)
{
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.isEmpty())
        *why = QStringLiteral("--%1 is required").arg(option);
    else if (!date.isValid() || text.size() != 10)
        *why = QStringLiteral("--%1 must be a day such as 2026-06-01, not \"%2\"").arg(option, text);
    else
        return date;
    return std::nullopt;
}

QStringList carriers(const QCommandLineParser &parser)
{
    QStringList out;
    for (const QString &value : parser.values(QStringLiteral("carrier"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

} // namespace

QString PdfReportCommand::summary() const
{
    return QStringLiteral(
        "Writes the KPIs of docs/KPIS.md for the UTC days FROM to TO (both included). --format pdf (or an --out "
        "file ending in .pdf): the Analytics page as a paginated A4 PDF: the KPI tiles with their change against "
        "the previous period of the same length, the series by --by periods, the bars by carrier and by lane, the "
        "carrier scorecard and the returns, with the filters and the generation time printed; at most one "
        "--carrier. --format csv or xlsx: the same file as controltower-cli report. The file appears whole or "
        "not at all.");
}

void PdfReportCommand::describe(QCommandLineParser &parser) const
{
    ReportCommand().describe(parser);
}

bool PdfReportCommand::wantsPdf(const QCommandLineParser &parser)
{
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QFileInfo(parser.value(QStringLiteral("out"))).suffix();
    return format.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

int PdfReportCommand::run(const QCommandLineParser &parser, Console &console) const
{
    QString why;
    const auto from = day(parser, QStringLiteral("from"), &why);
    if (!from)
        return fail(console, UsageError, why);
    const auto to = day(parser, QStringLiteral("to"), &why);
    if (!to)
        return fail(console, UsageError, why);
    const QString nowText = parser.value(QStringLiteral("now"));
    const QDateTime now = nowText.isEmpty() ? QDateTime::currentDateTimeUtc()
                                            : QDateTime::fromString(nowText, Qt::ISODateWithMs).toUTC();
    if (!now.isValid())
        return fail(console, UsageError,
                    QStringLiteral("--now must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z, not \"%1\"")
                        .arg(nowText));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(console, UsageError, QStringLiteral("--out is required"));
    const auto by = KpiCalendar::granularityFromCode(parser.value(QStringLiteral("by")));
    if (!by || *by == KpiGranularity::Range)
        return fail(console, UsageError,
                    QStringLiteral("--by must be day, week or month, not \"%1\"").arg(parser.value(QStringLiteral("by"))));
    for (const char *tableOnly : {"cut", "kpi"}) {
        if (parser.isSet(QLatin1String(tableOnly)))
            return fail(console, UsageError,
                        QStringLiteral("--%1 shapes the CSV and Excel tables; a PDF is the whole Analytics page")
                            .arg(QLatin1String(tableOnly)));
    }
    const QStringList chosen = carriers(parser);
    if (chosen.size() > 1)
        return fail(console, UsageError,
                    QStringLiteral("a PDF is for all carriers or one (--carrier %1), not %2: write one PDF per carrier")
                        .arg(chosen.constFirst())
                        .arg(chosen.size()));

    KpiRequest range;
    range.from = *from;
    range.to = *to;
    range.nowMs = now.toMSecsSinceEpoch();
    if (const QString invalid = KpiEngine::validate(range); !invalid.isEmpty())
        return fail(console, UsageError, invalid);

    const QString store = parser.value(QStringLiteral("db"));
    if (store.isEmpty())
        return fail(console, UsageError, QStringLiteral("--db is required"));
    QString error;
    const auto db = Database::open(store, &error, Database::Mode::ReadOnly);
    if (!db)
        return fail(console, StoreError, error);

    AnalyticsFilters filters;
    filters.preset = AnalyticsRangePreset::Custom;
    filters.customFrom = *from;
    filters.customTo = *to;
    filters.granularity = *by;
    filters.carrier = chosen.value(0);
    const auto page = AnalyticsPage::compute(*db, filters, range.nowMs, false, &error);
    if (!page)
        return fail(console, StoreError, error);
    if (page->source != KpiSource::Rollups)
        console.err << "controltower-report: the store's KPI rollups are not current, so the report reads the events "
                       "directly (slower); run controltower-cli rollups --rebuild once\n";
    AnalyticsPdfOptions options;
    options.generatedAt = now;
    options.store = db->path();
    if (!AnalyticsPdfReport::write(*page, options, out, &error))
        return fail(console, OutputError, error);
    const int pages = AnalyticsPdfReport::pageCount(*page);
    console.out << out << ": " << formatCount(pages, "page", "pages") << " for " << from->toString(Qt::ISODate) << " to "
                << to->toString(Qt::ISODate) << "\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
