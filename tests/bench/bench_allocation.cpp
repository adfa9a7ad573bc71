// SPDX-License-Identifier: MIT
// Allocation benchmark (docs/ALLOCATION.md, docs/PERFORMANCE.md): building the carrier
// scorecard on demo stores, and one allocation once it is built. Measured in one run on
// each store size given:
//
//  1. Baselines: a plain count(*) over the scorecard window's shipments (the rows the
//     damage/loss query reads), and one KpiEngine request of the scorecard's KPIs cut by
//     carrier (the analytics page's carrier bars).
//  2. The scorecard: CarrierScorecard::build for a policy listing every carrier service of
//     the store (one KPI request for the carriers, one per service by lane and destination,
//     and the damage/loss query).
//  3. One allocation: AllocationRecommender::recommend for an order (India and US orders in
//     turn) against that scorecard, a rate card with zones for every carrier and country
//     pair, rules, a split and a cap; and CarrierAllocator::allocate, which also reads the
//     day's counts from the store. Target: at most 1 ms.
//
// Figures are medians of --repeat runs (allocations: of --allocations calls), wall and
// thread CPU time; the scorecard as ratios to the baselines. Stores are demo data seeded at
// 2026-06-17T14:00Z into --stores/allocation-demo-N.db (kept for the next run; the same as
// `controltower-cli demo --shipments N --now 2026-06-17T14:00:00Z`).
//   bench_allocation [--shipments 100000,1000000] [--stores DIR] [--repeat 3] [--allocations 2000]
#include "allocation/allocationrecommender.h"
#include "allocation/allocationsettings.h"
#include "allocation/carrierallocator.h"
#include "analytics/kpiengine.h"
#include "benchdemostore.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "teamsettings/teamsettingsstore.h"

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
#include <vector>

using namespace ct;

namespace {

const QDateTime DemoNow = bench::demoNow();
using bench::median;
using bench::Time;

[[noreturn]] void die(const QString &message)
{
    bench::fail("bench_allocation", message);
}

std::unique_ptr<Database> store(const QString &dir, int shipments)
{
    return bench::demoStore("bench_allocation", dir, "allocation-demo", shipments);
}

struct Catalogue
{
    QList<CarrierServiceRef> services;
    QStringList countries;
};

Catalogue catalogue(const Database &db)
{
    QString error;
    Catalogue c;
    auto q = SqlStatement::prepare(db, QStringLiteral("SELECT DISTINCT carrier, service FROM shipments ORDER BY 1, 2"), &error);
    if (!q || !q->exec(&error))
        die(error);
    while (q->next())
        c.services << CarrierServiceRef{q->text(0), q->text(1)};
    q->finish();
    auto countries = SqlStatement::prepare(
        db, QStringLiteral("SELECT DISTINCT dest_country FROM shipments WHERE dest_country <> '' ORDER BY 1"), &error);
    if (!countries || !countries->exec(&error))
        die(error);
    while (countries->next())
        c.countries << countries->text(0);
    countries->finish();
    return c;
}

// Every service, rules that touch the first three, a 60/40 split of the first two, a cap.
AllocationPolicy policyFor(const Catalogue &c)
{
    AllocationPolicy p;
    p.minShipments = 30;
    for (const CarrierServiceRef &s : c.services) {
        AllocationCarrier a;
        a.carrier = s.carrier;
        a.service = s.service;
        a.cod = true;
        a.maxWeightGrams = 30000;
        p.carriers << a;
    }
    const auto ref = [&](int i) { return CarrierServiceRef{c.services.at(i).carrier, c.services.at(i).service}; };
    AllocationRule heavy;
    heavy.id = QStringLiteral("heavy");
    heavy.priority = 1;
    heavy.when.minWeightGrams = 20000;
    heavy.action = AllocationAction::Exclude;
    heavy.carriers = {ref(0)};
    AllocationRule prefer;
    prefer.id = QStringLiteral("prefer");
    prefer.priority = 2;
    prefer.when.cod = true;
    prefer.action = AllocationAction::Prefer;
    prefer.carriers = {ref(2)};
    p.rules = {heavy, prefer};
    AllocationSplit split;
    split.id = QStringLiteral("split");
    split.when.minWeightGrams = 25000;
    split.shares = {AllocationShare{ref(0), 60}, AllocationShare{ref(1), 40}};
    p.splits = {split};
    p.caps = {AllocationCap{ref(1), 100000}};
    return p;
}

// A zone for every carrier and country pair (the linear search's worst case), four slabs,
// an increment and a COD fee per carrier.
RateCard rateCardFor(const Catalogue &c)
{
    QByteArray csv = "kind,carrier,service,origin_country,origin_prefix,destination_country,destination_prefix,zone,"
                     "up_to_kg,step_kg,price,fixed,percent,currency\n";
    QStringList carriers;
    for (const CarrierServiceRef &s : c.services)
        if (!carriers.contains(s.carrier))
            carriers << s.carrier;
    for (const QString &carrier : std::as_const(carriers)) {
        const QByteArray k = carrier.toUtf8();
        for (const QString &from : c.countries)
            for (const QString &to : c.countries)
                csv += "zone," + k + ",," + from.toLatin1() + ",," + to.toLatin1() + ",,"
                    + (from == to ? "D" : "X") + ",,,,,,\n";
        for (const char *zone : {"D", "X"}) {
            for (const char *kg : {"0.5", "1", "2", "5"})
                csv += "slab," + k + ",*,,,,," + zone + "," + kg + ",,10.00,,,USD\n";
            csv += "increment," + k + ",*,,,,," + zone + ",,0.5,2.00,,,USD\n";
        }
        csv += "cod," + k + ",*,,,,,,,,,1.00,1.5,USD\n";
    }
    QStringList errors;
    const std::optional<RateCard> card = RateCard::fromCsv(csv, QStringLiteral("bench.csv"), &errors);
    if (!card)
        die(errors.join(QLatin1Char('\n')));
    return *card;
}

QList<AllocationOrder> orders()
{
    QList<AllocationOrder> list;
    static const char *const Places[][2] = {{"421302,IN,MH", "411051,IN,MH"}, {"75201,US,TX", "78701,US,TX"}};
    for (const auto &o : Places) {
        AllocationOrder order;
        QString error;
        order.origin = *PostalPlace::parse(QString::fromLatin1(o[0]), &error);
        order.destination = *PostalPlace::parse(QString::fromLatin1(o[1]), &error);
        order.weightGrams = 1200;
        order.cod = list.isEmpty();
        order.value = Money{249900, QStringLiteral("USD")};
        order.promised = DemoNow.date().addDays(4);
        list << order;
    }
    return list;
}

struct Figures
{
    qint64 shipments = 0;
    int services = 0;
    int cells = 0;
    int zones = 0;
    Time count, carrierRequest, requests, scorecard;
    double recommendUs = 0, recommendCpuUs = 0, allocateUs = 0, allocateCpuUs = 0;
};

Figures measure(const Database &db, int repeat, int allocations)
{
    Figures f;
    QString error;
    const Catalogue cat = catalogue(db);
    f.services = int(cat.services.size());
    const QDate to = DemoNow.date();
    const QDate from = to.addDays(-89);
    const qint64 begin = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    f.count = median(repeat, [&] {
        auto q = SqlStatement::prepare(db, QStringLiteral("SELECT count(*) FROM shipments s WHERE s.first_event_at_ms >= ? "
                                                          "AND s.first_event_at_ms < ?"), &error);
        if (!q)
            die(error);
        q->bind(0, begin);
        q->bind(1, end);
        if (!q->exec(&error) || !q->next())
            die(error);
        f.shipments = q->int64(0);
        q->finish();
    });
    KpiRequest carriers;
    carriers.from = from;
    carriers.to = to;
    carriers.nowMs = DemoNow.toMSecsSinceEpoch();
    carriers.kpis = {Kpi::OnTimeRate, Kpi::FirstAttemptRate, Kpi::NdrRate, Kpi::RtoRate, Kpi::TransitDays};
    carriers.groupings = {KpiGrouping{KpiGranularity::Range, KpiCut::Carrier}};
    const KpiEngine engine(db);
    f.carrierRequest = median(repeat, [&] {
        if (!engine.compute(carriers, &error))
            die(error);
    });
    // The scorecard's KPI requests alone (the rest is the damage/loss query).
    KpiRequest perService = carriers;
    perService.groupings = {KpiGrouping{KpiGranularity::Range, KpiCut::Lane},
                            KpiGrouping{KpiGranularity::Range, KpiCut::Destination}};
    f.requests = median(repeat, [&] {
        if (!engine.compute(carriers, &error))
            die(error);
        for (const CarrierServiceRef &s : cat.services) {
            perService.filter.services = {s.text()};
            if (!engine.compute(perService, &error))
                die(error);
        }
    });
    std::optional<CarrierScorecard> card;
    f.scorecard = median(repeat, [&] {
        card = CarrierScorecard::build(db, cat.services, {from, to, DemoNow.toMSecsSinceEpoch()}, &error);
        if (!card)
            die(error);
    });
    f.cells = int(card->rows().size());

    const AllocationPolicy policy = policyFor(cat);
    const RateCard rates = rateCardFor(cat);
    f.zones = int(rates.zones().size());
    const AllocationRecommender recommender(policy, rates, *card);
    const QList<AllocationOrder> list = orders();
    const AllocationDayCounts counts{to, {}, {}};
    qint64 ranked = 0;
    const Time recommend = median(1, [&] {
        for (int i = 0; i < allocations; ++i)
            ranked += recommender.recommend(list.at(i % list.size()), counts).ranking.size();
    });
    f.recommendUs = recommend.wallMs * 1000.0 / allocations;
    f.recommendCpuUs = recommend.cpuMs * 1000.0 / allocations;

    // Through the store: the policy and the rate card saved into the demo store as team
    // settings (a new version each run), so that CarrierAllocator reads them there; each
    // allocation also reads the day's counts from the allocations table.
    TeamSettingsStore settings(db);
    for (const auto &[name, document] : {std::pair{AllocationSettings::PolicyName, policy.toJson()},
                                         std::pair{AllocationSettings::RateCardName, AllocationSettings::rateCardDocument(rates)}}) {
        const std::optional<TeamSetting> current = settings.read(QString::fromLatin1(name), &error);
        if (!current || !settings.save(QString::fromLatin1(name), document, current->version, QStringLiteral("bench"),
                                       DemoNow.toMSecsSinceEpoch()).ok())
            die(QStringLiteral("saving %1 failed %2").arg(QLatin1String(name), error));
    }
    const std::optional<CarrierAllocator> allocator = CarrierAllocator::open(db, DemoNow.toMSecsSinceEpoch(), &error);
    if (!allocator)
        die(error);
    const Time allocate = median(1, [&] {
        for (int i = 0; i < allocations; ++i) {
            const std::optional<AllocationResult> r = allocator->allocate(list.at(i % list.size()), &error);
            if (!r)
                die(error);
            ranked += r->ranking.size();
        }
    });
    f.allocateUs = allocate.wallMs * 1000.0 / allocations;
    f.allocateCpuUs = allocate.cpuMs * 1000.0 / allocations;
    if (ranked == 0)
        die(QStringLiteral("no allocation ranked a carrier"));
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::StoreBenchArgs common;
    const QCommandLineOption allocations(QStringLiteral("allocations"), QStringLiteral("Allocations timed per store."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    common.addTo(parser);
    parser.addOptions({allocations});
    parser.process(app);
    const QString dir = common.storesDir(parser);
    const int runs = common.repeat(parser);
    const int calls = std::max(1, parser.value(allocations).toInt());
    std::printf("%10s %9s %6s %12s %12s %14s %14s %9s %9s %13s %13s\n", "store", "services", "cells", "count ms",
                "carriers ms", "KPI reqs ms", "scorecard ms", "÷ count", "÷ carr.", "recommend µs", "allocate µs");
    std::vector<std::pair<int, Figures>> rows;
    for (const QString &size : common.sizes(parser)) {
        const int n = size.toInt();
        const auto db = store(dir, n);
        const Figures f = measure(*db, runs, calls);
        rows.emplace_back(n, f);
        std::printf("%10d %9d %6d %5.1f/%5.1f %5.1f/%5.1f %6.0f/%6.0f %6.0f/%6.0f %9.1f %9.1f %6.1f/%6.1f %6.1f/%6.1f\n", n,
                    f.services, f.cells, f.count.wallMs, f.count.cpuMs, f.carrierRequest.wallMs, f.carrierRequest.cpuMs,
                    f.requests.wallMs, f.requests.cpuMs,
                    f.scorecard.wallMs, f.scorecard.cpuMs, f.scorecard.cpuMs / std::max(0.001, f.count.cpuMs),
                    f.scorecard.cpuMs / std::max(0.001, f.carrierRequest.cpuMs), f.recommendUs, f.recommendCpuUs,
                    f.allocateUs, f.allocateCpuUs);
        std::fflush(stdout);
    }
    std::printf("(times wall/thread CPU; ratios of CPU times; %d runs per figure, %d allocations; window shipments:", runs, calls);
    for (const auto &[n, f] : rows)
        std::printf(" %lld", static_cast<long long>(f.shipments));
    std::printf("; rate card zones: %d)\n", rows.empty() ? 0 : rows.front().second.zones);
    if (rows.size() >= 2)
        std::printf("largest ÷ smallest store: scorecard %.2f, count %.2f, one allocation %.2f\n",
                    rows.back().second.scorecard.cpuMs / std::max(0.001, rows.front().second.scorecard.cpuMs),
                    rows.back().second.count.cpuMs / std::max(0.001, rows.front().second.count.cpuMs),
                    rows.back().second.recommendCpuUs / std::max(0.001, rows.front().second.recommendCpuUs));
    return 0;
}
