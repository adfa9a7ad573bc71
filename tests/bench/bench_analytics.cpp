// SPDX-License-Identifier: MIT
// Analytics benchmark: every KPI's query and the whole analytics page, on demo stores,
// from the rollups (what the page reads) and, for comparison, from the events directly.
// Measured in one run on each store size given:
//
//  1. The baseline: a plain count(*) over the rows the direct shipments pass reads (the
//     range's shipments joined with their events), and one over the range's exceptions.
//  2. Each KPI alone from the rollups (KpiEngine::compute with that KPI only), over the last
//     --days days, one period, no cut; with --direct-kpis also from the events.
//  3. The whole page: every KPI, weekly series, tiles for the range and for the range
//     before it, and bars by carrier, service, lane and destination (one request with six
//     groupings, plus the previous period's tiles), from the rollups' days alone, from the
//     rollups (weeks and days) and directly.
//  4. The rollups' cost at ingest: --ingest demo shipments stored into a fresh store with
//     rollups and into one at schema 6 (without), the ratio of the two times.
//  5. A full rebuild of the rollups (controltower-cli rollups --rebuild).
//
// Figures are medians of --repeat runs, wall and thread CPU time, as ratios to the baseline,
// and the ratio of the largest store's time to the smallest's. Stores are demo data seeded
// at 2026-06-17T14:00Z into --stores/analytics-demo-N.db (kept for the next run).
//   bench_analytics [--shipments 100000,1000000] [--stores DIR] [--repeat 1] [--days 90]
//                   [--ingest 20000] [--direct-kpis] [--no-direct] [--no-rebuild] [--page-only]
#include "analytics/kpiengine.h"
#include "analytics/kpifacts.h"
#include "benchdemostore.h"
#include "demo/demoseeder.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ct;

namespace {

const QDateTime DemoNow = bench::demoNow();
using bench::median;
using bench::Time;

[[noreturn]] void die(const QString &message)
{
    bench::fail("bench_analytics", message);
}

std::unique_ptr<Database> store(const QString &dir, int shipments)
{
    return bench::demoStore("bench_analytics", dir, "analytics-demo", shipments);
}

qint64 scalar(const Database &db, const QString &sql, const QList<qint64> &values)
{
    QString error;
    auto q = SqlStatement::prepare(db, sql, &error);
    if (!q)
        die(error);
    for (int i = 0; i < values.size(); ++i)
        q->bind(i, values.at(i));
    if (!q->exec(&error) || !q->next())
        die(error);
    const qint64 v = q->int64(0);
    q->finish();
    return v;
}

struct Figures
{
    qint64 shipments = 0, events = 0, exceptions = 0;
    Time baseline, exceptionsBaseline, page, pageDaily, pageDirect, rebuild;
    std::vector<Time> kpi, kpiDirect; // per KPI
    Time ingestWith, ingestWithout;
    int ingested = 0;
    int cells = 0;
};

struct Options
{
    int repeat = 1;
    int days = 90;
    bool directKpis = false;
    bool directPage = true;
    bool rebuild = true;
    bool eachKpi = true;
};

Figures measure(const Database &db, const Options &o)
{
    const int repeat = o.repeat;
    const int days = o.days;
    Figures f;
    const QDate to = DemoNow.date();
    const QDate from = to.addDays(1 - days);
    const qint64 begin = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    f.baseline = median(repeat, [&] {
        f.events = scalar(db,
                          QStringLiteral("SELECT count(*) FROM shipments s JOIN events e ON e.shipment_id = s.id "
                                         "WHERE s.first_event_at_ms < ? AND s.last_event_at_ms >= ?"),
                          {end, begin});
    });
    f.shipments = scalar(db, QStringLiteral("SELECT count(*) FROM shipments s WHERE s.first_event_at_ms < ? AND "
                                            "s.last_event_at_ms >= ?"),
                         {end, begin});
    f.exceptionsBaseline = median(repeat, [&] {
        f.exceptions = scalar(db, QStringLiteral("SELECT count(*) FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                                 "WHERE x.trigger_at_ms < ?"),
                              {end});
    });

    const KpiEngine engine(db);
    QString error;
    if (KpiFacts::state(db, &error) != QLatin1String("current"))
        die(QStringLiteral("%1: the rollups are not current").arg(db.path()));
    for (const KpiDefinition &d : allKpis()) {
        if (!o.eachKpi) {
            f.kpi.push_back({});
            f.kpiDirect.push_back({});
            continue;
        }
        KpiRequest r;
        r.from = from;
        r.to = to;
        r.nowMs = DemoNow.toMSecsSinceEpoch();
        r.kpis = {d.kpi};
        f.kpi.push_back(median(repeat, [&] {
            if (!engine.compute(r, &error, KpiSource::Rollups))
                die(error);
        }));
        f.kpiDirect.push_back(o.directKpis ? median(repeat, [&] {
            if (!engine.compute(r, &error, KpiSource::Direct))
                die(error);
        })
                                           : Time{});
    }

    KpiRequest page;
    page.from = from;
    page.to = to;
    page.nowMs = DemoNow.toMSecsSinceEpoch();
    page.groupings = {{KpiGranularity::Week, KpiCut::None},     {KpiGranularity::Range, KpiCut::None},
                      {KpiGranularity::Range, KpiCut::Carrier}, {KpiGranularity::Range, KpiCut::Service},
                      {KpiGranularity::Range, KpiCut::Lane},    {KpiGranularity::Range, KpiCut::Destination}};
    KpiRequest previous;
    previous.from = from.addDays(-days);
    previous.to = from.addDays(-1);
    previous.nowMs = page.nowMs;
    // The days alone first (the page before the weekly level), then with the weeks.
    if (o.eachKpi)
        f.pageDaily = median(repeat, [&] {
            if (!engine.compute(page, &error, KpiSource::DailyRollups)
                || !engine.compute(previous, &error, KpiSource::DailyRollups))
                die(error);
        });
    f.page = median(repeat, [&] {
        const auto report = engine.compute(page, &error, KpiSource::Rollups);
        if (!report || !engine.compute(previous, &error, KpiSource::Rollups))
            die(error);
        f.cells = static_cast<int>(report->cells.size());
    });
    if (o.directPage)
        f.pageDirect = median(1, [&] {
        if (!engine.compute(page, &error, KpiSource::Direct) || !engine.compute(previous, &error, KpiSource::Direct))
            die(error);
    });
    if (o.rebuild) {
        f.rebuild = median(1, [&] {
            if (!KpiFacts(db).rebuild(&error))
                die(error);
        });
    }
    return f;
}

// The rollups' share of ingest: the same demo shipments stored with them and without them
// (a store kept at schema 6, which has none).
void measureIngest(Figures &f, int count, int repeat)
{
    f.ingested = count;
    for (const bool rollups : {false, true}) {
        Time &t = rollups ? f.ingestWith : f.ingestWithout;
        t = median(repeat, [&] {
            QTemporaryDir dir;
            QString error;
            const QString path = dir.filePath(QStringLiteral("ingest.db"));
            auto db = rollups ? Database::open(path, &error) : Database::openAtVersion(path, 7, &error);
            if (!db)
                die(error);
            DemoOptions options;
            options.now = DemoNow;
            DemoSeeder::Result result;
            if (!DemoSeeder::seed(*db, options, count, {}, &result, &error))
                die(error);
        });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::StoreBenchArgs common(1);
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("The range: the last N days."),
                                  QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption ingest(QStringLiteral("ingest"), QStringLiteral("Shipments for the ingest cost (0: skip)."),
                                    QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption directKpis(QStringLiteral("direct-kpis"), QStringLiteral("Also each KPI from the events."));
    const QCommandLineOption noRebuild(QStringLiteral("no-rebuild"), QStringLiteral("Skip the rebuild."));
    const QCommandLineOption noDirect(QStringLiteral("no-direct"), QStringLiteral("Skip the page from the events."));
    const QCommandLineOption pageOnly(QStringLiteral("page-only"), QStringLiteral("Only the page from the rollups (for profiling)."));
    common.addTo(parser);
    parser.addOptions({days, ingest, directKpis, noRebuild, noDirect, pageOnly});
    parser.process(app);
    const QString dir = common.storesDir(parser);
    Options options;
    options.repeat = common.repeat(parser);
    options.days = std::clamp(parser.value(days).toInt(), 1, 3650);
    options.directKpis = parser.isSet(directKpis);
    options.rebuild = !parser.isSet(noRebuild);
    options.directPage = !parser.isSet(noDirect);
    options.eachKpi = !parser.isSet(pageOnly);
    const int runs = options.repeat;
    const int range = options.days;

    struct Row
    {
        int size;
        Figures f;
    };
    std::vector<Row> rows;
    for (const QString &size : common.sizes(parser)) {
        const int n = size.trimmed().toInt();
        if (n <= 0)
            die(QStringLiteral("--shipments: \"%1\" is not a positive number").arg(size));
        auto db = store(dir, n);
        std::fprintf(stderr, "measuring %s...\n", qPrintable(db->path()));
        rows.push_back({n, measure(*db, options)});
    }
    Figures ingestFigures;
    if (const int count = parser.value(ingest).toInt(); count > 0) {
        std::fprintf(stderr, "ingesting %d shipments with and without rollups...\n", count);
        measureIngest(ingestFigures, count, runs);
    }
    const QLocale english(QLocale::English);
    std::printf("range: the last %d days to %s; medians of %d run(s)\n\n", range,
                qPrintable(DemoNow.date().toString(Qt::ISODate)), runs);
    std::printf("%-34s", "");
    for (const Row &r : rows)
        std::printf(" | %9s: wall ms    cpu ms x base", qPrintable(english.toString(r.size)));
    if (rows.size() >= 2)
        std::printf(" | cpu large/small");
    std::printf("\n");
    const auto line = [&](const char *name, const std::function<Time(const Figures &)> &time) {
        std::printf("%-34s", name);
        for (const Row &r : rows)
            std::printf(" | %19.1f %9.1f %6.2f", time(r.f).wallMs, time(r.f).cpuMs, time(r.f).cpuMs / r.f.baseline.cpuMs);
        if (rows.size() >= 2)
            std::printf(" | %15.2f", time(rows.back().f).cpuMs / time(rows.front().f).cpuMs);
        std::printf("\n");
    };
    line("baseline: count(*) shipments+events", [](const Figures &f) { return f.baseline; });
    line("baseline: count(*) exceptions", [](const Figures &f) { return f.exceptionsBaseline; });
    for (const KpiDefinition &d : allKpis()) {
        if (!options.eachKpi)
            break;
        const auto i = static_cast<size_t>(d.kpi);
        line(d.code, [i](const Figures &f) { return f.kpi[i]; });
        if (options.directKpis)
            line(qPrintable(QStringLiteral("  %1, direct").arg(QLatin1String(d.code))),
                 [i](const Figures &f) { return f.kpiDirect[i]; });
    }
    if (options.eachKpi)
        line("whole page, daily rollups only", [](const Figures &f) { return f.pageDaily; });
    line("whole page, rollups", [](const Figures &f) { return f.page; });
    if (options.directPage)
        line("whole page, direct", [](const Figures &f) { return f.pageDirect; });
    if (options.rebuild)
        line("rebuild the rollups", [](const Figures &f) { return f.rebuild; });
    std::printf("\n");
    if (ingestFigures.ingested > 0)
        std::printf("ingest of %s demo shipments: %.1f ms cpu without rollups, %.1f ms with: ratio %.3f "
                    "(wall %.1f / %.1f ms)\n\n",
                    qPrintable(english.toString(ingestFigures.ingested)), ingestFigures.ingestWithout.cpuMs,
                    ingestFigures.ingestWith.cpuMs, ingestFigures.ingestWith.cpuMs / ingestFigures.ingestWithout.cpuMs,
                    ingestFigures.ingestWithout.wallMs, ingestFigures.ingestWith.wallMs);
    for (const Row &r : rows)
        std::printf("%s shipments: %s in the range, %s of their events, %s exceptions; the page has %d cells\n",
                    qPrintable(english.toString(r.size)), qPrintable(english.toString(r.f.shipments)),
                    qPrintable(english.toString(r.f.events)), qPrintable(english.toString(r.f.exceptions)), r.f.cells);
    return 0;
}
