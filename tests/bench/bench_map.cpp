// SPDX-License-Identifier: MIT
// Map benchmark (docs/PERFORMANCE.md, "Map"): the cluster index and the Map view's frame,
// measured in one run against a baseline from the same run: drawing the same 100k points
// naively, one QPainter::drawPoint each, into an image of the canvas's size.
//
//  1. ClusterIndex::build over --points (100k) and --big (1M) parcels.
//  2. Re-clustering on zoom: ClusterIndex::clusters for the viewport, then
//     clustermerger::mergeOverlapping (as the canvas draws them), at every zoom from world
//     to street over the busiest places; the slowest zoom is reported, and the merge alone.
//  3. Frames: MapCanvas painting basemap, exception heat, --lanes (1,000) lanes and the
//     clustered --points parcels into an image, at world, country, region and city zoom:
//     at rest (every layer drawn), and along a pan (60 frames of 20 px) and a wheel zoom
//     (16 half-level steps), where the basemap and lanes come from their images
//     (MapLayerImage) except when a frame has left them; the slowest median pan frame is
//     reported.
//
// Points are synthetic and seeded: two thirds scattered round US ZIP centroids (as a US
// merchant's parcels are), a third round other countries' centroids, with the demo data's
// mix of ETA statuses. Times are medians of --repeat runs; resident memory (peak) after
// each step. Needs no display (the offscreen platform).
//   bench_map [--points 100000] [--big 1000000] [--lanes 1000] [--repeat 5]
#include "geo/gazetteer.h"
#include "map/clusterindex.h"
#include "map/clustermerger.h"
#include "map/mapcanvas.h"
#include "map/webmercator.h"
#include "platform/peakmemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace ct;
using map::EtaStatus;

namespace {

constexpr int Width = 1400;
constexpr int Height = 800;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_map: %s\n", qPrintable(message));
    std::exit(1);
}

double medianMs(int repeat, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long peakRssMb()
{
    return static_cast<long>(platform::peakResidentMiB());
}

struct Places
{
    std::vector<geo::Gazetteer::Point> us;
    std::vector<geo::Gazetteer::Point> world;
};

Places places()
{
    const geo::Gazetteer &g = geo::Gazetteer::shared();
    if (g.isEmpty())
        die(QStringLiteral("the bundled geodata did not load: %1").arg(g.issues().join(QStringLiteral("; "))));
    Places p;
    for (int zip = 501; zip < 99951; zip += 7) {
        if (const auto *at = g.usZip(zip))
            p.us.push_back(*at);
    }
    const char *countries[] = {"CA", "MX", "GB", "DE", "FR", "NL", "ES", "IT", "IN", "AU", "JP", "BR", "PL", "SE", "ZA"};
    for (const char *c : countries) {
        if (const auto *at = g.country(QString::fromLatin1(c)))
            p.world.push_back(*at);
    }
    if (p.us.empty() || p.world.empty())
        die(QStringLiteral("no ZIP or country centroids in the geodata"));
    return p;
}

// `n` parcels: 2/3 within ~0.3° of a US ZIP, 1/3 within ~2° of a country centroid.
std::vector<map::MapPoint> parcels(int n, const Places &at, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> near(0, 0.3);
    std::normal_distribution<double> wide(0, 2.0);
    std::discrete_distribution<int> status({70, 8, 6, 12, 4}); // on time .. no scan
    std::vector<map::MapPoint> out(static_cast<std::size_t>(n));
    for (map::MapPoint &p : out) {
        const bool us = rng() % 3 != 0;
        const auto &centre = us ? at.us[rng() % at.us.size()] : at.world[rng() % at.world.size()];
        const double lat = std::clamp(centre.lat + (us ? near(rng) : wide(rng)), -80.0, 80.0);
        const double lon = std::clamp(centre.lon + (us ? near(rng) : wide(rng)), -179.9, 179.9);
        const map::WorldPoint w = map::webmercator::project(lat, lon);
        p.x = float(w.x);
        p.y = float(w.y);
        p.status = EtaStatus(status(rng));
        p.approximate = !us && rng() % 10 == 0;
    }
    return out;
}

std::vector<map::MapLane> lanes(int n, const Places &at, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<map::MapLane> out(static_cast<std::size_t>(n));
    for (map::MapLane &l : out) {
        const auto &a = at.us[rng() % at.us.size()];
        const auto &b = rng() % 4 ? at.us[rng() % at.us.size()] : at.world[rng() % at.world.size()];
        l.originLat = a.lat;
        l.originLon = a.lon;
        l.destLat = b.lat;
        l.destLon = b.lon;
        l.volume = 1 + int(rng() % 2000);
        l.judged = l.volume;
        l.onTime = int(l.volume * (0.7 + 0.3 * double(rng() % 1000) / 1000));
    }
    std::sort(out.begin(), out.end(), [](const map::MapLane &a, const map::MapLane &b) { return a.volume > b.volume; });
    return out;
}

struct View
{
    const char *name;
    double lat, lon, zoom;
};

const View Views[] = {{"world", 30, -20, 2.0}, {"country", 39, -96, 4.2}, {"region", 40.5, -74.5, 7}, {"city", 40.72, -74.0, 11}};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The map's cluster index and frame, as ratios to naive drawPoint."));
    parser.addHelpOption();
    const QCommandLineOption pointsOption(QStringLiteral("points"), QStringLiteral("Parcels drawn (default 100000)."),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Parcels indexed in the large run (default 1000000)."),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption lanesOption(QStringLiteral("lanes"), QStringLiteral("Lanes drawn (default 1000)."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({pointsOption, bigOption, lanesOption, repeatOption});
    parser.process(app);
    auto number = [&](const QCommandLineOption &o) {
        bool good = false;
        const int n = parser.value(o).toInt(&good);
        if (!good || n < 1)
            die(QStringLiteral("--%1: a positive whole number, not \"%2\"").arg(o.names().first(), parser.value(o)));
        return n;
    };
    const int points = number(pointsOption);
    const int big = number(bigOption);
    const int laneCount = number(lanesOption);
    const int repeat = number(repeatOption);

    const Places at = places();
    std::printf("bench_map: %d parcels drawn, %d indexed in the large run, %d lanes, median of %d; rss %ld MB\n", points,
                big, laneCount, repeat, peakRssMb());

    map::MapData data;
    data.points = parcels(points, at, 7);
    data.ids.resize(data.points.size());
    for (std::size_t i = 0; i < data.ids.size(); ++i)
        data.ids[i] = qint64(i + 1);
    data.lanes = lanes(laneCount, at, 11);
    data.shipments = points;
    for (const map::MapPoint &p : data.points)
        ++data.byStatus[std::size_t(p.status)];

    // The baseline: every point projected to the world view and drawn with drawPoint.
    QImage image(Width, Height, QImage::Format_ARGB32_Premultiplied);
    const map::WorldPoint worldCentre = map::webmercator::project(Views[0].lat, Views[0].lon);
    const double worldScale = map::webmercator::TileSize * std::exp2(Views[0].zoom);
    const double baseline = medianMs(repeat, [&] {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setPen(QPen(Qt::darkGreen, 1));
        for (const map::MapPoint &pt : data.points)
            p.drawPoint(QPointF((pt.x - worldCentre.x) * worldScale + Width / 2.0, (pt.y - worldCentre.y) * worldScale + Height / 2.0));
    });
    std::printf("baseline: %d × QPainter::drawPoint: %.1f ms\n", points, baseline);

    // 1. The index.
    map::ClusterIndex index;
    const double buildSmall = medianMs(repeat, [&] { index.build(data.points); });
    std::printf("index build, %d parcels: %.1f ms (ratio to baseline %.2f)\n", points, buildSmall, buildSmall / baseline);
    map::ClusterIndex bigIndex;
    {
        const std::vector<map::MapPoint> many = parcels(big, at, 13);
        const double buildBig = medianMs(repeat, [&] { bigIndex.build(many); });
        std::printf("index build, %d parcels: %.1f ms (ratio to baseline %.2f; target <= 1000 ms)   rss %ld MB\n", big, buildBig,
                    buildBig / baseline, peakRssMb());
    }

    // 2. Re-clustering on zoom, over the busiest region and the world: the grid's clusters
    // for the viewport, and then those whose circles would overlap merged (what the canvas
    // draws), the merge also alone.
    struct Recluster
    {
        double worst = 0; // grid + merge, the slowest zoom
        int zoom = 0;
        std::size_t grid = 0, drawn = 0;
        double worstMerge = 0; // the merge alone, the slowest zoom
        int mergeZoom = 0;
        std::size_t mergeGrid = 0, mergeDrawn = 0;
    };
    auto reclusterWorst = [&](const map::ClusterIndex &idx) {
        Recluster r;
        for (int z = 1; z <= 16; ++z) {
            const map::WorldPoint c = map::webmercator::project(z < 4 ? 30.0 : 40.7, z < 4 ? -20.0 : -74.0);
            const double scale = map::webmercator::TileSize * std::exp2(z);
            const double hw = (Width / 2.0 + 64) / scale;
            const double hh = (Height / 2.0 + 64) / scale;
            std::vector<map::ClusterIndex::Cluster> grid;
            std::size_t drawn = 0;
            const double ms = medianMs(repeat, [&] {
                grid = idx.clusters(map::ClusterIndex::levelForZoom(z), c.x - hw, c.y - hh, c.x + hw, c.y + hh);
                drawn = map::clustermerger::mergeOverlapping(grid, scale).size();
            });
            const double merge = medianMs(repeat, [&] { drawn = map::clustermerger::mergeOverlapping(grid, scale).size(); });
            if (ms > r.worst) {
                r.worst = ms;
                r.zoom = z;
                r.grid = grid.size();
                r.drawn = drawn;
            }
            if (merge > r.worstMerge) {
                r.worstMerge = merge;
                r.mergeZoom = z;
                r.mergeGrid = grid.size();
                r.mergeDrawn = drawn;
            }
        }
        return r;
    };
    for (const map::ClusterIndex *idx : {&index, &bigIndex}) {
        const Recluster r = reclusterWorst(*idx);
        std::printf("re-cluster on zoom, %d parcels, slowest zoom %d (%zu grid clusters drawn as %zu): %.2f ms (ratio to "
                    "baseline %.3f; target <= 30 ms); merging alone, slowest zoom %d (%zu → %zu): %.3f ms (ratio %.4f)\n",
                    idx->size(), r.zoom, r.grid, r.drawn, r.worst, r.worst / baseline, r.mergeZoom, r.mergeGrid, r.mergeDrawn,
                    r.worstMerge, r.worstMerge / baseline);
    }

    // 3. Frames.
    MapCanvas canvas;
    canvas.resize(Width, Height);
    canvas.setData(data);
    double worstFrame = 0;
    const char *worstName = "";
    for (const View &v : Views) {
        const map::WorldPoint w = map::webmercator::project(v.lat, v.lon);
        canvas.setView({w.x, w.y}, v.zoom);
        quint64 shown = 0;
        for (const auto &c : canvas.visibleClusters())
            shown += c.count;
        // At rest a new view's layers are drawn again (the view is nudged by a thousandth
        // of a pixel between runs, so the images never stand in for it): the time from the
        // view change to the map drawn exactly, the basemap's and lanes' images drawn on a
        // worker included (the GUI thread meanwhile shows the moved images).
        auto settle = [&] {
            while (canvas.isDrawing())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        };
        int nudge = 0;
        auto frame = [&](bool parcelsOn, bool lanesOn, bool heatOn) {
            canvas.setLayers(parcelsOn, lanesOn, heatOn);
            return medianMs(repeat, [&] {
                canvas.setView({w.x + (++nudge % 2) * 1e-3 / canvas.viewport().scale(), w.y}, v.zoom);
                image.fill(Qt::transparent);
                canvas.render(&image);
                settle();
                canvas.render(&image);
            });
        };
        // Each layer's share: the basemap alone, then with each layer on its own.
        const double basemap = frame(false, false, false);
        const double heat = frame(false, false, true) - basemap;
        const double lanesMs = frame(false, true, false) - basemap;
        const double clusters = frame(true, false, false) - basemap;
        const double still = frame(true, true, true);
        // A pan as the user drags: from rest, 60 frames of 20 px to the right (1,200 px),
        // every layer on, each frame the GUI thread's whole turn (the events that arrived,
        // then the paint). The images move; one that no longer covers the view is drawn
        // again on a worker meanwhile (counted as it arrives) and the frame never waits.
        canvas.setView({w.x, w.y}, v.zoom);
        image.fill(Qt::transparent);
        canvas.render(&image);
        settle();
        canvas.setMoving(true);
        const int redrawsBefore = canvas.laneImage().redraws();
        std::vector<double> pan;
        for (int step = 1; step <= 60; ++step) {
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents();
            canvas.setMoving(true); // as each mouse move does
            canvas.setView({w.x + step * 20.0 / canvas.viewport().scale(), w.y}, v.zoom);
            image.fill(Qt::transparent);
            canvas.render(&image);
            pan.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        settle();
        const int panRedraws = canvas.laneImage().redraws() - redrawsBefore;
        // A zoom as the wheel turns: eight steps of half a level in, then eight out.
        std::vector<double> zoomFrames;
        for (int step = 1; step <= 16; ++step) {
            const double z = v.zoom + 0.5 * (step <= 8 ? step : 16 - step);
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents();
            canvas.setMoving(true); // as each turn of the wheel does
            canvas.setView({w.x, w.y}, z);
            image.fill(Qt::transparent);
            canvas.render(&image);
            zoomFrames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        settle();
        canvas.setMoving(false);
        auto stats = [](std::vector<double> t) {
            std::sort(t.begin(), t.end());
            double sum = 0;
            for (double x : t)
                sum += x;
            return std::array<double, 3>{t[t.size() / 2], sum / double(t.size()), t.back()};
        };
        const auto [panMedian, panMean, panMax] = stats(pan);
        const auto [zoomMedian, zoomMean, zoomMax] = stats(zoomFrames);
        std::printf("frame at %s zoom %.1f: %zu clusters holding %llu parcels, %d lanes: to the exact map at rest %.1f ms (ratio to baseline "
                    "%.2f; basemap %.1f, heat %.1f, lanes %.1f, parcels %.1f); panning median %.1f ms (ratio %.2f), mean "
                    "%.1f, slowest %.1f (the lanes drawn again %d times on a worker); zooming median %.1f, mean %.1f, slowest "
                    "%.1f\n",
                    v.name, v.zoom, canvas.visibleClusters().size(), static_cast<unsigned long long>(shown), laneCount, still,
                    still / baseline, basemap, heat, lanesMs, clusters, panMedian, panMedian / baseline, panMean, panMax,
                    panRedraws, zoomMedian, zoomMean, zoomMax);
        if (panMedian > worstFrame) {
            worstFrame = panMedian;
            worstName = v.name;
        }
    }
    std::printf("slowest median pan frame: %s, %.1f ms (ratio to baseline %.2f; target <= 16 ms)   rss %ld MB\n", worstName, worstFrame,
                worstFrame / baseline, peakRssMb());
    return 0;
}
