// SPDX-License-Identifier: MIT
// The KPI rollups (docs/KPIS.md, "Rollups"): kept by ingest, edits and triggers through a
// mixed history (partial feeds out of order, re-deliveries, a service and a destination that
// change, returns resolved later, a refresh, agents' resolutions and fake-attempt marks),
// they must equal a rebuild from scratch, and answer every KPI cell as the direct queries do.
#include "analytics/kpiengine.h"
#include "analytics/kpifacts.h"
#include "demo/demogenerator.h"
#include "domain/exceptiontype.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/testclock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ct;

namespace {

constexpr qint64 Hour = 3'600'000;

// Every row of the rollup tables, in key order, as text: histograms as sorted "value:count"
// with zero counts left out, and rows whose every number is 0 left out (a row later changes
// emptied; a rebuild never writes one).
QStringList snapshot(const Database &db)
{
    QStringList out;
    const QStringList tables = {QStringLiteral("kpi_shipments"), QStringLiteral("kpi_daily"),
                                QStringLiteral("kpi_exceptions_daily"), QStringLiteral("kpi_exception_hours"),
                                QStringLiteral("kpi_returns_daily")};
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4, 5, 6").arg(table)))
            qFatal("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList fields{table};
            bool anything = table == QLatin1String("kpi_shipments");
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                QString value = q.value(i).isNull() ? QStringLiteral("null") : q.value(i).toString();
                if (value.startsWith(QLatin1Char('{'))) {
                    QStringList bins;
                    const QRegularExpression pair(QStringLiteral("\"(-?\\d+)\":(-?\\d+)"));
                    for (auto m = pair.globalMatch(value); m.hasNext();) {
                        const auto match = m.next();
                        if (match.captured(2) != QLatin1String("0"))
                            bins << QStringLiteral("%1:%2").arg(match.captured(1).toInt(), 4).arg(match.captured(2));
                    }
                    std::sort(bins.begin(), bins.end());
                    value = bins.join(QLatin1Char(' '));
                    anything |= !bins.isEmpty();
                } else if (i >= 5 && name != QLatin1String("type") && name != QLatin1String("hour")
                           && name != QLatin1String("orphan") && name != QLatin1String("currency")) {
                    anything |= value != QLatin1String("0");
                }
                fields << name + QLatin1Char('=') + value;
            }
            if (anything)
                out << fields.join(QLatin1Char(' '));
        }
    }
    return out;
}

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
void compareReports(const KpiReport &direct, const KpiReport &rollups)
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
    QVERIFY2(compared > 1000, QByteArray::number(compared).constData());
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
        const QStringList incremental = snapshot(*m_db);
        QVERIFY(incremental.size() > 500);
        QString error;
        QVERIFY2(KpiFacts(*m_db).rebuild(&error), qPrintable(error));
        const QStringList rebuilt = snapshot(*m_db);
        QCOMPARE(incremental.size(), rebuilt.size());
        for (qsizetype i = 0; i < incremental.size(); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
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
        const QStringList incremental = snapshot(*db);
        QVERIFY(incremental.size() > 300);
        QVERIFY2(KpiFacts(*db).rebuild(&error), qPrintable(error));
        const QStringList rebuilt = snapshot(*db);
        QCOMPARE(incremental.size(), rebuilt.size());
        for (qsizetype i = 0; i < incremental.size(); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
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
        const QStringList incremental = snapshot(*db);
        QVERIFY2(KpiFacts(*db).rebuild(&error), qPrintable(error));
        const QStringList rebuilt = snapshot(*db);
        QCOMPARE(incremental.size(), rebuilt.size());
        for (qsizetype i = 0; i < incremental.size(); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
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
        QVERIFY(q.exec(QStringLiteral("UPDATE kpi_daily SET transit_days = '{\"1\": oops' WHERE transit_days <> '{}'")));
        QCOMPARE(q.numRowsAffected(), 1);
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
