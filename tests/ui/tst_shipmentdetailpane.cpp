// SPDX-License-Identifier: MIT
// The shipment detail pane in the Shipments view, on a real store: the timeline model
// under QAbstractItemModelTester with hand-computed texts, a row selected by mouse and by
// keyboard opening the shipment (facts, timeline, the assumed-time flag), Enter and
// Escape, and the carrier payloads dialog (pretty JSON as it came, a payload that is not
// JSON, copy). The clock is fixed: the suite's instant, 2026-06-17 10:00 UTC.
#include "mainwindow.h"
#include "predict/eddrefit.h"
#include "orders/orderfileimport.h"
#include "orders/orderlinksdialog.h"
#include "orders/orderpanel.h"
#include "shell/clock.h"
#include "shipments/carrierpayloaddialog.h"
#include "shipments/shipmentdetailpane.h"
#include "shipments/shipmentsview.h"
#include "shipments/shipmenttablemodel.h"
#include "shipments/shipmenttimelinemodel.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "support/adasparcel.h"
#include "support/testclock.h"
#include "snapshot.h"
#include "windowsettings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ct;

using test::adasParcel;
using test::adasScans;
using test::scan;

namespace {

qint64 at(const char *iso)
{
    return test::msAt(iso);
}

ShipmentRecord plainParcel(int i)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1ZPLAIN%1").arg(i, 4, 10, QLatin1Char('0'));
    r.sourceDocument = r.trackingNumber;
    r.events = {scan("2026-06-10T09:00:00-05:00", Subtag::InTransitDeparted, "DP", "Departed", "Dallas")};
    r.events.first().occurredAt.utcMs += i * MsPerMinute;
    return r;
}

qint64 rowIdOf(const Database &db, const char *tracking)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM shipments WHERE tracking_number = ?"));
    q.addBindValue(QString::fromLatin1(tracking));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString detailText(const ShipmentDetailPane &pane, const char *name)
{
    return pane.findChild<QLabel *>(QLatin1String(name))->text();
}

} // namespace

class TestShipmentDetailPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Clock m_clock{test::fixedNow()};

    static ShipmentsView *shipments(const MainWindow &window) { return window.findChild<ShipmentsView *>(); }

    static int rowOf(const ShipmentsView &view, const QString &tracking)
    {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->index(row, ShipmentTableModel::TrackingNumber).data().toString() == tracking)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerDetailTests"));
        // Dates as a British user reads them (16/06/2026), times in the user's zone as UTC.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("detail.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        ShipmentIngestor ingestor(*m_db);
        QList<ShipmentRecord> plain;
        for (int i = 0; i < 30; ++i)
            plain.append(plainParcel(i));
        QVERIFY2(ingestor.ingest(plain, at("2026-06-11T00:00:00Z"), nullptr, &error), qPrintable(error));
        const QList<TrackingEvent> scans = adasScans();
        // Two polls: the first with the first three scans; the second, an hour after the
        // attempt, with the rest and a payload whose keys are not in alphabetical order
        // and whose number is longer than a double keeps.
        QVERIFY2(ingestor.ingest({adasParcel("poll-1.json#1", scans.mid(0, 3), "<html>Bad gateway</html>")},
                                 at("2026-06-15T15:00:00Z"), nullptr, &error),
                 qPrintable(error));
        QVERIFY2(ingestor.ingest({adasParcel("poll-2.json#1", scans.mid(3),
                                             R"({"trackingNumber":"794644790132","scanId":12345678901234567890,"events":[]})")},
                                 at("2026-06-16T20:20:00Z"), nullptr, &error),
                 qPrintable(error));
    }

    void cleanup() { test::resetWindowSettings(); }

    // The delivery-date model's stored estimate beside the carrier's, with what it is based
    // on: 12 dhl Paket parcels Hamburg → Berlin picked up Monday 2026-06-01 10:00 +02:00 and
    // delivered Wednesday 06-03 (2 business days: P50 = P90 = 2).
    void thePredictionAndWhatItIsBasedOn()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("predicted.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const auto parcel = [](const QString &tracking, const char *pickedUp) {
            ShipmentRecord r;
            r.carrier = QStringLiteral("dhl");
            r.service = QStringLiteral("Paket");
            r.trackingNumber = tracking;
            r.sourceDocument = tracking;
            r.origin = {QStringLiteral("Hamburg"), QString(), QString(), QStringLiteral("DE")};
            r.destination = {QStringLiteral("Berlin"), QString(), QStringLiteral("10115"), QStringLiteral("DE")};
            r.events = {scan(pickedUp, Subtag::InTransit, "PU", "Picked up", "Hamburg")};
            return r;
        };
        QList<ShipmentRecord> history;
        for (int i = 0; i < 12; ++i) {
            ShipmentRecord r = parcel(QStringLiteral("HIST%1").arg(i), "2026-06-01T10:00:00+02:00");
            r.events << scan("2026-06-03T15:00:00+02:00", Subtag::Delivered, "DL", "Delivered", "Berlin");
            history << r;
        }
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.ingest(history, at("2026-06-03T20:00:00Z"), nullptr, &error), qPrintable(error));
        predict::EddRefit::Options refit;
        refit.nowMs = at("2026-06-15T00:00:00Z");
        refit.model.minSamples = 20; // more than the 12: not enough history anywhere
        QVERIFY2(predict::EddRefit::run(*db, refit, {}, {}, &error), qPrintable(error));

        // Picked up Monday 06-15 10:00 +02:00, promised for Tuesday, the carrier says Thursday.
        ShipmentRecord live = parcel(QStringLiteral("LIVE1"), "2026-06-15T10:00:00+02:00");
        live.order.promisedDate = QDate(2026, 6, 16);
        live.estimatedDelivery.date = QDate(2026, 6, 18);
        QVERIFY2(ingestor.ingest({live}, at("2026-06-15T12:00:00Z"), nullptr, &error), qPrintable(error));
        ShipmentDetailPane pane(*db, m_clock);
        pane.showShipment(rowIdOf(*db, "LIVE1"));
        QCOMPARE(detailText(pane, "detailPredicted"), QStringLiteral("Not enough history (n=12): no date is predicted"));
        // Nothing to base a date on: that row is left out.
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("detailPredictedBasis"))->isHidden());
        QCOMPARE(detailText(pane, "detailEstimated"), QStringLiteral("18/06/2026"));

        // Refitted with cells of 10: the lane's 12 answer. Wednesday 06-17 both; every one of
        // the 12 took more than the 1 business day to the promise.
        refit.model.minSamples = 10;
        QVERIFY2(predict::EddRefit::run(*db, refit, {}, {}, &error), qPrintable(error));
        pane.reload();
        QCOMPARE(detailText(pane, "detailPredicted"), QStringLiteral("P50 17/06/2026 · P90 17/06/2026"));
        QCOMPARE(detailText(pane, "detailPredictedBasis"), QStringLiteral("dhl Paket DE→DE, n=12, lane"));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("detailPredicted"))->toolTip(),
                 QStringLiteral("Estimated from the first scan\n100 % chance of arriving after the promise"));
        QCOMPARE(detailText(pane, "detailEstimated"), QStringLiteral("18/06/2026"));

        // The shipments table: P50 and P90 beside the promise, the P50 flagged as after it.
        ShipmentTableModel model(*db, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, ShipmentTableModel::TrackingNumber).data().toString() == QLatin1String("LIVE1"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.headerData(ShipmentTableModel::PredictedP50, Qt::Horizontal).toString(), QStringLiteral("P50"));
        QCOMPARE(model.index(row, ShipmentTableModel::PredictedP50).data().toString(), QStringLiteral("17/06/2026"));
        QCOMPARE(model.index(row, ShipmentTableModel::PredictedP90).data().toString(), QStringLiteral("17/06/2026"));
        QVERIFY(model.index(row, ShipmentTableModel::PredictedP50).data(Qt::ToolTipRole).toString().startsWith(
            QStringLiteral("Predicted after the promised date")));
        // A delivered parcel of the history was never estimated: empty.
        const int delivered = row == 0 ? 1 : 0;
        QCOMPARE(model.index(delivered, ShipmentTableModel::PredictedP50).data().toString(), QString());
    }

    void cleanupTestCase() { m_db.reset(); }

    void timelineModel()
    {
        ShipmentTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEvents(adasScans());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ShipmentTimelineModel::ColumnCount));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Newest first: the failed attempt at 14:20 local (19:20 UTC), five hours behind UTC.
        QCOMPARE(text(0, ShipmentTimelineModel::When), QStringLiteral("16/06/2026 14:20 (UTC-05:00)"));
        QCOMPARE(text(0, ShipmentTimelineModel::Status), QStringLiteral("Failed attempt · Addressee not available"));
        QCOMPARE(text(0, ShipmentTimelineModel::CarrierText), QStringLiteral("Customer not available or business closed"));
        QCOMPARE(text(0, ShipmentTimelineModel::Code), QStringLiteral("DE"));
        QCOMPARE(text(0, ShipmentTimelineModel::Location), QStringLiteral("Austin, US"));
        QCOMPARE(model.index(0, 0).data(ShipmentTimelineModel::UtcMsRole).toLongLong(), at("2026-06-16T19:20:00Z"));
        // A generic sub-status adds nothing to its tag.
        QCOMPARE(text(1, ShipmentTimelineModel::Status), QStringLiteral("Out for delivery"));
        // The code the adapter did not know, marked; the status is the fallback.
        QCOMPARE(text(2, ShipmentTimelineModel::Code), QStringLiteral("ZZ9 (unknown)"));
        QVERIFY(model.index(2, 0).data(ShipmentTimelineModel::UnmappedCodeRole).toBool());
        QVERIFY(model.index(2, ShipmentTimelineModel::Code).data(Qt::ForegroundRole).isValid());
        QCOMPARE(text(2, ShipmentTimelineModel::Status), QStringLiteral("In transit"));
        // The assumed offset: said in the text, flagged, italic, explained.
        QCOMPARE(text(3, ShipmentTimelineModel::When), QStringLiteral("14/06/2026 03:10 (UTC-05:00, assumed)"));
        QVERIFY(model.index(3, 0).data(ShipmentTimelineModel::TimeAssumedRole).toBool());
        QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("That is 14/06/2026 08:10 (UTC). The carrier gave no UTC offset")));
        for (int row : {0, 1, 2, 4})
            QVERIFY(!model.index(row, 0).data(ShipmentTimelineModel::TimeAssumedRole).toBool());
        QCOMPARE(text(4, ShipmentTimelineModel::Status), QStringLiteral("Info received"));
        QCOMPARE(model.headerData(ShipmentTimelineModel::CarrierText, Qt::Horizontal).toString(),
                 QStringLiteral("Carrier says"));
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }

    void selectingARowOpensIt()
    {
        MainWindow window(*m_db, m_clock);
        window.setCurrentView(ViewId::Shipments);
        window.show();
        ShipmentsView *view = shipments(window);
        ShipmentDetailPane *pane = view->detail();
        QVERIFY(detailText(*pane, "detailMessage").contains(QLatin1String("Select a shipment")));

        auto *table = view->findChild<QTableView *>(QStringLiteral("shipmentTable"));
        const int row = rowOf(*view, QStringLiteral("794644790132"));
        QVERIFY(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view->model()->index(row, 0)).center());
        QTRY_VERIFY(pane->detail().has_value());
        QCOMPARE(pane->detail()->trackingNumber, QStringLiteral("794644790132"));
        QCOMPARE(detailText(*pane, "detailTitle"), QStringLiteral("794644790132"));
        QCOMPARE(detailText(*pane, "detailSubtitle"), QStringLiteral("FedEx · FedEx Ground"));
        QVERIFY(detailText(*pane, "detailStatus").endsWith(QStringLiteral("Failed attempt · Addressee not available")));
        QCOMPARE(detailText(*pane, "detailOrder"), QStringLiteral("#4471 · 129.99 USD"));
        QCOMPARE(detailText(*pane, "detailCustomer"), QStringLiteral("Ada Lovelace"));
        QCOMPARE(detailText(*pane, "detailEmail"), QStringLiteral("ada@example.com"));
        QCOMPARE(detailText(*pane, "detailPhone"), QStringLiteral("+1 512 555 0147"));
        QCOMPARE(detailText(*pane, "detailDestination"), QStringLiteral("Austin, TX 78701, United States"));
        // Promised for the 16th; it is the 17th, and the parcel is not delivered.
        QCOMPARE(detailText(*pane, "detailPromised"), QStringLiteral("16/06/2026 — passed"));
        QCOMPARE(detailText(*pane, "detailEstimated"), QStringLiteral("17/06/2026 20:00 (UTC-05:00)"));
        QCOMPARE(detailText(*pane, "detailAttempts"), QStringLiteral("1"));
        QCOMPARE(detailText(*pane, "detailExceptions"), QStringLiteral("1"));
        QCOMPARE(detailText(*pane, "detailOrigin"), QStringLiteral("Memphis, TN 38118, United States"));
        QCOMPARE(detailText(*pane, "detailOrdered"), QStringLiteral("11/06/2026 18:30"));
        QCOMPARE(detailText(*pane, "detailShipped"), QStringLiteral("12/06/2026 22:00"));
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("detailDelivered"))->isVisible());
        QCOMPARE(detailText(*pane, "timelineTitle"), QStringLiteral("Timeline: 5 scans, newest first"));

        auto *timeline = pane->findChild<QTableView *>(QStringLiteral("timelineTable"));
        QCOMPARE(timeline->model()->rowCount(), 5);
        QCOMPARE(timeline->model()->index(0, ShipmentTimelineModel::Code).data().toString(), QStringLiteral("DE"));
        QCOMPARE(timeline->model()->index(3, ShipmentTimelineModel::When).data().toString(),
                 QStringLiteral("14/06/2026 03:10 (UTC-05:00, assumed)"));
        QVERIFY(timeline->model()->index(3, 0).data(ShipmentTimelineModel::TimeAssumedRole).toBool());
        auto *payloads = pane->findChild<QPushButton *>(QStringLiteral("showPayloads"));
        QVERIFY(payloads->isEnabled());
        QCOMPARE(payloads->text(), QStringLiteral("Carrier &Payloads (2)…"));

        // Another shipment: the pane follows; it has no payload worth a button.
        const int plain = rowOf(*view, QStringLiteral("1ZPLAIN0007"));
        table->setCurrentIndex(view->model()->index(plain, 0));
        QTRY_COMPARE(pane->detail()->trackingNumber, QStringLiteral("1ZPLAIN0007"));
        QVERIFY(!payloads->isEnabled());
        QCOMPARE(payloads->text(), QStringLiteral("No Carrier Payloads"));
        // What the store does not know: the order and the customer say so, the rest is left out.
        QCOMPARE(detailText(*pane, "detailCustomer"), QStringLiteral("—"));
        QCOMPARE(detailText(*pane, "detailOrder"), QStringLiteral("—"));
        for (const char *unknown : {"detailOrigin", "detailEmail", "detailPhone", "detailOrdered", "detailShipped"})
            QVERIFY2(!pane->findChild<QLabel *>(QLatin1String(unknown))->isVisible(), unknown);
    }

    void theKeyboardGoesThereAndBack()
    {
        MainWindow window(*m_db, m_clock);
        window.setCurrentView(ViewId::Shipments);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ShipmentsView *view = shipments(window);
        auto *table = view->findChild<QTableView *>(QStringLiteral("shipmentTable"));
        auto *timeline = view->detail()->findChild<QTableView *>(QStringLiteral("timelineTable"));
        table->setFocus();
        table->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down);
        const QString second = view->model()->index(1, ShipmentTableModel::TrackingNumber).data().toString();
        QTRY_COMPARE(view->detail()->detail()->trackingNumber, second);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(timeline->hasFocus());
        QCOMPARE(timeline->currentIndex().row(), 0);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QVERIFY(table->hasFocus());
        // Enter opens a pane that was dragged shut.
        auto *split = view->findChild<QSplitter *>(QStringLiteral("shipmentsSplit"));
        split->setSizes({split->height(), 0});
        QCOMPARE(split->sizes().value(1), 0);
        QTest::keyClick(table, Qt::Key_Enter);
        QVERIFY(split->sizes().value(1) > 0);
        QVERIFY(timeline->hasFocus());
    }

    void payloadsOpenInADialog()
    {
        MainWindow window(*m_db, m_clock);
        window.setCurrentView(ViewId::Shipments); // the first start opens Exceptions
        window.show();
        ShipmentsView *view = shipments(window);
        QVERIFY(view->openShipment(QStringLiteral("794644790132")));
        QCOMPARE(window.currentView(), ViewId::Shipments);
        QCOMPARE(view->detail()->detail()->trackingNumber, QStringLiteral("794644790132"));
        QTest::mouseClick(view->detail()->findChild<QPushButton *>(QStringLiteral("showPayloads")), Qt::LeftButton);
        auto *dialog = view->detail()->findChild<CarrierPayloadDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Carrier Payloads — 794644790132"));
        // Newest first: the second poll's payload, indented, its keys and digits as sent.
        QCOMPARE(dialog->currentRow(), 0);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("payloadText"));
        const QString expected = QStringLiteral("{\n  \"trackingNumber\": \"794644790132\",\n"
                                                "  \"scanId\": 12345678901234567890,\n  \"events\": []\n}");
        QCOMPARE(text->toPlainText(), expected);
        QCOMPARE(dialog->payloadText(0), expected);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("payloadNote"))->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyPayload")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);

        // The first poll's payload was a proxy's error page: shown as stored, and said so.
        dialog->setCurrentRow(1);
        QCOMPARE(text->toPlainText(), QStringLiteral("<html>Bad gateway</html>"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("payloadNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QLatin1String("Not valid JSON (")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String(" at line 1, column ")), qPrintable(note->text()));
        QVERIFY(note->text().endsWith(QLatin1String("): shown as stored.")));
        dialog->reject();
    }

    // The Order tab: the storefront order linked to the parcel, whole (Shopify's #1001 in
    // tests/fixtures/orders/shopify/orders.json names UPS 1Z999AA10123456784), and for a
    // parcel no order names, why and how to link it.
    void orderTabShowsTheLinkedOrderOrWhyThereIsNone()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("orders.db")), &error);
        QVERIFY2(db, qPrintable(error));
        ShipmentRecord linked = plainParcel(1);
        linked.trackingNumber = QStringLiteral("1Z999AA10123456784");
        linked.sourceDocument = linked.trackingNumber;
        // Scanned the day after the order: a carrier's reused number years later would not link.
        linked.events = {scan("2026-03-15T09:00:00-05:00", Subtag::InTransitDeparted, "DP", "Departed", "Austin")};
        QVERIFY2(ShipmentIngestor(*db).ingest({linked, plainParcel(2)}, at("2026-03-20T00:00:00Z"), nullptr, &error),
                 qPrintable(error));
        OrderFileOutcome outcome;
        QVERIFY2(OrderFileImport(*db).importFile(QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/orders.json"),
                                                 at("2026-03-20T00:00:00Z"), &outcome, {}, &error),
                 qPrintable(error));
        QCOMPARE(outcome.counts.shipmentsLinked, 1);

        ShipmentDetailPane pane(*db, m_clock);
        pane.resize(1100, 500);
        pane.show();
        pane.showShipment(rowIdOf(*db, "1Z999AA10123456784"));
        pane.tabs()->setCurrentWidget(pane.orderPanel());
        OrderPanel *order = pane.orderPanel();
        QVERIFY(order->order());
        QCOMPARE(order->messageText(), QString());
        const auto text = [order](const char *name) { return order->findChild<QLabel *>(QLatin1String(name))->text(); };
        QCOMPARE(text("orderTitle"), QStringLiteral("Order #1001 · Shopify"));
        QCOMPARE(text("orderTotal"), QStringLiteral("199.65 USD (items 184.00 USD)"));
        QCOMPARE(text("orderPayment"), QStringLiteral("paid · Prepaid"));
        QCOMPARE(text("orderShipsTo"), QStringLiteral("Ana Lima\n1200 Barton Springs Rd\nApt 4\nAustin, TX 78704, United States"));
        QCOMPARE(text("orderFulfilments"), QStringLiteral("UPS 1Z999AA10123456784 (success)"));
        QCOMPARE(text("orderCustomer"), QStringLiteral("Ana Lima"));
        QCOMPARE(text("orderContact"), QStringLiteral("ana.lima@example.com · +15125550147"));
        QCOMPARE(text("orderTags"), QStringLiteral("3 orders at the storefront · tags: vip, repeat"));
        // (Plurals are the English translation's: none is loaded here, so "1 orders".)
        QVERIFY2(text("orderCustomerHistory").startsWith(QLatin1String("1 order")) &&
                     text("orderCustomerHistory").contains(QLatin1String(" in the store; 0 returned")),
                 qPrintable(text("orderCustomerHistory")));
        QVERIFY(!order->findChild<QLabel *>(QStringLiteral("orderFlags"))->isVisibleTo(order));
        // The lines, priced in the order's currency: 2 × 42.00 and 1 × 100.00.
        QTableWidget *lines = order->lines();
        QCOMPARE(lines->rowCount(), 2);
        const auto cell = [lines](int r, int c) { return lines->item(r, c)->text(); };
        QCOMPARE(QStringList({cell(0, 0), cell(0, 1), cell(0, 2), cell(0, 4), cell(0, 5), cell(0, 6)}).join(QLatin1Char('|')),
                 QStringLiteral("Crew Tee|TEE-BLK-M|M / Black|2|42.00 USD|84.00 USD"));
        QCOMPARE(QStringList({cell(1, 0), cell(1, 3), cell(1, 4), cell(1, 6)}).join(QLatin1Char('|')),
                 QStringLiteral("Hoodie|Outerwear|1|100.00 USD"));
        test::snapshot(pane, "shipment-detail-order");

        // A parcel no order names.
        pane.showShipment(rowIdOf(*db, "1ZPLAIN0002"));
        QVERIFY(!order->order());
        QVERIFY2(order->messageText().contains(QLatin1String("No imported order names its tracking number 1ZPLAIN0002.")),
                 qPrintable(order->messageText()));
        QVERIFY2(order->messageText().contains(QStringLiteral("File > Import Files…")), qPrintable(order->messageText()));
        test::snapshot(pane, "shipment-detail-no-order");

        // Store > Order Links…: the parcel without an order, with why; and after orders
        // #71 and #73 both name 1Z5R89390357428196, that conflict.
        QVERIFY2(OrderFileImport(*db).importFile(QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/orders-for-ups.json"),
                                                 at("2026-11-23T00:00:00Z"), &outcome, {}, &error),
                 qPrintable(error));
        OrderLinksDialog links(*db);
        links.show();
        QTableWidget *unlinked = links.unlinkedTable();
        QCOMPARE(unlinked->rowCount(), 1);
        QCOMPARE(unlinked->item(0, 0)->text(), QStringLiteral("1ZPLAIN0002"));
        QCOMPARE(unlinked->item(0, 3)->text(), QStringLiteral("no order names this tracking number"));
        QTableWidget *conflicts = links.conflictTable();
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(QStringList({conflicts->item(0, 0)->text(), conflicts->item(0, 2)->text(), conflicts->item(0, 3)->text()})
                     .join(QLatin1Char('|')),
                 QStringLiteral("1Z5R89390357428196|shopify #71|shopify #73"));
        QSignalSpy chosen(&links, &OrderLinksDialog::shipmentChosen);
        unlinked->setFocus();
        unlinked->setCurrentCell(0, 1);
        QTest::keyClick(unlinked, Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("1ZPLAIN0002"));
        test::snapshot(links, "order-links");
    }

    void layoutIsKept()
    {
        QList<int> saved;
        {
            MainWindow window(*m_db, m_clock);
            window.resize(1300, 900);
            window.setCurrentView(ViewId::Shipments);
            window.show();
            auto *split = shipments(window)->findChild<QSplitter *>(QStringLiteral("shipmentsSplit"));
            split->setSizes({300, 500});
            saved = split->sizes();
            QVERIFY(saved.at(0) < saved.at(1));
            auto *timeline = shipments(window)->detail()->findChild<QTableView *>(QStringLiteral("timelineTable"));
            timeline->setColumnWidth(ShipmentTimelineModel::CarrierText, 321);
            window.close();
        }
        MainWindow again(*m_db, m_clock);
        again.resize(1300, 900);
        again.show();
        auto *split = shipments(again)->findChild<QSplitter *>(QStringLiteral("shipmentsSplit"));
        QCOMPARE(split->sizes(), saved);
        auto *timeline = shipments(again)->detail()->findChild<QTableView *>(QStringLiteral("timelineTable"));
        QCOMPARE(timeline->columnWidth(ShipmentTimelineModel::CarrierText), 321);
    }
};

QTEST_MAIN(TestShipmentDetailPane)

#include "tst_shipmentdetailpane.moc"
