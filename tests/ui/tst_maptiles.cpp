// SPDX-License-Identifier: MIT
// The Map view's optional raster tiles against a real HTTP/1.1 tile server on loopback
// (TileServer below, QTcpServer) serving PNG tiles made here with QImage: only the tiles
// on screen are asked for, a second view of the same place comes from the disk cache, a
// moved view aborts what it no longer shows, a 404, a 500, a slow server and an answer
// that is not an image each give one notice while the map still draws and answers clicks,
// tiles off (the default) means not one request, and the Preferences refuse a malformed
// URL template. With CT_MAP_SCREENSHOTS=DIR the tiled map is saved there, light and dark.
#include "map/mapcanvas.h"
#include "map/maptilelayer.h"
#include "map/mapquery.h"
#include "map/mapview.h"
#include "map/tilecache.h"
#include "map/tilefetcher.h"
#include "map/webmercator.h"
#include "preferences/preferencesdialog.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "shell/viewcontext.h"
#include "store/database.h"

#include "support/demostore.h"
#include "support/testclock.h"
#include "mapscreenshots.h"
#include "windowsettings.h"

#include <QBuffer>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

// The colour tile z/x/y is painted in, so a pixel on screen tells which tile it shows.
QRgb tileColor(int z, int x, int y)
{
    return QColor::fromHsv((x * 47 + y * 101 + z * 13) % 360, 180, 230).rgb();
}

QByteArray tilePng(int z, int x, int y)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(tileColor(z, x, y)));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A tile server speaking HTTP/1.1 (keep-alive, several requests per connection) on
// loopback: GET /tiles/Z/X/Y.png answers a PNG of tileColor, cacheable for a day; or every
// request gets `status`, or a body that is no image, or no answer at all (slow).
class TileServer
{
public:
    enum class Mode { Tiles, Status, NotAnImage, Silent };

    TileServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                m_open.insert(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    m_open.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~TileServer()
    {
        // The sockets go with the server, after the members their handlers use.
        for (QTcpSocket *socket : std::as_const(m_open))
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString urlTemplate() const { return u"http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png"_s.arg(m_server.serverPort()); }
    void setMode(Mode mode, int status = 200)
    {
        m_mode = mode;
        m_status = status;
    }
    // The paths asked for ("4/7/5"), in order.
    const QStringList &requests() const { return m_requests; }
    QSet<QString> requested() const { return QSet<QString>(m_requests.begin(), m_requests.end()); }
    int connections() const { return m_connections; }
    int openConnections() const { return int(m_open.size()); }
    QByteArray lastUserAgent() const { return m_userAgent; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    m_userAgent = line.mid(11).trimmed();
            }
            QByteArray path = requestLine.value(1);
            const bool isTile = path.startsWith("/tiles/") && path.endsWith(".png");
            path = path.mid(7).chopped(isTile ? 4 : 0);
            m_requests << QString::fromLatin1(path);
            answer(socket, isTile ? path : QByteArray());
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &tile)
    {
        switch (m_mode) {
        case Mode::Silent: return; // holds the request until the client gives up
        case Mode::Status: {
            const QByteArray body = "no such tile\n";
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Failed\r\nContent-Type: text/plain\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        case Mode::NotAnImage:
        case Mode::Tiles: break;
        }
        const QList<QByteArray> zxy = tile.split('/');
        const QByteArray body = m_mode == Mode::NotAnImage || zxy.size() != 3
                                    ? QByteArray("<html>maintenance</html>")
                                    : tilePng(zxy[0].toInt(), zxy[1].toInt(), zxy[2].toInt());
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: max-age=86400\r\n"
                      "Last-Modified: Wed, 17 Jun 2026 12:00:00 GMT\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    Mode m_mode = Mode::Tiles;
    int m_status = 200;
    QStringList m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_open;
    int m_connections = 0;
    QByteArray m_userAgent;
};

// "z/x/y" of each tile at zoom z in columns x0..x1, rows y0..y1.
QSet<QString> tileSet(int z, int x0, int x1, int y0, int y1)
{
    QSet<QString> out;
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            out.insert(u"%1/%2/%3"_s.arg(z).arg(x).arg(y));
    }
    return out;
}

// Fifty parcels at one place (50°N 10°E): one cluster, to click.
map::MapData fiftyParcels()
{
    map::MapData data;
    const map::WorldPoint w = map::webmercator::project(50, 10);
    for (int i = 0; i < 50; ++i) {
        data.points.push_back(map::MapPoint{float(w.x), float(w.y), map::EtaStatus::OnTime, false});
        data.ids.push_back(1000 + i);
    }
    data.shipments = 50;
    data.byStatus[std::size_t(map::EtaStatus::OnTime)] = 50;
    return data;
}

} // namespace

class TestMapTiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    MapTileLayer *layer(const TileServer &server, const QString &cacheFolder)
    {
        QString error;
        const auto tiles = map::TileTemplate::parse(server.urlTemplate(), &error);
        if (!tiles)
            qFatal("%s", qPrintable(error));
        return new MapTileLayer(*tiles, u"Test tiles © nobody"_s, cacheFolder, 50 * 1024 * 1024);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ControlTowerTests"_s);
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        test::resetWindowSettings();
        map::tilecache::clear(map::tilecache::directory());
    }
    void cleanupTestCase() { test::resetWindowSettings(); }

    // At zoom 4 a tile is 256 px: a 900 × 600 map centred on the corner of tiles (8, 6)
    // shows columns 8 ± 450/256 → 6.24..9.76 (6 to 9) and rows 6 ± 300/256 → 4.83..7.17
    // (4 to 7): 16 tiles, and those only. Drawn under the layers, each in its colour. A
    // second map of the same place, with a fetcher and a disk cache of its own over the
    // same folder, draws them all without one more request.
    void fetchesTheVisibleTilesThenServesThemFromTheDiskCache()
    {
        TileServer server;
        QVERIFY(server.listen());
        const QString cache = m_dir.filePath(u"cache-visible"_s);
        const QSet<QString> expected = tileSet(4, 6, 9, 4, 7);
        {
            MapCanvas canvas;
            canvas.resize(900, 600);
            canvas.setLayers(false, false, false);
            canvas.setView({0.5, 0.375}, 4);
            canvas.setTileLayer(layer(server, cache));
            QCOMPARE(canvas.tileLayer()->visibleTiles().size(), std::size_t(16));
            // Fetched, cached on disk and decoded off the GUI thread.
            QVERIFY(canvas.tileLayer()->fetchThread() != QThread::currentThread());
            QVERIFY(canvas.tileLayer()->fetchThread()->isRunning());
            // At most six at a time.
            QVERIFY(canvas.tileLayer()->requestsInFlight() <= 6);
            QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 16, 10000);
            QTRY_VERIFY(std::all_of(canvas.tileLayer()->visibleTiles().begin(), canvas.tileLayer()->visibleTiles().end(),
                                    [&](const map::TileId &t) { return canvas.tileLayer()->hasTile(t); }));
            QCOMPARE(server.requested(), expected);
            QCOMPARE(server.requests().size(), 16); // each once
            QVERIFY2(server.lastUserAgent().startsWith("ControlTower/9.8.7"), server.lastUserAgent().constData());
            QVERIFY(canvas.notice().isEmpty());
            // Tile 4/7/5's centre is at (7.5 − 8) · 256 + 450 = 322, (5.5 − 6) · 256 + 300 = 172.
            const QImage shot = canvas.grab().toImage();
            QCOMPARE(shot.pixel(322, 172), tileColor(4, 7, 5));
            QCOMPARE(shot.pixel(322 + 256, 172 + 256), tileColor(4, 8, 6));
        }
        MapCanvas again;
        again.resize(900, 600);
        again.setLayers(false, false, false);
        again.setView({0.5, 0.375}, 4);
        again.setTileLayer(layer(server, cache));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(again.tileLayer()->visibleTiles().begin(), again.tileLayer()->visibleTiles().end(),
                                             [&](const map::TileId &t) { return again.tileLayer()->hasTile(t); }),
                                 10000);
        QCOMPARE(server.requests().size(), 16);
        QCOMPARE(again.grab().toImage().pixel(322, 172), tileColor(4, 7, 5));

        // Zoomed in one step (zoom 5), before the finer tiles arrive their quarter of the
        // coarser tile stands in: tile 5/15/11 (centre 0.5 − 1/64, 0.375 − 1/64 of the world:
        // at zoom 5 the pixel 450 − 64, 300 − 64) shows tile 4/7/5's colour at first.
        server.setMode(TileServer::Mode::Silent);
        again.setView({0.5, 0.375}, 5);
        QCOMPARE(again.grab().toImage().pixel(450 - 64, 300 - 64), tileColor(4, 7, 5));
    }

    // Across the antimeridian the world is drawn again, its tiles too: a 900 × 600 map at
    // zoom 4 centred on the world's east edge (x 1.0, the corner of tiles 15 and 0)
    // shows columns 14 and 15 on the left and, a world to the right, 0 and 1: each tile
    // asked for once, each drawn where its copy of the world is. Tile 4/15/5's centre is
    // at (15.5 − 16) · 256 + 450 = 322 px, tile 4/0/5's at (16.5 − 16) · 256 + 450 = 578.
    void tilesWrapAcrossTheAntimeridian()
    {
        TileServer server;
        QVERIFY(server.listen());
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setLayers(false, false, false);
        canvas.setView({1.0, 0.375}, 4);
        canvas.setTileLayer(layer(server, m_dir.filePath(u"cache-wrap"_s)));
        const QSet<QString> expected = tileSet(4, 14, 15, 4, 7) + tileSet(4, 0, 1, 4, 7);
        QCOMPARE(canvas.tileLayer()->visibleTiles().size(), std::size_t(16));
        QCOMPARE(canvas.tileLayer()->placedTiles().size(), std::size_t(16));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 16, 10000);
        QCOMPARE(server.requested(), expected);
        QTRY_VERIFY(std::all_of(canvas.tileLayer()->visibleTiles().begin(), canvas.tileLayer()->visibleTiles().end(),
                                [&](const map::TileId &t) { return canvas.tileLayer()->hasTile(t); }));
        const QImage shot = canvas.grab().toImage();
        QCOMPARE(shot.pixel(322, 172), tileColor(4, 15, 5));
        QCOMPARE(shot.pixel(578, 172), tileColor(4, 0, 5));
    }

    // The tile layer asks on one thread and hears back on another, so a tile it asked for
    // may be answered while it asks again: a tile "asked before" is never asked anew (its
    // answer is on its way), one asked fresh is. Here on one thread, by signal count: 4/8/6
    // answered once; asked again as asked before, nothing; asked fresh, once more (from the
    // disk cache).
    void aTileAskedBeforeIsNotAskedTwice()
    {
        TileServer server;
        QVERIFY(server.listen());
        QString error;
        const auto tiles = map::TileTemplate::parse(server.urlTemplate(), &error);
        QVERIFY2(tiles, qPrintable(error));
        map::TileFetcher fetcher(*tiles, m_dir.filePath(u"cache-asked"_s), 50 * 1024 * 1024);
        QSignalSpy arrived(&fetcher, &map::TileFetcher::tileArrived);
        const map::TileId tile{4, 8, 6};
        fetcher.want({tile});
        QTRY_COMPARE(arrived.size(), 1);
        fetcher.want({tile}, {tile.key()});
        QCOMPARE(fetcher.inFlight() + fetcher.queued(), 0);
        QTest::qWait(50);
        QCOMPARE(arrived.size(), 1);
        fetcher.want({tile});
        QTRY_COMPARE(arrived.size(), 2);
        QCOMPARE(server.requests().size(), 1);
    }

    // Requests for tiles the view no longer shows are aborted when it moves; those it
    // shows next are asked for instead.
    void movingAbortsWhatIsNoLongerShown()
    {
        TileServer server;
        QVERIFY(server.listen());
        server.setMode(TileServer::Mode::Silent);
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setView({0.5, 0.375}, 4);
        canvas.setTileLayer(layer(server, m_dir.filePath(u"cache-move"_s)));
        QTRY_COMPARE(server.requests().size(), 6); // six in flight, ten waiting
        QCOMPARE(canvas.tileLayer()->requestsQueued(), 10);
        QVERIFY(server.requested().subtract(tileSet(4, 6, 9, 4, 7)).isEmpty());
        // Far east at zoom 4: columns 12..15.
        canvas.setView({0.875, 0.375}, 4);
        QTRY_COMPARE(server.requests().size(), 12);
        const QStringList later = server.requests().mid(6);
        QCOMPARE(QSet<QString>(later.begin(), later.end()).subtract(tileSet(4, 12, 15, 4, 7)), QSet<QString>());
        QCOMPARE(canvas.tileLayer()->requestsInFlight(), 6);
        // The first six were let go: no tile of the first place is waited for any more.
        QTRY_VERIFY(server.openConnections() <= 6);
        QCOMPARE(canvas.tileLayer()->requestsQueued(), 10);
    }

    // A server that fails gives one line on the map naming the first failed tile on
    // screen (and how many are missing), never one per tile; the built-in map shows, and
    // a click on the cluster still zooms into it while tiles are pending.
    void serverFailureIsANoticeAndTheMapStillWorks_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404") << int(TileServer::Mode::Status) << 404 << u"Tiles: server answered 404 for 4/"_s;
        QTest::newRow("500") << int(TileServer::Mode::Status) << 500 << u"Tiles: server answered 500 for 4/"_s;
        QTest::newRow("slow") << int(TileServer::Mode::Silent) << 0 << u"Tiles: no answer within 0.4 s for 4/"_s;
        QTest::newRow("not an image") << int(TileServer::Mode::NotAnImage) << 200
                                      << u"Tiles: the server's answer is not an image for 4/"_s;
    }
    void serverFailureIsANoticeAndTheMapStillWorks()
    {
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QString, reason);
        TileServer server;
        QVERIFY(server.listen());
        server.setMode(TileServer::Mode(mode), status);
        MapCanvas canvas;
        canvas.resize(900, 600);
        canvas.setData(fiftyParcels());
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        const map::WorldPoint place = map::webmercator::project(50, 10);
        canvas.setView({place.x, place.y}, 4);
        MapTileLayer *tiles = layer(server, m_dir.filePath(u"cache-fail-"_s + QString::fromLatin1(QTest::currentDataTag())));
        tiles->setTimeoutMs(400);
        canvas.setTileLayer(tiles);
        QTRY_VERIFY(!server.requests().isEmpty());
        // While tiles are pending or failing, the map answers a click: into the cluster.
        const QPoint at = canvas.toScreen(place.x, place.y).toPoint();
        QVERIFY(canvas.clusterAt(at));
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, at);
        QVERIFY(canvas.zoom() >= 6);
        canvas.setView({place.x, place.y}, 4);
        // Every tile on screen fails in turn; the notice says so once, with the count.
        const int onScreen = int(canvas.tileLayer()->visibleTiles().size());
        QTRY_VERIFY_WITH_TIMEOUT(canvas.notice().contains(u"(%1 tiles missing)"_s.arg(onScreen)), 15000);
        QVERIFY2(canvas.notice().startsWith(reason), qPrintable(canvas.notice()));
        QVERIFY2(canvas.notice().contains(u"— showing the built-in map"_s), qPrintable(canvas.notice()));
        QCOMPARE(canvas.notice().count(u"Tiles:"_s), 1);
        for (const map::TileId &t : canvas.tileLayer()->visibleTiles()) {
            QVERIFY(canvas.tileLayer()->hasFailed(t));
            QVERIFY(!canvas.tileLayer()->hasTile(t));
        }
        // A failed tile is not asked for again at once: moving back and forth asks nothing
        // new at zoom 4 (the zoom 6 requests of the click may still reach the server).
        auto zoom4 = [&server] {
            return std::count_if(server.requests().begin(), server.requests().end(),
                                 [](const QString &path) { return path.startsWith(u"4/"_s); });
        };
        const auto asked = zoom4();
        QVERIFY(asked >= onScreen);
        canvas.setView({place.x + 0.001, place.y}, 4);
        canvas.setView({place.x, place.y}, 4);
        QTest::qWait(100);
        QVERIFY2(zoom4() == asked, qPrintable(server.requests().join(u' ')));
        // The map draws (the built-in map where the tiles are missing) and the notice is on it.
        const QImage shot = canvas.grab().toImage();
        QVERIFY(!shot.isNull());
        // Out of the failed tiles' sight the notice goes: far west (columns 0..3) ...
        server.setMode(TileServer::Mode::Tiles);
        canvas.setView({0.125, place.y}, 4);
        QTRY_VERIFY_WITH_TIMEOUT(canvas.notice().isEmpty(), 10000);
    }

    // Off, the default, with a tile server written in the settings: no tile layer, no
    // network access manager, not one connection. Switched on in the settings: tiles come,
    // into the cache folder the Preferences' "Clear Tile Cache" then empties. A malformed
    // template in the settings is said on the map, and nothing is asked for.
    void offByDefaultMeansNoRequest()
    {
        TileServer server;
        QVERIFY(server.listen());
        QCOMPARE(AppSettings::MapTilesEnabled.value(), false);
        AppSettings::MapTileUrl.setValue(server.urlTemplate());
        AppSettings::MapTileAttribution.setValue(u"Test tiles"_s);
        QString error;
        auto db = Database::open(m_dir.filePath(u"empty.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        Clock clock(test::fixedNow());
        const ViewContext context{*db, clock, nullptr, nullptr, nullptr};
        MapView view(context);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY(!view.canvas()->tileLayer());
        QVERIFY(view.findChildren<QNetworkAccessManager *>().isEmpty());
        QVERIFY(view.canvas()->notice().isEmpty());
        QTest::qWait(200);
        QCOMPARE(server.connections(), 0);

        // On: the view asks for its tiles, into the app's cache folder.
        AppSettings::MapTilesEnabled.setValue(true);
        view.applyTileSettings();
        QVERIFY(view.canvas()->tileLayer());
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= int(view.canvas()->tileLayer()->visibleTiles().size()), 10000);
        QTRY_VERIFY(std::all_of(view.canvas()->tileLayer()->visibleTiles().begin(), view.canvas()->tileLayer()->visibleTiles().end(),
                                [&](const map::TileId &t) { return view.canvas()->tileLayer()->hasTile(t); }));
        // The same settings again keep the layer (and its tiles).
        MapTileLayer *kept = view.canvas()->tileLayer();
        view.applyTileSettings();
        QCOMPARE(view.canvas()->tileLayer(), kept);
        QVERIFY(map::tilecache::bytesUsed(map::tilecache::directory()) > 0);
        {
            PreferencesDialog dialog(m_dir.path());
            auto *use = dialog.findChild<QLabel *>(u"tileCacheUse"_s);
            QVERIFY(use);
            QVERIFY2(!use->text().startsWith(u"0 "_s), qPrintable(use->text()));
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"clearTileCache"_s), Qt::LeftButton);
            QCOMPARE(map::tilecache::bytesUsed(map::tilecache::directory()), 0);
            QVERIFY2(use->text().startsWith(u"0 "_s), qPrintable(use->text()));
        }

        // A template that cannot be used (saved by hand): a notice, no layer, no request.
        const int connections = server.connections();
        AppSettings::MapTileUrl.setValue(u"http://127.0.0.1:1/{z}/{x}.png"_s);
        view.applyTileSettings();
        QVERIFY(!view.canvas()->tileLayer());
        QCOMPARE(view.canvas()->notice(),
                 u"Tiles: the URL template cannot be used: the template has no {y}; it needs {z}, {x} and {y} — showing the built-in map"_s);
        // No attribution: the same.
        AppSettings::MapTileUrl.setValue(server.urlTemplate());
        AppSettings::MapTileAttribution.setValue(u"  "_s);
        view.applyTileSettings();
        QVERIFY(!view.canvas()->tileLayer());
        QVERIFY2(view.canvas()->notice().contains(u"no attribution"_s), qPrintable(view.canvas()->notice()));
        // Off again: nothing said, nothing asked.
        AppSettings::MapTilesEnabled.setValue(false);
        view.applyTileSettings();
        QVERIFY(view.canvas()->notice().isEmpty());
        QTest::qWait(100);
        QCOMPARE(server.connections(), connections);
    }

    // The Map page checks the template as it is typed and refuses to save a wrong one (or
    // tiles without an attribution), saying why at the field; a right one is saved.
    void preferencesRefuseAMalformedTemplate()
    {
        PreferencesDialog dialog(m_dir.path());
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(u"tabs"_s);
        auto *enabled = dialog.findChild<QCheckBox *>(u"tilesEnabled"_s);
        auto *url = dialog.findChild<QLineEdit *>(u"tileUrl"_s);
        auto *urlError = dialog.findChild<QLabel *>(u"tileUrlError"_s);
        auto *attribution = dialog.findChild<QLineEdit *>(u"tileAttribution"_s);
        auto *attributionError = dialog.findChild<QLabel *>(u"tileAttributionError"_s);
        QVERIFY(tabs && enabled && url && urlError && attribution && attributionError);
        QVERIFY(!enabled->isChecked());
        QCOMPARE(url->text(), QString());
        // Off and empty: nothing to say, saves.
        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings::MapTilesEnabled.value(), false);

        tabs->setCurrentIndex(0);
        QTest::keyClicks(url, u"https://tiles.example.com/{z}/{x}/{row}.png"_s);
        QCOMPARE(urlError->text(),
                 u"Tile URL: position 35: unknown placeholder {row}; a template takes {z}, {x}, {y} and {s}"_s);
        QVERIFY(!dialog.apply());
        QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Map"_s);
        if (const QString dir = qEnvironmentVariable("CT_MAP_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/preferences-map.png"_s));
        QCOMPARE(AppSettings::MapTileUrl.value(), QString());
        url->clear();
        QTest::keyClicks(url, u"gopher://tiles.example.com/{z}/{x}/{y}.png"_s);
        QVERIFY2(urlError->text().contains(u"the scheme “gopher” is not supported"_s), qPrintable(urlError->text()));
        url->clear();
        QTest::keyClicks(url, u"https://tiles.example.com/{z}/{x}/{y}.png"_s);
        QVERIFY(urlError->text().isEmpty());
        QVERIFY(urlError->isHidden());

        // On without an attribution: refused.
        enabled->setChecked(true);
        QVERIFY(!attributionError->text().isEmpty());
        QVERIFY(!dialog.apply());
        QCOMPARE(AppSettings::MapTilesEnabled.value(), false);
        QTest::keyClicks(attribution, u"© Example Tiles"_s);
        QVERIFY(attributionError->text().isEmpty());
        QVERIFY(dialog.apply());
        QCOMPARE(AppSettings::MapTilesEnabled.value(), true);
        QCOMPARE(AppSettings::MapTileUrl.value(), u"https://tiles.example.com/{z}/{x}/{y}.png"_s);
        QCOMPARE(AppSettings::MapTileAttribution.value(), u"© Example Tiles"_s);
        QCOMPARE(AppSettings::MapTileCacheMb.value(), 200);
        // Reopened: as saved.
        PreferencesDialog again(m_dir.path());
        QVERIFY(again.findChild<QCheckBox *>(u"tilesEnabled"_s)->isChecked());
        QCOMPARE(again.findChild<QLineEdit *>(u"tileUrl"_s)->text(), u"https://tiles.example.com/{z}/{x}/{y}.png"_s);
    }

    // World and country zoom over a demo store, light and dark, with the tiles of the
    // server CT_MAP_TILE_URL names (a template; e.g. python3 -m http.server over a folder
    // of PNGs) or of a TileServer here.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CT_MAP_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CT_MAP_SCREENSHOTS=DIR to save the screenshots");
        QString error;
        auto db = Database::open(m_dir.filePath(u"shots.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*db, 3000, &error), qPrintable(error));
        auto data = map::MapQuery(*db).load(map::MapFilter{}, test::fixedNowMs(), &error);
        QVERIFY2(data, qPrintable(error));
        TileServer server;
        QVERIFY(server.listen());
        const QString external = qEnvironmentVariable("CT_MAP_TILE_URL");
        const auto tiles = map::TileTemplate::parse(external.isEmpty() ? server.urlTemplate() : external, &error);
        QVERIFY2(tiles, qPrintable(error));
        for (bool dark : {false, true}) {
            MapCanvas canvas;
            if (dark)
                test::useDarkMapPalette(canvas);
            canvas.resize(1100, 700);
            canvas.setData(*data);
            canvas.setTileLayer(new MapTileLayer(*tiles, u"Tiles: hand-made test tiles on loopback"_s,
                                                 m_dir.filePath(u"cache-shots"_s), 50 * 1024 * 1024));
            for (const test::MapShot &s : test::MapShots) {
                if (s.zoom > 5)
                    continue; // world and country: the hand-made tiles go to zoom 4
                const map::WorldPoint w = map::webmercator::project(s.lat, s.lon);
                canvas.setView({w.x, w.y}, s.zoom);
                const MapTileLayer *layer = canvas.tileLayer();
                QTRY_VERIFY_WITH_TIMEOUT(std::all_of(layer->visibleTiles().begin(), layer->visibleTiles().end(),
                                                     [&](const map::TileId &t) { return layer->hasTile(t) || layer->hasFailed(t); }),
                                         15000);
                QVERIFY(canvas.grab().save(dir + u"/tiles-"_s + QString::fromLatin1(s.name) + (dark ? u"-dark.png"_s : u"-light.png"_s)));
            }
        }
    }
};

QTEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
