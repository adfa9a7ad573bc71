// SPDX-License-Identifier: MIT
// Stored, live delivery-date predictions and the at-risk exception (docs/PREDICTION.md,
// "Stored predictions", "Refit", "Delay risk") on a store built by hand through
// ShipmentIngestor at fixed instants. Every parcel goes to Berlin (Europe/Berlin: +01:00
// until 2026-03-29, +02:00 after), Saturdays and Sundays off. 2026-02-23, 03-02, 03-09 and
// 04-06 are Mondays. Each expected figure is worked out in the comments.
#include "predict/eddbacktest.h"
#include "predict/eddmodelstore.h"
#include "predict/eddrefit.h"
#include "queue/exceptionqueuequery.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "transitscans.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::predict;
using ct::test::day;
using ct::test::plusWeekdays;
using ct::test::scan;

namespace {

// `date` at hh:00 in Berlin.
Timestamp berlin(QDate date, int hour)
{
    const QDateTime at(date, QTime(hour, 0), QTimeZone("Europe/Berlin"));
    return Timestamp{at.toMSecsSinceEpoch(), static_cast<qint16>(at.offsetFromUtc() / 60)};
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *each : list)
        out << QString::fromUtf8(each);
    return out;
}

int serial = 0;

ShipmentRecord parcel(const char *carrier, const char *service, const QString &tracking = {})
{
    ShipmentRecord s;
    s.carrier = QString::fromLatin1(carrier);
    s.service = QString::fromLatin1(service);
    s.trackingNumber = tracking.isEmpty() ? QStringLiteral("H%1").arg(++serial, 6, 10, QLatin1Char('0')) : tracking;
    s.sourceDocument = s.trackingNumber;
    s.origin = {QStringLiteral("Hamburg"), QString(), QString(), QStringLiteral("DE")};
    s.destination = {QStringLiteral("Berlin"), QString(), QStringLiteral("10115"), QStringLiteral("DE")};
    return s;
}

// Picked up on `shipped` at 10:00, at the delivery facility at 07:00 the business day
// before it is delivered at 15:00, `transit` business days later.
ShipmentRecord delivered(const char *carrier, const char *service, QDate shipped, int transit)
{
    ShipmentRecord s = parcel(carrier, service);
    const QDate on = plusWeekdays(shipped, transit);
    s.events = {scan(berlin(shipped, 10), Subtag::InTransit),
                scan(berlin(plusWeekdays(shipped, transit - 1), 7), Subtag::InTransitArrivedAtDeliveryFacility),
                scan(berlin(on, 15), Subtag::Delivered)};
    return s;
}

// A parcel picked up on Monday 2026-04-06 at 10:00 (08:00 UTC), still on its way.
ShipmentRecord live(const char *carrier, const char *service, const char *tracking, QDate promised)
{
    ShipmentRecord s = parcel(carrier, service, QString::fromLatin1(tracking));
    s.order.promisedDate = promised;
    s.events = {scan(berlin(day("2026-04-06"), 10), Subtag::InTransit)};
    return s;
}

// The history, every cell a lane of its own (origin DE, destination DE):
// - dhl Paket: 20 shipped 2026-02-23 taking 2 ×12, 3 ×4, 6 ×4 business days. Nearest rank
//   on 20: P50 = 10th = 2, P75 = 15th = 3, P90 = 18th = 6.
// - ups Standard: 20 shipped 2026-03-02 taking 2.
// - gls Business: 20 shipped 2026-03-02 taking 5.
// - dpd Classic: 20 shipped 2026-03-09 taking 2 (delivered 03-11), and 10 shipped Thursday
//   2026-03-26 taking 4 (delivered Wednesday 04-01, inside the week before the refit).
// 90 deliveries in all.
QList<ShipmentRecord> history()
{
    QList<ShipmentRecord> list;
    for (int i = 0; i < 12; ++i)
        list << delivered("dhl", "Paket", day("2026-02-23"), 2);
    for (int i = 0; i < 4; ++i)
        list << delivered("dhl", "Paket", day("2026-02-23"), 3);
    for (int i = 0; i < 4; ++i)
        list << delivered("dhl", "Paket", day("2026-02-23"), 6);
    for (int i = 0; i < 20; ++i) {
        list << delivered("ups", "Standard", day("2026-03-02"), 2);
        list << delivered("gls", "Business", day("2026-03-02"), 5);
        list << delivered("dpd", "Classic", day("2026-03-09"), 2);
    }
    for (int i = 0; i < 10; ++i)
        list << delivered("dpd", "Classic", day("2026-03-26"), 4);
    return list;
}

// The refit: Monday 2026-04-06 08:00 UTC, cells of 3 deliveries or more; the recent week
// starts 2026-03-30 08:00 UTC.
const qint64 RefitMs = utc("2026-04-06T08:00:00Z");
const qint64 MondayNoonMs = utc("2026-04-06T12:00:00Z");

EddRefit::Options refitOptions(qint64 nowMs = RefitMs)
{
    EddRefit::Options options;
    options.nowMs = nowMs;
    options.model.minSamples = 3;
    return options;
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("live.db")), &error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
    }
    void ingest(const QList<ShipmentRecord> &shipments, qint64 nowMs)
    {
        QString error;
        if (!ShipmentIngestor(*db).ingest(shipments, nowMs, nullptr, &error))
            qFatal("ingest: %s", qPrintable(error));
    }
    void refresh(qint64 nowMs)
    {
        QString error;
        if (!ShipmentIngestor(*db).refreshExceptions(nowMs, nullptr, &error))
            qFatal("refresh: %s", qPrintable(error));
    }
    EddRefit::Result refit(const EddRefit::Options &options = refitOptions())
    {
        QString error;
        const auto result = EddRefit::run(*db, options, {}, {}, &error);
        if (!result)
            qFatal("refit: %s", qPrintable(error));
        return *result;
    }
    QSqlQuery query(const QString &sql, const QString &tracking = {}) const
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        if (!tracking.isEmpty())
            q.addBindValue(tracking);
        if (!q.exec())
            qFatal("query: %s", qPrintable(sql));
        return q;
    }
    // "p50 p90 level cell samples milestone late version carrier-edd" of one shipment.
    QString prediction(const char *tracking) const
    {
        QSqlQuery q = query(QStringLiteral("SELECT edd_p50_date, edd_p90_date, COALESCE(edd_level, -1), edd_cell, "
                                           "edd_samples, edd_milestone, COALESCE(edd_late_permille, -1), "
                                           "edd_model_version, estimated_date FROM shipments WHERE tracking_number = ?"),
                            QString::fromLatin1(tracking));
        if (!q.next())
            return QStringLiteral("(none)");
        QStringList parts;
        for (int i = 0; i < 9; ++i)
            parts << q.value(i).toString();
        return parts.join(QLatin1Char('|'));
    }
    // "type:status:trigger" of each exception of one shipment, by type then trigger; Stuck
    // left out (a parcel with no scan for days is stuck too, whatever its promise).
    QStringList exceptions(const char *tracking) const
    {
        QSqlQuery q = query(QStringLiteral("SELECT x.type, x.status, x.trigger_at_ms FROM exceptions x JOIN shipments s "
                                           "ON s.id = x.shipment_id WHERE s.tracking_number = ? AND x.type <> 2 "
                                           "ORDER BY x.type, x.trigger_at_ms"),
                            QString::fromLatin1(tracking));
        QStringList out;
        while (q.next()) {
            const QString type = exceptionTypeCode(*exceptionTypeFromInt(q.value(0).toInt()));
            const QString status = q.value(1).toInt() == 0 ? QStringLiteral("open") : QStringLiteral("resolved");
            out << type + QLatin1Char(':') + status + QLatin1Char(':')
                       + QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        }
        return out;
    }
    QString atRiskDetail(const char *tracking) const
    {
        QSqlQuery q = query(QStringLiteral("SELECT x.detail FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                           "WHERE s.tracking_number = ? AND x.type = 10"),
                            QString::fromLatin1(tracking));
        return q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace

class TestEddLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QTimeZone("Europe/Berlin").isValid()); }

    void ingestWithoutModelStoresNoPrediction()
    {
        Store store;
        ShipmentRecord r = live("dhl", "Paket", "NOMODEL", day("2026-04-13"));
        r.estimatedDelivery.date = day("2026-04-09");
        store.ingest({r}, MondayNoonMs);
        // Never estimated: no dates, level NULL, model version 0; the carrier's EDD stored.
        QCOMPARE(store.prediction("NOMODEL"), QStringLiteral("||-1||0|0|-1|0|2026-04-09"));
        QCOMPARE(ShipmentIngestor(*store.db).predictionModelVersion(), qint64(0));
    }

    void storedAfterIngestAndAfterALaterScan()
    {
        Store store;
        store.ingest(history(), RefitMs);
        const EddRefit::Result refit = store.refit();
        QCOMPARE(refit.version, qint64(1));
        QCOMPARE(refit.delivered, qint64(90));
        QCOMPARE(refit.cancelled, false);

        // Monday 12:00 UTC, from in transit (no ship time: the first scan is both), no
        // elapsed day: dhl's 20, P50 2 → Wednesday 04-08, P90 6 → Tuesday 04-14. No promise:
        // the carrier's EDD, Thursday 04-09, is 3 business days away, and 4 of 20 took more
        // (the 6s): 200 ‰.
        ShipmentRecord first = live("dhl", "Paket", "LIVE-DHL-1", {});
        first.estimatedDelivery.date = day("2026-04-09");
        store.ingest({first}, MondayNoonMs);
        QCOMPARE(store.prediction("LIVE-DHL-1"),
                 QStringLiteral("2026-04-08|2026-04-14|0|dhl Paket DE→DE|20|1|200|1|2026-04-09"));

        // Wednesday: arrived at the delivery facility at 07:00. Every dhl parcel was
        // delivered 1 business day after that scan: P50 = P90 = Thursday 04-09, n = 20;
        // nothing later than the carrier's Thursday: 0 ‰. The carrier's EDD stays.
        ShipmentRecord later = live("dhl", "Paket", "LIVE-DHL-1", {});
        later.events = {scan(berlin(day("2026-04-06"), 10), Subtag::InTransit),
                        scan(berlin(day("2026-04-08"), 7), Subtag::InTransitArrivedAtDeliveryFacility)};
        store.ingest({later}, utc("2026-04-08T12:00:00Z"));
        QCOMPARE(store.prediction("LIVE-DHL-1"),
                 QStringLiteral("2026-04-09|2026-04-09|0|dhl Paket DE→DE|20|2|0|1|2026-04-09"));

        // Delivered on Friday: the last estimate is kept beside the delivery.
        ShipmentRecord done = later;
        done.events << scan(berlin(day("2026-04-10"), 11), Subtag::Delivered);
        store.ingest({done}, utc("2026-04-10T12:00:00Z"));
        QCOMPARE(store.prediction("LIVE-DHL-1"),
                 QStringLiteral("2026-04-09|2026-04-09|0|dhl Paket DE→DE|20|2|0|1|2026-04-09"));
    }

    void notEnoughHistoryStoresNoDate()
    {
        Store store;
        // Two ups deliveries: every level has 2 < 10 (the default minimum).
        store.ingest({delivered("ups", "Standard", day("2026-03-02"), 2),
                      delivered("ups", "Standard", day("2026-03-02"), 3)},
                     RefitMs);
        EddRefit::Options options = refitOptions();
        options.model.minSamples = 10;
        QCOMPARE(store.refit(options).delivered, qint64(2));
        store.ingest({live("ups", "Standard", "SPARSE", day("2026-04-09"))}, MondayNoonMs);
        // No dates and no chance of lateness, never a confident date: level "all" (4)
        // tried last, n = 2.
        QCOMPARE(store.prediction("SPARSE"), QStringLiteral("||4||2|1|-1|1|"));
        QVERIFY(store.exceptions("SPARSE").isEmpty());
    }

    void refitReestimatesStoredShipmentsAndKeepsTheCarrierEdd()
    {
        Store store;
        store.ingest(history(), RefitMs);
        ShipmentRecord r = live("dhl", "Paket", "BEFORE-FIT", {});
        r.estimatedDelivery.date = day("2026-04-10");
        store.ingest({r}, MondayNoonMs);
        QCOMPARE(store.prediction("BEFORE-FIT"), QStringLiteral("||-1||0|0|-1|0|2026-04-10"));
        // Refit at Monday noon: the same 90 deliveries. Carrier's EDD Friday, 4 business days
        // away: 4 of 20 took more (6) → 200 ‰.
        QCOMPARE(store.refit(refitOptions(MondayNoonMs)).reestimated, qint64(1));
        QCOMPARE(store.prediction("BEFORE-FIT"),
                 QStringLiteral("2026-04-08|2026-04-14|0|dhl Paket DE→DE|20|1|200|1|2026-04-10"));
        // A second refit is version 2, and the row says so.
        store.refit(refitOptions(MondayNoonMs));
        QCOMPARE(store.prediction("BEFORE-FIT").section(QLatin1Char('|'), 7, 7), QStringLiteral("2"));
    }

    void refitProgressAndCancel()
    {
        Store store;
        store.ingest(history(), RefitMs);
        store.ingest({live("ups", "Standard", "P1", day("2026-04-09")), live("gls", "Business", "P2", day("2026-04-09"))},
                     MondayNoonMs);
        QString error;
        QStringList seen;
        const auto record = [&](EddRefit::Phase phase, qint64 done, qint64 total) {
            seen << QStringLiteral("%1 %2/%3").arg(QLatin1String(phase == EddRefit::Phase::Fitting ? "fit" : "estimate")).arg(done).arg(total);
        };

        // Cancelled while fitting: nothing stored.
        auto result = EddRefit::run(*store.db, refitOptions(MondayNoonMs), record, [] { return true; }, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->cancelled);
        QCOMPARE(result->version, qint64(0));
        QCOMPARE(*EddModelStore::latestVersion(*store.db, &error), qint64(0));
        QCOMPARE(store.prediction("P1").section(QLatin1Char('|'), 7, 7), QStringLiteral("0"));

        // Cancelled once re-estimating began: model 1 is stored, no shipment re-estimated
        // yet (the stop is asked before the first batch); they keep model version 0.
        seen.clear();
        bool estimating = false;
        result = EddRefit::run(
            *store.db, refitOptions(MondayNoonMs),
            [&](EddRefit::Phase phase, qint64 done, qint64 total) {
                estimating = phase == EddRefit::Phase::Reestimating;
                record(phase, done, total);
            },
            [&] { return estimating; }, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->cancelled);
        QCOMPARE(result->version, qint64(1));
        QCOMPARE(result->reestimated, qint64(0));
        QCOMPARE(result->toReestimate, qint64(2));
        QCOMPARE(seen, texts({"fit 0/90", "fit 90/90", "estimate 0/2"}));
        QCOMPARE(store.prediction("P1").section(QLatin1Char('|'), 7, 7), QStringLiteral("0"));

        // Run through: model 2, both shipments re-estimated with it.
        seen.clear();
        result = EddRefit::run(*store.db, refitOptions(MondayNoonMs), record, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(!result->cancelled);
        QCOMPARE(result->version, qint64(2));
        QCOMPARE(result->reestimated, qint64(2));
        QCOMPARE(seen, texts({"fit 0/90", "fit 90/90", "estimate 0/2", "estimate 2/2"}));
        QCOMPARE(store.prediction("P1").section(QLatin1Char('|'), 7, 7), QStringLiteral("2"));
        QCOMPARE(store.prediction("P2").section(QLatin1Char('|'), 7, 7), QStringLiteral("2"));
    }

    void storedModelRoundTripsAndDamageIsRefused()
    {
        Store store;
        store.ingest(history(), RefitMs);
        store.refit();
        QString error;
        const auto stored = EddModelStore::latest(*store.db, &error);
        QVERIFY2(stored && stored->model, qPrintable(error));
        EddModel fresh(DeliveryCalendar{}, EddModelOptions{3, 7});
        QVERIFY(fresh.fit(*store.db, RefitMs, &error));
        TransitQuery q;
        q.lane = ShipmentLane::of(QStringLiteral("dhl"), QStringLiteral("Paket"), u"DE", u"", QStringLiteral("DE"), u"");
        q.milestoneDate = day("2026-04-06");
        for (const QDate today : {day("2026-04-06"), day("2026-04-09")}) {
            q.today = today;
            QCOMPARE(stored->model->estimate(q).explanation(), fresh.estimate(q).explanation());
            QCOMPARE(stored->model->lateShare(q, day("2026-04-13")).share, fresh.lateShare(q, day("2026-04-13")).share);
            QCOMPARE(stored->model->lateShare(q, day("2026-04-13"), true).sampleSize,
                     fresh.lateShare(q, day("2026-04-13"), true).sampleSize);
        }

        const QByteArray bytes = fresh.toBytes();
        QVERIFY(!EddModel::fromBytes(bytes.left(bytes.size() - 3), {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("the stored delivery-date model is damaged")), qPrintable(error));
        QVERIFY(!EddModel::fromBytes(QByteArray("not a model at all"), {}, &error));
        QCOMPARE(error, QStringLiteral("not a stored delivery-date model"));

        // A damaged stored model stops the estimates, not the ingest.
        store.query(QStringLiteral("UPDATE edd_models SET body = x'00010203'"));
        ShipmentIngestor ingestor(*store.db);
        ShipmentRecord r = live("dhl", "Paket", "DAMAGED", {});
        QVERIFY2(ingestor.ingest({r}, MondayNoonMs, nullptr, &error), qPrintable(error));
        QCOMPARE(ingestor.predictionModelVersion(), qint64(0));
        QCOMPARE(ingestor.predictionProblem(), QStringLiteral("delivery-date model 1: not a stored delivery-date model"));
        QCOMPARE(store.prediction("DAMAGED").section(QLatin1Char('|'), 2, 2), QStringLiteral("-1"));
    }

    void delayRiskRaisedBeforeThePromise()
    {
        Store store;
        store.ingest(history(), RefitMs);
        store.refit();
        store.ingest({live("dhl", "Paket", "STALLED", day("2026-04-13")), live("ups", "Standard", "ONTIME", day("2026-04-09")),
                      live("gls", "Business", "SLOWLANE", day("2026-04-09")),
                      live("dpd", "Classic", "SLOWWEEK", day("2026-04-09"))},
                     MondayNoonMs);

        // dhl, promised Monday 04-13 (5 business days): 4 of 20 took more → 200 ‰, below 50 %.
        QCOMPARE(store.prediction("STALLED").section(QLatin1Char('|'), 6, 6), QStringLiteral("200"));
        QVERIFY(store.exceptions("STALLED").isEmpty());
        // ups, promised Thursday (3 days): none of 20 took more than 2.
        QCOMPARE(store.prediction("ONTIME").section(QLatin1Char('|'), 6, 6), QStringLiteral("0"));
        QVERIFY(store.exceptions("ONTIME").isEmpty());
        // gls, promised Thursday: all 20 took 5 → 1000 ‰, at risk from the pickup (08:00 UTC).
        QCOMPARE(store.exceptions("SLOWLANE"), texts({"at_risk:open:2026-04-06T08:00:00Z"}));
        // The queue shows the warning with the shipment's stored P50 and P90: gls's 5 days,
        // Monday 04-13 both.
        ExceptionQueueFilter atRisk;
        atRisk.types = {ExceptionType::AtRisk};
        QString error;
        const auto page = ExceptionQueueQuery(*store.db).firstPage(atRisk, {}, 10, {MondayNoonMs, {}}, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 2);
        for (const ExceptionQueueRow &row : page->rows) {
            if (row.trackingNumber == QLatin1String("SLOWLANE")) {
                QCOMPARE(row.predictedP50, day("2026-04-13"));
                QCOMPARE(row.predictedP90, day("2026-04-13"));
            }
        }
        QCOMPARE(store.atRiskDetail("SLOWLANE"),
                 QStringLiteral("100 % likely after the promised 2026-04-09: 100 % of 20 deliveries like it took "
                                "longer (gls Business DE→DE, from in transit)"));
        // dpd, promised Thursday: of all 30, the 10 of 4 days took more → 333 ‰; of the 10
        // delivered in the week before the refit, all → 1000 ‰: the lane runs slow this week.
        QCOMPARE(store.prediction("SLOWWEEK").section(QLatin1Char('|'), 6, 6), QStringLiteral("1000"));
        QCOMPARE(store.exceptions("SLOWWEEK"), texts({"at_risk:open:2026-04-06T08:00:00Z"}));
        QCOMPARE(store.atRiskDetail("SLOWWEEK"),
                 QStringLiteral("100 % likely after the promised 2026-04-09: the lane is running slow this week "
                                "(100 % of its 10 recent deliveries took longer, 33 % of 30 overall; dpd Classic DE→DE)"));

        // Tuesday: still nothing for ups (of the 20 that took at least 1 day, none more than 3).
        store.refresh(utc("2026-04-07T12:00:00Z"));
        QVERIFY(store.exceptions("ONTIME").isEmpty());

        // Friday 04-10, no scan since Monday: 4 business days in transit. Of dhl's parcels
        // that took at least 4, all 4 took 6 → 100 %; 4 is more than the cell's P75 (3):
        // stalled. The chance first reached 50 % on Thursday 04-09 (3 days in: 4 of the 8
        // that took 3 or more), so the episode starts at 04-09 00:00 +02:00, before the
        // promise (the end of 04-13 in Berlin).
        store.refresh(utc("2026-04-10T12:00:00Z"));
        QCOMPARE(store.exceptions("STALLED"), texts({"at_risk:open:2026-04-08T22:00:00Z"}));
        QCOMPARE(store.atRiskDetail("STALLED"),
                 QStringLiteral("100 % likely after the promised 2026-04-13: in transit for 4 business days, longer "
                                "than 3 in 4 deliveries of its cell took (dhl Paket DE→DE); of the 4 that took as long, "
                                "100 % arrived later than the promise allows"));
        // gls's promise (Thursday) is past: the warning closes and Delayed opens at the end
        // of 04-09 in Berlin (21:59:59.999 UTC + 1 ms).
        QCOMPARE(store.exceptions("SLOWLANE"),
                 texts({"delayed:open:2026-04-09T22:00:00Z", "at_risk:resolved:2026-04-06T08:00:00Z"}));
        QCOMPARE(store.exceptions("ONTIME"), texts({"delayed:open:2026-04-09T22:00:00Z"}));
    }

    void delayRiskThresholdIsConfigurable()
    {
        Store store;
        store.ingest(history(), RefitMs);
        store.refit();
        // dhl promised Thursday (3 days): 4 of 20 later → 20 %. At a 20 % threshold it is at
        // risk at once; at the default 50 % it is not.
        RulesConfig rules;
        rules.delayRiskPercent = 20;
        QString error;
        QVERIFY(ShipmentIngestor(*store.db, rules)
                    .ingest({live("dhl", "Paket", "LOW-BAR", day("2026-04-09"))}, MondayNoonMs, nullptr, &error));
        QCOMPARE(store.exceptions("LOW-BAR"), texts({"at_risk:open:2026-04-06T08:00:00Z"}));
        store.ingest({live("dhl", "Paket", "HIGH-BAR", day("2026-04-09"))}, MondayNoonMs);
        QVERIFY(store.exceptions("HIGH-BAR").isEmpty());

        QVERIFY(RulesConfig::fromJson(R"({"delay_risk_percent": 35})", &error)->delayRiskPercent == 35);
        QVERIFY(!RulesConfig::fromJson(R"({"delay_risk_percent": 0})", &error));
        QCOMPARE(error, QStringLiteral("delay_risk_percent: expected a whole number from 1 to 100"));
    }

    // The backtest's score of the warning. Fitted on dhl's and gls's histories above
    // (split Monday 2026-03-16 00:00 UTC), cells of 5 deliveries or more; scored, all shipped Monday 03-16 and promised
    // Thursday 03-19 (3 business days) unless said:
    // - A gls, delivered Monday 03-23 (5 days): late. 20 of 20 gls took more than 3: warned
    //   on 03-16 at every threshold, (03-19 - 03-16 + 1) × 24 = 96 h before the promise ended.
    // - B gls, promised Monday 03-23, delivered that day: on time; no gls took more than 5.
    // - C dhl, delivered Tuesday 03-24 (6 days): late. 4 of 20 took more than 3 (20 %) on
    //   03-16, 03-17 and 03-18; on 03-19, 3 days in, 4 of the 8 that took 3 or more: 50 %.
    //   Warned at 30 and 50 % on 03-19 (24 h); never at 70 %.
    // - D dhl, delivered Wednesday 03-18 (2 days): on time; 20 % on 03-16, and from the
    //   delivery facility on 03-17 (all took 1 more day) 0 %: never warned.
    // - E gls, delivered Thursday 03-19 (3 days): on time, but warned on 03-16 (a false alarm).
    // 30 and 50 %: warned A, C, E; late A, C → precision 2/3, recall 2/2, median (24, 96) = 60 h.
    // 70 %: warned A, E → precision 1/2, recall 1/2, median 96 h.
    void backtestScoresTheWarning()
    {
        Store store;
        QList<ShipmentRecord> training;
        for (const ShipmentRecord &r : history()) {
            if (r.carrier == QLatin1String("dhl") || r.carrier == QLatin1String("gls"))
                training << r;
        }
        store.ingest(training, utc("2026-03-12T00:00:00Z"));
        const auto scored = [](const char *carrier, const char *service, int transit, const char *promised) {
            ShipmentRecord r = delivered(carrier, service, day("2026-03-16"), transit);
            r.order.promisedDate = day(promised);
            return r;
        };
        store.ingest({scored("gls", "Business", 5, "2026-03-19"), scored("gls", "Business", 5, "2026-03-23"),
                      scored("dhl", "Paket", 6, "2026-03-19"), scored("dhl", "Paket", 2, "2026-03-19"),
                      scored("gls", "Business", 3, "2026-03-19")},
                     utc("2026-03-25T00:00:00Z"));
        EddBacktest::Options options;
        options.splitMs = utc("2026-03-16T00:00:00Z");
        // With cells of 10, C's 8 would back off to all shipments, gls's 20 among them.
        options.model.minSamples = 5;
        QString error;
        const auto report = EddBacktest::run(*store.db, options, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->trainingShipments, qint64(40));
        QCOMPARE(report->delayRisk.size(), std::size_t(3));
        const auto row = [](const DelayRiskScore &s) {
            return QStringLiteral("%1%: %2 promised, %3 late, %4 warned, %5 warned late, precision %6, recall %7, median %8 h")
                .arg(s.percent)
                .arg(s.promised)
                .arg(s.late)
                .arg(s.warned)
                .arg(s.warnedLate)
                .arg(s.precision(), 0, 'f', 3)
                .arg(s.recall(), 0, 'f', 3)
                .arg(s.medianWarningHours());
        };
        QCOMPARE(row(report->delayRisk[0]),
                 QStringLiteral("30%: 5 promised, 2 late, 3 warned, 2 warned late, precision 0.667, recall 1.000, median 60 h"));
        QCOMPARE(row(report->delayRisk[1]),
                 QStringLiteral("50%: 5 promised, 2 late, 3 warned, 2 warned late, precision 0.667, recall 1.000, median 60 h"));
        QCOMPARE(row(report->delayRisk[2]),
                 QStringLiteral("70%: 5 promised, 2 late, 2 warned, 1 warned late, precision 0.500, recall 0.500, median 96 h"));
    }
};

QTEST_GUILESS_MAIN(TestEddLive)
#include "tst_eddlive.moc"
