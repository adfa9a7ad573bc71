// SPDX-License-Identifier: MIT
// Ingest benchmark. Everything is measured in one run on the same data:
//
//  1. JSON parsing of the payloads: QJsonDocument versus simdjson (why core uses simdjson).
//  2. End-to-end ingest: AfterShip webhook payloads (JSON lines) through FeedImporter:
//     split, parse, detect, normalize, match, store, deduplicate, FTS, compress the raw
//     payload, run the exception rules.
//  3. Canonical ingest: the same shipments as ShipmentRecords straight into
//     ShipmentIngestor (what the demo generator and future connectors use).
//  4. The baseline: raw SQLite inserts (C API, prepared statements, one transaction,
//     same schema, same pragmas) of exactly the rows the end-to-end run wrote.
//  5. Storefront orders (docs/storefronts/README.md): the same shipments without their
//     order details (as carrier feeds send them) into a store with no orders, and into a
//     store holding one order per shipment claiming its tracking number, so each new
//     shipment finds and links its order (ratio with/without); and the other way round,
//     the orders arriving after their shipments (OrderStore reaching them).
//
// Figures are reported as ratios to the baseline, never as absolute targets.
//   bench_ingest [--shipments N] [--seed S] [--xml] [--xml-document-mb MB]
// --xml adds the same shipments as UPS Tracking XML (ratios XML/JSON, xmlingestbench.h);
// --xml-document-mb only measures the peak memory of reading an XML document of MB MB.
#include "aftershippayloadwriter.h"
#include "xmlingestbench.h"

#include "demo/demogenerator.h"
#include "ingest/feedimporter.h"
#include "orders/orderstore.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <simdjson.h>
#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <variant>
#include <vector>

using namespace ct;

namespace {

using Cell = std::variant<std::monostate, qint64, double, std::string, std::vector<unsigned char>>;
using Row = std::vector<Cell>;

struct Table
{
    std::string name;
    int columns = 0;
    std::vector<Row> rows;
};

// Wall and process CPU time together: on a shared machine the CPU time moves far less.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpuStart = 0;

    static double cpuNow()
    {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
    }
    void restart()
    {
        wall.start();
        cpuStart = cpuNow();
    }
    double seconds() const { return static_cast<double>(wall.nsecsElapsed()) / 1e9; }
    double cpuSeconds() const { return cpuNow() - cpuStart; }
};

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "bench: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    return false;
}

// Every row of a table, in storage order.
bool readTable(sqlite3 *db, Table &table)
{
    sqlite3_stmt *stmt = nullptr;
    const std::string sql = "SELECT * FROM " + table.name;
    if (!check(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), db, "prepare read"))
        return false;
    table.columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        Row row;
        row.reserve(static_cast<size_t>(table.columns));
        for (int c = 0; c < table.columns; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER: row.emplace_back(static_cast<qint64>(sqlite3_column_int64(stmt, c))); break;
            case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(stmt, c)); break;
            case SQLITE_TEXT:
                row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                             static_cast<size_t>(sqlite3_column_bytes(stmt, c))));
                break;
            case SQLITE_BLOB: {
                const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, c));
                row.emplace_back(std::vector<unsigned char>(p, p + sqlite3_column_bytes(stmt, c)));
                break;
            }
            default: row.emplace_back(std::monostate{}); break;
            }
        }
        table.rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return true;
}

// The FTS rows ingest wrote, rebuilt from the shipments (the index is contentless).
Table searchRows(sqlite3 *db)
{
    Table t{"shipment_search(rowid, tracking_number, order_id, customer_name, customer_email, customer_phone)", 6, {}};
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, tracking_number, order_id, customer_name, customer_email, customer_phone FROM shipments",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        Row row{static_cast<qint64>(sqlite3_column_int64(stmt, 0))};
        for (int c = 1; c < 6; ++c)
            row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))));
        std::string digits;
        for (char ch : std::get<std::string>(row[5]))
            if (ch >= '0' && ch <= '9')
                digits += ch;
        row[5] = digits.size() > 10 ? digits + " " + digits.substr(digits.size() - 10) : digits;
        t.rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return t;
}

bool insertAll(sqlite3 *db, const std::vector<Table> &tables)
{
    if (!check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin"))
        return false;
    for (const Table &t : tables) {
        std::string sql = "INSERT INTO " + t.name + " VALUES(";
        for (int c = 0; c < t.columns; ++c)
            sql += c ? ",?" : "?";
        sql += ")";
        sqlite3_stmt *stmt = nullptr;
        if (!check(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), db, sql.c_str()))
            return false;
        for (const Row &row : t.rows) {
            for (int c = 0; c < t.columns; ++c) {
                const Cell &cell = row[static_cast<size_t>(c)];
                if (const auto *i = std::get_if<qint64>(&cell))
                    sqlite3_bind_int64(stmt, c + 1, *i);
                else if (const auto *d = std::get_if<double>(&cell))
                    sqlite3_bind_double(stmt, c + 1, *d);
                else if (const auto *s = std::get_if<std::string>(&cell))
                    sqlite3_bind_text(stmt, c + 1, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
                else if (const auto *b = std::get_if<std::vector<unsigned char>>(&cell))
                    sqlite3_bind_blob(stmt, c + 1, b->data(), static_cast<int>(b->size()), SQLITE_STATIC);
                else
                    sqlite3_bind_null(stmt, c + 1);
            }
            if (!check(sqlite3_step(stmt), db, "insert"))
                return false;
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }
    return check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
}

// The shipments as a carrier feed has them (no order, customer or payment), and one
// storefront order per shipment whose fulfilment claims its tracking number.
QList<ShipmentRecord> withoutOrders(const QList<ShipmentRecord> &records)
{
    QList<ShipmentRecord> out = records;
    for (ShipmentRecord &s : out) {
        s.order = OrderInfo();
        s.payment = PaymentInfo();
    }
    return out;
}

QList<OrderDocument> ordersOf(const QList<ShipmentRecord> &records, int perDocument)
{
    QList<OrderDocument> documents;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i % perDocument == 0)
            documents.append(OrderDocument());
        const ShipmentRecord &s = records.at(i);
        Order o;
        o.storefront = QStringLiteral("bench");
        o.externalId = QString::number(i + 1);
        o.name = s.order.orderId;
        o.customer.name = s.order.customerName;
        o.customer.email = s.order.customerEmail;
        o.customer.phone = s.order.customerPhone;
        o.currency = s.order.currency;
        o.totalCents = s.order.orderValueCents;
        o.paymentMode = s.payment.mode == PaymentMode::Unknown ? PaymentMode::Prepaid : s.payment.mode;
        if (s.order.orderedAt.isValid())
            o.orderedAt = Timestamp{s.order.orderedAt.toMSecsSinceEpoch(), 0};
        o.updatedAtMs = o.orderedAt ? std::optional<qint64>(o.orderedAt->utcMs) : std::nullopt;
        o.promisedDate = s.order.promisedDate;
        o.lines.append(OrderLine{QStringLiteral("SKU-1"), QStringLiteral("Item"), {}, {}, 1, o.totalCents});
        o.fulfilments.append(OrderFulfilment{QString::number(i + 1), s.carrier, s.carrier, {s.trackingNumber}, {}});
        documents.last().orders.append(std::move(o));
    }
    return documents;
}

struct Timed
{
    double seconds = 0;
    double cpu = 0;
};

bool ingestAll(ShipmentIngestor &ingestor, const QList<ShipmentRecord> &records, qint64 nowMs, Timed *timed,
               QString *error)
{
    Stopwatch timer;
    timer.restart();
    for (qsizetype i = 0; i < records.size(); i += 1000) {
        if (!ingestor.ingest(records.mid(i, 1000), nowMs, nullptr, error))
            return false;
    }
    timed->seconds = timer.seconds();
    timed->cpu = timer.cpuSeconds();
    return true;
}

bool storeOrders(const Database &db, const QList<OrderDocument> &documents, qint64 nowMs, Timed *timed,
                 OrderImportCounts *counts, QString *error)
{
    OrderStore store(db);
    Stopwatch timer;
    timer.restart();
    for (const OrderDocument &d : documents) {
        if (!store.store(d, nowMs, counts, error))
            return false;
    }
    timed->seconds = timer.seconds();
    timed->cpu = timer.cpuSeconds();
    return true;
}

// Section 5: 0 when measured, else the exit code.
int ordersLink(const QList<ShipmentRecord> &records, const QString &dirPath, qint64 nowMs)
{
    const QList<ShipmentRecord> bare = withoutOrders(records);
    const QList<OrderDocument> orders = ordersOf(records, 1000);
    const qint64 n = records.size();
    QString error;
    Timed without;
    Timed with;
    Timed ordersFirst;
    Timed ordersAfter;
    OrderImportCounts before;
    OrderImportCounts after;
    auto failed = [&error] {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 3;
    };
    {
        auto db = Database::open(dirPath + QStringLiteral("/orders-none.db"), &error);
        if (!db)
            return failed();
        ShipmentIngestor ingestor(*db);
        if (!ingestAll(ingestor, bare, nowMs, &without, &error))
            return failed();
        // The orders after their shipments: each reaches its stored shipment.
        if (!storeOrders(*db, orders, nowMs, &ordersAfter, &after, &error))
            return failed();
    }
    Timed fromFeed;
    {
        // The same details as the orders bring, from the feed itself: what writing them costs.
        auto db = Database::open(dirPath + QStringLiteral("/orders-feed.db"), &error);
        if (!db)
            return failed();
        ShipmentIngestor ingestor(*db);
        if (!ingestAll(ingestor, records, nowMs, &fromFeed, &error))
            return failed();
    }
    {
        auto db = Database::open(dirPath + QStringLiteral("/orders-first.db"), &error);
        if (!db || !storeOrders(*db, orders, nowMs, &ordersFirst, &before, &error))
            return failed();
        ShipmentIngestor ingestor(*db);
        if (!ingestAll(ingestor, bare, nowMs, &with, &error))
            return failed();
        QSqlQuery linked(db->connection());
        if (!linked.exec(QStringLiteral("SELECT count(*) FROM order_shipments")) || !linked.next()
            || linked.value(0).toLongLong() != n) {
            std::fprintf(stderr, "bench: %lld of %lld shipments linked to their orders\n",
                         linked.value(0).toLongLong(), static_cast<long long>(n));
            return 1;
        }
    }
    if (after.shipmentsLinked != n) {
        std::fprintf(stderr, "bench: orders after their shipments linked %d of %lld\n", after.shipmentsLinked,
                     static_cast<long long>(n));
        return 1;
    }
    std::printf("orders: canonical ingest of %s shipments without order details, no orders stored: %.3f s (cpu %.3f s)\n",
                qPrintable(count(n)), without.seconds, without.cpu);
    std::printf("orders: the same shipments with their order details in the feed, no orders stored: %.3f s (cpu %.3f s)\n",
                fromFeed.seconds, fromFeed.cpu);
    std::printf("orders: the shipments without details, one order per shipment stored first (each new shipment "
                "looks up, links and takes its order): %.3f s (cpu %.3f s); ratio with/without orders = %.2f (cpu %.2f), "
                "ratio to details from the feed = %.2f (cpu %.2f)\n",
                with.seconds, with.cpu, with.seconds / without.seconds, with.cpu / without.cpu,
                with.seconds / fromFeed.seconds, with.cpu / fromFeed.cpu);
    std::printf("orders: storing %s orders into an empty store: %.3f s (cpu %.3f s) = %s orders/s\n",
                qPrintable(count(n)), ordersFirst.seconds, ordersFirst.cpu,
                qPrintable(count(static_cast<qint64>(n / ordersFirst.seconds))));
    std::printf("orders: storing them after their shipments (each reaches and rewrites its shipment): %.3f s "
                "(cpu %.3f s) = %s orders/s; ratio to the shipments' own ingest = %.2f (cpu %.2f)\n",
                ordersAfter.seconds, ordersAfter.cpu, qPrintable(count(static_cast<qint64>(n / ordersAfter.seconds))),
                ordersAfter.seconds / without.seconds, ordersAfter.cpu / without.cpu);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ingest throughput as ratios to raw SQLite inserts."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("shipments"), QStringLiteral("Shipments to ingest (default 20000)."), QStringLiteral("n"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo data seed (default 7)."), QStringLiteral("s"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("xml"), QStringLiteral("Also read and ingest the same shipments as UPS Tracking XML.")});
    parser.addOption({QStringLiteral("xml-document-mb"),
                      QStringLiteral("Only: read a generated UPS Tracking XML document of this many MB and report peak memory."),
                      QStringLiteral("mb")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("shipments")).toInt();
    if (n <= 0) {
        std::fprintf(stderr, "bench: --shipments must be positive\n");
        return 2;
    }
    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

    // The data: demo shipments, and the same shipments as AfterShip webhooks.
    DemoOptions options;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.now = now;
    QList<ShipmentRecord> records;
    records.reserve(n);
    DemoGenerator(options).generate(n, [&](ShipmentRecord &&s) { records.append(std::move(s)); }, [](ReturnRecord &&) {});
    QByteArray feed;
    std::vector<std::pair<qsizetype, qsizetype>> lines;
    qint64 eventCount = 0;
    for (const ShipmentRecord &s : records) {
        const qsizetype start = feed.size();
        feed += afterShipWebhook(s);
        lines.emplace_back(start, feed.size() - start);
        feed += '\n';
        eventCount += s.events.size();
    }
    if (parser.isSet(QStringLiteral("xml-document-mb")))
        return xmlDocumentMemory(records, parser.value(QStringLiteral("xml-document-mb")).toInt(), dir.path());
    std::printf("data: %s shipments, %s events, %.1f MB of AfterShip webhook JSON lines\n",
                qPrintable(count(n)), qPrintable(count(eventCount)), feed.size() / 1e6);

    // 1. JSON parsers on the same lines.
    Stopwatch timer;
    timer.restart();
    qint64 qtObjects = 0;
    for (const auto &[offset, length] : lines)
        qtObjects += QJsonDocument::fromJson(feed.mid(offset, length)).isObject() ? 1 : 0;
    const double qtSeconds = timer.seconds();
    simdjson::dom::parser simd;
    timer.restart();
    qint64 simdObjects = 0;
    for (const auto &[offset, length] : lines) {
        simdjson::dom::element root;
        if (simd.parse(feed.constData() + offset, static_cast<size_t>(length), true).get(root) == simdjson::SUCCESS)
            simdObjects += root.is_object() ? 1 : 0;
    }
    const double simdSeconds = timer.seconds();
    std::printf("json parse: QJsonDocument %.0f MB/s, simdjson %.0f MB/s: simdjson %.1fx faster (%lld/%lld documents)\n",
                feed.size() / 1e6 / qtSeconds, feed.size() / 1e6 / simdSeconds, qtSeconds / simdSeconds,
                static_cast<long long>(qtObjects), static_cast<long long>(simdObjects));

    // 2. End to end.
    QString error;
    const QString e2ePath = dir.filePath(QStringLiteral("e2e.db"));
    double e2eSeconds = 0;
    double e2eCpu = 0;
    {
        auto db = Database::open(e2ePath, &error);
        if (!db) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 3;
        }
        FeedImporter importer(*db);
        FeedImporter::Result result;
        timer.restart();
        if (!importer.importData(QStringLiteral("bench.jsonl"), feed, now.toMSecsSinceEpoch(), &result, {}, &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 3;
        }
        e2eSeconds = timer.seconds();
        e2eCpu = timer.cpuSeconds();
        if (result.read.errors > 0 || result.stored.shipmentsNew != n) {
            std::fprintf(stderr, "bench: end-to-end stored %d of %d shipments with %d errors\n",
                         result.stored.shipmentsNew, n, result.read.errors);
            return 1;
        }
    }

    // 3. Canonical records.
    double canonicalSeconds = 0;
    double canonicalCpu = 0;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("canonical.db")), &error);
        ShipmentIngestor ingestor(*db);
        timer.restart();
        for (qsizetype i = 0; i < records.size(); i += 1000) {
            if (!ingestor.ingest(records.mid(i, 1000), now.toMSecsSinceEpoch(), nullptr, &error)) {
                std::fprintf(stderr, "bench: %s\n", qPrintable(error));
                return 3;
            }
        }
        canonicalSeconds = timer.seconds();
        canonicalCpu = timer.cpuSeconds();
    }

    // 4. Raw inserts of exactly the rows the end-to-end run wrote.
    std::vector<Table> tables;
    {
        sqlite3 *src = nullptr;
        sqlite3_open_v2(qPrintable(e2ePath), &src, SQLITE_OPEN_READONLY, nullptr);
        for (const char *name : {"shipments", "events", "raw_payloads", "exceptions", "exception_history", "unmapped_codes"}) {
            Table t{name, 0, {}};
            if (!readTable(src, t))
                return 3;
            tables.push_back(std::move(t));
        }
        tables.push_back(searchRows(src));
        sqlite3_close(src);
    }
    const QString rawPath = dir.filePath(QStringLiteral("raw.db"));
    Database::open(rawPath, &error).reset(); // the same schema, empty
    sqlite3 *raw = nullptr;
    sqlite3_open(qPrintable(rawPath), &raw);
    sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                      "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536",
                 nullptr, nullptr, nullptr);
    qint64 rowCount = 0;
    for (const Table &t : tables)
        rowCount += static_cast<qint64>(t.rows.size());
    timer.restart();
    if (!insertAll(raw, tables))
        return 3;
    const double rawSeconds = timer.seconds();
    const double rawCpu = timer.cpuSeconds();
    sqlite3_close(raw);

    std::printf("raw sqlite inserts: %s rows (shipments, events, payloads, exceptions, history, search) "
                "in %.3f s (cpu %.3f s) = %s shipments/s\n",
                qPrintable(count(rowCount)), rawSeconds, rawCpu, qPrintable(count(static_cast<qint64>(n / rawSeconds))));
    std::printf("canonical ingest: %.3f s (cpu %.3f s) = %s shipments/s; ratio canonical/raw = %.2f (cpu %.2f)\n",
                canonicalSeconds, canonicalCpu, qPrintable(count(static_cast<qint64>(n / canonicalSeconds))),
                rawSeconds / canonicalSeconds, rawCpu / canonicalCpu);
    // The end-to-end CPU time is both threads' (reader and store).
    std::printf("end-to-end ingest: %.3f s (cpu %.3f s, both threads) = %s shipments/s, %.1f MB/s of JSON; "
                "ratio end-to-end/raw = %.2f (cpu %.2f)\n",
                e2eSeconds, e2eCpu, qPrintable(count(static_cast<qint64>(n / e2eSeconds))), feed.size() / 1e6 / e2eSeconds,
                rawSeconds / e2eSeconds, rawCpu / e2eCpu);
    if (const int failed = ordersLink(records, dir.path(), now.toMSecsSinceEpoch()))
        return failed;
    if (parser.isSet(QStringLiteral("xml")))
        return xmlVersusJson(records, feed, dir.path(), now);
    return 0;
}
