// SPDX-License-Identifier: MIT
// The map's core (core/map): Web Mercator at known coordinates and back, great circles,
// the cluster index (every point in exactly one cluster at every level, ids stable across
// builds and inputs), the basemap resource whole and damaged, ETA statuses at their
// thresholds, and MapQuery over a real demo store.
#include "map/basemap.h"
#include "map/clusterindex.h"
#include "map/clustermerger.h"
#include "map/etastatus.h"
#include "map/mapquery.h"
#include "map/webmercator.h"
#include "store/database.h"

#include "support/demostore.h"
#include "support/testclock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace ct;
using namespace ct::map;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ct::map::EtaStatus)

namespace {

std::vector<MapPoint> randomPoints(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.f, 1.f);
    std::vector<MapPoint> points(static_cast<std::size_t>(n));
    for (MapPoint &p : points) {
        p.x = u(rng);
        p.y = u(rng);
        p.status = EtaStatus(rng() % EtaStatusCount);
    }
    return points;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void projection_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // x = (lon + 180) / 360; y = 1/2 - ln(tan(pi/4 + lat/2)) / (2 pi).
        QTest::newRow("null island") << 0.0 << 0.0 << 0.5 << 0.5;
        QTest::newRow("antimeridian west") << 0.0 << -180.0 << 0.0 << 0.5;
        QTest::newRow("top edge") << 85.05112877980659 << 0.0 << 0.5 << 0.0;
        QTest::newRow("bottom edge") << -85.05112877980659 << 180.0 << 1.0 << 1.0;
        QTest::newRow("Greenwich 51.4779N") << 51.4779 << 0.0 << 0.5 << 0.332657;
        QTest::newRow("Austin") << 30.2672 << -97.7431 << 0.228491 << 0.411717;
    }
    void projection()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, x);
        QFETCH(double, y);
        const WorldPoint p = webmercator::project(lat, lon);
        QVERIFY2(std::abs(p.x - x) < 1e-5 && std::abs(p.y - y) < 1e-5, qPrintable(u"%1 %2"_s.arg(p.x, 0, 'f', 6).arg(p.y, 0, 'f', 6)));
        double backLat = 0;
        double backLon = 0;
        webmercator::unproject(p, &backLat, &backLon);
        QVERIFY(std::abs(backLat - lat) < 1e-9 && std::abs(backLon - lon) < 1e-9);
    }

    void polesAreClamped()
    {
        QCOMPARE(webmercator::project(90, 0).y, 0.0);
        QCOMPARE(webmercator::project(-90, 0).y, 1.0);
    }

    void scale()
    {
        // 2 pi 6378137 / 256 = 156543.03 m per pixel at zoom 0 on the equator; half at 60°.
        QVERIFY(std::abs(webmercator::metersPerPixel(0, 0) - 156543.03) < 0.01);
        QVERIFY(std::abs(webmercator::metersPerPixel(60, 1) - 156543.03 / 4) < 0.01);
    }

    void greatCircle()
    {
        double out[2 * 9];
        // New York to Frankfurt: both ends kept, the midpoint north of both (53.42N 36.86W, the normalized sum of the two unit vectors).
        webmercator::greatCircle(40.71, -74.01, 50.11, 8.68, 8, out);
        QVERIFY(std::abs(out[0] - 40.71) < 1e-9 && std::abs(out[1] + 74.01) < 1e-9);
        QVERIFY(std::abs(out[16] - 50.11) < 1e-9 && std::abs(out[17] - 8.68) < 1e-9);
        QVERIFY2(std::abs(out[8] - 53.422) < 0.01 && std::abs(out[9] + 36.862) < 0.01, qPrintable(u"%1 %2"_s.arg(out[8]).arg(out[9])));
        // Tokyo to Los Angeles crosses the antimeridian: longitudes continuous (past 180).
        webmercator::greatCircle(35.68, 139.69, 34.05, -118.24, 8, out);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(std::abs(out[2 * i + 1] - out[2 * i - 1]) < 30);
        QVERIFY(std::abs(out[17] - (360 - 118.24)) < 1e-6);
    }

    void clusterCountsArePreservedAtEveryLevel()
    {
        const std::vector<MapPoint> points = randomPoints(20000, 7);
        ClusterIndex index;
        index.build(points);
        QCOMPARE(index.size(), 20000);
        for (int level = 0; level <= ClusterIndex::MaxLevel; ++level) {
            const auto clusters = index.clusters(level, 0, 0, 1, 1);
            quint64 total = 0;
            std::array<quint64, EtaStatusCount> byStatus{};
            std::vector<bool> seen(points.size());
            for (const auto &c : clusters) {
                total += c.count;
                for (int s = 0; s < EtaStatusCount; ++s)
                    byStatus[std::size_t(s)] += c.byStatus[std::size_t(s)];
                for (quint32 m : index.members(c)) {
                    QVERIFY(!seen[m]);
                    seen[m] = true;
                    // A member lies in its cluster's cell.
                    const double cells = std::exp2(level);
                    QCOMPARE(quint64(std::floor(points[m].x * cells)), quint64(std::floor(c.x * cells)));
                }
            }
            QCOMPARE(total, quint64(points.size()));
            for (int s = 0; s < EtaStatusCount; ++s)
                QCOMPARE(byStatus[std::size_t(s)], quint64(std::count_if(points.begin(), points.end(), [s](const MapPoint &p) { return int(p.status) == s; })));
            if (level == 0)
                QCOMPARE(clusters.size(), std::size_t(1));
        }
    }

    void clusterIdsAreStable()
    {
        // The same place gives the same id whatever else is in the index.
        std::vector<MapPoint> a = randomPoints(5000, 1);
        std::vector<MapPoint> b = randomPoints(3000, 2);
        const MapPoint austin{float(webmercator::project(30.2672, -97.7431).x), float(webmercator::project(30.2672, -97.7431).y)};
        a.push_back(austin);
        b.push_back(austin);
        ClusterIndex ia;
        ClusterIndex ib;
        ia.build(a);
        ib.build(b);
        for (int level : {3, 8, 14}) {
            auto find = [&](const ClusterIndex &index) {
                for (const auto &c : index.clusters(level, austin.x, austin.y, austin.x, austin.y))
                    return c.id;
                return quint64(0);
            };
            QVERIFY(find(ia) != 0);
            QCOMPARE(find(ia), find(ib));
            QCOMPARE(find(ia), ClusterIndex::clusterId(level, ClusterIndex::mortonCode(austin.x, austin.y) >> (2 * (ClusterIndex::MaxLevel - level))));
        }
        // And a rebuild over the same points gives the same clusters.
        ClusterIndex again;
        again.build(a);
        const auto x = ia.clusters(10, 0.2, 0.3, 0.5, 0.6);
        const auto y = again.clusters(10, 0.2, 0.3, 0.5, 0.6);
        QCOMPARE(x.size(), y.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY(x[i].id == y[i].id && x[i].count == y[i].count);
    }

    // Four grid clusters at level 4 (cells of 64 px at 1024 px per world unit, zoom 2), at
    // pixel offsets from A (0.30, 0.30): A 100 parcels on time at (0, 0), B 60 late at
    // (30, 0), C 8 at (100, 0), D 2 at (0, 40). Radii 7 + 3·log2(n): A 26.93, B 24.72,
    // C 16, D 10. A and B: 30 < 26.93 + 24.72 + 1, merged into 160 parcels (radius
    // capped at 28) at 100·0 + 60·30 / 160 = 11.25 px. D to A alone: 40 > 37.93; to the
    // merged one: √(11.25² + 40²) = 41.55 > 28 + 10 + 1. C to it: 88.75 > 45. So three.
    void overlappingClustersMerge()
    {
        constexpr double Pixels = 1024;
        auto at = [](double dx, double dy) { return MapPoint{float(0.30 + dx / Pixels), float(0.30 + dy / Pixels)}; };
        std::vector<MapPoint> points;
        auto add = [&](int n, MapPoint p, EtaStatus status) {
            p.status = status;
            points.insert(points.end(), std::size_t(n), p);
        };
        add(100, at(0, 0), EtaStatus::OnTime);
        add(60, at(30, 0), EtaStatus::Late);
        add(8, at(100, 0), EtaStatus::AtRisk);
        add(2, at(0, 40), EtaStatus::Exception);
        ClusterIndex index;
        index.build(points);
        const auto grid = index.clusters(4, 0, 0, 1, 1);
        QCOMPARE(grid.size(), std::size_t(4));
        auto idOf = [&](MapPoint p) { return ClusterIndex::clusterId(4, ClusterIndex::mortonCode(p.x, p.y) >> (2 * (ClusterIndex::MaxLevel - 4))); };
        QCOMPARE(clustermerger::radius(1), 4.0);
        QCOMPARE(clustermerger::radius(8), 16.0);
        QCOMPARE(clustermerger::radius(1u << 20), 28.0);

        const auto drawn = clustermerger::mergeOverlapping(grid, Pixels);
        QCOMPARE(drawn.size(), std::size_t(3));
        const ClusterIndex::Cluster &ab = drawn[0]; // the biggest first
        QVERIFY(ab.isMerged());
        QCOMPARE(ab.id, clustermerger::MergedBit | idOf(at(0, 0)));
        QCOMPARE(ab.count, 160u);
        QCOMPARE(ab.byStatus[std::size_t(EtaStatus::OnTime)], 100u);
        QCOMPARE(ab.byStatus[std::size_t(EtaStatus::Late)], 60u);
        QCOMPARE(ab.level, 4);
        QVERIFY(std::abs(ab.x - (0.30 + 11.25 / Pixels)) < 1e-6);
        QVERIFY(std::abs(ab.y - 0.30) < 1e-6);
        std::vector<quint32> members = index.members(ab);
        std::sort(members.begin(), members.end());
        std::vector<quint32> first160(160);
        std::iota(first160.begin(), first160.end(), 0u);
        QCOMPARE(members, first160);
        QCOMPARE(drawn[1].id, idOf(at(100, 0)));
        QCOMPARE(drawn[1].count, 8u);
        QVERIFY(!drawn[1].isMerged());
        QCOMPARE(drawn[2].id, idOf(at(0, 40)));
        QCOMPARE(drawn[2].count, 2u);
        QCOMPARE(index.members(drawn[2]), (std::vector<quint32>{168, 169}));
        // At twice the scale (zoom 3) A and B are 60 px apart: 60 > 52.65, nothing merges.
        QCOMPARE(clustermerger::mergeOverlapping(index.clusters(5, 0, 0, 1, 1), 2 * Pixels).size(), std::size_t(4));
    }

    // Over random parcels at world, country and city zoom: no two drawn circles overlap,
    // every parcel is in exactly one drawn cluster, and the result does not depend on the
    // order the grid's clusters come in.
    void mergedClustersNeverOverlap()
    {
        // Parcels gather round places, as they do: 30 blobs of 0.3 to 3 % of the world.
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::vector<MapPoint> points;
        for (int blob = 0; blob < 30; ++blob) {
            const double cx = 0.15 + 0.3 * u(rng), cy = 0.25 + 0.3 * u(rng), spread = 0.003 + 0.027 * u(rng);
            std::normal_distribution<double> g(0.0, spread);
            const int n = 50 + int(1500 * u(rng));
            for (int i = 0; i < n; ++i)
                points.push_back(MapPoint{float(std::clamp(cx + g(rng), 0.0, 1.0)), float(std::clamp(cy + g(rng), 0.0, 1.0)),
                                          EtaStatus(rng() % EtaStatusCount), false});
        }
        ClusterIndex index;
        index.build(points);
        std::size_t merges = 0;
        for (double zoom : {0.5, 1.8, 3.6, 6.0}) {
            const double pixels = webmercator::TileSize * std::exp2(zoom);
            // A 1400 × 800 screen over (0.3, 0.4), and 64 px about it.
            const double hw = (700 + 64) / pixels, hh = (400 + 64) / pixels;
            auto grid = index.clusters(ClusterIndex::levelForZoom(zoom), 0.3 - hw, 0.4 - hh, 0.3 + hw, 0.4 + hh);
            quint64 inGrid = 0;
            for (const auto &c : grid)
                inGrid += c.count;
            const auto drawn = clustermerger::mergeOverlapping(grid, pixels);
            merges += grid.size() - drawn.size();
            quint64 total = 0;
            std::vector<bool> seen(points.size());
            for (std::size_t i = 0; i < drawn.size(); ++i) {
                total += drawn[i].count;
                quint32 members = 0;
                for (quint32 m : index.members(drawn[i])) {
                    QVERIFY(!seen[m]);
                    seen[m] = true;
                    ++members;
                }
                QCOMPARE(members, drawn[i].count);
                for (std::size_t j = i + 1; j < drawn.size(); ++j) {
                    const double d = std::hypot(double(drawn[i].x) - drawn[j].x, double(drawn[i].y) - drawn[j].y) * pixels;
                    QVERIFY2(d >= clustermerger::radius(drawn[i].count) + clustermerger::radius(drawn[j].count) + 1 - 1e-3,
                             qPrintable(u"zoom %1: %2 px apart"_s.arg(zoom).arg(d)));
                }
            }
            QCOMPARE(total, inGrid);
            std::mt19937 shuffle(3);
            std::shuffle(grid.begin(), grid.end(), shuffle);
            const auto again = clustermerger::mergeOverlapping(grid, pixels);
            QCOMPARE(again.size(), drawn.size());
            for (std::size_t i = 0; i < drawn.size(); ++i)
                QVERIFY(again[i].id == drawn[i].id && again[i].count == drawn[i].count);
        }
        QVERIFY(merges > 0); // some did overlap
    }

    void viewportTakesOnlyItsCells()
    {
        // Four points, one per quadrant; a query of the top-left quarter at level 1 gives one.
        const std::vector<MapPoint> points{{0.1f, 0.1f}, {0.9f, 0.1f}, {0.1f, 0.9f}, {0.9f, 0.9f}};
        ClusterIndex index;
        index.build(points);
        const auto top = index.clusters(1, 0.0, 0.0, 0.4, 0.4);
        QCOMPARE(top.size(), std::size_t(1));
        QCOMPARE(top[0].count, 1u);
        QCOMPARE(index.members(top[0]), std::vector<quint32>{0});
        QCOMPARE(index.clusters(1, 0.0, 0.0, 1.0, 0.4).size(), std::size_t(2));
        QCOMPARE(index.clusters(0, 0.0, 0.0, 0.4, 0.4).at(0).count, 4u);
        QCOMPARE(ClusterIndex::levelForZoom(0, 64), 2);
        QCOMPARE(ClusterIndex::levelForZoom(5.5, 64), 7);
    }

    void basemapIsWhole()
    {
        const Basemap &b = Basemap::shared();
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QCOMPARE(b.levelCount(), 4);
        for (int i = 0; i < b.levelCount(); ++i)
            QVERIFY(!b.level(i).layers[0].empty() && !b.level(i).layers[1].empty() && !b.level(i).layers[2].empty());
        // Coarser levels hold fewer points.
        QVERIFY(b.level(0).pointCount < b.level(1).pointCount && b.level(2).pointCount < b.level(3).pointCount);
        QCOMPARE(b.levelForZoom(0), 0);
        QCOMPARE(b.levelForZoom(12), 3);
    }

    void damagedBasemap_data()
    {
        QFile f(u":/geo/basemap.bin"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"t.bin: byte 0: not a Control Tower basemap (no CTMAP1 mark)"_s;
        QTest::newRow("not a basemap") << QByteArray("PK\3\4 zip") << u"t.bin: byte 0: not a Control Tower basemap (no CTMAP1 mark)"_s;
        QTest::newRow("cut after the mark") << whole.left(10) << u"t.bin: byte 8: level count missing or out of range"_s;
        QTest::newRow("cut in level 0") << whole.left(1000) << u"t.bin: byte 1000: level 0 layer 0 part "_s;
        QTest::newRow("trailing bytes") << whole + "xx" << u"bytes after the last level"_s;
    }
    void damagedBasemap()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"t\\.bin: byte"_s));
        const Basemap b = Basemap::fromBytes(bytes, u"t.bin"_s);
        QVERIFY(b.isEmpty());
        QVERIFY2(b.error().contains(error), qPrintable(b.error()));
        QVERIFY(b.error().endsWith(u"; the map has no basemap"_s));
    }

    void etaStatus_data()
    {
        QTest::addColumn<bool>("exception");
        QTest::addColumn<bool>("outForDelivery");
        QTest::addColumn<qint64>("sinceLastScanH");
        QTest::addColumn<int>("promisedInDays"); // from now's day; 99 = none
        QTest::addColumn<int>("estimatedInDays");
        QTest::addColumn<EtaStatus>("status");
        // now = fixedNow (12:00 UTC); the promised day ends at midnight after it.
        QTest::newRow("no promise") << false << false << qint64(2) << 99 << 99 << EtaStatus::OnTime;
        QTest::newRow("promised in 3 days") << false << false << qint64(2) << 3 << 99 << EtaStatus::OnTime;
        QTest::newRow("estimate after promise") << false << false << qint64(2) << 3 << 4 << EtaStatus::AtRisk;
        QTest::newRow("estimate on promise") << false << false << qint64(2) << 3 << 3 << EtaStatus::OnTime;
        QTest::newRow("due tonight, not out") << false << false << qint64(2) << 0 << 99 << EtaStatus::AtRisk;
        QTest::newRow("due tonight, out for delivery") << false << true << qint64(2) << 0 << 99 << EtaStatus::OnTime;
        QTest::newRow("promised yesterday") << false << true << qint64(2) << -1 << 99 << EtaStatus::Late;
        QTest::newRow("no scan 72 h exactly") << false << false << qint64(72) << 3 << 99 << EtaStatus::OnTime;
        QTest::newRow("no scan 73 h") << false << false << qint64(73) << -1 << 99 << EtaStatus::NoScan;
        QTest::newRow("exception wins") << true << false << qint64(100) << -1 << 99 << EtaStatus::Exception;
    }
    void etaStatus()
    {
        QFETCH(bool, exception);
        QFETCH(bool, outForDelivery);
        QFETCH(qint64, sinceLastScanH);
        QFETCH(int, promisedInDays);
        QFETCH(int, estimatedInDays);
        QFETCH(EtaStatus, status);
        const QDate today = test::fixedNow().toUTC().date();
        EtaFacts f;
        f.openException = exception;
        f.outForDelivery = outForDelivery;
        f.lastEventMs = test::fixedNowMs() - sinceLastScanH * 3600000;
        if (promisedInDays != 99)
            f.promised = today.addDays(promisedInDays);
        if (estimatedInDays != 99)
            f.estimated = today.addDays(estimatedInDays);
        QCOMPARE(etaStatusCode(etaStatusOf(f, test::fixedNowMs())), etaStatusCode(status));
    }

    void queryOverADemoStore()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"store.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*db, 400, &error), qPrintable(error));
        auto count = [&db](const QString &sql) {
            QSqlQuery q(db->connection());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        MapFilter filter;
        const auto data = MapQuery(*db).load(filter, test::fixedNowMs(), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->shipments, 400);
        // In flight: not delivered, not expired.
        const qint64 inFlight = count(u"SELECT count(*) FROM shipments WHERE delivered_at_ms IS NULL AND tag NOT IN (5, 8)"_s);
        QVERIFY(inFlight > 0);
        QCOMPARE(qint64(data->points.size()) + data->unlocated, inFlight);
        QCOMPARE(data->points.size(), data->ids.size());
        qint64 sum = 0;
        for (qint64 n : data->byStatus)
            sum += n;
        QCOMPARE(sum, qint64(data->points.size()));
        // Every open exception's shipment in flight is drawn as an exception.
        QCOMPARE(data->byStatus[std::size_t(EtaStatus::Exception)],
                 count(u"SELECT count(*) FROM shipments s WHERE delivered_at_ms IS NULL AND tag NOT IN (5, 8) AND "
                       "(tag IN (4, 7) OR EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = s.id AND x.status = 0))"_s));
        qint64 laneVolume = 0;
        for (const MapLane &l : data->lanes) {
            laneVolume += l.volume;
            QVERIFY(l.judged >= l.onTime);
        }
        QVERIFY(laneVolume > 0 && laneVolume <= 400);
        // A lane's shipments are its volume, exactly those from its origin region to its
        // destination region (a drill-down lists them).
        const MapLane &top = data->lanes.front();
        QCOMPARE(qint64(top.shipmentIds.size()), qint64(top.volume));
        const QStringList o = top.origin.split(u'-'), d = top.destination.split(u'-');
        QCOMPARE(qint64(top.volume),
                 count(u"SELECT count(*) FROM shipments WHERE origin_country = '%1' AND origin_state = '%2' AND dest_country = '%3' AND dest_state = '%4'"_s
                           .arg(o.value(0), o.value(1), d.value(0), d.value(1))));
        QVERIFY(std::is_sorted(data->lanes.begin(), data->lanes.end(), [](const MapLane &a, const MapLane &b) { return a.volume > b.volume; }));

        // The queue's carrier filter narrows the map the same way.
        filter.queue.carriers = {u"ups"_s};
        const auto ups = MapQuery(*db).load(filter, test::fixedNowMs(), &error);
        QVERIFY(ups);
        QCOMPARE(ups->shipments, count(u"SELECT count(*) FROM shipments WHERE carrier = 'ups'"_s));
        filter.queue.carriers.clear();
        filter.statuses = {EtaStatus::Exception};
        const auto exceptions = MapQuery(*db).load(filter, test::fixedNowMs(), &error);
        QVERIFY(exceptions);
        QCOMPARE(qint64(exceptions->points.size()), data->byStatus[std::size_t(EtaStatus::Exception)]);

        // What the filter offers: each carrier and service of the store once.
        const auto known = MapQuery(*db).carrierServices(&error);
        QVERIFY2(known, qPrintable(error));
        QCOMPARE(qint64(known->size()), count(u"SELECT count(*) FROM (SELECT DISTINCT carrier, service FROM shipments)"_s));
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(u"SELECT carrier, service FROM shipments ORDER BY id DESC LIMIT 1"_s) && q.next());
            QVERIFY(known->contains(CarrierService{q.value(0).toString(), q.value(1).toString()}));
        }
        QVERIFY(std::is_sorted(known->begin(), known->end(), [](const CarrierService &a, const CarrierService &b) {
            return a.carrier != b.carrier ? a.carrier < b.carrier : a.service < b.service;
        }));
        // A service picked narrows the map to it.
        filter.statuses.clear();
        filter.queue.services = {known->front()};
        const auto service = MapQuery(*db).load(filter, test::fixedNowMs(), &error);
        QVERIFY(service);
        QCOMPARE(service->shipments, count(u"SELECT count(*) FROM shipments WHERE carrier = '%1' AND service = '%2'"_s.arg(
                                                 known->front().carrier, known->front().service)));

        const auto numbers = MapQuery(*db).trackingNumbers({data->ids.front()}, &error);
        QVERIFY(numbers && numbers->size() == 1 && !numbers->front().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMap)
#include "tst_map.moc"
