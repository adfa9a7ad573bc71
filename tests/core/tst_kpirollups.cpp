// SPDX-License-Identifier: MIT
// The KPI rollups (docs/KPIS.md, "Rollups"): kept by ingest, edits and triggers through a
// mixed history (partial feeds out of order, re-deliveries, a service and a destination that
// change, returns resolved later, a refresh, agents' resolutions and fake-attempt marks),
// they must equal a rebuild from scratch, and answer every KPI cell as the direct queries do.
#include "analytics/kpiengine.h"
#include "analytics/kpifacts.h"
#include "analytics/kpirollupspans.h"
#include "demo/demogenerator.h"
#include "demo/demoseeder.h"
#include "domain/exceptiontype.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/kpisnapshot.h"
#include "support/testclock.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <algorithm>

using namespace ct;

Q_DECLARE_METATYPE(ct::KpiRollupSpan)

namespace {

constexpr qint64 Hour = 3'600'000;

// The demo's shipments, cut into partial feeds delivered out of order, with later
// re-deliveries and changed details.
TrackingEvent scan(qint64 atMs, Subtag subtag)
{
    TrackingEvent e;
    e.occurredAt = Timestamp{atMs, 0};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.description = QStringLiteral("scan");
    e.city = QStringLiteral("Austin");
    e.country = QStringLiteral("US");
    e.rawCode = QStringLiteral("X");
    return e;
}

// A UPS shipment inside the US, ordered `orderedHoursAgo` before the fixed instant; all of
// them share their rollup rows (same day, carrier, service, lane and destination).
ShipmentRecord parcel(const QString &tracking, const QString &document, const QString &orderId, int orderedHoursAgo,
                      QList<TrackingEvent> events)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.service = QStringLiteral("Ground");
    r.trackingNumber = tracking;
    r.sourceFormat = QStringLiteral("ups");
    r.sourceDocument = document;
    r.origin.country = QStringLiteral("US");
    r.destination.country = QStringLiteral("US");
    r.destination.state = QStringLiteral("TX");
    r.order.orderId = orderId;
    r.order.orderedAt = test::fixedNow().addSecs(-3600LL * orderedHoursAgo);
    r.events = std::move(events);
    r.tag = r.events.constLast().tag;
    r.subtag = r.events.constLast().subtag;
    return r;
}

QList<QList<ShipmentRecord>> mixedBatches(const QList<ShipmentRecord> &shipments)
{
    QList<ShipmentRecord> records;
    for (qsizetype i = 0; i < shipments.size(); ++i) {
        ShipmentRecord full = shipments.at(i);
        full.sourceDocument = QStringLiteral("feed#%1").arg(i);
        if (full.events.size() >= 3) {
            // The later events first (even positions from the end), then the earlier ones.
            ShipmentRecord late = full, early = full;
            late.events.clear();
            early.events.clear();
            for (qsizetype e = 0; e < full.events.size(); ++e)
                ((full.events.size() - e) % 2 == 1 ? late : early).events << full.events.at(e);
            late.tag = late.events.constLast().tag;
            late.subtag = late.events.constLast().subtag;
            early.tag = early.events.constLast().tag;
            early.subtag = early.events.constLast().subtag;
            records << late << early;
        }
        if (i % 7 == 0 && full.order.promisedDate.isValid())
            full.order.promisedDate = full.order.promisedDate.addDays(-1); // the promise corrected
        if (i % 11 == 0)
            full.service += QStringLiteral(" (corrected)"); // moves its cells to another service
        if (i % 13 == 0)
            full.destination.state = QStringLiteral("ZZ"); // and to another lane
        if (full.tag == Tag::Delivered && i % 5 == 0) {
            // Delivered again a day later: a re-delivery (the first arrival counts).
            TrackingEvent again = full.events.constLast();
            again.occurredAt.utcMs += 24 * Hour;
            full.events << again;
        }
        records << full;
    }
    // A fixed shuffle (no hash, no clock): batches of 17 in a scrambled order.
    QList<QList<ShipmentRecord>> batches;
    for (qsizetype i = 0; i < records.size(); i += 17)
        batches << records.mid(i, 17);
    for (qsizetype i = batches.size() - 1; i > 0; --i)
        std::swap(batches[i], batches[(i * 7919 + 13) % (i + 1)]);
    return batches;
}

void edit(const Database &db, qint64 exception, const char *op, const QByteArray &params, qint64 at)
{
    json::Parser parser;
    const auto value = parser.parse(params.constData(), params.size());
    const EditOutcome outcome = EditApplier(db).apply(EntityKind::Exception, exception,
                                                      *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op)),
                                                      *value, QStringLiteral("maria"), at, EditApplier::Mode::Authoritative);
    if (!outcome.ok())
        qFatal("%s on %lld: %s", op, static_cast<long long>(exception), qPrintable(outcome.detail));
}

QList<KpiGrouping> everyGrouping()
{
    return {{KpiGranularity::Range, KpiCut::None},     {KpiGranularity::Week, KpiCut::None},
            {KpiGranularity::Day, KpiCut::None},       {KpiGranularity::Range, KpiCut::Carrier},
            {KpiGranularity::Range, KpiCut::Service},  {KpiGranularity::Range, KpiCut::Lane},
            {KpiGranularity::Week, KpiCut::Destination}};
}

bool noData(const KpiCell &c)
{
    return !c.value || (kpiDefinition(c.kpi).kind == KpiKind::Count && c.numerator == 0);
}

// The cells of two reports agree: equal numbers where either has data (a cell only one side
// has must be "no data"), hours' percentiles within 30 minutes.
void compareReports(const KpiReport &direct, const KpiReport &rollups, int atLeast = 1000)
{
    using Key = std::tuple<int, int, QDate, QString, QString>;
    std::map<Key, const KpiCell *> byKey;
    for (const KpiCell &c : rollups.cells)
        byKey[{static_cast<int>(c.kpi), c.grouping, c.period.from, c.cut, c.part}] = &c;
    int compared = 0;
    for (const KpiCell &d : direct.cells) {
        const auto it = byKey.find({static_cast<int>(d.kpi), d.grouping, d.period.from, d.cut, d.part});
        const QByteArray what = QStringLiteral("%1, grouping %2, %3, [%4] [%5]")
                                    .arg(kpiCode(d.kpi))
                                    .arg(d.grouping)
                                    .arg(d.period.from.toString(Qt::ISODate), d.cut, d.part)
                                    .toUtf8();
        if (it == byKey.end()) {
            QVERIFY2(noData(d), what.constData());
            continue;
        }
        const KpiCell &r = *it->second;
        byKey.erase(it);
        const QByteArray numbers = what + QByteArray(": direct ") + QByteArray::number(d.numerator) + '/'
                                   + QByteArray::number(d.denominator) + " rollups " + QByteArray::number(r.numerator)
                                   + '/' + QByteArray::number(r.denominator);
        QVERIFY2(d.numerator == r.numerator && d.denominator == r.denominator, numbers.constData());
        QVERIFY2(d.value.has_value() == r.value.has_value(), what.constData());
        if (d.value)
            QVERIFY2(qAbs(*d.value - *r.value) < 1e-9, what.constData());
        const double tolerance = QLatin1String(kpiDefinition(d.kpi).unit) == QLatin1String("hours") ? 0.5 + 1e-9 : 1e-9;
        for (const auto &[a, b] : {std::pair{d.p50, r.p50}, std::pair{d.p90, r.p90}}) {
            QVERIFY2(a.has_value() == b.has_value(), what.constData());
            if (a)
                QVERIFY2(qAbs(*a - *b) <= tolerance, what.constData());
        }
        ++compared;
    }
    for (const auto &[key, c] : byKey)
        QVERIFY2(noData(*c), qPrintable(kpiCode(c->kpi) + QLatin1Char(' ') + c->cut));
    QVERIFY2(compared > atLeast, QByteArray::number(compared).constData());
}

// Every field of every cell, in order: the weekly level must not change a single number.
void compareExactly(const KpiReport &daily, const KpiReport &weekly)
{
    QCOMPARE(weekly.cells.size(), daily.cells.size());
    for (qsizetype i = 0; i < daily.cells.size(); ++i) {
        const KpiCell &d = daily.cells.at(i), &w = weekly.cells.at(i);
        const QByteArray what = QStringLiteral("%1, grouping %2, %3, [%4] [%5]")
                                    .arg(kpiCode(d.kpi))
                                    .arg(d.grouping)
                                    .arg(d.period.from.toString(Qt::ISODate), d.cut, d.part)
                                    .toUtf8();
        QVERIFY2(w.kpi == d.kpi && w.grouping == d.grouping && w.period == d.period && w.cut == d.cut
                     && w.part == d.part,
                 what.constData());
        QVERIFY2(w.numerator == d.numerator && w.denominator == d.denominator, what.constData());
        QVERIFY2(w.value == d.value && w.p50 == d.p50 && w.p90 == d.p90, what.constData());
    }
}

// The store's rollups as kept (`atLeast` rows or more) equal a rebuild's, row for row.
void equalsARebuild(const Database &db, int atLeast = 1)
{
    const QStringList kept = test::kpiSnapshot(db);
    QVERIFY2(kept.size() >= atLeast, QByteArray::number(kept.size()).constData());
    QString error;
    QVERIFY2(KpiFacts(db).rebuild(&error), qPrintable(error));
    const QStringList rebuilt = test::kpiSnapshot(db);
    QCOMPARE(kept.size(), rebuilt.size());
    for (qsizetype i = 0; i < kept.size(); ++i)
        QCOMPARE(kept.at(i), rebuilt.at(i));
}

// The page's groupings (AnalyticsPage): a weekly series, the tiles, bars by every cut.
QList<KpiGrouping> pageGroupings(KpiGranularity series)
{
    return {{series, KpiCut::None},
            {KpiGranularity::Range, KpiCut::None},
            {KpiGranularity::Range, KpiCut::Carrier},
            {KpiGranularity::Range, KpiCut::Service},
            {KpiGranularity::Range, KpiCut::Lane},
            {KpiGranularity::Range, KpiCut::Destination}};
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

} // namespace

class TestKpiRollups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = 0;

    KpiRequest page() const
    {
        KpiRequest r;
        r.from = test::fixedNow().date().addDays(-35);
        r.to = test::fixedNow().date().addDays(2);
        r.groupings = everyGrouping();
        r.nowMs = m_now;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("mixed.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(KpiFacts::state(*m_db, &error), QStringLiteral("current"));

        DemoOptions options;
        options.seed = 11;
        options.now = test::fixedNow();
        options.historyDays = 30;
        QList<ShipmentRecord> shipments;
        QList<ReturnRecord> returns;
        DemoGenerator(options).generate(
            600, [&](ShipmentRecord &&s) { shipments << std::move(s); }, [&](ReturnRecord &&r) { returns << std::move(r); });
        QVERIFY(returns.size() > 20);

        ShipmentIngestor ingestor(*m_db);
        qint64 at = test::fixedNowMs();
        for (const QList<ShipmentRecord> &batch : mixedBatches(shipments)) {
            at += 60'000;
            QVERIFY2(ingestor.ingest(batch, at, nullptr, &error), qPrintable(error));
        }
        // Returns requested first, then decided: refunds, exchanges and credits later.
        QList<ReturnRecord> requested = returns;
        for (ReturnRecord &r : requested) {
            r.status = ReturnStatus::Requested;
            r.resolution = ReturnResolution::None;
        }
        QVERIFY2(ingestor.ingestReturns(requested, at, &error), qPrintable(error));
        QVERIFY2(ingestor.ingestReturns(returns, at + Hour, &error), qPrintable(error));

        // Time passes: stuck parcels and overdue promises appear, priorities follow.
        m_now = test::fixedNowMs() + 2 * 24 * Hour;
        QVERIFY2(ingestor.refreshExceptions(m_now, nullptr, &error), qPrintable(error));

        // Agents act: every third open exception resolved, every third acted on, and the
        // open failed attempts' latest attempts marked fake.
        QSqlQuery open(m_db->connection());
        QVERIFY(open.exec(QStringLiteral("SELECT id, type FROM exceptions WHERE status = 0 ORDER BY id")));
        QList<std::pair<qint64, int>> openExceptions;
        while (open.next())
            openExceptions.append({open.value(0).toLongLong(), open.value(1).toInt()});
        QVERIFY(openExceptions.size() > 20);
        int marked = 0;
        for (qsizetype i = 0; i < openExceptions.size(); ++i) {
            const auto [id, type] = openExceptions.at(i);
            // All before now (the rollups count a day's resolutions at the day's end; the
            // backlog at now of a day not over agrees with the direct one as long as nothing
            // is recorded after now).
            const qint64 when = m_now - 12 * Hour + i * (12 * Hour - 1) / openExceptions.size();
            if (type == static_cast<int>(ExceptionType::FailedAttempt) && marked < 5) {
                edit(*m_db, id, "mark_fake_attempt", QByteArray(R"({"date": "2026-06-20"})"), when);
                ++marked;
            } else if (i % 3 == 0) {
                edit(*m_db, id, "status", QByteArray(R"({"status": "resolved"})"), when);
            } else if (i % 3 == 1) {
                edit(*m_db, id, "contact_customer", QByteArray(R"({"template": "wismo", "channel": "email"})"), when);
            }
        }
        QVERIFY(marked > 0);
    }

    void incrementalRollupsEqualARebuild()
    {
        equalsARebuild(*m_db, 501);
    }

    // New shipments' rollups are written when their batch ends (KpiPendingRollups); a batch
    // that also changes them, their exceptions and their orders must end equal to a rebuild.
    // The whole mixed feed in one batch: every shipment is created, then changed, in it.
    void oneLargeBatchEqualsARebuild()
    {
        DemoOptions options;
        options.seed = 5;
        options.now = test::fixedNow();
        options.historyDays = 3; // few days: many shipments share their rollup rows
        QList<ShipmentRecord> shipments;
        DemoGenerator(options).generate(400, [&](ShipmentRecord &&s) { shipments << std::move(s); }, [](ReturnRecord &&) {});
        QList<ShipmentRecord> feed;
        for (const QList<ShipmentRecord> &batch : mixedBatches(shipments))
            feed << batch;
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("one-batch.db")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(ShipmentIngestor(*db).ingest(feed, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        equalsARebuild(*db, 301);
    }

    // Hand-made batches whose rollup rows already exist when the batch starts (the first
    // batch writes them): a shipment created and given an exception in one batch, and an
    // order whose lead moves to a shipment created later in the same batch.
    void batchesThatChangeTheirOwnShipments_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::newRow("created, then an exception opens") << 0;
        QTest::newRow("created, then its order gets an earlier shipment") << 1;
        QTest::newRow("both, then changed again in the next batch") << 2;
    }

    void batchesThatChangeTheirOwnShipments()
    {
        QFETCH(int, scenario);
        const qint64 now = test::fixedNowMs();
        const qint64 day = now - 30 * Hour;
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("own-%1.db").arg(scenario)), &error);
        QVERIFY2(db, qPrintable(error));
        ShipmentIngestor ingestor(*db);
        // The rows exist: an earlier shipment of the same cells, delivered, of order A-0.
        QVERIFY2(ingestor.ingest({parcel(QStringLiteral("1ZEARLIER"), QStringLiteral("a#1"), QStringLiteral("A-0"), 40,
                                         {scan(day, Subtag::InTransit), scan(day + 4 * Hour, Subtag::Delivered)})},
                                 now, nullptr, &error),
                 qPrintable(error));
        QList<ShipmentRecord> batch;
        if (scenario == 0 || scenario == 2) {
            batch << parcel(QStringLiteral("1ZFAILS"), QStringLiteral("b#1"), QStringLiteral("B-1"), 40,
                            {scan(day + Hour, Subtag::InTransit)})
                  << parcel(QStringLiteral("1ZFAILS"), QStringLiteral("c#1"), QStringLiteral("B-1"), 40,
                            {scan(day + Hour, Subtag::InTransit), scan(day + 5 * Hour, Subtag::AttemptFail)});
        }
        if (scenario == 1 || scenario == 2) {
            // C-2's second shipment was ordered earlier: it becomes the order's lead.
            batch << parcel(QStringLiteral("1ZSECOND"), QStringLiteral("d#1"), QStringLiteral("C-2"), 30,
                            {scan(day + 2 * Hour, Subtag::InTransit), scan(day + 6 * Hour, Subtag::Delivered)})
                  << parcel(QStringLiteral("1ZFIRST"), QStringLiteral("e#1"), QStringLiteral("C-2"), 45,
                            {scan(day + 3 * Hour, Subtag::InTransit), scan(day + 7 * Hour, Subtag::Delivered)});
        }
        QVERIFY2(ingestor.ingest(batch, now, nullptr, &error), qPrintable(error));
        if (scenario == 2) {
            QVERIFY2(ingestor.ingest({parcel(QStringLiteral("1ZFAILS"), QStringLiteral("f#1"), QStringLiteral("A-0"), 50,
                                             {scan(day + 8 * Hour, Subtag::Delivered)})},
                                     now, nullptr, &error),
                     qPrintable(error));
        }
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(tracked), sum(exceptions), sum(with_exceptions), sum(orders) FROM kpi_daily")));
        QVERIFY(q.next());
        // Worked out by hand: every shipment tracked once; 1ZFAILS has one exception (its
        // failed attempt; scenario 2 then delivers it, which resolves but keeps it); orders
        // A-0 and B-1, or A-0 and C-2 (once, under its lead); in scenario 2 1ZFAILS then
        // moves to order A-0, ordered before 1ZEARLIER: A-0 (led by it) and C-2.
        const QList<int> expected = scenario == 0   ? QList<int>{2, 1, 1, 2}
                                    : scenario == 1 ? QList<int>{3, 0, 0, 2}
                                                    : QList<int>{4, 1, 1, 2};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(q.value(i).toInt(), expected.at(i));
        equalsARebuild(*db);
    }

    // A histogram the batch cannot read: the batch is refused with the row named, nothing kept.
    void anUnreadableHistogramRollsTheBatchBack()
    {
        const qint64 now = test::fixedNowMs();
        const qint64 day = now - 30 * Hour;
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("bad-histogram.db")), &error);
        QVERIFY2(db, qPrintable(error));
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.ingest({parcel(QStringLiteral("1ZFIRST"), QStringLiteral("a#1"), QStringLiteral("A-1"), 40,
                                         {scan(day, Subtag::InTransit), scan(day + 4 * Hour, Subtag::Delivered)})},
                                 now, nullptr, &error),
                 qPrintable(error));
        QSqlQuery q(db->connection());
        // With the triggers standing still: the weekly level's own would refuse the text.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO kpi_rebuilding(since_ms) VALUES(0)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE kpi_daily SET transit_days = '{\"1\": oops' WHERE transit_days <> '{}'")));
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM kpi_rebuilding")));
        QVERIFY(!ingestor.ingest({parcel(QStringLiteral("1ZSECOND"), QStringLiteral("b#1"), QStringLiteral("B-1"), 40,
                                         {scan(day + Hour, Subtag::InTransit), scan(day + 5 * Hour, Subtag::Delivered)})},
                                 now, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("batch of 1 rolled back")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("writing the daily KPI rollups of 1 new shipments failed")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("holds an invalid transit_days histogram: {\"1\": oops")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM shipments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM kpi_shipments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void rollupsAnswerAsTheDirectQueries()
    {
        QString error;
        const KpiEngine engine(*m_db);
        QCOMPARE(engine.source(), KpiSource::Rollups);
        const auto direct = engine.compute(page(), &error, KpiSource::Direct);
        QVERIFY2(direct, qPrintable(error));
        const auto rollups = engine.compute(page(), &error, KpiSource::Rollups);
        QVERIFY2(rollups, qPrintable(error));
        compareReports(*direct, *rollups);
        // With a filter too.
        KpiRequest filtered = page();
        filtered.filter.carriers = {QStringLiteral("ups"), QStringLiteral("delhivery")};
        filtered.groupings = {{KpiGranularity::Week, KpiCut::Lane}, {KpiGranularity::Range, KpiCut::None}};
        const auto d = engine.compute(filtered, &error, KpiSource::Direct);
        const auto r = engine.compute(filtered, &error, KpiSource::Rollups);
        QVERIFY2(d && r, qPrintable(error));
        compareReports(*d, *r);
    }

    // A demo store seeded at a fixed instant (every carrier, lane and exception type the
    // generator makes, returns resolved every way): the page's request, and one by month
    // with a filter, from the rollups and from the direct queries, cell by cell.
    void aDemoStoreAnswersAsTheDirectQueries()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY2(db, qPrintable(error));
        DemoOptions options;
        options.now = test::fixedNow();
        DemoSeeder::Result seeded;
        QVERIFY2(DemoSeeder::seed(*db, options, 1500, {}, &seeded, &error), qPrintable(error));
        const KpiEngine engine(*db);
        QCOMPARE(engine.source(), KpiSource::Rollups);
        KpiRequest request;
        request.from = test::fixedNow().date().addDays(-89);
        request.to = test::fixedNow().date();
        request.groupings = everyGrouping();
        request.nowMs = test::fixedNowMs();
        KpiRequest monthly = request;
        monthly.groupings = {{KpiGranularity::Month, KpiCut::Service}, {KpiGranularity::Day, KpiCut::None}};
        monthly.filter.destinations = {QStringLiteral("US"), QStringLiteral("IN")};
        for (const KpiRequest &r : {request, monthly}) {
            const auto direct = engine.compute(r, &error, KpiSource::Direct);
            QVERIFY2(direct, qPrintable(error));
            const auto rollups = engine.compute(r, &error, KpiSource::Rollups);
            QVERIFY2(rollups, qPrintable(error));
            compareReports(*direct, *rollups);
        }
    }

    // Which rows answer a range: weeks for its whole weeks, days for the edges (worked out
    // on a calendar: 2026-06-01 and 2026-06-15 are Mondays; day 20605 is 2026-06-01).
    void spansTakeWholeWeeksAndDaysAtTheEdges_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("granularity"); // of the series grouping besides the range's
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QList<KpiRollupSpan>>("expected");
        const QDateTime later = utc(2026, 9, 1);
        const int week = static_cast<int>(KpiGranularity::Week), month = static_cast<int>(KpiGranularity::Month),
                  day = static_cast<int>(KpiGranularity::Day), range = static_cast<int>(KpiGranularity::Range);
        // Thu 06-04 .. Tue 06-30: Thu-Sun days, weeks of 06-08, 06-15, 06-22, then Mon-Tue days.
        QTest::newRow("partial weeks at both ends")
            << QDate(2026, 6, 4) << QDate(2026, 6, 30) << week << later
            << QList<KpiRollupSpan>{{false, 20608, 20611}, {true, 20612, 20626}, {false, 20633, 20634}};
        QTest::newRow("whole weeks only") << QDate(2026, 6, 1) << QDate(2026, 6, 14) << range << later
                                          << QList<KpiRollupSpan>{{true, 20605, 20612}};
        QTest::newRow("one day") << QDate(2026, 6, 10) << QDate(2026, 6, 10) << week << later
                                 << QList<KpiRollupSpan>{{false, 20614, 20614}};
        QTest::newRow("by day: no week") << QDate(2026, 6, 1) << QDate(2026, 6, 14) << day << later
                                         << QList<KpiRollupSpan>{{false, 20605, 20618}};
        // By month: the week of Mon 06-29 .. Sun 07-05 straddles two months: its days.
        QTest::newRow("a week across two months")
            << QDate(2026, 6, 22) << QDate(2026, 7, 12) << month << later
            << QList<KpiRollupSpan>{{true, 20626, 20626}, {false, 20633, 20639}, {true, 20640, 20640}};
        // Now is Wed 06-17: the week of 06-15 is not over, its days are read.
        QTest::newRow("the week not over") << QDate(2026, 6, 1) << QDate(2026, 6, 21) << week << utc(2026, 6, 17, 14)
                                           << QList<KpiRollupSpan>{{true, 20605, 20612}, {false, 20619, 20625}};
        // Mon 2026-12-28 .. Sun 2027-01-03 is ISO week 2026-W53: one week by week, its days by month.
        QTest::newRow("across a year end by week")
            << QDate(2026, 12, 24) << QDate(2027, 1, 6) << week << utc(2027, 2, 1)
            << QList<KpiRollupSpan>{{false, 20811, 20814}, {true, 20815, 20815}, {false, 20822, 20824}};
        QTest::newRow("across a year end by month") << QDate(2026, 12, 24) << QDate(2027, 1, 6) << month << utc(2027, 2, 1)
                                                    << QList<KpiRollupSpan>{{false, 20811, 20824}};
    }

    void spansTakeWholeWeeksAndDaysAtTheEdges()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, granularity);
        QFETCH(QDateTime, now);
        QFETCH(QList<KpiRollupSpan>, expected);
        QCOMPARE(KpiRollupSpans::dayNumber(QDate(2026, 6, 1)), 20605);
        KpiRequest r;
        r.from = from;
        r.to = to;
        r.nowMs = now.toMSecsSinceEpoch();
        r.groupings = {{static_cast<KpiGranularity>(granularity), KpiCut::None}, {KpiGranularity::Range, KpiCut::Lane}};
        const QList<KpiRollupSpan> spans = KpiRollupSpans::of(r);
        QCOMPARE(spans.size(), expected.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QCOMPARE(spans.at(i).weekly, expected.at(i).weekly);
            QCOMPARE(spans.at(i).first, expected.at(i).first);
            QCOMPARE(spans.at(i).last, expected.at(i).last);
        }
        // Without weeks: one daily span of the whole range.
        const QList<KpiRollupSpan> days = KpiRollupSpans::of(r, false);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first(), (KpiRollupSpan{false, KpiRollupSpans::dayNumber(from), KpiRollupSpans::dayNumber(to)}));
    }

    // The page from the weekly level equals the page from the days alone, every field of every
    // cell, and the direct computation from the events (hours' percentiles within 30 minutes):
    // ranges with partial weeks at both ends, one day, across a year end, across the US and EU
    // DST changes, on demo stores seeded at fixed instants.
    void weeklyRollupsAnswerAsTheDaysAndTheEvents_data()
    {
        QTest::addColumn<QDateTime>("seededAt");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("series");
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<int>("minCells"); // compared with the direct cells
        const int week = static_cast<int>(KpiGranularity::Week), month = static_cast<int>(KpiGranularity::Month);
        const QDateTime june = test::fixedNow(), january = utc(2027, 1, 12, 9);
        QTest::newRow("partial weeks at both ends") << june << QDate(2026, 4, 2) << QDate(2026, 6, 9) << week << false << 1000;
        QTest::newRow("partial weeks, by month, filtered")
            << june << QDate(2026, 4, 2) << QDate(2026, 6, 9) << month << true << 300;
        QTest::newRow("the last 90 days to now") << june << QDate(2026, 3, 20) << QDate(2026, 6, 17) << week << false << 1000;
        QTest::newRow("one day") << june << QDate(2026, 5, 20) << QDate(2026, 5, 20) << week << false << 100;
        QTest::newRow("across the DST changes (US 03-08, EU 03-29)")
            << june << QDate(2026, 3, 5) << QDate(2026, 4, 1) << week << false << 300;
        QTest::newRow("across a year end") << january << QDate(2026, 12, 17) << QDate(2027, 1, 6) << week << false << 300;
        QTest::newRow("across a year end, by month")
            << january << QDate(2026, 12, 17) << QDate(2027, 1, 6) << month << false << 300;
    }

    void weeklyRollupsAnswerAsTheDaysAndTheEvents()
    {
        QFETCH(QDateTime, seededAt);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, series);
        QFETCH(bool, filtered);
        QFETCH(int, minCells);
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("weekly-%1.db").arg(seededAt.toMSecsSinceEpoch()));
        const bool seeded = QFileInfo::exists(path);
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        if (!seeded) {
            DemoOptions options;
            options.now = seededAt;
            options.historyDays = 110;
            DemoSeeder::Result result;
            QVERIFY2(DemoSeeder::seed(*db, options, 2500, {}, &result, &error), qPrintable(error));
        }
        KpiRequest r;
        r.from = from;
        r.to = to;
        r.nowMs = seededAt.toMSecsSinceEpoch();
        r.groupings = pageGroupings(static_cast<KpiGranularity>(series));
        if (filtered)
            r.filter.carriers = {QStringLiteral("ups"), QStringLiteral("dhl"), QStringLiteral("delhivery")};
        // Weeks are read wherever the range holds a whole one that every grouping keeps whole.
        const QList<KpiRollupSpan> spans = KpiRollupSpans::of(r);
        const bool anyWeek = std::any_of(spans.cbegin(), spans.cend(), [](const KpiRollupSpan &s) { return s.weekly; });
        QCOMPARE(anyWeek, from.daysTo(to) >= 13);
        const KpiEngine engine(*db);
        const auto weekly = engine.compute(r, &error, KpiSource::Rollups);
        QVERIFY2(weekly, qPrintable(error));
        const auto daily = engine.compute(r, &error, KpiSource::DailyRollups);
        QVERIFY2(daily, qPrintable(error));
        compareExactly(*daily, *weekly);
        const auto direct = engine.compute(r, &error, KpiSource::Direct);
        QVERIFY2(direct, qPrintable(error));
        compareReports(*direct, *weekly, minCells);
        // The previous period's tiles, as the page asks them.
        KpiRequest before = r;
        before.from = from.addDays(-from.daysTo(to) - 1);
        before.to = from.addDays(-1);
        before.groupings = {{KpiGranularity::Range, KpiCut::None}};
        const auto beforeWeekly = engine.compute(before, &error, KpiSource::Rollups);
        const auto beforeDaily = engine.compute(before, &error, KpiSource::DailyRollups);
        QVERIFY2(beforeWeekly && beforeDaily, qPrintable(error));
        compareExactly(*beforeDaily, *beforeWeekly);
    }

    // A store at schema 14 with rollups in it: the upgrade fills the weekly level from its
    // days, equal to a rebuild's.
    void anUpgradeFillsTheWeeksFromTheDays()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema14.db"));
        QString error;
        {
            auto old = Database::openAtVersion(path, 14, &error);
            QVERIFY2(old, qPrintable(error));
            DemoOptions options;
            options.seed = 4;
            options.now = test::fixedNow();
            options.historyDays = 40;
            DemoSeeder::Result result;
            QVERIFY2(DemoSeeder::seed(*old, options, 400, {}, &result, &error), qPrintable(error));
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(KpiFacts::state(*db, &error), QStringLiteral("current"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(tracked) FROM kpi_weekly")) && q.next());
        QVERIFY2(q.value(0).toInt() > 20, qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT sum(tracked) FROM kpi_weekly), (SELECT sum(tracked) FROM kpi_daily), "
                                      "(SELECT count(*) FROM kpi_shipments WHERE tracked = 1 AND cohort_day IS NOT NULL)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), q.value(2).toInt());
        QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
        equalsARebuild(*db, 100);
    }

    // The weekly level follows a daily row's numbers; a daily row that would move to another
    // day or keys is refused (its week would not follow), and nothing changes.
    void aDailyRowKeepsItsDayAndKeys()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(tracked) FROM kpi_weekly")) && q.next());
        const int tracked = q.value(0).toInt();
        QVERIFY(!q.exec(QStringLiteral("UPDATE kpi_daily SET day = day + 1")));
        QVERIFY2(q.lastError().text().contains(
                     QLatin1String("kpi_daily: a row's day and keys never change (the weekly rollups follow its numbers)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE kpi_exceptions_daily SET carrier = 'other'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("kpi_exceptions_daily: a row's day and keys never change")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT sum(tracked) FROM kpi_weekly")) && q.next());
        QCOMPARE(q.value(0).toInt(), tracked);
    }

    // A store that had shipments before the rollups existed is "stale": reports read the
    // store directly until a rebuild.
    void anUpgradedStoreIsStaleUntilRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        QString error;
        {
            auto old = Database::openAtVersion(path, 7, &error);
            QVERIFY2(old, qPrintable(error));
            DemoOptions options;
            options.seed = 3;
            options.now = test::fixedNow();
            options.historyDays = 20;
            QList<ShipmentRecord> shipments;
            DemoGenerator(options).generate(150, [&](ShipmentRecord &&s) { shipments << std::move(s); },
                                            [](ReturnRecord &&) {});
            QVERIFY2(ShipmentIngestor(*old).ingest(shipments, test::fixedNowMs(), nullptr, &error), qPrintable(error));
            QVERIFY(!KpiFacts(*old).enabled());
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(KpiFacts::state(*db, &error), QStringLiteral("stale"));
        const KpiEngine engine(*db);
        QCOMPARE(engine.source(), KpiSource::Direct);
        KpiRequest r = page();
        r.nowMs = test::fixedNowMs();
        QVERIFY(!engine.compute(r, &error, KpiSource::Rollups));
        QCOMPARE(error, QStringLiteral("the store's KPI rollups are not current: run controltower-cli rollups --rebuild"));
        const auto before = engine.compute(r, &error);
        QVERIFY2(before, qPrintable(error));
        QVERIFY2(KpiFacts(*db).rebuild(&error), qPrintable(error));
        QCOMPARE(KpiFacts::state(*db, &error), QStringLiteral("current"));
        QCOMPARE(engine.source(), KpiSource::Rollups);
        const auto after = engine.compute(r, &error);
        QVERIFY2(after, qPrintable(error));
        compareReports(*before, *after);
    }
};

QTEST_GUILESS_MAIN(TestKpiRollups)
#include "tst_kpirollups.moc"
