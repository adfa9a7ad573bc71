// SPDX-License-Identifier: MIT
// The KPI engine (docs/KPIS.md) on small stores built by hand: every expected number is
// worked out below, in the comments next to it, from the events the test ingests; none is
// recomputed by the code under test. Shipments go in through ShipmentIngestor at the
// suite's fixed instant (Wednesday 2026-06-17 14:00 UTC). June 2026 starts on a Monday:
// Mon 1, Fri 5, Sat 6, Sun 7, Mon 8, Wed 10, Fri 12.
#include "analytics/kpiengine.h"
#include "demo/demoseeder.h"
#include "domain/exceptiontype.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/returntestdata.h"
#include "support/testclock.h"
#include "support/trackingevents.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;

namespace {

qint64 at(const char *iso)
{
    return test::instant(iso);
}

TrackingEvent ev(const char *iso, Subtag subtag)
{
    return test::eventAt(iso, subtag);
}

// A UPS Ground parcel from Dallas to Austin (both US-TX: Central time, -05:00 in June).
ShipmentRecord parcel(const char *tracking, QList<TrackingEvent> events, const char *promised = nullptr)
{
    ShipmentRecord s;
    s.carrier = QStringLiteral("ups");
    s.service = QStringLiteral("UPS Ground");
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.origin = {QStringLiteral("Dallas"), QStringLiteral("TX"), QStringLiteral("75201"), QStringLiteral("US")};
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    if (promised)
        s.order.promisedDate = QDate::fromString(QString::fromLatin1(promised), Qt::ISODate);
    s.events = std::move(events);
    s.tag = s.events.constLast().tag;
    s.subtag = s.events.constLast().subtag;
    return s;
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Store(const QList<ShipmentRecord> &shipments, qint64 nowMs = test::fixedNowMs())
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("kpis.db")), &error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        ingest(shipments, nowMs);
    }
    void ingest(const QList<ShipmentRecord> &shipments, qint64 nowMs = test::fixedNowMs())
    {
        QString error;
        if (!ShipmentIngestor(*db).ingest(shipments, nowMs, nullptr, &error))
            qFatal("ingest: %s", qPrintable(error));
    }
    qint64 id(const char *tracking) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM shipments WHERE tracking_number = ?"));
        q.addBindValue(QString::fromLatin1(tracking));
        if (!q.exec() || !q.next())
            qFatal("no shipment %s", tracking);
        return q.value(0).toLongLong();
    }
    qint64 exceptionOf(const char *tracking, ExceptionType type) const
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM exceptions WHERE shipment_id = ? AND type = ? ORDER BY trigger_at_ms"));
        q.addBindValue(id(tracking));
        q.addBindValue(static_cast<int>(type));
        if (!q.exec() || !q.next())
            qFatal("no exception of type %d for %s", int(type), tracking);
        return q.value(0).toLongLong();
    }
    void edit(qint64 exception, const char *op, const char *params, const char *actor, const char *when)
    {
        json::Parser parser;
        const QByteArray text(params);
        const auto value = parser.parse(text.constData(), text.size());
        const EditOp *found = EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op));
        if (!found || !value)
            qFatal("bad edit %s %s", op, params);
        const EditOutcome outcome = EditApplier(*db).apply(EntityKind::Exception, exception, *found, *value,
                                                           QString::fromLatin1(actor), at(when),
                                                           EditApplier::Mode::Authoritative);
        if (!outcome.ok())
            qFatal("edit %s: %s", op, qPrintable(outcome.detail));
    }
};

KpiRequest request(const char *from, const char *to, QList<KpiGrouping> groupings = {KpiGrouping{}})
{
    KpiRequest r;
    r.from = QDate::fromString(QString::fromLatin1(from), Qt::ISODate);
    r.to = QDate::fromString(QString::fromLatin1(to), Qt::ISODate);
    r.groupings = std::move(groupings);
    r.nowMs = test::fixedNowMs();
    return r;
}

// CT_KPI_SOURCE=direct runs the suite on direct queries, else on the rollups (a store
// created at schema 7 has current rollups); both must give the numbers worked out here.
KpiSource source()
{
    return qEnvironmentVariable("CT_KPI_SOURCE") == QLatin1String("direct") ? KpiSource::Direct : KpiSource::Rollups;
}

// The rollups give percentiles of hours at the midpoint of their whole-hour bin.
double hourBin()
{
    return source() == KpiSource::Rollups ? 0.5 : 0.0;
}

KpiReport computed(const Store &store, const KpiRequest &r)
{
    QString error;
    const auto report = KpiEngine(*store.db).compute(r, &error, source());
    if (!report)
        qFatal("compute: %s", qPrintable(error));
    return *report;
}

const KpiCell &cell(const KpiReport &report, Kpi kpi, const char *period, const QString &cut = {},
                    const QString &part = {}, int grouping = 0)
{
    const KpiCell *c = report.find(kpi, grouping, QDate::fromString(QString::fromLatin1(period), Qt::ISODate), cut, part);
    if (!c)
        qFatal("no cell %s %s [%s] [%s]", qPrintable(kpiCode(kpi)), period, qPrintable(cut), qPrintable(part));
    return *c;
}

// numerator / denominator, and the value they give ("no data" when the denominator is 0).
#define QCOMPARE_SHARE(c, num, den)                                                                                   \
    do {                                                                                                               \
        const KpiCell &cell_ = (c);                                                                                    \
        QCOMPARE(cell_.numerator, qint64(num));                                                                        \
        QCOMPARE(cell_.denominator, qint64(den));                                                                      \
        if ((den) == 0)                                                                                                \
            QVERIFY2(!cell_.value.has_value(), "a share of 0 shipments must be no data");                             \
        else                                                                                                           \
            QCOMPARE(cell_.value.value_or(-1.0), double(num) / double(den));                                          \
    } while (false)

#define QCOMPARE_DISTRIBUTION(c, n, mean, median, ninetieth)                                                                   \
    do {                                                                                                               \
        const KpiCell &cell_ = (c);                                                                                    \
        QCOMPARE(cell_.denominator, qint64(n));                                                                        \
        QVERIFY(qAbs(cell_.value.value_or(-1.0) - (mean)) < 1e-9);                                                     \
        QCOMPARE(cell_.p50.value_or(-1.0), double(median));                                                               \
        QCOMPARE(cell_.p90.value_or(-1.0), double(ninetieth));                                                               \
    } while (false)

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT

private slots:
    // The first delivery attempt against the end of the promised day, in the destination's
    // local time, whatever the offset of the scan.
    void onTimeAtTheEndOfThePromise_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<int>("subtag");
        QTest::addColumn<bool>("onTime");
        const int delivered = static_cast<int>(Subtag::Delivered);
        // Promise 2026-06-10. Austin is on -05:00 in June: the promise ends at
        // 2026-06-10T23:59:59.999-05:00.
        QTest::newRow("Austin, delivered 23:59:59.999, the end of the promised day")
            << "US" << "2026-06-10T23:59:59.999-05:00" << delivered << true;
        QTest::newRow("Austin, delivered 00:00:00.000, 1 ms after the end")
            << "US" << "2026-06-11T00:00:00.000-05:00" << delivered << false;
        QTest::newRow("Austin, delivered 00:00:59.999, one minute after the end")
            << "US" << "2026-06-11T00:00:59.999-05:00" << delivered << false;
        QTest::newRow("Austin, delivered 23:59, a minute before the end")
            << "US" << "2026-06-10T23:59:00.000-05:00" << delivered << true;
        // A failed attempt is a delivery attempt: made by the promise, it is on time.
        QTest::newRow("Austin, failed attempt 20:59 on the promised day")
            << "US" << "2026-06-10T20:59:00.000-05:00" << static_cast<int>(Subtag::AttemptFailAddresseeUnavailable)
            << true;
        // London is on +01:00 in June: the promise ends at 2026-06-10T23:59:59.999+01:00,
        // = 2026-06-11T00:59:59.999+02:00 on the clock of a scan made in +02:00.
        QTest::newRow("London, scanned 00:30 +02:00 = 23:30 in London")
            << "GB" << "2026-06-11T00:30:00.000+02:00" << delivered << true;
        QTest::newRow("London, scanned 01:30 +02:00 = 00:30 in London, next day")
            << "GB" << "2026-06-11T01:30:00.000+02:00" << delivered << false;
    }
    void onTimeAtTheEndOfThePromise()
    {
        QFETCH(QString, destination);
        QFETCH(QString, attempt);
        QFETCH(int, subtag);
        QFETCH(bool, onTime);
        const bool london = destination == QLatin1String("GB");
        const QByteArray at = attempt.toLatin1();
        ShipmentRecord s = parcel("1ZOT", {ev(london ? "2026-06-08T09:00:00+01:00" : "2026-06-08T09:00:00-05:00",
                                              Subtag::InTransitAccepted),
                                           ev(london ? "2026-06-10T08:00:00+01:00" : "2026-06-10T08:00:00-05:00",
                                              Subtag::OutForDelivery),
                                           ev(at.constData(), *subtagFromInt(subtag))},
                                  "2026-06-10");
        if (london)
            s.destination = {QStringLiteral("London"), QStringLiteral("England"), QStringLiteral("SW1A 1AA"),
                             QStringLiteral("GB")};
        const Store store({s});
        const KpiReport r = computed(store, request("2026-06-01", "2026-06-30"));
        // One shipment, attempted in June, with a promise: 1 / 1 on time, or 0 / 1.
        QCOMPARE_SHARE(cell(r, Kpi::OnTimeRate, "2026-06-01"), onTime ? 1 : 0, 1);
        QCOMPARE_SHARE(cell(r, Kpi::EddCoverage, "2026-06-01"), 1, 1);
    }

    // Fake attempts: never the first attempt (no on-time credit), and no first-attempt
    // credit for the delivery that follows one. D's attempt looks real to the rules; an
    // agent marks it fake, which must move D from on time to late.
    void fakeAttemptsGetNoFirstAttemptCredit()
    {
        const QList<ShipmentRecord> shipments = {
            // A: out for delivery and delivered on 06-09. First attempt = arrival.
            parcel("A", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                         ev("2026-06-09T14:00:00-05:00", Subtag::Delivered)},
                   "2026-06-10"),
            // B: a real failed attempt (15:00, out for delivery that morning), delivered next day.
            parcel("B", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                         ev("2026-06-09T15:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable),
                         ev("2026-06-10T09:00:00-05:00", Subtag::OutForDelivery),
                         ev("2026-06-10T13:00:00-05:00", Subtag::Delivered)},
                   "2026-06-10"),
            // C: an "attempt" at 22:30 (outside 07:00-21:00: the rules flag it fake), then
            // delivered 06-11, after the promise.
            parcel("C", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-09T22:30:00-05:00", Subtag::AttemptFailAddresseeUnavailable),
                         ev("2026-06-11T09:00:00-05:00", Subtag::OutForDelivery),
                         ev("2026-06-11T12:00:00-05:00", Subtag::Delivered)},
                   "2026-06-10"),
            // E: straight to a pickup point on 06-09, collected 06-11.
            parcel("E", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-09T12:00:00-05:00", Subtag::AvailableForPickup),
                         ev("2026-06-11T16:00:00-05:00", Subtag::DeliveredPickedUp)},
                   "2026-06-10"),
            // F: only a fake attempt so far (23:00), not delivered.
            parcel("F", {ev("2026-06-11T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-12T23:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable)},
                   "2026-06-14"),
            // G: delivered on the first attempt, but nothing was promised.
            parcel("G", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                         ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                         ev("2026-06-09T15:00:00-05:00", Subtag::Delivered)}),
        };
        // D arrives in two feeds: the attempt first, so an agent can mark it while its
        // exception is open, then the delivery.
        const QList<TrackingEvent> dFirst = {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                                             ev("2026-06-09T08:00:00-05:00", Subtag::OutForDelivery),
                                             ev("2026-06-09T10:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable)};
        Store store(shipments);
        store.ingest({parcel("D", dFirst, "2026-06-10")}, at("2026-06-09T16:00:00Z"));
        QList<TrackingEvent> dAll = dFirst;
        dAll << ev("2026-06-12T08:00:00-05:00", Subtag::OutForDelivery) << ev("2026-06-12T11:00:00-05:00", Subtag::Delivered);

        const auto expectBefore = [&](const KpiReport &r) {
            // First real attempts in June: A, B, C (its delivery), D (06-09 10:00), E, G = 6; F has none.
            // EDD coverage: all but G have a promise: 5 / 6.
            QCOMPARE_SHARE(cell(r, Kpi::EddCoverage, "2026-06-01"), 5, 6);
            // On time among A B C D E: A 06-09, B 06-09 (failed, in time), C 06-11 (late:
            // its 22:30 attempt is fake), D 06-09, E 06-09: 4 / 5.
            QCOMPARE_SHARE(cell(r, Kpi::OnTimeRate, "2026-06-01"), 4, 5);
            // First attempt = arrival with no fake before: A, E (pickup point), G; not B
            // (failed), not C (fake first), not D (failed): 3 / 6.
            QCOMPARE_SHARE(cell(r, Kpi::FirstAttemptRate, "2026-06-01"), 3, 6);
            // All 7 tracked, first events in June. Failed attempts: B, C, D, F: 4 / 7.
            QCOMPARE_SHARE(cell(r, Kpi::NdrRate, "2026-06-01"), 4, 7);
            // Delivered after the first failed attempt: B, C, D; not F: 3 / 4.
            QCOMPARE_SHARE(cell(r, Kpi::NdrRecoveryRate, "2026-06-01"), 3, 4);
        };
        store.ingest({parcel("D", dAll, "2026-06-10")});
        const KpiRequest june = request("2026-06-01", "2026-06-30");
        KpiReport r = computed(store, june);
        expectBefore(r);
        // Fake attempts by the rules: C (22:30) and F (23:00): 2 of the 4 with a failed attempt.
        QCOMPARE_SHARE(cell(r, Kpi::FakeAttemptShare, "2026-06-01"), 2, 4);

        // The agent marks D's attempt of 06-09 10:00 as not made.
        const qint64 dException = store.exceptionOf("D", ExceptionType::FailedAttempt);
        // mark_fake_attempt (docs/EXCEPTIONS.md, "Agent actions") is made on an open exception;
        // here it is made after the delivery, so reopen, mark, and resolve again.
        store.edit(dException, "status", R"({"status": "open"})", "maria", "2026-06-12T17:00:00Z");
        store.edit(dException, "mark_fake_attempt", R"({"date": "2026-06-13"})", "maria", "2026-06-12T17:01:00Z");
        store.edit(dException, "status", R"({"status": "resolved"})", "maria", "2026-06-12T17:02:00Z");
        QSqlQuery mark(store.db->connection());
        QVERIFY(mark.exec(QStringLiteral("SELECT fake_attempt_at_ms FROM exceptions WHERE id = %1").arg(dException)));
        QVERIFY(mark.next());
        QCOMPARE(mark.value(0).toLongLong(), at("2026-06-09T10:00:00-05:00"));
        r = computed(store, june);
        // D's first real attempt is now its delivery on 06-12: late. On time: A, B, E of 5.
        QCOMPARE_SHARE(cell(r, Kpi::OnTimeRate, "2026-06-01"), 3, 5);
        // D still has no first-attempt credit (a fake attempt came before its delivery): 3 / 6.
        QCOMPARE_SHARE(cell(r, Kpi::FirstAttemptRate, "2026-06-01"), 3, 6);
        // Fake attempts: C, D, F of 4.
        QCOMPARE_SHARE(cell(r, Kpi::FakeAttemptShare, "2026-06-01"), 3, 4);
        QCOMPARE_SHARE(cell(r, Kpi::NdrRate, "2026-06-01"), 4, 7);
        QCOMPARE_SHARE(cell(r, Kpi::EddCoverage, "2026-06-01"), 5, 6);

        // The drill-down lists exactly the shipments behind the numbers.
        QString error;
        const auto drill = KpiEngine(*store.db).drillDown(june, {Kpi::FirstAttemptRate, 0, r.request.from, {}, {}}, &error);
        QVERIFY2(drill, qPrintable(error));
        QCOMPARE(drill->numeratorShipments, (QList<qint64>{store.id("A"), store.id("E"), store.id("G")}));
        QList<qint64> den{store.id("A"), store.id("B"), store.id("C"), store.id("D"), store.id("E"), store.id("G")};
        std::sort(den.begin(), den.end());
        QCOMPARE(drill->denominatorShipments, den);
    }

    // Delivery, NDR and RTO rates by carrier, with a carrier that delivered nothing: its
    // delivery rate is a real 0 %, its on-time rate "no data".
    void ratesByCarrier()
    {
        auto onTrac = [](ShipmentRecord s) {
            s.carrier = QStringLiteral("ontrac");
            s.service = QStringLiteral("OnTrac Ground");
            return s;
        };
        const Store store({
            parcel("U1", {ev("2026-06-02T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-04T09:00:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-04T12:00:00-05:00", Subtag::Delivered)}),
            parcel("U2", {ev("2026-06-03T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-05T12:00:00-05:00", Subtag::Delivered)}),
            parcel("U3", {ev("2026-06-10T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-11T09:00:00-05:00", Subtag::InTransitDeparted)}),
            parcel("U4", {ev("2026-06-05T09:00:00-05:00", Subtag::PendingNoInformation)}),
            parcel("U5", {ev("2026-06-01T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-15T09:00:00-05:00", Subtag::Expired)}),
            onTrac(parcel("O1", {ev("2026-06-05T09:00:00-05:00", Subtag::InTransitAccepted),
                                 ev("2026-06-06T09:00:00-05:00", Subtag::InTransitDeparted)})),
            onTrac(parcel("O2", {ev("2026-06-05T09:00:00-05:00", Subtag::InTransitAccepted),
                                 ev("2026-06-08T09:00:00-05:00", Subtag::ExceptionReturningToSender)})),
        });
        const KpiReport r = computed(store, request("2026-06-01", "2026-06-30", {{KpiGranularity::Range, KpiCut::Carrier}}));
        const QString ups = QStringLiteral("ups"), ontrac = QStringLiteral("ontrac");
        // ups: tracked U1 U2 U3 (U4 is Pending, U5 Expired), delivered U1 U2: 2 / 3.
        QCOMPARE_SHARE(cell(r, Kpi::DeliveryRate, "2026-06-01", ups), 2, 3);
        // ontrac: tracked O1 O2, delivered none: 0 / 2 = 0 %, which is data.
        QCOMPARE_SHARE(cell(r, Kpi::DeliveryRate, "2026-06-01", ontrac), 0, 2);
        QCOMPARE(cell(r, Kpi::DeliveryRate, "2026-06-01", ontrac).value, std::optional<double>(0.0));
        // RTO: O2 returning: 1 / 2; ups 0 / 3.
        QCOMPARE_SHARE(cell(r, Kpi::RtoRate, "2026-06-01", ontrac), 1, 2);
        QCOMPARE_SHARE(cell(r, Kpi::RtoRate, "2026-06-01", ups), 0, 3);
        QCOMPARE_SHARE(cell(r, Kpi::NdrRate, "2026-06-01", ups), 0, 3);
        // No failed attempts: the recovery rate has nothing to be a share of.
        QCOMPARE_SHARE(cell(r, Kpi::NdrRecoveryRate, "2026-06-01", ups), 0, 0);
        // ontrac attempted nothing: on-time, EDD coverage, first attempt, transit: no data.
        QCOMPARE_SHARE(cell(r, Kpi::OnTimeRate, "2026-06-01", ontrac), 0, 0);
        QCOMPARE_SHARE(cell(r, Kpi::EddCoverage, "2026-06-01", ontrac), 0, 0);
        QCOMPARE_SHARE(cell(r, Kpi::FirstAttemptRate, "2026-06-01", ontrac), 0, 0);
        QVERIFY(!cell(r, Kpi::TransitDays, "2026-06-01", ontrac).value);
        QVERIFY(!cell(r, Kpi::TransitDays, "2026-06-01", ontrac).p50);
        // ups' attempts (U1, U2) had no promise: on-time no data, EDD coverage 0 / 2.
        QCOMPARE_SHARE(cell(r, Kpi::OnTimeRate, "2026-06-01", ups), 0, 0);
        QCOMPARE_SHARE(cell(r, Kpi::EddCoverage, "2026-06-01", ups), 0, 2);
        // A filter keeps one carrier.
        KpiRequest only = request("2026-06-01", "2026-06-30");
        only.filter.carriers = {ontrac};
        // The report is kept: cell() returns a reference into it (a temporary here would
        // die before the comparison reads the cell; AddressSanitizer found that).
        const KpiReport onlyOntrac = computed(store, only);
        QCOMPARE_SHARE(cell(onlyOntrac, Kpi::DeliveryRate, "2026-06-01"), 0, 2);
    }

    // Transit time in calendar and business days, and order to delivery: exact
    // nearest-rank percentiles (the value at rank ceil(p × n)) and the mean.
    void transitAcrossWeekends()
    {
        auto ordered = [](ShipmentRecord s, const char *iso) {
            s.order.orderedAt = QDateTime::fromMSecsSinceEpoch(at(iso), QTimeZone::utc());
            return s;
        };
        // Orders at 18:00 in Austin (23:00Z) the day before pickup.
        const Store store({
            // T1: picked up Fri 06-05, delivered Mon 06-08: 3 days; business Mon = 1. Order 06-04: 4 days.
            ordered(parcel("T1", {ev("2026-06-05T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-08T12:00:00-05:00", Subtag::Delivered)}),
                    "2026-06-04T23:00:00Z"),
            // T2: Fri 06-05 to Sat 06-06: 1 day, 0 business days. Order 06-04: 2.
            ordered(parcel("T2", {ev("2026-06-05T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-06T12:00:00-05:00", Subtag::Delivered)}),
                    "2026-06-04T23:00:00Z"),
            // T3: Mon 06-01 to Thu 06-04: 3, business Tue Wed Thu = 3. Order 05-31: 4.
            ordered(parcel("T3", {ev("2026-06-01T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-04T12:00:00-05:00", Subtag::Delivered)}),
                    "2026-05-31T23:00:00Z"),
            // T4: Wed 06-03 to Wed 06-10: 7, business Thu Fri Mon Tue Wed = 5. Order 06-02: 8.
            ordered(parcel("T4", {ev("2026-06-03T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-10T12:00:00-05:00", Subtag::Delivered)}),
                    "2026-06-02T23:00:00Z"),
            // T5: Thu 06-04 to Fri 06-05: 1, business 1. Order 06-03: 2.
            ordered(parcel("T5", {ev("2026-06-04T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-05T12:00:00-05:00", Subtag::Delivered)}),
                    "2026-06-03T23:00:00Z"),
            // T6: Mon 06-08, at a pickup point Tue 06-09 (the arrival), collected Fri: 1, business 1.
            // Order 06-07: 2.
            ordered(parcel("T6", {ev("2026-06-08T10:00:00-05:00", Subtag::InTransitAccepted),
                                  ev("2026-06-09T12:00:00-05:00", Subtag::AvailableForPickup),
                                  ev("2026-06-12T17:00:00-05:00", Subtag::DeliveredPickedUp)}),
                    "2026-06-07T23:00:00Z"),
            // T7: only its delivery was scanned: no transit; order 06-07 to Tue 06-09: 2.
            ordered(parcel("T7", {ev("2026-06-09T12:00:00-05:00", Subtag::Delivered)}), "2026-06-07T23:00:00Z"),
        });
        const KpiReport r = computed(store, request("2026-06-01", "2026-06-30"));
        // Calendar days sorted: 1 1 1 3 3 7 (n = 6). P50: rank 3 → 1. P90: rank ceil(5.4) = 6 → 7.
        // Mean 16 / 6.
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::TransitDays, "2026-06-01"), 6, 16.0 / 6.0, 1, 7);
        // Business days sorted: 0 1 1 1 3 5. P50 rank 3 → 1, P90 rank 6 → 5, mean 11 / 6.
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::TransitBusinessDays, "2026-06-01"), 6, 11.0 / 6.0, 1, 5);
        // Order to delivery sorted: 2 2 2 2 4 4 8 (n = 7). P50 rank ceil(3.5) = 4 → 2;
        // P90 rank ceil(6.3) = 7 → 8; mean 24 / 7.
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::OrderToDeliveryDays, "2026-06-01"), 7, 24.0 / 7.0, 2, 8);

        // The drill-down of a distribution lists the shipments with a value.
        QString error;
        const auto drill =
            KpiEngine(*store.db).drillDown(r.request, {Kpi::TransitDays, 0, r.request.from, {}, {}}, &error);
        QVERIFY2(drill, qPrintable(error));
        QCOMPARE(drill->denominatorShipments.size(), 6);
        QVERIFY(!drill->denominatorShipments.contains(store.id("T7")));
    }

    // A shipment is placed by the UTC day of its date: 23:59:59.999 on Sunday is in that
    // week, midnight is in the next.
    void periodBoundaries()
    {
        const Store store({
            // P1: arrived Sun 06-07 23:59:59.999Z (week of 06-01). Transit 06-05 → 06-07: 2.
            parcel("P1", {ev("2026-06-05T10:00:00Z", Subtag::InTransitAccepted),
                          ev("2026-06-07T23:59:59.999Z", Subtag::Delivered)}),
            // P2: arrived Mon 06-08 00:00:00.000Z (week of 06-08). Transit 06-05 → 06-08: 3.
            parcel("P2", {ev("2026-06-05T10:00:00Z", Subtag::InTransitAccepted),
                          ev("2026-06-08T00:00:00.000Z", Subtag::Delivered)}),
            // P3: first event 05-31 23:59:59.999Z, before the range; arrived 06-02: transit 2.
            parcel("P3", {ev("2026-05-31T23:59:59.999Z", Subtag::InTransitAccepted),
                          ev("2026-06-02T10:00:00Z", Subtag::Delivered)}),
            // P4: first event 06-01 00:00:00.000Z, the range's first instant; arrived 06-03: 2.
            parcel("P4", {ev("2026-06-01T00:00:00.000Z", Subtag::InTransitAccepted),
                          ev("2026-06-03T10:00:00Z", Subtag::Delivered)}),
        });
        const KpiReport r = computed(store, request("2026-06-01", "2026-06-14",
                                                    {{KpiGranularity::Week, KpiCut::None},
                                                     {KpiGranularity::Day, KpiCut::None}}));
        // Week of 06-01: arrivals P1, P3, P4, each 2 days. Week of 06-08: P2, 3 days.
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::TransitDays, "2026-06-01"), 3, 2.0, 2, 2);
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::TransitDays, "2026-06-08"), 1, 3.0, 3, 3);
        // Delivery rate by first event: week of 06-01 holds P1, P2, P4 (P3 began in May): 3 / 3.
        QCOMPARE_SHARE(cell(r, Kpi::DeliveryRate, "2026-06-01"), 3, 3);
        QCOMPARE_SHARE(cell(r, Kpi::DeliveryRate, "2026-06-08"), 0, 0);
        // By day: P1 on the 7th, P2 on the 8th.
        QCOMPARE(cell(r, Kpi::TransitDays, "2026-06-07", {}, {}, 1).denominator, 1);
        QCOMPARE(cell(r, Kpi::TransitDays, "2026-06-08", {}, {}, 1).denominator, 1);
        QVERIFY(!cell(r, Kpi::TransitDays, "2026-06-06", {}, {}, 1).value);
        // Every day of the range has its cells, with or without data: 14 days.
        int days = 0;
        for (const KpiCell &c : r.cells)
            days += c.grouping == 1 && c.kpi == Kpi::TransitDays ? 1 : 0;
        QCOMPARE(days, 14);
    }

    // A range with nothing in it gives "no data", never 0 % or NaN; an impossible range
    // is refused with a message.
    void emptyAndImpossibleRanges()
    {
        const Store store({parcel("Z1", {ev("2026-06-05T10:00:00-05:00", Subtag::InTransitAccepted),
                                         ev("2026-06-08T12:00:00-05:00", Subtag::Delivered)},
                                  "2026-06-09")});
        const KpiReport r = computed(store, request("2026-01-01", "2026-01-31"));
        for (const KpiCell &c : r.cells) {
            const KpiDefinition &def = kpiDefinition(c.kpi);
            if (def.kind == KpiKind::Count)
                continue;
            QVERIFY2(!c.value.has_value(), def.code);
            QCOMPARE(c.denominator, 0);
        }
        QString error;
        QVERIFY(!KpiEngine(*store.db).compute(request("2026-06-30", "2026-06-01"), &error));
        QCOMPARE(error, QStringLiteral("the range 2026-06-30 to 2026-06-01 is empty: its last day comes before its first"));
        QVERIFY(!KpiEngine(*store.db).compute(request("2026-02-30", "2026-06-01"), &error));
        QCOMPARE(error, QStringLiteral("the range needs a valid first and last day"));
    }

    // SLA breach rates, the backlog at each period's end, time to resolve and agent
    // productivity, from failed-attempt exceptions (SLA: first action 4 h, resolve 48 h).
    void exceptionsAndAgents()
    {
        Store store({
            // X1: attempt 06-10 15:00Z, delivered 06-11 17:00Z: cleared by the rules after 26 h.
            parcel("X1", {ev("2026-06-09T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-10T08:00:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-10T10:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable),
                          ev("2026-06-11T12:00:00-05:00", Subtag::Delivered)}),
            // X2: attempt 06-12 15:00Z; maria acts at +2 h and resolves 06-15 16:00Z (+73 h).
            parcel("X2", {ev("2026-06-11T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-12T08:00:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-12T10:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable)}),
            // X3: attempt 06-16 15:00Z; omar acts 06-17 10:00Z (+19 h); open.
            parcel("X3", {ev("2026-06-15T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-16T08:00:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-16T10:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable)}),
            // X4: attempt 06-17 12:00Z, 2 h before now: nothing is due yet.
            parcel("X4", {ev("2026-06-16T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-17T06:30:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-17T07:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable)}),
        });
        const qint64 x1 = store.exceptionOf("X1", ExceptionType::FailedAttempt);
        const qint64 x2 = store.exceptionOf("X2", ExceptionType::FailedAttempt);
        const qint64 x3 = store.exceptionOf("X3", ExceptionType::FailedAttempt);
        const qint64 x4 = store.exceptionOf("X4", ExceptionType::FailedAttempt);
        store.edit(x2, "reattempt", R"({"date": "2026-06-13"})", "maria", "2026-06-12T17:00:00Z");
        store.edit(x2, "contact_customer", R"({"template": "ndr", "channel": "sms"})", "maria", "2026-06-13T09:00:00Z");
        store.edit(x2, "status", R"({"status": "resolved"})", "maria", "2026-06-15T16:00:00Z");
        store.edit(x3, "claim", "{}", "omar", "2026-06-17T09:00:00Z");
        store.edit(x3, "note", R"({"text": "calling the customer"})", "omar", "2026-06-17T09:30:00Z");
        store.edit(x3, "contact_customer", R"({"template": "ndr", "channel": "email"})", "omar", "2026-06-17T10:00:00Z");

        const KpiRequest range = request("2026-06-01", "2026-06-17");
        const KpiReport r = computed(store, range);
        // First action: X1 answered only by its resolution, 26 h > 4 h: breach. X2 at 2 h:
        // kept. X3 at 19 h: breach. X4 due 16:00Z, after now, unanswered: not counted. 2 / 3.
        QCOMPARE_SHARE(cell(r, Kpi::FirstActionBreachRate, "2026-06-01"), 2, 3);
        // Resolution: X1 26 h ≤ 48: kept. X2 73 h: breach. X3 due 06-18 15:00Z, X4 later: not yet. 1 / 2.
        QCOMPARE_SHARE(cell(r, Kpi::ResolutionBreachRate, "2026-06-01"), 1, 2);
        // Resolved in the range: X1 26 h, X2 73 h. Mean 49.5; P50 rank 1 → 26; P90 rank 2 → 73
        // (the rollups: 26.5 and 73.5, their bins' midpoints; the mean stays exact).
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::TimeToResolve, "2026-06-01"), 2, 49.5, 26 + hourBin(), 73 + hourBin());
        // Open at the range's end (now): X3, X4.
        const QString failed = exceptionTypeCode(ExceptionType::FailedAttempt);
        QCOMPARE(cell(r, Kpi::OpenBacklog, "2026-06-01", {}, failed).value, std::optional<double>(2));
        QCOMPARE(cell(r, Kpi::OpenBacklog, "2026-06-01", {}, {}).value, std::optional<double>(2));
        QCOMPARE(cell(r, Kpi::OpenBacklog, "2026-06-01", {}, exceptionTypeCode(ExceptionType::Lost)).value,
                 std::optional<double>(0));
        // Agents: maria actioned X2 (twice, one exception), resolved X2, first action after
        // 2 h. omar actioned X3 (claim and note are not actions), first action after 19 h.
        const QString maria = QStringLiteral("maria"), omar = QStringLiteral("omar");
        QCOMPARE(cell(r, Kpi::AgentActioned, "2026-06-01", {}, maria).value, std::optional<double>(1));
        QCOMPARE(cell(r, Kpi::AgentResolved, "2026-06-01", {}, maria).value, std::optional<double>(1));
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::AgentTimeToFirstAction, "2026-06-01", {}, maria), 1, 2.0, 2, 2);
        QCOMPARE(cell(r, Kpi::AgentActioned, "2026-06-01", {}, omar).value, std::optional<double>(1));
        QCOMPARE(cell(r, Kpi::AgentResolved, "2026-06-01", {}, omar).value, std::optional<double>(0));
        QCOMPARE_DISTRIBUTION(cell(r, Kpi::AgentTimeToFirstAction, "2026-06-01", {}, omar), 1, 19.0, 19, 19);
        QVERIFY(!r.find(Kpi::AgentActioned, 0, range.from, {}, QStringLiteral("rules")));

        // The backlog at the end of each day: 06-10 X1 (opened 15:00Z); 06-11 none (X1
        // cleared 17:00Z); 06-12 X2; 06-15 none (X2 resolved 16:00Z); 06-16 X3; 06-17 (not
        // over: at now) X3 and X4. A range that runs past now has no data after it.
        const KpiReport daily = computed(store, request("2026-06-10", "2026-06-18", {{KpiGranularity::Day, KpiCut::None}}));
        const auto backlog = [&](const char *day) { return cell(daily, Kpi::OpenBacklog, day).value; };
        QCOMPARE(backlog("2026-06-10"), std::optional<double>(1));
        QCOMPARE(backlog("2026-06-11"), std::optional<double>(0));
        QCOMPARE(backlog("2026-06-12"), std::optional<double>(1));
        QCOMPARE(backlog("2026-06-15"), std::optional<double>(0));
        QCOMPARE(backlog("2026-06-16"), std::optional<double>(1));
        QCOMPARE(backlog("2026-06-17"), std::optional<double>(2));
        QCOMPARE(backlog("2026-06-18"), std::nullopt);

        // Drill-downs: the exceptions behind the first-action breach rate, and the backlog.
        QString error;
        KpiEngine engine(*store.db);
        auto drill = engine.drillDown(range, {Kpi::FirstActionBreachRate, 0, range.from, {}, {}}, &error);
        QVERIFY2(drill, qPrintable(error));
        QCOMPARE(drill->numeratorExceptions, (QList<qint64>{x1, x3}));
        QCOMPARE(drill->denominatorExceptions, (QList<qint64>{x1, x2, x3}));
        QCOMPARE(drill->numeratorShipments, (QList<qint64>{store.id("X1"), store.id("X3")}));
        drill = engine.drillDown(range, {Kpi::OpenBacklog, 0, range.from, {}, failed}, &error);
        QVERIFY2(drill, qPrintable(error));
        QCOMPARE(drill->numeratorExceptions, (QList<qint64>{x3, x4}));
    }

    // Every cell's drill-down holds as many ids as the cell counts, cut by lane.
    void drillDownCountsMatchEveryCell()
    {
        auto from = [](ShipmentRecord s, const char *country, const char *state) {
            s.origin.country = QString::fromLatin1(country);
            s.origin.state = QString::fromUtf8(state);
            return s;
        };
        const Store store({
            parcel("L1", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                          ev("2026-06-09T15:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable),
                          ev("2026-06-10T13:00:00-05:00", Subtag::Delivered)},
                   "2026-06-10"),
            from(parcel("L2", {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                               ev("2026-06-09T22:30:00-05:00", Subtag::AttemptFailRefused),
                               ev("2026-06-12T12:00:00-05:00", Subtag::Delivered)},
                        "2026-06-10"),
                 "US", "NV"),
            from(parcel("L3", {ev("2026-06-02T09:00:00+02:00", Subtag::InTransitAccepted),
                               ev("2026-06-05T12:00:00-05:00", Subtag::Delivered)},
                        "2026-06-06"),
                 "DE", "Thüringen"),
            parcel("L4", {ev("2026-06-03T09:00:00-05:00", Subtag::InTransitAccepted),
                          ev("2026-06-04T09:00:00-05:00", Subtag::ExceptionReturningToSender)}),
        });
        KpiRequest all = request("2026-06-01", "2026-06-17", {{KpiGranularity::Week, KpiCut::Lane}});
        const KpiReport r = computed(store, all);
        // The lanes, as KpiCut names them.
        QSet<QString> lanes;
        for (const KpiCell &c : r.cells)
            lanes.insert(c.cut);
        QCOMPARE(lanes, (QSet<QString>{QStringLiteral("US-TX → US-TX"), QStringLiteral("US-NV → US-TX"),
                                       QStringLiteral("DE-Thüringen → US")}));
        KpiEngine engine(*store.db);
        int checked = 0;
        for (const KpiCell &c : r.cells) {
            const KpiDefinition &def = kpiDefinition(c.kpi);
            if (c.numerator == 0 && c.denominator == 0)
                continue;
            QString error;
            const auto drill = engine.drillDown(all, {c.kpi, c.grouping, c.period.from, c.cut, c.part}, &error);
            QVERIFY2(drill, qPrintable(error));
            const bool exceptionKpi = !drill->numeratorExceptions.isEmpty() || !drill->denominatorExceptions.isEmpty();
            const QByteArray what = QByteArray(def.code) + ' ' + c.cut.toUtf8() + ' ' + c.period.from.toString().toLatin1();
            switch (def.kind) {
            case KpiKind::Share:
                QVERIFY2((exceptionKpi ? drill->numeratorExceptions : drill->numeratorShipments).size() == c.numerator, what.constData());
                QVERIFY2((exceptionKpi ? drill->denominatorExceptions : drill->denominatorShipments).size() == c.denominator,
                         what.constData());
                break;
            case KpiKind::PerThousand:
                QVERIFY2(drill->numeratorExceptions.size() == c.numerator, what.constData());
                QVERIFY2(drill->denominatorShipments.size() == c.denominator, what.constData());
                break;
            case KpiKind::Distribution:
                QVERIFY2((exceptionKpi ? drill->denominatorExceptions : drill->denominatorShipments).size() == c.denominator,
                         what.constData());
                break;
            case KpiKind::Count:
                QVERIFY2(drill->numeratorExceptions.size() == c.numerator, what.constData());
                break;
            }
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    // The returns figures come from ReturnFigures, cut by the outbound shipment's carrier.
    void returnsByCarrier()
    {
        auto order = [](ShipmentRecord s, const char *id, const char *carrier) {
            s.carrier = QString::fromLatin1(carrier);
            s.order.orderId = QString::fromLatin1(id);
            s.order.currency = QStringLiteral("USD");
            s.order.orderedAt = QDateTime::fromMSecsSinceEpoch(at("2026-06-02T12:00:00Z"), QTimeZone::utc());
            return s;
        };
        const QList<TrackingEvent> delivered = {ev("2026-06-03T09:00:00-05:00", Subtag::InTransitAccepted),
                                                ev("2026-06-05T12:00:00-05:00", Subtag::Delivered)};
        Store store({order(parcel("R1", delivered), "#1", "ups"), order(parcel("R2", delivered), "#2", "ups"),
                     order(parcel("R3", delivered), "#3", "fedex")});
        const auto returnOf = [](const char *rma, const char *orderId, const char *carrier, const char *tracking, qint64 cents,
                                 ReturnResolution resolution) {
            return test::resolvedReturn(rma, orderId, carrier, tracking, cents, resolution, "2026-06-08T12:00:00");
        };
        QString error;
        QVERIFY2(ShipmentIngestor(*store.db).ingestReturns({returnOf("RMA-1", "#1", "ups", "R1", 5000, ReturnResolution::Exchange),
                                                            returnOf("RMA-3", "#3", "fedex", "R3", 2000, ReturnResolution::Refund)},
                                                           test::fixedNowMs(), &error),
                 qPrintable(error));
        const KpiReport r = computed(store, request("2026-06-01", "2026-06-30",
                                                    {{KpiGranularity::Range, KpiCut::None},
                                                     {KpiGranularity::Range, KpiCut::Carrier}}));
        // Everyone: orders #1 #2 #3, returned #1 #3: 2 / 3. Resolved: RMA-1 exchange, RMA-3
        // refund. Retained USD: the exchange's 5000 of 7000 resolved.
        QCOMPARE_SHARE(cell(r, Kpi::ReturnRate, "2026-06-01"), 2, 3);
        QCOMPARE_SHARE(cell(r, Kpi::ExchangeShare, "2026-06-01"), 1, 2);
        QCOMPARE_SHARE(cell(r, Kpi::RefundShare, "2026-06-01"), 1, 2);
        QCOMPARE_SHARE(cell(r, Kpi::StoreCreditShare, "2026-06-01"), 0, 2);
        QCOMPARE_SHARE(cell(r, Kpi::RetainedRevenueShare, "2026-06-01", {}, QStringLiteral("USD")), 5000, 7000);
        // ups: #1 #2, returned #1: 1 / 2; its one resolved return an exchange, all retained.
        const QString ups = QStringLiteral("ups"), fedex = QStringLiteral("fedex");
        QCOMPARE_SHARE(cell(r, Kpi::ReturnRate, "2026-06-01", ups, {}, 1), 1, 2);
        QCOMPARE_SHARE(cell(r, Kpi::ExchangeShare, "2026-06-01", ups, {}, 1), 1, 1);
        QCOMPARE_SHARE(cell(r, Kpi::RetainedRevenueShare, "2026-06-01", ups, QStringLiteral("USD"), 1), 5000, 5000);
        // fedex: #3 returned: 1 / 1, refunded, nothing retained: 0 of 2000.
        QCOMPARE_SHARE(cell(r, Kpi::ReturnRate, "2026-06-01", fedex, {}, 1), 1, 1);
        QCOMPARE_SHARE(cell(r, Kpi::RetainedRevenueShare, "2026-06-01", fedex, QStringLiteral("USD"), 1), 0, 2000);

        // The drill-downs list exactly what the cells count: the return rate its orders by
        // their first shipments, the shares their resolved returns.
        const auto returnId = [&](const char *rma) {
            QSqlQuery q(store.db->connection());
            q.prepare(QStringLiteral("SELECT id FROM returns WHERE rma = ?"));
            q.addBindValue(QString::fromLatin1(rma));
            if (!q.exec() || !q.next())
                qFatal("no return %s", rma);
            return q.value(0).toLongLong();
        };
        const qint64 rma1 = returnId("RMA-1"), rma3 = returnId("RMA-3");
        const KpiRequest asked = r.request;
        const QDate june1(2026, 6, 1);
        KpiEngine engine(*store.db);
        const auto drill = [&](Kpi kpi, int grouping, const QString &cut, const QString &part = {}) {
            const auto ids = engine.drillDown(asked, {kpi, grouping, june1, cut, part}, &error);
            if (!ids)
                qFatal("drill-down: %s", qPrintable(error));
            return *ids;
        };
        KpiDrillDown d = drill(Kpi::ReturnRate, 0, {});
        QCOMPARE(d.numeratorShipments, (QList<qint64>{store.id("R1"), store.id("R3")}));
        QCOMPARE(d.denominatorShipments, (QList<qint64>{store.id("R1"), store.id("R2"), store.id("R3")}));
        QVERIFY(d.numeratorReturns.isEmpty() && d.denominatorReturns.isEmpty());
        d = drill(Kpi::ExchangeShare, 0, {});
        QCOMPARE(d.numeratorReturns, QList<qint64>{rma1});
        QCOMPARE(d.denominatorReturns, (QList<qint64>{std::min(rma1, rma3), std::max(rma1, rma3)}));
        QVERIFY(d.numeratorShipments.isEmpty());
        QCOMPARE(drill(Kpi::StoreCreditShare, 0, {}).numeratorReturns, QList<qint64>{});
        d = drill(Kpi::RefundShare, 1, fedex);
        QCOMPARE(d.numeratorReturns, QList<qint64>{rma3});
        QCOMPARE(d.denominatorReturns, QList<qint64>{rma3});
        d = drill(Kpi::ReturnRate, 1, ups);
        QCOMPARE(d.numeratorShipments, QList<qint64>{store.id("R1")});
        QCOMPARE(d.denominatorShipments, (QList<qint64>{store.id("R1"), store.id("R2")}));
        d = drill(Kpi::RetainedRevenueShare, 0, {}, QStringLiteral("USD"));
        QCOMPARE(d.numeratorReturns, QList<qint64>{rma1});
        QCOMPARE(d.denominatorReturns.size(), 2);
        // Another currency has none of them.
        QVERIFY(drill(Kpi::RetainedRevenueShare, 0, {}, QStringLiteral("EUR")).denominatorReturns.isEmpty());
        // A period the request does not have is an error that says so.
        QVERIFY(!engine.drillDown(asked, {Kpi::ReturnRate, 0, QDate(2026, 6, 2), {}, {}}, &error));
        QVERIFY2(error.contains(QStringLiteral("no period starting 2026-06-02")), qPrintable(error));
    }

    // On a demo store (orders, returns resolved every way), every returns cell by week and
    // carrier drills down to as many orders or returns as it counts.
    void returnsDrillDownsMatchEveryCellOfADemoStore()
    {
        QTemporaryDir dir;
        QString error;
        const auto db = Database::open(dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY2(db, qPrintable(error));
        DemoOptions options; // ninety days of orders: returns of every resolution by now
        options.now = test::fixedNow();
        options.historyDays = 90;
        DemoSeeder::Result seeded;
        QVERIFY2(DemoSeeder::seed(*db, options, 1500, {}, &seeded, &error), qPrintable(error));
        KpiRequest asked = request("2026-03-19", "2026-06-17",
                                   {{KpiGranularity::Week, KpiCut::None}, {KpiGranularity::Range, KpiCut::Carrier}});
        asked.kpis = {Kpi::ReturnRate, Kpi::RefundShare, Kpi::ExchangeShare, Kpi::StoreCreditShare, Kpi::RetainedRevenueShare};
        const auto report = KpiEngine(*db).compute(asked, &error, source());
        QVERIFY2(report, qPrintable(error));
        KpiEngine engine(*db);
        int orders = 0, returns = 0;
        for (const KpiCell &c : report->cells) {
            if (c.denominator == 0)
                continue;
            const auto drill = engine.drillDown(asked, {c.kpi, c.grouping, c.period.from, c.cut, c.part}, &error);
            QVERIFY2(drill, qPrintable(error));
            const QByteArray what = QByteArray(kpiDefinition(c.kpi).code) + ' ' + c.cut.toUtf8() + ' ' + c.part.toUtf8() + ' '
                                    + c.period.from.toString(Qt::ISODate).toLatin1();
            if (c.kpi == Kpi::ReturnRate) {
                QVERIFY2(drill->numeratorShipments.size() == c.numerator, what.constData());
                QVERIFY2(drill->denominatorShipments.size() == c.denominator, what.constData());
                ++orders;
            } else if (c.kpi == Kpi::RetainedRevenueShare) {
                // Money: the lists hold the returns whose values the cell sums.
                QVERIFY2(drill->numeratorReturns.size() <= drill->denominatorReturns.size(), what.constData());
                QVERIFY2(!drill->denominatorReturns.isEmpty(), what.constData());
            } else {
                QVERIFY2(drill->numeratorReturns.size() == c.numerator, what.constData());
                QVERIFY2(drill->denominatorReturns.size() == c.denominator, what.constData());
                QVERIFY2(std::includes(drill->denominatorReturns.begin(), drill->denominatorReturns.end(),
                                       drill->numeratorReturns.begin(), drill->numeratorReturns.end()),
                         what.constData());
                ++returns;
            }
        }
        QVERIFY2(orders >= 8 && returns >= 12, qPrintable(QStringLiteral("%1 order cells, %2 return cells").arg(orders).arg(returns)));
    }

    // docs/KPIS.md holds each definition of the code, word for word.
    void documentationMatchesTheCode()
    {
        QFile doc(QStringLiteral(CT_SOURCE_DIR "/docs/KPIS.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll()).simplified();
        for (const KpiDefinition &d : allKpis()) {
            for (const char *part : {d.code, d.numerator, d.denominator, d.placedBy, d.exclusions, d.partialData, d.anchor})
                QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(QStringLiteral("%1: \"%2\"").arg(
                                                                     QLatin1String(d.code), QString::fromUtf8(part))));
            QCOMPARE(kpiFromCode(QString::fromLatin1(d.code)), std::optional<Kpi>(d.kpi));
        }
    }
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
