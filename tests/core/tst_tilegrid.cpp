// SPDX-License-Identifier: MIT
// The raster tiles' maths in core (core/map/tilegrid.h, tiletemplate.h): the tile of a
// place at a zoom, the tiles of a viewport, and the URL template read or refused with
// the place of the fault.
#include "map/tilegrid.h"
#include "map/tiletemplate.h"

#include <QTest>

using namespace ct;
using namespace ct::map;
using namespace Qt::Literals::StringLiterals;

class TestTileGrid : public QObject
{
    Q_OBJECT

private slots:
    // Expected tiles worked out by hand from the OpenStreetMap slippy-map formula,
    //   x = floor((lon + 180) / 360 · 2^z),  y = floor((1 − asinh(tan lat) / π) / 2 · 2^z),
    // the working in each row's comment.
    void tileOfAPlace_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("null island z0") << 0.0 << 0.0 << 0 << 0 << 0;
        // x = 0.5 · 2 = 1; asinh(tan 0) = 0, y = 0.5 · 2 = 1: the south-east quarter's corner.
        QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 1 << 1;
        // x = 193.405 / 360 · 1024 = 550.13; tan 52.52° = 1.3032, asinh = 1.0804,
        // (1 − 1.0804 / π) / 2 · 1024 = 335.9.
        QTest::newRow("Berlin z10") << 52.52 << 13.405 << 10 << 550 << 335;
        // x = 105.994 / 360 · 4096 = 1205.98; tan 40.7128° = 0.86049, asinh = 0.77922,
        // (1 − 0.24803) / 2 · 4096 = 1540.0.
        QTest::newRow("New York z12") << 40.7128 << -74.006 << 12 << 1205 << 1540;
        // x = 331.2093 / 360 · 256 = 235.5; tan −33.8688° = −0.67111, asinh = −0.62884,
        // (1 + 0.20017) / 2 · 256 = 153.6.
        QTest::newRow("Sydney z8") << -33.8688 << 151.2093 << 8 << 235 << 153;
        // Beyond the square's edge: the first row; the antimeridian east: the last column.
        QTest::newRow("north of 85.05 z3") << 89.0 << -180.0 << 3 << 0 << 0;
        QTest::newRow("180 east, 89 south z3") << -89.0 << 180.0 << 3 << 7 << 7;
    }
    void tileOfAPlace()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(tilegrid::tileOf(lat, lon, z), (TileId{z, x, y}));
    }

    void tileZoomOfAMapZoom_data()
    {
        QTest::addColumn<double>("mapZoom");
        QTest::addColumn<int>("tileZoom");
        QTest::newRow("0.4") << 0.4 << 0;
        QTest::newRow("0.5 rounds up") << 0.5 << 1;
        QTest::newRow("2.49") << 2.49 << 2;
        QTest::newRow("2.5") << 2.5 << 3;
        QTest::newRow("below 0") << -3.0 << 0;
        QTest::newRow("beyond the servers' 19") << 25.0 << 19;
    }
    void tileZoomOfAMapZoom()
    {
        QFETCH(double, mapZoom);
        QFETCH(int, tileZoom);
        QCOMPARE(tilegrid::tileZoomFor(mapZoom), tileZoom);
    }

    void tilesOfAViewport()
    {
        // x 0.2..0.45, y 0.3..0.55 at z2 (4 × 4 tiles): columns 0.8..1.8 → 0, 1; rows
        // 1.2..2.2 → 1, 2. The centre (1.3, 1.7) is in tile (1, 1): first; (0, 2) farthest: last.
        const std::vector<TileId> tiles = tilegrid::tilesFor(0.2, 0.3, 0.45, 0.55, 2);
        QCOMPARE(tiles.size(), std::size_t(4));
        QCOMPARE(tiles.front(), (TileId{2, 1, 1}));
        QCOMPARE(tiles.back(), (TileId{2, 0, 2}));
        QVERIFY(std::find(tiles.begin(), tiles.end(), TileId{2, 0, 1}) != tiles.end());
        QVERIFY(std::find(tiles.begin(), tiles.end(), TileId{2, 1, 2}) != tiles.end());
        // More than the world: the world's tiles only, nothing wrapped.
        QCOMPARE(tilegrid::tilesFor(-0.5, -0.5, 1.5, 1.5, 1).size(), std::size_t(4));
        // Beside the world: none.
        QVERIFY(tilegrid::tilesFor(1.1, 0.2, 1.6, 0.6, 3).empty());
        QVERIFY(tilegrid::tilesFor(0.2, -0.9, 0.6, -0.1, 3).empty());
        // Wrapped: a z2 view from x 0.9 to 1.1 (across the antimeridian) at y 0.3 is
        // tile (2, 3, 1) in place and (2, 0, 1) a world to the right; the centre (1.0)
        // is on their edge, both as near.
        const std::vector<PlacedTile> across = tilegrid::wrappedTilesFor(0.9, 0.3, 1.1, 0.3, 2);
        QCOMPARE(across.size(), std::size_t(2));
        QVERIFY(std::find(across.begin(), across.end(), PlacedTile{TileId{2, 3, 1}, 0}) != across.end());
        QVERIFY(std::find(across.begin(), across.end(), PlacedTile{TileId{2, 0, 1}, 1}) != across.end());
        // The same seen from the west copy: x -0.1 to 0.1 is (2, 3, 1) a world to the left
        // and (2, 0, 1) in place.
        const std::vector<PlacedTile> west = tilegrid::wrappedTilesFor(-0.1, 0.3, 0.1, 0.3, 2);
        QCOMPARE(west.size(), std::size_t(2));
        QVERIFY(std::find(west.begin(), west.end(), PlacedTile{TileId{2, 3, 1}, -1}) != west.end());
        // Inside the world nothing is placed twice, and the order is tilesFor's.
        const std::vector<PlacedTile> inside = tilegrid::wrappedTilesFor(0.2, 0.3, 0.45, 0.55, 2);
        QCOMPARE(inside.size(), tiles.size());
        for (std::size_t i = 0; i < inside.size(); ++i)
            QCOMPARE(inside[i], (PlacedTile{tiles[i], 0}));
        // Wider than the world at z0 (x -0.5 to 1.5): the one tile in all three copies,
        // its own first (nearest the centre 0.5).
        const std::vector<PlacedTile> wide = tilegrid::wrappedTilesFor(-0.5, 0.2, 1.5, 0.8, 0);
        QCOMPARE(wide.size(), std::size_t(3));
        QCOMPARE(wide.front(), (PlacedTile{TileId{0, 0, 0}, 0}));
        // A tile's rectangle: z3 tile (5, 2) is x 5/8, y 2/8, 1/8 wide.
        double x = 0, y = 0, side = 0;
        tilegrid::tileBounds(TileId{3, 5, 2}, &x, &y, &side);
        QCOMPARE(x, 0.625);
        QCOMPARE(y, 0.25);
        QCOMPARE(side, 0.125);
    }

    void templateExpands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<QString>("url");
        QTest::newRow("z x y") << u"https://tile.example.org/{z}/{x}/{y}.png"_s << 3 << 4 << 2
                               << u"https://tile.example.org/3/4/2.png"_s;
        QTest::newRow("spaces around are dropped") << u"  http://127.0.0.1:8080/t/{z}/{y}/{x}  "_s << 12 << 1205 << 1540
                                                   << u"http://127.0.0.1:8080/t/12/1540/1205"_s;
        // {s}: a, b, c by (x + y) mod 3: 7 + 11 = 18 → a, 8 + 11 = 19 → b, 9 + 11 = 20 → c.
        QTest::newRow("s a") << u"https://{s}.tiles.example.net/{z}/{x}/{y}@2x.png"_s << 5 << 7 << 11
                             << u"https://a.tiles.example.net/5/7/11@2x.png"_s;
        QTest::newRow("s b") << u"https://{s}.tiles.example.net/{z}/{x}/{y}@2x.png"_s << 5 << 8 << 11
                             << u"https://b.tiles.example.net/5/8/11@2x.png"_s;
        QTest::newRow("s c") << u"https://{s}.tiles.example.net/{z}/{x}/{y}@2x.png"_s << 5 << 9 << 11
                             << u"https://c.tiles.example.net/5/9/11@2x.png"_s;
        QTest::newRow("query") << u"https://tiles.example.com/v1?z={z}&x={x}&y={y}&key=abc"_s << 1 << 0 << 1
                               << u"https://tiles.example.com/v1?z=1&x=0&y=1&key=abc"_s;
    }
    void templateExpands()
    {
        QFETCH(QString, text);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(QString, url);
        QString error;
        const auto tiles = TileTemplate::parse(text, &error);
        QVERIFY2(tiles, qPrintable(error));
        QCOMPARE(tiles->url(TileId{z, x, y}).toString(), url);
    }

    void templateRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u"   "_s << u"the tile URL is empty"_s;
        QTest::newRow("no y") << u"https://t.example/{z}/{x}.png"_s << u"the template has no {y}; it needs {z}, {x} and {y}"_s;
        QTest::newRow("no z") << u"https://t.example/{x}/{y}.png"_s << u"the template has no {z}"_s;
        // "https://t.example/" is 18 characters, then {z}/ {x}/ {y}/: the { of {zoom} is the 31st.
        QTest::newRow("unknown placeholder")
            << u"https://t.example/{z}/{x}/{y}/{zoom}.png"_s
            << u"position 31: unknown placeholder {zoom}; a template takes {z}, {x}, {y} and {s}"_s;
        QTest::newRow("TMS -y is not taken") << u"https://t.example/{z}/{x}/{-y}.png"_s << u"unknown placeholder {-y}"_s;
        QTest::newRow("brace not closed") << u"https://t.example/{z/{x}/{y}.png"_s << u"position 19: “{” is not closed"_s;
        QTest::newRow("brace not closed at the end") << u"https://t.example/{z}/{x}/{y"_s << u"position 27: “{” is not closed"_s;
        QTest::newRow("stray closing brace") << u"https://t.example/{z}/{x}/{y}}.png"_s << u"position 30: “}” without “{”"_s;
        QTest::newRow("ftp") << u"ftp://t.example/{z}/{x}/{y}.png"_s << u"the scheme “ftp” is not supported; use https:// or http://"_s;
        QTest::newRow("file") << u"file:///srv/tiles/{z}/{x}/{y}.png"_s << u"the scheme “file” is not supported"_s;
        QTest::newRow("no scheme") << u"t.example/{z}/{x}/{y}.png"_s << u"the URL has no scheme"_s;
        QTest::newRow("no host") << u"https:///{z}/{x}/{y}.png"_s << u"the URL has no host name"_s;
        QTest::newRow("not a URL") << u"https://t example/{z}/{x}/{y}.png"_s << u"not a URL"_s;
    }
    void templateRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString said;
        const auto tiles = TileTemplate::parse(text, &said);
        QVERIFY(!tiles);
        QVERIFY2(said.contains(error), qPrintable(said));
    }
};

QTEST_APPLESS_MAIN(TestTileGrid)
#include "tst_tilegrid.moc"
