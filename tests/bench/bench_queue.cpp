// SPDX-License-Identifier: MIT
// The exception queue on demo stores of growing size (docs/PERFORMANCE.md, "Exception
// queue"): first page filtered and sorted, the next page, facet counts, full-text search,
// the total count and one action (an edit through the Outbox: store and outbox row in one
// transaction). Each figure is the median of --repeat runs on a warm store, printed with
// its target; every query also as the ratio of the largest store's time to the smallest's
// (the goal is at most 1.5: the cost follows the page, not the store). Stores are seeded
// once at a fixed instant and kept in --cache, so reruns start at once. Run by hand; CTest
// only runs a tiny smoke, which asserts no timing.
#include "demo/demoseeder.h"
#include "edits/editcatalog.h"
#include "queue/exceptionqueuefacetcounter.h"
#include "queue/exceptionqueuequery.h"
#include "store/database.h"
#include "store/schemamigrator.h"
#include "sync/outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace ct;

namespace {

// The instant every store is seeded at and every query is asked at.
const QDateTime Now(QDate(2026, 6, 17), QTime(10, 0), QTimeZone::utc());

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_queue: %s\n", qPrintable(message));
    std::exit(1);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// The median of `repeat` runs of `work`, in milliseconds.
double medianMs(int repeat, const std::function<void()> &work)
{
    QList<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < repeat; ++i) {
        clock.start();
        work();
        times << static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// A demo store of `shipments`, from the cache when it holds one made the same way.
std::unique_ptr<Database> demoStore(const QString &dir, int shipments, quint64 seed, int days)
{
    const QString marker = QStringLiteral("shipments=%1 seed=%2 now=%3 days=%4")
                               .arg(shipments).arg(seed).arg(Now.toString(Qt::ISODate)).arg(days);
    const QString path = QDir(dir).filePath(QStringLiteral("queue-%1-seed%2-days%3.db").arg(shipments).arg(seed).arg(days));
    QString error;
    if (QFile::exists(path)) {
        auto cached = Database::open(path, &error);
        if (cached && text(*cached, QStringLiteral("SELECT value FROM meta WHERE key = 'bench.queue'")) == marker) {
            std::printf("store %s (cached)\n", qPrintable(path));
            return cached;
        }
        cached.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto db = Database::open(path, &error);
    if (!db)
        die(error);
    DemoOptions options;
    options.seed = seed;
    options.now = Now;
    options.historyDays = days;
    QElapsedTimer clock;
    clock.start();
    std::printf("seeding %d demo shipments into %s ...\n", shipments, qPrintable(path));
    std::fflush(stdout);
    DemoSeeder::Result result;
    if (!DemoSeeder::seed(*db, options, shipments, {}, &result, &error))
        die(error);
    QSqlQuery mark(db->connection());
    mark.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('bench.queue', ?)"));
    mark.addBindValue(marker);
    if (!mark.exec() || !QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        die(QStringLiteral("could not mark the store"));
    std::printf("seeded in %.1f s\n", static_cast<double>(clock.elapsed()) / 1000.0);
    return db;
}

struct Figure
{
    const char *name;
    double targetMs; // 0: no target
    bool query;      // reported as a ratio too
};

const Figure Figures[] = {
    {"first page, open queue by priority", 20, true},
    {"first page, Indian carriers + COD, by SLA due", 20, true},
    {"next page (median of 10 pages)", 5, true},
    {"facet counts, open queue", 100, true},
    {"facet counts, filtered", 100, true},
    {"search, a common given name: first page", 50, true},
    {"search, one customer's full name: first page", 50, true},
    {"total count, filtered", 0, true},
    {"one action (note through the Outbox)", 5, false},
};
constexpr int FigureCount = static_cast<int>(std::size(Figures));

QList<double> measure(const Database &db, int repeat, int pageSize)
{
    ExceptionQueueQuery query(db);
    ExceptionQueueFacetCounter facets(db);
    const ExceptionQueueContext context{Now.toMSecsSinceEpoch(), QStringLiteral("bench")};
    QString error;
    const auto page = [&](const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort) {
        auto result = query.firstPage(filter, sort, pageSize, context, &error);
        if (!result)
            die(error);
        return *result;
    };

    const ExceptionQueueFilter open;
    ExceptionQueueFilter indian;
    indian.carriers = {QStringLiteral("delhivery"), QStringLiteral("bluedart"), QStringLiteral("xpressbees"),
                       QStringLiteral("ecom-express")};
    indian.paymentModes = {PaymentMode::CashOnDelivery};
    const ExceptionQueueSort bySla{QueueSortColumn::SlaDue, false};
    // The given name most open exceptions' customers have (its matches grow with the
    // store), and one customer's full name (a handful of matches whatever the size).
    ExceptionQueueFilter common;
    common.search = text(db, QStringLiteral("SELECT substr(customer_name, 1, instr(customer_name, ' ') - 1) FROM "
                                            "exception_queue WHERE status = 0 AND customer_name LIKE '% %' "
                                            "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"));
    ExceptionQueueFilter person;
    person.search = text(db, QStringLiteral("SELECT customer_name FROM exception_queue WHERE status = 0 "
                                            "AND customer_name LIKE '% %' ORDER BY exception_id LIMIT 1"));
    if (common.search.isEmpty() || person.search.isEmpty())
        die(QStringLiteral("no open exception to search for"));

    QList<double> out;
    out << medianMs(repeat, [&] { page(open, ExceptionQueueSort()); });
    out << medianMs(repeat, [&] { page(indian, bySla); });
    // Ten consecutive pages after the first, each timed, the median of all.
    {
        QList<double> times;
        for (int r = 0; r < std::max(1, repeat / 4); ++r) {
            ExceptionQueuePage current = page(indian, bySla);
            for (int i = 0; i < 10 && !current.atEnd; ++i) {
                QElapsedTimer clock;
                clock.start();
                auto next = query.nextPage(indian, bySla, current.rows.constLast(), pageSize, context, &error);
                times << static_cast<double>(clock.nsecsElapsed()) / 1e6;
                if (!next)
                    die(error);
                current = *next;
            }
        }
        std::sort(times.begin(), times.end());
        out << (times.isEmpty() ? 0.0 : times.at(times.size() / 2));
    }
    out << medianMs(repeat, [&] {
        if (!facets.count(open, context, &error))
            die(error);
    });
    out << medianMs(repeat, [&] {
        if (!facets.count(indian, context, &error))
            die(error);
    });
    out << medianMs(repeat, [&] { page(common, ExceptionQueueSort()); });
    out << medianMs(repeat, [&] { page(person, ExceptionQueueSort()); });
    out << medianMs(repeat, [&] {
        if (!query.count(indian, context, &error))
            die(error);
    });
    // One action: a note on an open exception, checked, applied and queued in one
    // transaction (what every agent action costs before it is pushed).
    const ExceptionQueuePage targets = page(open, ExceptionQueueSort());
    if (targets.rows.isEmpty())
        die(QStringLiteral("no open exception to act on"));
    const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
    Outbox outbox(db);
    int n = 0;
    out << medianMs(repeat, [&] {
        const qint64 id = targets.rows.at(n % targets.rows.size()).exceptionId;
        const QByteArray params = QByteArrayLiteral("{\"text\":\"bench note ") + QByteArray::number(++n) + "\"}";
        const EditOutcome outcome = outbox.enqueue(EntityKind::Exception, id, *note, params, QStringLiteral("bench"),
                                                   Now.toMSecsSinceEpoch(), nullptr);
        if (!outcome.ok())
            die(outcome.detail);
    });
    // The notes were only for measuring: take them back out of the cached store.
    QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM outbox WHERE actor = 'bench'"));
    QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM exception_history WHERE actor = 'bench'"));
    return out;
}

// The plans of the filtered first page and of a page after a row, as SQLite runs them.
void printPlans(const Database &db)
{
    ExceptionQueueFilter indian;
    indian.carriers = {QStringLiteral("delhivery"), QStringLiteral("bluedart")};
    indian.paymentModes = {PaymentMode::CashOnDelivery};
    const ExceptionQueueContext context{Now.toMSecsSinceEpoch(), QStringLiteral("bench")};
    for (bool after : {false, true}) {
        const QString sql = ExceptionQueueQuery::pageSql(indian, {QueueSortColumn::SlaDue, false}, after, context);
        QSqlQuery plan(db.connection());
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            plan.bindValue(i, 0);
        plan.exec();
        std::printf("\nplan of the %s page:\n", after ? "next" : "first");
        while (plan.next())
            std::printf("  %s\n", qPrintable(plan.value(3).toString()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Exception queue queries on demo stores of growing size."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Store sizes in shipments, comma-separated (default 100000,1000000)."),
                      QStringLiteral("N,N"), QStringLiteral("100000,1000000")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("Directory keeping the seeded stores between runs (default: a "
                                                              "temporary one, removed at exit)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure; the median is reported (default 21)."),
                      QStringLiteral("N"), QStringLiteral("21")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Rows per page (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo seed (default 1)."), QStringLiteral("S"), QStringLiteral("1")});
    // 60 days of orders: a million shipments then leave about 37,000 exceptions open at the
    // instant (90 days leave 24,900), above the 25,000 the queue's targets are set for.
    parser.addOption({QStringLiteral("days"), QStringLiteral("Days of order history before the instant (default 60)."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("plans"), QStringLiteral("Print EXPLAIN QUERY PLAN of the filtered first and next page.")});
    parser.addOption({QStringLiteral("min-open"), QStringLiteral("Fail unless the largest store has at least this many open "
                                                                 "exceptions (default 0)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.process(app);

    QList<int> sizes;
    for (const QString &part : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 100)
            die(QStringLiteral("--sizes: \"%1\" is not a number of shipments of at least 100").arg(part));
        sizes << n;
    }
    std::sort(sizes.begin(), sizes.end());
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    const int pageSize = parser.value(QStringLiteral("page")).toInt();
    if (sizes.isEmpty() || repeat < 1 || pageSize < 1 || pageSize > 1000)
        die(QStringLiteral("--sizes needs a size, --repeat at least 1, --page 1 to 1000"));
    QTemporaryDir temporary;
    const QString cache = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache")) : temporary.path();
    if (!QDir().mkpath(cache))
        die(QStringLiteral("cannot create %1").arg(cache));

    std::map<int, QList<double>> results;
    for (int size : sizes) {
        auto db = demoStore(cache, size, parser.value(QStringLiteral("seed")).toULongLong(),
                            parser.value(QStringLiteral("days")).toInt());
        const qint64 open = scalar(*db, QStringLiteral("SELECT count(*) FROM exceptions WHERE status = 0"));
        std::printf("%d shipments: %lld exceptions, %lld open (queue %lld rows)\n", size,
                    static_cast<long long>(scalar(*db, QStringLiteral("SELECT count(*) FROM exceptions"))),
                    static_cast<long long>(open),
                    static_cast<long long>(scalar(*db, QStringLiteral("SELECT count(*) FROM exception_queue"))));
        if (size == sizes.constLast() && open < parser.value(QStringLiteral("min-open")).toLongLong())
            die(QStringLiteral("the %1-shipment store has %2 open exceptions, fewer than --min-open").arg(size).arg(open));
        std::fflush(stdout);
        measure(*db, 1, pageSize); // warm the caches
        results[size] = measure(*db, repeat, pageSize);
        if (parser.isSet(QStringLiteral("plans")) && size == sizes.constLast())
            printPlans(*db);
    }

    std::printf("\nmedian of %d runs, %d rows a page, at %s\n", repeat, pageSize, qPrintable(Now.toString(Qt::ISODate)));
    std::printf("%-48s", "figure");
    for (int size : sizes)
        std::printf(" %10d", size);
    std::printf("   target   ratio %d/%d\n", sizes.constLast(), sizes.constFirst());
    for (int i = 0; i < FigureCount; ++i) {
        std::printf("%-48s", Figures[i].name);
        for (int size : sizes)
            std::printf(" %7.2f ms", results[size].at(i));
        if (Figures[i].targetMs > 0)
            std::printf(" %5.0f ms", Figures[i].targetMs);
        else
            std::printf("        -");
        const double first = results[sizes.constFirst()].at(i);
        if (Figures[i].query && sizes.size() > 1 && first > 0)
            std::printf("   %5.2f", results[sizes.constLast()].at(i) / first);
        const bool over = Figures[i].targetMs > 0 && results[sizes.constLast()].at(i) > Figures[i].targetMs;
        std::printf("%s\n", over ? "   over target" : "");
    }
    return 0;
}
