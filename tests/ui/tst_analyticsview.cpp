// SPDX-License-Identifier: MIT
// The Analytics view in the real window on a small store built by hand: the tiles, the
// scorecard and the filters show the numbers worked out below (never recomputed by the code
// under test); a store without shipments reads "no data", never 0 % or NaN; a tile, a
// scorecard cell and a bar drill down to the Shipments view filtered to exactly the
// shipments behind the number; the report and the charts export as valid files, and a
// path that cannot be written leaves nothing behind. The clock is fixed
// (tests/support/testclock.h): "today" is Wednesday 2026-06-17 (UTC), so the default range,
// the last 30 days, is 2026-05-19 to 2026-06-17 and the previous period 2026-04-19 to
// 2026-05-18.
#include "analytics/analyticsfilterbar.h"
#include "analytics/analyticsview.h"
#include "analytics/carrierscorecardmodel.h"
#include "analytics/kpichartview.h"
#include "analytics/kpitile.h"
#include "analytics/returnspanel.h"
#include "exceptions/exceptionqueuemodel.h"
#include "exceptions/exceptionsview.h"
#include "mainwindow.h"
#include "returns/returnqueuemodel.h"
#include "returns/returnsview.h"
#include "shell/clock.h"
#include "shipments/shipmentsview.h"
#include "shipments/shipmenttablemodel.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/returntestdata.h"
#include "support/testclock.h"
#include "support/texasparcel.h"
#include "support/trackingevents.h"
#include "snapshot.h"
#include "windowsettings.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

TrackingEvent ev(const char *iso, Subtag subtag)
{
    return test::eventAt(iso, subtag);
}

ShipmentRecord parcel(const char *carrier, const char *tracking, QList<TrackingEvent> events, const char *promised)
{
    return test::texasParcel(carrier, tracking, std::move(events), promised);
}

// The store, shipment by shipment (first delivery attempt against the promise):
//   P1 ups    accepted 05-10, delivered 05-12, promise 05-13: on time (the previous period)
//   U1 ups    accepted 06-08, delivered 06-09, promise 06-10: on time, first attempt
//   U2 ups    accepted 06-08, delivered 06-11, promise 06-10: late, first attempt
//   U3 ups    accepted 06-08, failed 06-09, delivered 06-10, promise 06-10: on time (the
//             failed attempt came by the promise), not first attempt, an NDR, recovered
//   U4 ups    accepted 06-15, in transit, promise 06-20: tracked, not attempted yet
//   F1 fedex  accepted 06-08, delivered 06-10, promise 06-12: on time, first attempt
//   F2 fedex  accepted 06-08, delivered 06-12, promise 06-11: late, first attempt
//   D1 dhl    accepted 06-12, in transit, promise 06-30: tracked, not attempted yet
// Over 2026-05-19..06-17:
//   on-time      = {U1, U3, F1} / {U1, U2, U3, F1, F2}        = 3 / 5 = 60.0 %
//   first attempt= {U1, U2, F1, F2} / the same five            = 4 / 5 = 80.0 %
//   delivery     = 5 delivered / 7 tracked (U1-U4, F1, F2, D1) = 71.4 %
//   NDR          = {U3} / 7 = 14.3 %; NDR recovery = 1 / 1 = 100.0 %; RTO = 0 / 7 = 0.0 %
//   ups: on-time 2 / 3 = 66.7 %, volume 4; fedex: 1 / 2 = 50.0 %, volume 2;
//   dhl: on-time no data (nothing attempted), delivery 0 / 1 = 0.0 %, volume 1.
// The previous period (04-19..05-18): P1 alone, on time 1 / 1 = 100.0 %, so the on-time
// tile reads ▼ 40.0 pts.
QList<ShipmentRecord> handMadeStore()
{
    return {
        parcel("ups", "P1",
               {ev("2026-05-10T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-05-12T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-05-12T14:00:00-05:00", Subtag::Delivered)},
               "2026-05-13"),
        parcel("ups", "U1",
               {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-09T14:00:00-05:00", Subtag::Delivered)},
               "2026-06-10"),
        parcel("ups", "U2",
               {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-06-11T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-11T12:00:00-05:00", Subtag::Delivered)},
               "2026-06-10"),
        parcel("ups", "U3",
               {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-06-09T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-09T15:00:00-05:00", Subtag::AttemptFailAddresseeUnavailable),
                ev("2026-06-10T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-10T13:00:00-05:00", Subtag::Delivered)},
               "2026-06-10"),
        parcel("ups", "U4", {ev("2026-06-15T09:00:00-05:00", Subtag::InTransitAccepted)}, "2026-06-20"),
        parcel("fedex", "F1",
               {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-06-10T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-10T10:00:00-05:00", Subtag::Delivered)},
               "2026-06-12"),
        parcel("fedex", "F2",
               {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                ev("2026-06-12T09:00:00-05:00", Subtag::OutForDelivery),
                ev("2026-06-12T11:00:00-05:00", Subtag::Delivered)},
               "2026-06-11"),
        parcel("dhl", "D1", {ev("2026-06-12T09:00:00-05:00", Subtag::InTransitAccepted)}, "2026-06-30"),
    };
}

// The tracking numbers a model lists in `column`, sorted: "F1 U1 U3".
QString listedTracking(QAbstractItemModel *model, int column)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    out.sort();
    return out.join(QLatin1Char(' '));
}

QString listedTracking(ShipmentsView *view)
{
    return listedTracking(view->findChild<QTableView *>(QStringLiteral("shipmentTable"))->model(),
                          ShipmentTableModel::TrackingNumber);
}

// The Exceptions view's queue (read as its query is set).
QString listedTracking(ExceptionsView *view)
{
    return listedTracking(view->model(), ExceptionQueueModel::TrackingNumber);
}

int scorecardRow(const CarrierScorecardModel *model, const QString &carrier)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->carrierAt(r) == carrier)
            return r;
    }
    return -1;
}

int scorecardColumn(const CarrierScorecardModel *model, Kpi kpi)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        const auto m = model->measureAt(c);
        if (c >= CarrierScorecardModel::FirstMeasureColumn && m && m->kpi == kpi && m->stat == KpiStat::Value)
            return c;
    }
    return -1;
}

} // namespace

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};
    int m_stores = 0;

    std::unique_ptr<Database> store(const QList<ShipmentRecord> &shipments)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("analytics-%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        if (!shipments.isEmpty() && !ShipmentIngestor(*db).ingest(shipments, test::fixedNowMs(), nullptr, &error))
            qFatal("ingest: %s", qPrintable(error));
        return db;
    }

    // The window on the Analytics view, its first page read.
    static AnalyticsView *openAnalytics(MainWindow &window)
    {
        window.resize(1400, 900);
        window.setCurrentView(ViewId::Analytics);
        window.show();
        auto *view = static_cast<AnalyticsView *>(window.view(ViewId::Analytics));
        if (!QTest::qWaitFor([view] { return view->result() && !view->isBusy(); }, 30000))
            qFatal("the analytics page was not read");
        return view;
    }

    static void waitForPage(AnalyticsView *view)
    {
        QVERIFY(QTest::qWaitFor([view] { return !view->isBusy(); }, 30000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void cleanup() { test::resetWindowSettings(); }

    void tilesAndScorecardShowTheHandComputedNumbers()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        QCOMPARE(view->result()->range.from, QDate(2026, 5, 19));
        QCOMPARE(view->result()->range.to, QDate(2026, 6, 17));

        QCOMPARE(view->tile(Kpi::OnTimeRate)->valueText(), QStringLiteral("60.0 %"));
        QVERIFY2(view->tile(Kpi::OnTimeRate)->changeText().contains(QStringLiteral("▼ 40.0")),
                 qPrintable(view->tile(Kpi::OnTimeRate)->changeText()));
        QCOMPARE(view->tile(Kpi::FirstAttemptRate)->valueText(), QStringLiteral("80.0 %"));
        QCOMPARE(view->tile(Kpi::DeliveryRate)->valueText(), QStringLiteral("71.4 %"));
        QCOMPARE(view->tile(Kpi::NdrRate)->valueText(), QStringLiteral("14.3 %"));
        QCOMPARE(view->tile(Kpi::NdrRecoveryRate)->valueText(), QStringLiteral("100.0 %"));
        QCOMPARE(view->tile(Kpi::RtoRate)->valueText(), QStringLiteral("0.0 %"));
        // Every tile's tooltip is its KPI's definition.
        const QString tip = view->tile(Kpi::OnTimeRate)->toolTip();
        QVERIFY2(tip.contains(QString::fromUtf8(kpiDefinition(Kpi::OnTimeRate).numerator)), qPrintable(tip));
        QVERIFY2(tip.contains(QString::fromUtf8(kpiDefinition(Kpi::OnTimeRate).denominator)), qPrintable(tip));

        CarrierScorecardModel *scorecard = view->scorecard();
        QAbstractItemModelTester tester(scorecard, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(scorecard->rowCount(), 3);
        // Most shipments first: ups 4, fedex 2, dhl 1.
        QCOMPARE(scorecard->carrierAt(0), QStringLiteral("ups"));
        QCOMPARE(scorecard->carrierAt(1), QStringLiteral("fedex"));
        QCOMPARE(scorecard->carrierAt(2), QStringLiteral("dhl"));
        const int onTime = scorecardColumn(scorecard, Kpi::OnTimeRate);
        QVERIFY(onTime > 0);
        QCOMPARE(scorecard->index(0, CarrierScorecardModel::VolumeColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(scorecard->index(0, onTime).data().toString(), QStringLiteral("66.7 %"));
        QCOMPARE(scorecard->index(1, onTime).data().toString(), QStringLiteral("50.0 %"));
        QCOMPARE(scorecard->index(2, onTime).data().toString(), QStringLiteral("no data"));
        // Sorting by on-time puts no data last, either way round.
        scorecard->sort(onTime, Qt::DescendingOrder);
        QCOMPARE(scorecard->carrierAt(0), QStringLiteral("ups"));
        QCOMPARE(scorecard->carrierAt(2), QStringLiteral("dhl"));
        scorecard->sort(onTime, Qt::AscendingOrder);
        QCOMPARE(scorecard->carrierAt(0), QStringLiteral("fedex"));
        QCOMPARE(scorecard->carrierAt(2), QStringLiteral("dhl"));

        // The bars by carrier: one bar per carrier, the biggest at the top (drawn last), dhl's
        // without a value: its label reads "no data", never 0 %.
        const KpiChart &bars = view->carrierBars()->built();
        QCOMPARE(bars.keys, (QStringList{QStringLiteral("dhl"), QStringLiteral("fedex"), QStringLiteral("ups")}));
        auto *barAxis = qobject_cast<QBarCategoryAxis *>(bars.chart->axes(Qt::Vertical).value(0));
        QVERIFY(barAxis);
        QCOMPARE(barAxis->categories(),
                 (QStringList{QStringLiteral("DHL Express  no data"), QStringLiteral("FedEx  50.0 %"), QStringLiteral("UPS  66.7 %")}));
        QVERIFY(!bars.empty);
    }

    // The carrier filter, chosen with the keyboard, narrows every part of the page.
    void carrierFilterNarrowsThePage()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        QComboBox *carrier = view->filterBar()->cutBox(KpiCut::Carrier);
        const int fedex = carrier->findData(QStringLiteral("fedex"));
        QVERIFY2(fedex > 0, "the carriers of the range are offered");
        QSignalSpy shown(view, &AnalyticsView::pageShown);
        carrier->setFocus();
        for (int i = carrier->currentIndex(); i < fedex; ++i)
            QTest::keyClick(carrier, Qt::Key_Down);
        QCOMPARE(carrier->currentData().toString(), QStringLiteral("fedex"));
        QVERIFY(shown.wait(30000));
        waitForPage(view);
        QCOMPARE(view->result()->filters.carrier, QStringLiteral("fedex"));
        // fedex alone: on-time 1 / 2, first attempt 2 / 2, delivered 2 / 2.
        QCOMPARE(view->tile(Kpi::OnTimeRate)->valueText(), QStringLiteral("50.0 %"));
        QCOMPARE(view->tile(Kpi::FirstAttemptRate)->valueText(), QStringLiteral("100.0 %"));
        QCOMPARE(view->tile(Kpi::DeliveryRate)->valueText(), QStringLiteral("100.0 %"));
        QCOMPARE(view->scorecard()->rowCount(), 1);
        // The filter is kept for the next window.
        AnalyticsFilters kept = AnalyticsFilters::load();
        QCOMPARE(kept.carrier, QStringLiteral("fedex"));
    }

    // A drill-down lists exactly the shipments behind the number, as many as it counts.
    void drillDownListsExactlyTheShipmentsBehindTheNumber()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        auto *shipments = static_cast<ShipmentsView *>(window.view(ViewId::Shipments));
        QSignalSpy drills(view, &AnalyticsView::drillDownRequested);

        // A click on the on-time tile: its numerator, 3 shipments.
        QTest::mouseClick(view->tile(Kpi::OnTimeRate), Qt::LeftButton);
        QVERIFY(drills.wait(30000));
        QCOMPARE(window.currentView(), ViewId::Shipments);
        auto drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QCOMPARE(drill.count(), 3);
        QCOMPARE(listedTracking(shipments), QStringLiteral("F1 U1 U3"));
        QVERIFY2(shipments->filterText().contains(QStringLiteral("3 shipments")), qPrintable(shipments->filterText()));
        QVERIFY2(shipments->filterText().contains(QStringLiteral("On-time delivery rate")),
                 qPrintable(shipments->filterText()));

        // Its other side, not counted: the late ones.
        window.setCurrentView(ViewId::Analytics);
        const KpiCellRef onTimeRange{Kpi::OnTimeRate, AnalyticsPage::Summary, view->result()->range.from, {}, {}};
        view->drillDown(onTimeRange, DrillSide::NotCounted);
        QVERIFY(drills.wait(30000));
        drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QCOMPARE(drill.count(), 2);
        QCOMPARE(listedTracking(shipments), QStringLiteral("F2 U2"));

        // A scorecard cell, double-clicked: ups on time, 2 shipments.
        window.setCurrentView(ViewId::Analytics);
        QTableView *table = view->scorecardTable();
        const int row = scorecardRow(view->scorecard(), QStringLiteral("ups"));
        const int column = scorecardColumn(view->scorecard(), Kpi::OnTimeRate);
        const QRect cell = table->visualRect(view->scorecard()->index(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(drills.wait(30000));
        drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QCOMPARE(drill.count(), 2);
        QCOMPARE(listedTracking(shipments), QStringLiteral("U1 U3"));

        // A bar by carrier, clicked: fedex on time, 1 shipment.
        window.setCurrentView(ViewId::Analytics);
        const KpiChart &bars = view->carrierBars()->built();
        const int fedex = static_cast<int>(bars.keys.indexOf(QStringLiteral("fedex")));
        QVERIFY(fedex >= 0);
        const auto series = bars.chart->series();
        QVERIFY(!series.isEmpty());
        auto *barSeries = qobject_cast<QAbstractBarSeries *>(series.constFirst());
        QVERIFY(barSeries && !barSeries->barSets().isEmpty());
        Q_EMIT barSeries->barSets().constFirst()->clicked(fedex);
        QVERIFY(drills.wait(30000));
        drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QCOMPARE(drill.count(), 1);
        QCOMPARE(listedTracking(shipments), QStringLiteral("F1"));

        // The volume of dhl (all its tracked shipments): D1.
        window.setCurrentView(ViewId::Analytics);
        const int dhl = scorecardRow(view->scorecard(), QStringLiteral("dhl"));
        table->setCurrentIndex(view->scorecard()->index(dhl, CarrierScorecardModel::VolumeColumn));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(drills.wait(30000));
        QCOMPARE(drills.takeFirst().at(0).value<AnalyticsDrillDown>().count(), 1);
        QCOMPARE(listedTracking(shipments), QStringLiteral("D1"));

        // Show All Shipments ends the filter.
        auto *showAll = shipments->findChild<QPushButton *>(QStringLiteral("showAll"));
        QVERIFY(showAll && showAll->isVisible());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(shipments->filterText(), QString());
        QCOMPARE(listedTracking(shipments), QStringLiteral("D1 F1 F2 P1 U1 U2 U3 U4"));
    }

    // The exception KPIs open their exceptions in the Exceptions view, resolved ones too.
    // The store's exceptions, each resolved by its delivery, so time to resolve counts 4:
    //   U2 delayed (promise 06-10 passed, delivered 06-11); F2 delayed (06-11, 06-12);
    //   F2 stuck (no scan from 06-08 09:00 to 06-12 09:00: 96 h, over the 72 h domestic
    //   threshold; U2's 72 h gap is not over it); U3 failed attempt (06-09 15:00).
    void exceptionDrillDownListsTheExceptionsInTheQueue()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        auto *exceptions = static_cast<ExceptionsView *>(window.view(ViewId::Exceptions));
        QSignalSpy drills(view, &AnalyticsView::drillDownRequested);

        QTest::mouseClick(view->tile(Kpi::TimeToResolve), Qt::LeftButton);
        QVERIFY(drills.wait(30000));
        const auto drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QVERIFY(drill.listsExceptions());
        QCOMPARE(window.currentView(), ViewId::Exceptions);
        QCOMPARE(listedTracking(exceptions), QStringLiteral("F2 F2 U2 U3"));
        QCOMPARE(drill.count(), 4);
        QVERIFY2(exceptions->drillDownText().contains(QStringLiteral("4 exceptions")),
                 qPrintable(exceptions->drillDownText()));
        QVERIFY2(exceptions->drillDownText().contains(QStringLiteral("Time to resolve")),
                 qPrintable(exceptions->drillDownText()));
        test::snapshot(window, "analytics-exception-drilldown");

        // Back to the queue: the saved view again, the open exceptions: D1's, stuck since
        // 06-12 (not resolved, so not in time to resolve). The bar is gone.
        auto *back = exceptions->findChild<QPushButton *>(QStringLiteral("endDrillDown"));
        QVERIFY(back && back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(exceptions->drillDownText(), QString());
        QCOMPARE(listedTracking(exceptions), QStringLiteral("D1"));
    }

    // The returns figures drill down too: the shares of returns to the Returns view, the
    // return rate to its orders' first shipments. Orders (placed 06-07): #1 on U1, #2 on
    // U2, #3 on F1; returns (requested 06-12): RMA-1 of #1 resolved by exchange (USD 50),
    // RMA-3 of #3 by refund (USD 20). So the return rate is 2 / 3 (U1, F1), the exchange
    // share 1 / 2 (RMA-1), the refund share 1 / 2 (RMA-3), retained USD 50 of 70 (RMA-1).
    void returnsFiguresDrillDownToTheirOrdersAndReturns()
    {
        QList<ShipmentRecord> shipments = handMadeStore();
        const QHash<QString, QString> orders{{QStringLiteral("U1"), QStringLiteral("#1")},
                                             {QStringLiteral("U2"), QStringLiteral("#2")},
                                             {QStringLiteral("F1"), QStringLiteral("#3")}};
        for (ShipmentRecord &s : shipments) {
            if (!orders.contains(s.trackingNumber))
                continue;
            s.order.orderId = orders.value(s.trackingNumber);
            s.order.currency = QStringLiteral("USD");
            s.order.orderedAt = QDateTime(QDate(2026, 6, 7), QTime(12, 0), QTimeZone::utc());
        }
        auto db = store(shipments);
        const auto returnOf = [](const char *rma, const char *order, const char *carrier, const char *tracking, qint64 cents,
                                 ReturnResolution resolution) {
            ReturnRecord r = test::resolvedReturn(rma, order, carrier, tracking, cents, resolution, "2026-06-12T12:00:00");
            r.items = {test::item(rma, "footwear", cents, 1)};
            return r;
        };
        QString error;
        QVERIFY2(ShipmentIngestor(*db).ingestReturns({returnOf("RMA-1", "#1", "ups", "U1", 5000, ReturnResolution::Exchange),
                                                      returnOf("RMA-3", "#3", "fedex", "F1", 2000, ReturnResolution::Refund)},
                                                     test::fixedNowMs(), &error),
                 qPrintable(error));
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        auto *returns = static_cast<ReturnsView *>(window.view(ViewId::Returns));
        auto *shipmentsView = static_cast<ShipmentsView *>(window.view(ViewId::Shipments));
        QSignalSpy drills(view, &AnalyticsView::drillDownRequested);

        // The exchange share's count is a link (keyboard too); following it opens RMA-1.
        auto *exchange = view->findChild<QLabel *>(QStringLiteral("mix-exchange_share"));
        QVERIFY(exchange);
        QVERIFY2(exchange->text().contains(QStringLiteral("<a href=\"exchange_share:\">")), qPrintable(exchange->text()));
        QVERIFY(exchange->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));
        Q_EMIT exchange->linkActivated(QStringLiteral("exchange_share:"));
        QVERIFY(drills.wait(30000));
        AnalyticsDrillDown drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QVERIFY(drill.listsReturns());
        QCOMPARE(drill.count(), 1);
        QCOMPARE(window.currentView(), ViewId::Returns);
        QCOMPARE(listedTracking(returns->model(), ReturnQueueModel::Rma), QStringLiteral("RMA-1"));
        QVERIFY2(returns->drillDownText().contains(QStringLiteral("Exchange share")), qPrintable(returns->drillDownText()));
        // No saved view is highlighted while the drill-down shows.
        QVERIFY(returns->savedViewList()->selectedItems().isEmpty());

        // All resolved returns behind the refund share: both, whatever the view's statuses.
        window.setCurrentView(ViewId::Analytics);
        const QDate from = view->result()->range.from;
        view->drillDown({Kpi::RefundShare, AnalyticsPage::Summary, from, {}, {}}, DrillSide::All);
        QVERIFY(drills.wait(30000));
        QCOMPARE(drills.takeFirst().at(0).value<AnalyticsDrillDown>().count(), 2);
        QCOMPARE(listedTracking(returns->model(), ReturnQueueModel::Rma), QStringLiteral("RMA-1 RMA-3"));
        QVERIFY2(returns->drillDownText().contains(QStringLiteral("2 returns")), qPrintable(returns->drillDownText()));
        test::snapshot(window, "analytics-returns-drilldown");

        // Retained revenue in USD: the exchanged return.
        window.setCurrentView(ViewId::Analytics);
        view->drillDown({Kpi::RetainedRevenueShare, AnalyticsPage::Summary, from, {}, QStringLiteral("USD")}, DrillSide::Counted);
        QVERIFY(drills.wait(30000));
        drill = drills.takeFirst().at(0).value<AnalyticsDrillDown>();
        QCOMPARE(drill.returns.size(), 1);
        QVERIFY2(drill.what.contains(QStringLiteral("1 of 2 resolved returns")), qPrintable(drill.what));
        QCOMPARE(listedTracking(returns->model(), ReturnQueueModel::Rma), QStringLiteral("RMA-1"));

        // The return rate's orders that came back, by their first shipments.
        window.setCurrentView(ViewId::Analytics);
        view->drillDown({Kpi::ReturnRate, AnalyticsPage::Summary, from, {}, {}}, DrillSide::Counted);
        QVERIFY(drills.wait(30000));
        QCOMPARE(drills.takeFirst().at(0).value<AnalyticsDrillDown>().count(), 2);
        QCOMPARE(window.currentView(), ViewId::Shipments);
        QCOMPARE(listedTracking(shipmentsView), QStringLiteral("F1 U1"));

        // A top reason, double-clicked: footwear, wrong size: both returns.
        window.setCurrentView(ViewId::Analytics);
        QTableWidget *reasons = view->returnsPanel()->reasons();
        QVERIFY(QTest::qWaitFor([reasons] { return reasons->rowCount() == 1; }, 30000));
        QCOMPARE(reasons->item(0, 0)->text(), QStringLiteral("footwear"));
        test::snapshot(*view->returnsPanel(), "analytics-returns-panel");
        QSignalSpy reasonReturns(view, &AnalyticsView::returnsRequested);
        const QRect reasonRow = reasons->visualRect(reasons->model()->index(0, 1));
        QTest::mouseClick(reasons->viewport(), Qt::LeftButton, {}, reasonRow.center());
        QTest::mouseDClick(reasons->viewport(), Qt::LeftButton, {}, reasonRow.center());
        QVERIFY(reasonReturns.wait(30000));
        QCOMPARE(reasonReturns.takeFirst().at(0).value<QList<qint64>>().size(), 2);
        QCOMPARE(window.currentView(), ViewId::Returns);
        QCOMPARE(listedTracking(returns->model(), ReturnQueueModel::Rma), QStringLiteral("RMA-1 RMA-3"));
        QVERIFY2(returns->drillDownText().contains(QStringLiteral("footwear")), qPrintable(returns->drillDownText()));

        // Back to the view: the banner goes, the view's own filter is back.
        window.setCurrentView(ViewId::Returns);
        auto *back = returns->findChild<QPushButton *>(QStringLiteral("endReturnsDrillDown"));
        QVERIFY(back && back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(returns->drillDownText(), QString());
        QVERIFY(!returns->model()->filter().returnIds);
        QCOMPARE(returns->savedViewList()->currentRow(), returns->currentSavedView());
        QCOMPARE(returns->savedViewList()->selectedItems().size(), 1);

        // A click on a saved view ends a drill-down too, the current one included.
        returns->showReturnIds({}, QStringLiteral("nothing"));
        QVERIFY(returns->model()->filter().returnIds);
        QListWidgetItem *current = returns->savedViewList()->item(returns->currentSavedView());
        QTest::mouseClick(returns->savedViewList()->viewport(), Qt::LeftButton, {},
                          returns->savedViewList()->visualItemRect(current).center());
        QVERIFY(!returns->model()->filter().returnIds);
        QCOMPARE(returns->drillDownText(), QString());
    }

    // No shipment in the range (only P1, of the previous period; a store with no shipment
    // at all shows the welcome instead of the views): every tile says "no data", nothing
    // reads 0 % or NaN.
    void emptyRangeSaysNoData()
    {
        auto db = store({handMadeStore().constFirst()});
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        for (const KpiMeasure &m : AnalyticsPage::tiles()) {
            const QString text = view->tile(m.kpi)->valueText();
            QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
            if (m.kpi != Kpi::OpenBacklog) // a count: 0 open exceptions is data
                QCOMPARE(text, QStringLiteral("no data"));
        }
        QCOMPARE(view->scorecard()->rowCount(), 0);
        QVERIFY(view->notice()->isVisibleTo(view));
        QVERIFY2(view->notice()->text().contains(QStringLiteral("No tracked shipment")), qPrintable(view->notice()->text()));
        for (KpiChartView *chart : view->charts())
            QVERIFY2(chart->built().empty, qPrintable(chart->objectName()));
        // A click on a tile without data opens nothing.
        QSignalSpy drills(view, &AnalyticsView::drillDownRequested);
        QTest::mouseClick(view->tile(Kpi::OnTimeRate), Qt::LeftButton);
        QCOMPARE(window.currentView(), ViewId::Analytics);
        QCOMPARE(drills.size(), 0);
    }

    void exportsWriteValidFiles_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("PDF") << int(AnalyticsView::ExportFormat::Pdf) << "report.pdf" << QByteArray("%PDF-");
        QTest::newRow("CSV") << int(AnalyticsView::ExportFormat::Csv) << "report.csv" << QByteArray("kpi,");
        QTest::newRow("Excel") << int(AnalyticsView::ExportFormat::Xlsx) << "report.xlsx" << QByteArray("PK\x03\x04");
    }
    void exportsWriteValidFiles()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        QTemporaryDir out;
        const QString path = out.filePath(name);
        QSignalSpy finished(view, &AnalyticsView::exportFinished);
        view->exportReport(static_cast<AnalyticsView::ExportFormat>(format), path);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
        if (format == int(AnalyticsView::ExportFormat::Pdf)) {
            // Summary, trends, bars and one scorecard page, numbered.
            QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page>>")
                         + bytes.count("/Type /Page "),
                     4);
        }
        if (format == int(AnalyticsView::ExportFormat::Csv)) {
            QVERIFY(bytes.contains("on_time_rate"));
            QVERIFY2(bytes.contains("0.6"), "the on-time rate 3 / 5");
        }
        // Nothing but the report is left in the folder (no temporary file).
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void exportToAFolderThatCannotBeWrittenLeavesNothing()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        QTemporaryDir out;
        const QString missing = out.filePath(QStringLiteral("no-such-folder/report.pdf"));
        QString error;
        QVERIFY(!view->writeReport(AnalyticsView::ExportFormat::Pdf, missing, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{});

        // Cancelled after the first page: the file that was there stays as it was.
        const QString existing = out.filePath(QStringLiteral("kept.pdf"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the old report");
        }
        int pages = 0;
        QVERIFY(!view->writeReport(AnalyticsView::ExportFormat::Pdf, existing, &error, [&pages](int done, int) {
            pages = done;
            return false;
        }));
        QCOMPARE(pages, 1);
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the old report"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kept.pdf")});
    }

    void chartsSaveAsPngAndSvg()
    {
        auto db = store(handMadeStore());
        MainWindow window(*db, m_clock);
        AnalyticsView *view = openAnalytics(window);
        QTemporaryDir out;
        QString error;
        const QString png = out.filePath(QStringLiteral("bars.png"));
        QVERIFY2(view->carrierBars()->saveImage(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= view->carrierBars()->width());
        const QString svg = out.filePath(QStringLiteral("bars.svg"));
        QVERIFY2(view->carrierBars()->saveImage(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QVERIFY2(text.contains("fedex") || text.contains("FedEx"), "the bars' keys are drawn");
        QVERIFY(!view->carrierBars()->saveImage(out.filePath(QStringLiteral("no-such-folder/bars.png")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestAnalyticsView)
#include "tst_analyticsview.moc"
