// SPDX-License-Identifier: MIT
// Returns benchmark: judging every return of a store on open, and the returns figures.
// Measured in one run on demo stores of each size given:
//
//  1. The baseline: reading the same rows (every return joined with its shipment) with a
//     plain query, nothing built from them.
//  2. ReturnCaseQuery::all: the cases, with the customers' histories.
//  3. ReturnPolicyEngine::evaluate on every case (default policy).
//  4. ReturnVerdictStore::judgeAll: 2 and 3, and every verdict written (one transaction).
//  5. ReturnVerdictStore::judge of 50 returns spread over the store (after a sync round).
//  6. ReturnFigures::compute over the last 90 days.
//
// Then the returns queue (ReturnQueueQuery) on the judged store, against its own baseline:
// the first 101 returns read by id with their verdicts, nothing else.
//  7. The first page (100 rows) of "To decide" (requested, oldest first), of every return
//     newest first, and of every return by value.
//  8. The next page after row 100 of each.
//  9. The facet counts and the total of "To decide" and of every return.
// 10. A search by a customer's name.
//
// Figures are medians of --repeat runs, as ratios to the baseline and, per step, as the
// ratio of the largest store's time to the smallest's (per return).
//   bench_returns [--shipments 100000,1000000] [--stores DIR] [--repeat 3]
#include "benchdemostore.h"
#include "demo/demoseeder.h"
#include "returns/returncasequery.h"
#include "returns/returnfigures.h"
#include "returns/returnpolicyengine.h"
#include "returns/returnqueuequery.h"
#include "returns/returnverdictstore.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ct;

namespace {

const QDateTime DemoNow = bench::demoNow();

[[noreturn]] void die(const QString &message)
{
    bench::fail("bench_returns", message);
}

double medianMs(int repeat, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::unique_ptr<Database> store(const QString &dir, int shipments)
{
    return bench::demoStore("bench_returns", dir, "returns-demo", shipments);
}

struct Figures
{
    qint64 returns = 0;
    double baselineMs = 0, casesMs = 0, evaluateMs = 0, judgeAllMs = 0, judgeSomeMs = 0, figuresMs = 0;
    // The queue.
    double pageBaselineMs = 0, toDecideFirstMs = 0, toDecideNextMs = 0, newestFirstMs = 0, newestNextMs = 0,
           valueFirstMs = 0, valueNextMs = 0, toDecideFacetsMs = 0, allFacetsMs = 0, searchMs = 0;
};

// The first page of `filter` in `sort`, then the page after its last row.
void measurePages(ReturnQueueQuery &query, const ReturnQueueFilter &filter, const ReturnQueueSort &sort, int repeat,
                  double &firstMs, double &nextMs)
{
    const qint64 now = DemoNow.toMSecsSinceEpoch();
    QString error;
    std::optional<ReturnQueuePage> first;
    firstMs = medianMs(repeat, [&] {
        first = query.firstPage(filter, sort, 100, now, &error);
        if (!first)
            die(error);
    });
    if (first->rows.isEmpty())
        return;
    nextMs = medianMs(repeat, [&] {
        if (!query.nextPage(filter, sort, first->rows.constLast(), 100, now, &error))
            die(error);
    });
}

Figures measure(const Database &db, int repeat)
{
    Figures f;
    f.baselineMs = medianMs(repeat, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT r.id, r.rma, r.order_id, r.reason, r.reason_note, r.items, r.amount_cents, r.currency,"
            " r.requested_at_ms, r.delivered_at_ms, r.window_days, r.status, r.resolution, r.resolution_amount_cents,"
            " r.reverse_carrier, r.reverse_tracking_number, r.inspection_grade, r.updated_at_ms,"
            " s.id, s.carrier, s.tracking_number, s.ordered_at_ms, coalesce(s.shipped_at_ms, s.first_scan_at_ms),"
            " s.delivered_at_ms, lower(s.customer_email)"
            " FROM returns r LEFT JOIN shipments s ON s.id = r.shipment_id ORDER BY r.id"));
        qint64 n = 0;
        while (q.next())
            n += q.value(0).toLongLong() > 0 ? 1 : 0;
        f.returns = n;
    });
    const ReturnPolicy policy = ReturnPolicy::defaults();
    QList<ReturnCase> cases;
    QString error;
    f.casesMs = medianMs(repeat, [&] {
        auto all = ReturnCaseQuery(db).all(policy.serialReturner.days, &error);
        if (!all)
            die(error);
        cases = std::move(*all);
    });
    const ReturnPolicyEngine engine(policy);
    qint64 eligible = 0;
    f.evaluateMs = medianMs(repeat, [&] {
        eligible = 0;
        for (const ReturnCase &c : std::as_const(cases))
            eligible += engine.evaluate(c).eligibility == ReturnEligibility::Eligible ? 1 : 0;
    });
    std::fprintf(stderr, "  %lld of %lld returns eligible\n", static_cast<long long>(eligible),
                 static_cast<long long>(cases.size()));
    f.judgeAllMs = medianMs(repeat, [&] {
        if (!ReturnVerdictStore(db).judgeAll(policy, DemoNow.toMSecsSinceEpoch(), &error))
            die(error);
    });
    QList<qint64> some;
    for (qsizetype i = 0; i < cases.size() && some.size() < 50; i += std::max<qsizetype>(1, cases.size() / 50))
        some << cases.at(i).returnId;
    f.judgeSomeMs = medianMs(repeat, [&] {
        if (!ReturnVerdictStore(db).judge(some, policy, DemoNow.toMSecsSinceEpoch(), &error))
            die(error);
    });
    f.figuresMs = medianMs(repeat, [&] {
        if (!ReturnFigures::compute(db, DemoNow.date().addDays(-89), DemoNow.date(), &error))
            die(error);
    });

    f.pageBaselineMs = medianMs(repeat, [&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT r.*, v.* FROM returns r LEFT JOIN return_verdicts v ON v.return_id = r.id "
                              "ORDER BY r.id LIMIT 101"));
        while (q.next()) {
        }
    });
    ReturnQueueQuery query(db);
    ReturnQueueFilter toDecide;
    toDecide.statuses = {ReturnStatus::Requested};
    measurePages(query, toDecide, {}, repeat, f.toDecideFirstMs, f.toDecideNextMs);
    measurePages(query, {}, {ReturnSortColumn::RequestedAt, true}, repeat, f.newestFirstMs, f.newestNextMs);
    measurePages(query, {}, {ReturnSortColumn::Value, true}, repeat, f.valueFirstMs, f.valueNextMs);
    const qint64 now = DemoNow.toMSecsSinceEpoch();
    const auto facets = [&](const ReturnQueueFilter &filter) {
        return medianMs(repeat, [&] {
            if (!query.facets(filter, now, &error) || !query.count(filter, now, &error))
                die(error);
        });
    };
    f.toDecideFacetsMs = facets(toDecide);
    f.allFacetsMs = facets({});
    ReturnQueueFilter search;
    search.search = QStringLiteral("priya");
    f.searchMs = medianMs(repeat, [&] {
        if (!query.firstPage(search, {}, 100, now, &error))
            die(error);
    });
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::StoreBenchArgs common;
    common.addTo(parser);
    parser.process(app);
    const QString dir = common.storesDir(parser);
    const int runs = common.repeat(parser);

    struct Row
    {
        int shipments;
        Figures f;
    };
    std::vector<Row> rows;
    for (const QString &size : common.sizes(parser)) {
        const int n = size.trimmed().toInt();
        if (n <= 0)
            die(QStringLiteral("--shipments: \"%1\" is not a positive number").arg(size));
        auto db = store(dir, n);
        rows.push_back({n, measure(*db, runs)});
    }
    const QLocale english(QLocale::English);
    std::printf("%-10s %9s %12s %12s %12s %13s %12s %12s %10s %10s\n", "shipments", "returns", "baseline ms", "cases ms",
                "evaluate ms", "judge all ms", "judge 50 ms", "figures ms", "cases/base", "eval us/rt");
    for (const Row &r : rows) {
        std::printf("%-10s %9s %12.1f %12.1f %12.1f %13.1f %12.1f %12.1f %10.2f %10.2f\n", qPrintable(english.toString(r.shipments)),
                    qPrintable(english.toString(r.f.returns)), r.f.baselineMs, r.f.casesMs, r.f.evaluateMs, r.f.judgeAllMs,
                    r.f.judgeSomeMs, r.f.figuresMs,
                    r.f.casesMs / r.f.baselineMs, r.f.evaluateMs * 1000.0 / double(std::max<qint64>(1, r.f.returns)));
    }
    std::printf("\nreturns queue (100-row pages; ratios to the baseline: 101 returns with their verdicts by id)\n");
    std::printf("%-10s %9s %9s %9s %9s %9s %9s %9s %10s %10s %9s\n", "shipments", "base ms", "decide 1", "decide 2",
                "newest 1", "newest 2", "value 1", "value 2", "facets dec", "facets all", "search");
    for (const Row &r : rows) {
        const Figures &f = r.f;
        std::printf("%-10s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %10.1f %10.1f %9.2f  ms\n",
                    qPrintable(english.toString(r.shipments)), f.pageBaselineMs, f.toDecideFirstMs, f.toDecideNextMs,
                    f.newestFirstMs, f.newestNextMs, f.valueFirstMs, f.valueNextMs, f.toDecideFacetsMs, f.allFacetsMs,
                    f.searchMs);
        const double b = std::max(1e-3, f.pageBaselineMs);
        std::printf("%-10s %9s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %10.0f %10.0f %9.1f  x baseline\n", "", "",
                    f.toDecideFirstMs / b, f.toDecideNextMs / b, f.newestFirstMs / b, f.newestNextMs / b,
                    f.valueFirstMs / b, f.valueNextMs / b, f.toDecideFacetsMs / b, f.allFacetsMs / b, f.searchMs / b);
    }
    if (rows.size() >= 2) {
        const Row &small = rows.front();
        const Row &large = rows.back();
        auto perReturn = [](double ms, qint64 n) { return ms / double(std::max<qint64>(1, n)); };
        std::printf("per return, %s vs %s shipments: cases %.2fx, evaluate %.2fx, judge all %.2fx, baseline %.2fx\n",
                    qPrintable(english.toString(large.shipments)), qPrintable(english.toString(small.shipments)),
                    perReturn(large.f.casesMs, large.f.returns) / perReturn(small.f.casesMs, small.f.returns),
                    perReturn(large.f.evaluateMs, large.f.returns) / perReturn(small.f.evaluateMs, small.f.returns),
                    perReturn(large.f.judgeAllMs, large.f.returns) / perReturn(small.f.judgeAllMs, small.f.returns),
                    perReturn(large.f.baselineMs, large.f.returns) / perReturn(small.f.baselineMs, small.f.returns));
    }
    return 0;
}
