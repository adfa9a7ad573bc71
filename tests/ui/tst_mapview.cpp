// SPDX-License-Identifier: MIT
// The map widget driven as a user does, on a real demo store read by MapQuery: it shows
// every parcel in flight once, pans by drag and keys, zooms by wheel and keys, a click on a
// cluster zooms into it and a click on a single parcel chooses that shipment (hit-testing
// at the pixel where it is drawn). With CT_MAP_SCREENSHOTS=DIR it saves the world,
// country and city zooms in light and dark there, to be looked at.
#include "map/clustermerger.h"
#include "map/mapcanvas.h"
#include "map/mapfilterbar.h"
#include "map/maplayerimage.h"
#include "map/mapquery.h"
#include "map/mapview.h"
#include "mainwindow.h"
#include "shipments/shipmentsview.h"
#include "shipments/shipmenttablemodel.h"
#include "map/webmercator.h"
#include "shell/clock.h"
#include "shell/viewcontext.h"
#include "store/database.h"

#include "support/demostore.h"
#include "support/testclock.h"
#include "settings/appsettings.h"
#include "mapscreenshots.h"
#include "windowsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

class TestMapView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    map::MapData m_data;

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Picks the entry of a filter combo whose data is `data`, as the user does (activated).
    static void pick(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }

    static quint64 visibleTotal(const MapCanvas &c)
    {
        quint64 n = 0;
        for (const auto &cl : c.visibleClusters())
            n += cl.count;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ControlTowerTests"_s);
        test::resetWindowSettings();
        QString error;
        m_db = Database::open(m_dir.filePath(u"store.db"_s), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*m_db, 1500, &error), qPrintable(error));
        auto data = map::MapQuery(*m_db).load(map::MapFilter{}, test::fixedNowMs(), &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->points.size() > 50);
        m_data = std::move(*data);
    }

    // Each test starts as a first run: no filter or layer left from the one before.
    void init() { test::resetWindowSettings(); }

    void showsEveryParcelOnce()
    {
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setData(m_data);
        canvas.setView({0.5, 0.5}, 1.5);
        QCOMPARE(visibleTotal(canvas), quint64(m_data.points.size()));
        canvas.zoomToData();
        QCOMPARE(visibleTotal(canvas), quint64(m_data.points.size()));
    }

    // At world and country zoom on the demo store no two drawn circles overlap (grid cells
    // whose circles would are drawn as one), every parcel is drawn once, and a merged
    // cluster is the one a click at its pixel finds; Shift+click lists exactly its parcels.
    void clustersDoNotOverlap()
    {
        MapCanvas canvas;
        canvas.resize(1100, 700);
        canvas.setData(m_data);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        int merged = 0;
        for (const test::MapShot &shot : test::MapShots) {
            if (shot.zoom > 5)
                continue; // world and country
            const map::WorldPoint w = map::webmercator::project(shot.lat, shot.lon);
            canvas.setView({w.x, w.y}, shot.zoom);
            const auto &clusters = canvas.visibleClusters();
            for (std::size_t i = 0; i < clusters.size(); ++i) {
                const QPointF a = canvas.toScreen(clusters[i].x, clusters[i].y);
                for (std::size_t j = i + 1; j < clusters.size(); ++j) {
                    const QPointF b = canvas.toScreen(clusters[j].x, clusters[j].y);
                    const double reach = map::clustermerger::radius(clusters[i].count) + map::clustermerger::radius(clusters[j].count);
                    QVERIFY2(std::hypot(a.x() - b.x(), a.y() - b.y()) >= reach,
                             qPrintable(u"%1: clusters of %2 and %3 overlap"_s.arg(QString::fromLatin1(shot.name)).arg(clusters[i].count).arg(clusters[j].count)));
                }
            }
            if (std::string_view(shot.name) == "world") {
                // The world shows every parcel, once.
                canvas.setView({0.5, 0.45}, shot.zoom);
                QCOMPARE(visibleTotal(canvas), quint64(m_data.points.size()));
                canvas.setView({w.x, w.y}, shot.zoom);
            }
            for (const auto &c : canvas.visibleClusters()) {
                const QPoint at = canvas.toScreen(c.x, c.y).toPoint();
                if (!c.isMerged() || !canvas.rect().adjusted(30, 30, -30, -30).contains(at))
                    continue;
                ++merged;
                QCOMPARE(canvas.clusterAt(at)->id, c.id);
                QVERIFY(c.id & map::clustermerger::MergedBit);
                QSignalSpy chosen(&canvas, &MapCanvas::shipmentsChosen);
                QTest::mouseClick(&canvas, Qt::LeftButton, Qt::ShiftModifier, at);
                QCOMPARE(chosen.count(), 1);
                auto ids = chosen.at(0).at(0).value<QList<qint64>>();
                QCOMPARE(ids.size(), qsizetype(c.count));
                // Exactly the parcels of the grid cells it merged, each once: the same as the
                // cluster's counts per status say, and each a parcel in flight.
                QCOMPARE(ids, canvas.shipmentsOf(c));
                std::sort(ids.begin(), ids.end());
                QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
                std::array<quint32, map::EtaStatusCount> byStatus{};
                for (qint64 id : ids) {
                    const auto it = std::find(m_data.ids.begin(), m_data.ids.end(), id);
                    QVERIFY(it != m_data.ids.end());
                    ++byStatus[std::size_t(m_data.points[std::size_t(it - m_data.ids.begin())].status)];
                }
                QVERIFY(byStatus == c.byStatus);
                break;
            }
        }
        QVERIFY(merged > 0);
    }

    void pansAndZooms()
    {
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setData(m_data);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setView({0.5, 0.4}, 4);
        // A drag of 256 px right at zoom 4 moves the centre 256 / (256 * 16) of the world left.
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseMove(&canvas, QPoint(420, 300));
        QTest::mouseMove(&canvas, QPoint(556, 300));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(556, 300));
        QVERIFY(std::abs(canvas.center().x() - (0.5 - 1.0 / 16)) < 1e-9);
        QVERIFY(std::abs(canvas.center().y() - 0.4) < 1e-9);
        // While it moves the lanes are drawn in draft; once it rests, smooth again.
        QVERIFY(canvas.isMoving());
        QTRY_VERIFY(!canvas.isMoving());
        QTest::keyClick(&canvas, Qt::Key_Plus);
        QCOMPARE(canvas.zoom(), 5.0);
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QCOMPARE(canvas.zoom(), 4.0);
        const QPointF before = canvas.center();
        QTest::keyClick(&canvas, Qt::Key_Right);
        QVERIFY(canvas.center().x() > before.x());
        // The wheel zooms about the pointer: the world point under it stays there.
        const QPoint at(200, 150);
        const QPointF world = canvas.toWorld(at);
        QWheelEvent wheel(at, canvas.mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&canvas, &wheel);
        QCOMPARE(canvas.zoom(), 5.0);
        const QPointF after = canvas.toScreen(world.x(), world.y());
        QVERIFY(std::abs(after.x() - at.x()) < 1e-6 && std::abs(after.y() - at.y()) < 1e-6);
    }

    // A layer's image stands in for a view while the view stays inside what it covers and
    // the zoom within one level; at rest only for exactly its view. Hand-computed at zoom 2
    // (scale 1024 px per world): a 100 × 100 view with a 50 px margin covers 200 × 200 px,
    // the world square of side 200 / 1024 round the centre.
    void layerImageStandsInWhileTheViewStaysInside()
    {
        MapLayerImage image;
        const MapViewport view{{0.5, 0.5}, 2.0, QSize(100, 100)};
        QVERIFY(!image.covers(view, 1));
        int drawn = 0;
        image.redraw(view, 1, 50, 1.0, [&](QPainter &, const MapViewport &inImage) {
            ++drawn;
            QCOMPARE(inImage.size, QSize(200, 200));
            QCOMPARE(inImage.toScreen(0.5, 0.5), QPointF(100, 100)); // the centre in the image's middle
        });
        QCOMPARE(drawn, 1);
        QVERIFY(!image.showsExactly(view, 1)); // drawn with a margin, as while moving
        QVERIFY(image.covers(view, 1));
        const double px = 1.0 / 1024;
        auto moved = [&](double dx, double dy, double zoom = 2.0) {
            return MapViewport{{0.5 + dx * px, 0.5 + dy * px}, zoom, QSize(100, 100)};
        };
        QVERIFY(image.covers(moved(50, 0), 1));   // to the margin's edge
        QVERIFY(image.covers(moved(-50, 50), 1));
        QVERIFY(!image.covers(moved(51, 0), 1));  // a pixel past it
        QVERIFY(!image.covers(moved(0, -51), 1));
        // Zooming in shrinks the view's world: covered up to one level; zooming out by one
        // level doubles it to 200 px of the image's scale, exactly the image.
        QVERIFY(image.covers(moved(0, 0, 3.0), 1));
        QVERIFY(!image.covers(moved(0, 0, 3.01), 1));
        QVERIFY(image.covers(moved(0, 0, 1.0), 1));
        QVERIFY(!image.covers(moved(0, 0, 0.99), 1));
        QVERIFY(!image.covers(view, 2)); // other data or palette
        // At rest: drawn for exactly the view, and only that view.
        image.redraw(view, 1, 0, 1.0, [&](QPainter &, const MapViewport &inImage) { QCOMPARE(inImage, view); });
        QVERIFY(image.showsExactly(view, 1));
        QVERIFY(!image.showsExactly(view, 2));
        QVERIFY(!image.showsExactly(moved(1, 0), 1));
        QCOMPARE(image.redraws(), 2);
    }

    // Panning moves the basemap's and the lanes' images instead of drawing them: a 20 px
    // step draws nothing again, and the frame looks as the map drawn afresh at that view
    // does. Once the map rests, they are drawn again for exactly the view.
    void aPanFrameMovesTheImages()
    {
        MapCanvas canvas;
        canvas.resize(600, 400);
        canvas.setData(m_data);
        canvas.setLayers(false, true, false); // basemap and lanes, the two images
        const map::WorldPoint us = map::webmercator::project(39, -96);
        canvas.setView({us.x, us.y}, 4.2);
        QImage frame(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        canvas.setMoving(true);
        canvas.render(&frame); // the first moving frame draws both images, with a margin
        const int basemapDrawn = canvas.basemapImage().redraws();
        const int lanesDrawn = canvas.laneImage().redraws();
        QVERIFY(lanesDrawn >= 1);
        canvas.setView({us.x + 20.0 / canvas.viewport().scale(), us.y}, 4.2);
        canvas.render(&frame);
        QCOMPARE(canvas.basemapImage().redraws(), basemapDrawn);
        QCOMPARE(canvas.laneImage().redraws(), lanesDrawn);
        // The same view drawn afresh (still moving: draft lanes) by another canvas.
        MapCanvas fresh;
        fresh.resize(canvas.size());
        fresh.setData(m_data);
        fresh.setLayers(false, true, false);
        fresh.setView(canvas.center(), canvas.zoom());
        fresh.setMoving(true);
        QImage expected(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        fresh.render(&expected);
        int differ = 0;
        for (int y = 0; y < frame.height(); ++y)
            for (int x = 0; x < frame.width(); ++x)
                differ += frame.pixel(x, y) != expected.pixel(x, y);
        // Only where a lane's edge was cut at a different place (a few pixels of stroke).
        QVERIFY2(differ < frame.width() * frame.height() / 200, qPrintable(QString::number(differ)));
        // A step past the margin (320 px) draws them again, on a worker: the frame moves
        // the old images meanwhile and never waits; they arrive through the event loop.
        QSignalSpy drawn(&canvas, &MapCanvas::drawn);
        canvas.setView({us.x + 400.0 / canvas.viewport().scale(), us.y}, 4.2);
        canvas.render(&frame);
        QVERIFY(canvas.isDrawing());
        QCOMPARE(canvas.laneImage().redraws(), lanesDrawn);
        QTRY_COMPARE(canvas.laneImage().redraws(), lanesDrawn + 1);
        QTRY_VERIFY(!canvas.isDrawing());
        QVERIFY(drawn.count() >= 1);
        // At rest, smooth and exactly the view, also drawn on a worker.
        canvas.setMoving(false);
        canvas.render(&frame);
        QTRY_COMPARE(canvas.laneImage().redraws(), lanesDrawn + 2);
        QTRY_VERIFY(!canvas.isDrawing());
        canvas.render(&frame);
        QCOMPARE(canvas.laneImage().redraws(), lanesDrawn + 2); // at rest and unchanged: not drawn again
        QVERIFY(!canvas.isDrawing());
        // New data has nothing to stand in for it: drawn on the spot.
        canvas.setData(m_data);
        canvas.render(&frame);
        QCOMPARE(canvas.laneImage().redraws(), lanesDrawn + 3);
        QVERIFY(!canvas.isDrawing());
    }

    void clickThrough()
    {
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setData(m_data);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setView({0.5, 0.4}, 1.5);
        // The biggest cluster: a click at its pixel zooms into it.
        const auto clusters = canvas.visibleClusters();
        const auto biggest = *std::max_element(clusters.begin(), clusters.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
        QVERIFY(biggest.count > 1);
        const QPoint at = canvas.toScreen(biggest.x, biggest.y).toPoint();
        QCOMPARE(canvas.clusterAt(at)->id, biggest.id);
        QSignalSpy chosen(&canvas, &MapCanvas::shipmentChosen);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, at);
        QVERIFY(canvas.zoom() >= 3.5);
        QCOMPARE(chosen.count(), 0);
        // Zoom in until a single parcel is drawn alone; clicking it chooses that shipment.
        for (int i = 0; i < 20 && chosen.isEmpty(); ++i) {
            for (const auto &c : canvas.visibleClusters()) {
                const QPointF s = canvas.toScreen(c.x, c.y);
                if (c.count == 1 && canvas.rect().adjusted(20, 20, -20, -20).contains(s.toPoint())) {
                    QTest::mouseClick(&canvas, Qt::LeftButton, {}, s.toPoint());
                    QCOMPARE(chosen.count(), 1);
                    // The id is the shipment drawn there.
                    const qint64 id = chosen.at(0).at(0).toLongLong();
                    const auto it = std::find(m_data.ids.begin(), m_data.ids.end(), id);
                    QVERIFY(it != m_data.ids.end());
                    const map::MapPoint &p = m_data.points[std::size_t(it - m_data.ids.begin())];
                    QVERIFY(std::abs(p.x - c.x) < 1e-6 && std::abs(p.y - c.y) < 1e-6);
                    break;
                }
            }
            if (chosen.isEmpty())
                canvas.setView(canvas.center(), canvas.zoom() + 1);
        }
        QCOMPARE(chosen.count(), 1);
        // A click on empty sea does nothing.
        canvas.setView({0.3, 0.55}, 6); // mid-Atlantic
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(450, 300));
        QCOMPARE(chosen.count(), 1);
    }

    // The view reads on its thread and is busy meanwhile (a screenshot waits); the filter
    // bar's carrier, service, ETA status and last scan narrow the map exactly as MapQuery
    // counts them in SQL; a reload asked for while reading reads again.
    void viewReadsAndFilters()
    {
        Clock clock(test::fixedNow());
        const ViewContext context{*m_db, clock, nullptr, nullptr, nullptr};
        MapView view(context);
        view.resize(1100, 700);
        QVERIFY(view.isBusy());
        QSignalSpy busy(&view, &AppView::busyChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), false);
        QCOMPARE(view.canvas()->data().points.size(), m_data.points.size());
        QCOMPARE(view.canvas()->data().shipments, count(u"SELECT count(*) FROM shipments"_s));

        MapFilterBar *bar = view.filterBar();
        // Every carrier of the store is offered, once.
        QCOMPARE(qint64(bar->carriers()->count() - 1), count(u"SELECT count(DISTINCT carrier) FROM shipments"_s));
        pick(bar->carriers(), u"ups"_s);
        QVERIFY(view.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.filter().queue.carriers, QStringList{u"ups"_s});
        QCOMPARE(view.canvas()->data().shipments, count(u"SELECT count(*) FROM shipments WHERE carrier = 'ups'"_s));
        // The services offered are then UPS's only.
        QCOMPARE(qint64(bar->services()->count() - 1),
                 count(u"SELECT count(DISTINCT service) FROM shipments WHERE carrier = 'ups' AND service <> ''"_s));
        const QStringList service = bar->services()->itemData(1).toStringList();
        pick(bar->services(), service);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.canvas()->data().shipments,
                 count(u"SELECT count(*) FROM shipments WHERE carrier = 'ups' AND service = '%1'"_s.arg(service.at(1))));

        // All carriers again; exceptions only: the parcels drawn are those MapQuery calls exceptions.
        pick(bar->carriers(), QVariant());
        QCOMPARE(bar->services()->currentIndex(), 0);
        pick(bar->statuses(), int(map::EtaStatus::Exception));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.filter().queue.carriers, QStringList());
        QCOMPARE(qint64(view.canvas()->data().points.size()), m_data.byStatus[std::size_t(map::EtaStatus::Exception)]);
        for (const map::MapPoint &p : view.canvas()->data().points)
            QCOMPARE(p.status, map::EtaStatus::Exception);

        // Last scan within 7 days of the clock's now.
        pick(bar->statuses(), -1);
        pick(bar->periods(), 7 * 24);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.filter().queue.openedAtMs.min, test::fixedNowMs() - 7 * 24 * 3600 * 1000LL);
        QCOMPARE(view.canvas()->data().shipments,
                 count(u"SELECT count(*) FROM shipments WHERE last_event_at_ms >= %1"_s.arg(test::fixedNowMs() - 7 * 24 * 3600 * 1000LL)));

        // Two reloads while one read runs: one more read, then idle with the same data.
        busy.clear();
        view.reload();
        view.reload();
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(busy.count(), 2); // busy once, idle once
        QCOMPARE(view.canvas()->data().shipments,
                 count(u"SELECT count(*) FROM shipments WHERE last_event_at_ms >= %1"_s.arg(test::fixedNowMs() - 7 * 24 * 3600 * 1000LL)));
    }

    // The filters and layers picked come back in the next view (the next start), and a
    // carrier or service the store no longer has stays picked, marked, matching nothing,
    // rather than quietly widening the map to every carrier.
    void filtersAndLayersPersist()
    {
        Clock clock(test::fixedNow());
        const ViewContext context{*m_db, clock, nullptr, nullptr, nullptr};
        QStringList service;
        {
            MapView view(context);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
            MapFilterBar *bar = view.filterBar();
            pick(bar->carriers(), u"ups"_s);
            service = bar->services()->itemData(1).toStringList();
            pick(bar->services(), service);
            pick(bar->statuses(), int(map::EtaStatus::OnTime));
            pick(bar->periods(), 30 * 24);
            auto *lanes = view.findChild<QCheckBox *>(u"mapLanes"_s);
            QVERIFY(lanes);
            lanes->setChecked(false);
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        }
        QCOMPARE(AppSettings::MapCarrier.value(), u"ups"_s);
        QCOMPARE(AppSettings::MapStatus.value(), u"on_time"_s);
        QCOMPARE(AppSettings::MapLastScanHours.value(), 30 * 24);
        {
            MapView view(context);
            // Restored before the first read, so the first read is already the filtered one.
            QCOMPARE(view.filter().queue.carriers, QStringList{u"ups"_s});
            QCOMPARE(view.filter().queue.services, (QList<CarrierService>{CarrierService{service.at(0), service.at(1)}}));
            QCOMPARE(view.filter().statuses, (QList<map::EtaStatus>{map::EtaStatus::OnTime}));
            QCOMPARE(view.filter().queue.openedAtMs.min, test::fixedNowMs() - 30 * 24 * 3600 * 1000LL);
            QVERIFY(view.canvas()->showsShipments());
            QVERIFY(!view.canvas()->showsLanes());
            QVERIFY(view.canvas()->showsHeat());
            QVERIFY(!view.findChild<QCheckBox *>(u"mapLanes"_s)->isChecked());
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
            MapFilterBar *bar = view.filterBar();
            QCOMPARE(bar->carriers()->currentText(), u"ups"_s);
            QCOMPARE(bar->services()->currentData().toStringList(), service);
            QCOMPARE(bar->services()->currentText(), service.at(1));
            QCOMPARE(view.canvas()->data().shipments,
                     count(u"SELECT count(*) FROM shipments WHERE carrier = 'ups' AND service = '%1' AND last_event_at_ms >= %2"_s
                               .arg(service.at(1))
                               .arg(test::fixedNowMs() - 30 * 24 * 3600 * 1000LL)));
            // Another carrier picked: the service is let go, in the settings too.
            pick(bar->carriers(), u"fedex"_s);
            QCOMPARE(bar->services()->currentIndex(), 0);
            QCOMPARE(AppSettings::MapService.value(), QString());
            QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        }

        // A carrier and a service the store does not have.
        AppSettings::MapCarrier.setValue(u"gone-carrier"_s);
        AppSettings::MapService.setValue(u"gone-carrier\tOvernight"_s);
        AppSettings::MapStatus.setValue(u"no-such-status"_s); // unreadable: every status
        AppSettings::MapLastScanHours.setValue(5);             // not offered: any time
        MapView view(context);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        MapFilterBar *bar = view.filterBar();
        QCOMPARE(bar->carriers()->currentText(), u"gone-carrier (not in this store)"_s);
        QCOMPARE(bar->services()->currentText(), u"Overnight (not in this store)"_s);
        QCOMPARE(bar->statuses()->currentIndex(), 0);
        QCOMPARE(bar->periods()->currentIndex(), 0);
        QCOMPARE(view.filter().queue.carriers, QStringList{u"gone-carrier"_s});
        QCOMPARE(view.canvas()->data().shipments, 0);
        // Every carrier the store has is still offered, plus the missing one.
        QCOMPARE(qint64(bar->carriers()->count() - 2), count(u"SELECT count(DISTINCT carrier) FROM shipments"_s));
        pick(bar->carriers(), QVariant());
        QCOMPARE(AppSettings::MapCarrier.value(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.canvas()->data().shipments, count(u"SELECT count(*) FROM shipments"_s));
        // The missing carrier is no longer offered once let go.
        QCOMPARE(bar->carriers()->findData(u"gone-carrier"_s), -1);
    }

    // A click on a lane lists exactly its shipments, a shift-click on a cluster its
    // parcels; in the window they arrive in the Shipments view, counts matching.
    void drillDown()
    {
        MapCanvas canvas;
        canvas.resize(1100, 700);
        canvas.setData(m_data);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.zoomToData();
        QSignalSpy chosen(&canvas, &MapCanvas::shipmentsChosen);

        // The busiest lane, at a point of its arc on screen away from any cluster.
        const map::MapLane &lane = canvas.data().lanes.front();
        std::optional<QPoint> onLane;
        const QPolygonF arc = canvas.laneOnScreen(lane);
        for (int i = 0; i + 1 < arc.size() && !onLane; ++i) {
            const QPoint p = ((arc.at(i) + arc.at(i + 1)) / 2).toPoint();
            if (canvas.rect().adjusted(10, 10, -10, -10).contains(p) && !canvas.clusterAt(p) && canvas.laneAt(p) == &lane)
                onLane = p;
        }
        QVERIFY(onLane);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, *onLane);
        QCOMPARE(chosen.count(), 1);
        const auto laneIds = chosen.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(laneIds.size(), qsizetype(lane.volume));
        QCOMPARE(laneIds, QList<qint64>(lane.shipmentIds.begin(), lane.shipmentIds.end()));
        QVERIFY(chosen.at(0).at(1).toString().contains(lane.origin + u" → "_s + lane.destination));

        // Shift+click on the biggest cluster: its parcels, without zooming.
        const auto clusters = canvas.visibleClusters();
        const auto biggest = *std::max_element(clusters.begin(), clusters.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
        const double zoom = canvas.zoom();
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::ShiftModifier, canvas.toScreen(biggest.x, biggest.y).toPoint());
        QCOMPARE(canvas.zoom(), zoom);
        QCOMPARE(chosen.count(), 2);
        const auto clusterIds = chosen.at(1).at(0).value<QList<qint64>>();
        QCOMPARE(clusterIds.size(), qsizetype(biggest.count));
        QCOMPARE(clusterIds, canvas.shipmentsOf(biggest));

        // In the window: the Shipments view lists exactly the lane's shipments.
        Clock clock(test::fixedNow());
        MainWindow window(*m_db, clock);
        window.show();
        auto *map = static_cast<MapView *>(window.view(ViewId::Map));
        QTRY_VERIFY_WITH_TIMEOUT(!map->isBusy(), 20000);
        Q_EMIT map->canvas()->shipmentsChosen(laneIds, u"Map: the lane"_s);
        QCOMPARE(window.currentView(), ViewId::Shipments);
        auto *shipments = static_cast<ShipmentsView *>(window.view(ViewId::Shipments));
        QAbstractItemModel *model = shipments->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QList<qint64> listed;
        for (int r = 0; r < model->rowCount(); ++r)
            listed << model->index(r, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong();
        std::sort(listed.begin(), listed.end());
        QList<qint64> expected = laneIds;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(listed, expected);
        QVERIFY2(shipments->filterText().contains(u"Map: the lane"_s), qPrintable(shipments->filterText()));
    }

    void cleanupTestCase() { test::resetWindowSettings(); }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CT_MAP_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CT_MAP_SCREENSHOTS=DIR to save the screenshots");
        for (bool dark : {false, true}) {
            MapCanvas canvas;
            if (dark)
                test::useDarkMapPalette(canvas);
            canvas.resize(1100, 700);
            canvas.setData(m_data);
            for (const test::MapShot &s : test::MapShots) {
                const map::WorldPoint w = map::webmercator::project(s.lat, s.lon);
                canvas.setView({w.x, w.y}, s.zoom);
                QVERIFY(canvas.grab().save(dir + u'/' + QString::fromLatin1(s.name) + (dark ? u"-dark.png"_s : u"-light.png"_s)));
            }
        }
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
