// SPDX-License-Identifier: MIT
// Delivery-date model benchmark (docs/PERFORMANCE.md, "Delivery-date model"), on demo
// stores seeded at 2026-06-17T14:00Z. Measured in one run on each store size given:
//
//  1. The baseline: a plain scan of the columns of the delivered shipments the fit reads
//     (shipments only, no events, no time zones).
//  2. Reading the fit's input (TransitHistoryReader: the same scan with each shipment's
//     first delivery-facility and out-for-delivery scans from events, and local dates).
//  3. The whole fit (EddModel::fit: the read and the histograms), as a ratio to 1.
//  4. One estimate: EddModel::estimate alone, and with the query built from the shipment's
//     raw fields as an ingest hook would (lane, two local dates through a
//     TimeZoneResolver), in µs, and as a share of the CPU time ingest spends per shipment
//     (--ingest demo shipments generated first, then stored by ShipmentIngestor).
//  5. Ingest with the stored prediction (docs/PREDICTION.md, "Stored predictions") against
//     ingest without, in the same run: the --ingest demo shipments into a fresh store
//     holding the model fitted on the first store size (edd_models) and into one holding
//     none, as a ratio; the same with every shipment cut before its delivery (all still on
//     their way, so every one is estimated); and the re-estimate per shipment itself
//     (refreshExceptions on that live store with the model, minus without, per shipment).
//
// Times are thread CPU ms, medians of --repeat runs (wall times are printed too; on a
// shared machine they measure the neighbours). Stores are kept in --stores as
// analytics-demo-N.db, the same stores (same seed and instant) bench_analytics makes.
//   bench_predict [--shipments 100000,1000000] [--stores DIR] [--repeat 3] [--ingest 20000]
#include "demo/demogenerator.h"
#include "demo/demoseeder.h"
#include "geo/timezoneresolver.h"
#include "predict/eddmodel.h"
#include "predict/eddmodelstore.h"
#include "predict/transithistoryreader.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "store/sqlstatement.h"

#include "benchdemostore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <tuple>
#include <vector>

using namespace ct;
using namespace ct::predict;

namespace {

const QDateTime DemoNow = bench::demoNow();
using bench::median;
using bench::Time;

[[noreturn]] void die(const QString &message)
{
    bench::fail("bench_predict", message);
}

// The same demo stores as bench_analytics's (a --stores folder serves both).
std::unique_ptr<Database> store(const QString &dir, int shipments)
{
    return bench::demoStore("bench_predict", dir, "analytics-demo", shipments);
}

// What an ingest hook has in hand for a shipment: its raw fields.
struct RawShipment
{
    QString carrier, service, originCountry, originState, destCountry, destState;
    qint64 firstScanMs = 0;
    qint64 nowMs = 0;
    int offsetMinutes = 0;
};

qint64 baselineScan(const Database &db)
{
    QString error;
    auto q = SqlStatement::prepare(
        db,
        QStringLiteral("SELECT s.id, s.carrier, s.service, s.origin_country, s.origin_state, s.dest_country, "
                       "s.dest_state, COALESCE(s.shipped_at_ms, s.first_scan_at_ms), s.first_scan_at_ms, "
                       "s.delivered_at_ms, s.last_event_offset_min, s.estimated_date FROM shipments s "
                       "WHERE s.delivered_at_ms IS NOT NULL ORDER BY s.id"),
        &error);
    if (!q || !q->exec(&error))
        die(error);
    qint64 sum = 0;
    while (q->next()) {
        for (int c : {1, 2, 3, 4, 5, 6, 11})
            sum += q->text(c).size();
        for (int c : {0, 7, 8, 9, 10})
            sum += q->int64(c);
    }
    q->finish();
    return sum;
}

struct Figures
{
    qint64 delivered = 0;
    Time baseline, read, fit;
    double estimateUs = 0, hookUs = 0;
    qint64 queries = 0;
};

Figures measure(const Database &db, int repeat)
{
    Figures f;
    QString error;
    f.baseline = median(repeat, [&] { baselineScan(db); });
    f.read = median(repeat, [&] {
        qint64 n = 0;
        if (!TransitHistoryReader::read(db, {}, [&](const TransitRecord &) { ++n; }, &error))
            die(error);
        f.delivered = n;
    });
    EddModel model;
    f.fit = median(repeat, [&] {
        if (!model.fit(db, DemoNow.toMSecsSinceEpoch(), &error))
            die(error);
    });

    // Queries from the store's own shipments: the first 20,000 delivered, asked from their
    // first scan with two days elapsed.
    std::vector<TransitQuery> queries;
    std::vector<RawShipment> raw;
    TransitHistoryReader::read(
        db, {},
        [&](const TransitRecord &r) {
            if (queries.size() >= 20000 || !r.dateOf(Milestone::InTransit).isValid())
                return;
            const QDate from = r.dateOf(Milestone::InTransit);
            queries.push_back({r.lane, Milestone::InTransit, from, from.addDays(2)});
        },
        &error);
    auto q = SqlStatement::prepare(db,
                                   QStringLiteral("SELECT carrier, service, origin_country, origin_state, dest_country, "
                                                  "dest_state, first_scan_at_ms, last_event_offset_min FROM shipments "
                                                  "WHERE first_scan_at_ms IS NOT NULL ORDER BY id LIMIT 20000"),
                                   &error);
    if (!q || !q->exec(&error))
        die(error);
    while (q->next())
        raw.push_back({q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5), q->int64(6),
                       q->int64(6) + 2 * 24 * 3600 * 1000LL, static_cast<int>(q->int64(7))});
    q->finish();
    if (queries.empty() || raw.empty())
        die(QStringLiteral("no delivered shipments to query"));

    constexpr int Rounds = 5;
    qint64 answered = 0;
    const Time estimates = median(repeat, [&] {
        for (int round = 0; round < Rounds; ++round) {
            for (const TransitQuery &query : queries)
                answered += model.estimate(query).enoughHistory ? 1 : 0;
        }
    });
    f.queries = qint64(queries.size()) * Rounds;
    f.estimateUs = estimates.cpuMs * 1000.0 / double(f.queries);
    geo::TimeZoneResolver zones;
    const Time hook = median(repeat, [&] {
        for (int round = 0; round < Rounds; ++round) {
            for (const RawShipment &s : raw) {
                TransitQuery query;
                query.lane = ShipmentLane::of(s.carrier, s.service, s.originCountry, s.originState, s.destCountry, s.destState);
                query.milestone = Milestone::InTransit;
                query.milestoneDate = zones.localDateAt(s.firstScanMs, s.destCountry, s.destState, s.offsetMinutes);
                query.today = zones.localDateAt(s.nowMs, s.destCountry, s.destState, s.offsetMinutes);
                answered += model.estimate(query).enoughHistory ? 1 : 0;
            }
        }
    });
    f.hookUs = hook.cpuMs * 1000.0 / double(qint64(raw.size()) * Rounds);
    if (answered < 0)
        die(QStringLiteral("impossible"));
    return f;
}

QList<ShipmentRecord> demoRecords(int count)
{
    QList<ShipmentRecord> records;
    DemoOptions options;
    options.now = DemoNow;
    DemoGenerator generator(options);
    generator.generate(count, [&](ShipmentRecord &&s) { records.push_back(std::move(s)); }, [](ReturnRecord &&) {});
    return records;
}

// The same shipments as if read before they were delivered: every event from the first
// Delivered on is cut, so all of them are still on their way.
QList<ShipmentRecord> onTheirWay(QList<ShipmentRecord> records)
{
    for (ShipmentRecord &r : records) {
        const auto delivered = std::find_if(r.events.begin(), r.events.end(),
                                            [](const TrackingEvent &e) { return e.tag == Tag::Delivered; });
        r.events.erase(delivered, r.events.end());
    }
    return records;
}

// A fresh store holding `model` as its delivery-date model (none: nullptr).
std::unique_ptr<Database> freshStore(const QTemporaryDir &dir, const EddModel *model)
{
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("ingest.db")), &error);
    if (!db)
        die(error);
    if (model && !EddModelStore::save(*db, *model, {}, DemoNow.toMSecsSinceEpoch(), DemoNow.toMSecsSinceEpoch(), &error))
        die(error);
    return db;
}

void ingestAll(const Database &db, const QList<ShipmentRecord> &records)
{
    QString error;
    ShipmentIngestor ingestor(db);
    for (qsizetype i = 0; i < records.size(); i += DemoSeeder::BatchSize) {
        if (!ingestor.ingest(records.mid(i, DemoSeeder::BatchSize), DemoNow.toMSecsSinceEpoch(), nullptr, &error))
            die(error);
    }
}

// CPU µs ShipmentIngestor spends per shipment (generated beforehand) into a fresh store,
// estimating with `model` (nullptr: none stored, no estimate).
double ingestUsPerShipment(const QList<ShipmentRecord> &records, const EddModel *model, int repeat)
{
    const Time t = median(repeat, [&] {
        QTemporaryDir dir;
        ingestAll(*freshStore(dir, model), records);
    });
    return t.cpuMs * 1000.0 / double(records.size());
}

// CPU µs refreshExceptions spends per shipment on a store of `records` (all on their way),
// estimating with `model` or not; and how many shipments it re-evaluated.
std::pair<double, qint64> refreshUsPerShipment(const QList<ShipmentRecord> &records, const EddModel *model, int repeat)
{
    QTemporaryDir dir;
    auto db = freshStore(dir, model);
    ingestAll(*db, records);
    qint64 evaluated = 0;
    const Time t = median(repeat, [&] {
        QString error;
        ShipmentIngestor ingestor(*db);
        if (!ingestor.refreshExceptions(DemoNow.toMSecsSinceEpoch(), nullptr, &error,
                                        [&](int, int total) { evaluated = total; }))
            die(error);
    });
    return {t.cpuMs * 1000.0 / double(std::max<qint64>(1, evaluated)), evaluated};
}

struct IngestFigures
{
    double withoutUs = 0, withUs = 0;         // all demo shipments
    double liveWithoutUs = 0, liveWithUs = 0; // cut before delivery: every one estimated
    double refreshWithoutUs = 0, refreshWithUs = 0;
    qint64 refreshed = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::StoreBenchArgs common;
    const QCommandLineOption ingest(QStringLiteral("ingest"), QStringLiteral("Shipments for the ingest cost (0: skip)."),
                                    QStringLiteral("n"), QStringLiteral("20000"));
    common.addTo(parser);
    parser.addOptions({ingest});
    parser.process(app);
    const QString dir = common.storesDir(parser);
    const int runs = common.repeat(parser);

    const int ingestCount = std::max(0, parser.value(ingest).toInt());
    const QList<ShipmentRecord> records = ingestCount > 0 ? demoRecords(ingestCount) : QList<ShipmentRecord>();
    const double ingestUs = ingestCount > 0 ? ingestUsPerShipment(records, nullptr, runs) : 0.0;
    std::optional<EddModel> firstModel;

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
        rows.push_back({n, measure(*db, runs)});
        if (!firstModel) {
            QString error;
            firstModel.emplace();
            if (!firstModel->fit(*db, DemoNow.toMSecsSinceEpoch(), &error))
                die(error);
        }
    }
    IngestFigures in;
    if (ingestCount > 0 && firstModel) {
        std::fprintf(stderr, "measuring ingest with and without the stored prediction...\n");
        const QList<ShipmentRecord> live = onTheirWay(records);
        // Without and with measured one after the other, each a median of --repeat runs.
        in.withoutUs = ingestUsPerShipment(records, nullptr, runs);
        in.withUs = ingestUsPerShipment(records, &*firstModel, runs);
        in.liveWithoutUs = ingestUsPerShipment(live, nullptr, runs);
        in.liveWithUs = ingestUsPerShipment(live, &*firstModel, runs);
        std::tie(in.refreshWithoutUs, in.refreshed) = refreshUsPerShipment(live, nullptr, runs);
        in.refreshWithUs = refreshUsPerShipment(live, &*firstModel, runs).first;
    }

    std::printf("delivery-date model, thread CPU ms (wall ms), medians of %d\n", runs);
    for (const Row &row : rows) {
        const Figures &f = row.f;
        std::printf("\n%d shipments, %lld delivered\n", row.size, static_cast<long long>(f.delivered));
        std::printf("  baseline: scan of the delivered shipments' columns  %9.1f (%9.1f)   x1\n", f.baseline.cpuMs,
                    f.baseline.wallMs);
        std::printf("  read the fit's input (events, local dates)           %9.1f (%9.1f)   x%.2f\n", f.read.cpuMs,
                    f.read.wallMs, f.read.cpuMs / f.baseline.cpuMs);
        std::printf("  fit                                                   %9.1f (%9.1f)   x%.2f\n", f.fit.cpuMs,
                    f.fit.wallMs, f.fit.cpuMs / f.baseline.cpuMs);
        std::printf("  one estimate (EddModel::estimate), %lld queries       %9.2f us\n",
                    static_cast<long long>(f.queries), f.estimateUs);
        std::printf("  one estimate with its query built from raw fields     %9.2f us\n", f.hookUs);
        if (ingestUs > 0)
            std::printf("  ... as a share of ingest's %.1f us per shipment       %9.2f %%\n", ingestUs,
                        100.0 * f.hookUs / ingestUs);
    }
    if (in.withoutUs > 0) {
        std::printf("\nstored prediction at ingest (model fitted on the %d-shipment store), %d shipments, CPU us per "
                    "shipment\n",
                    rows.front().size, ingestCount);
        std::printf("  ingest without a model (baseline)                     %9.1f us   x1\n", in.withoutUs);
        std::printf("  ingest with the model                                 %9.1f us   x%.3f\n", in.withUs,
                    in.withUs / in.withoutUs);
        std::printf("  cut before delivery, without a model (baseline)       %9.1f us   x1\n", in.liveWithoutUs);
        std::printf("  cut before delivery, with the model (all estimated)   %9.1f us   x%.3f\n", in.liveWithUs,
                    in.liveWithUs / in.liveWithoutUs);
        std::printf("  re-estimate one shipment (refresh with - without), %lld shipments  %6.1f us\n",
                    static_cast<long long>(in.refreshed), in.refreshWithUs - in.refreshWithoutUs);
    }
    if (rows.size() >= 2) {
        const Figures &a = rows.front().f;
        const Figures &b = rows.back().f;
        std::printf("\n%d / %d shipments: fit x%.1f, baseline x%.1f, estimate x%.2f\n", rows.back().size,
                    rows.front().size, b.fit.cpuMs / a.fit.cpuMs, b.baseline.cpuMs / a.baseline.cpuMs,
                    b.estimateUs / a.estimateUs);
    }
    return 0;
}
