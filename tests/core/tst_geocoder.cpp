// SPDX-License-Identifier: MIT
// The geocoder (core/geo): the lookup order (postal code, city in its region and country,
// region, country centroid), the messy place names carriers send, and the bundled tables
// read whole; a damaged or missing table reported line by line while the rest serves.
// Expected coordinates are the places' published centres (GeoNames, the Census Bureau's
// ZIP centroids), to a tenth of a degree.
#include "domain/shipmentrecord.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"
#include "geo/placename.h"
#include "geo/shipmentgeowriter.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "support/demostore.h"
#include "support/testclock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::geo;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ct::geo::GeoPrecision)

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

TrackingEvent scan(qint64 atMs, const char *city, const char *state, const char *country)
{
    TrackingEvent e;
    e.occurredAt = Timestamp{atMs, 0};
    e.subtag = Subtag::InTransitArrivedAtFacility;
    e.tag = tagOf(e.subtag);
    e.description = QStringLiteral("Arrived at facility");
    e.city = QString::fromUtf8(city);
    e.state = QString::fromUtf8(state);
    e.country = QString::fromUtf8(country);
    e.rawCode = QStringLiteral("AR");
    return e;
}

ShipmentRecord parcel(QList<TrackingEvent> events)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1ZGEO0001");
    r.sourceFormat = QStringLiteral("ups");
    r.sourceDocument = QStringLiteral("feed.json#1");
    r.origin = Address{QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    r.destination = Address{QStringLiteral("Koeln"), QString(), QString(), QStringLiteral("DE")};
    r.events = std::move(events);
    r.rawPayload = QByteArray("{\"trackingNumber\":\"1ZGEO0001\"}");
    return r;
}

// "lat,lon,precision" of one place of the shipment's shipment_geo row, lat/lon in 1e-6°.
QString geoRow(const Database &db, const char *place)
{
    QSqlQuery q(db.connection());
    const QString p = QString::fromLatin1(place);
    if (!q.exec(QStringLiteral("SELECT coalesce(%1_lat_e6 / 100000, 'null'), coalesce(%1_lon_e6 / 100000, 'null'), %1_precision "
                               "FROM shipment_geo").arg(p))
        || !q.next())
        return QStringLiteral("no row");
    return q.value(0).toString() + u',' + q.value(1).toString() + u',' + q.value(2).toString();
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestGeocoder : public QObject
{
    Q_OBJECT

private slots:
    void bundledTablesAreWhole()
    {
        const Gazetteer &g = Gazetteer::shared();
        QVERIFY2(g.issues().isEmpty(), qPrintable(g.issues().join(u'\n')));
        QCOMPARE(g.skippedLines(), 0);
        QVERIFY(g.cityCount() > 50000);
        QVERIFY(g.zipCount() > 33000);
        QVERIFY(g.country(u"FR"_s));
        QCOMPARE(g.regionCode(u"US"_s, u"Texas"_s), u"TX"_s);
        QCOMPARE(g.regionCode(u"US"_s, u"tx"_s), u"TX"_s);
    }

    void placeKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("accents") << u"Köln"_s << u"koln"_s;
        QTest::newRow("sharp s") << u"Gießen"_s << u"giessen"_s;
        QTest::newRow("saint abbreviated") << u"St. Louis"_s << u"saint louis"_s;
        QTest::newRow("saint hyphenated upper case") << u"SAINT-LOUIS"_s << u"saint louis"_s;
        QTest::newRow("fort") << u"FT. WORTH"_s << u"fort worth"_s;
        QTest::newRow("underscores") << u"Bhiwandi_Mankoli_HB"_s << u"bhiwandi mankoli hb"_s;
        QTest::newRow("spaces") << u"  New   York  "_s << u"new york"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void placeKeys()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(placeKey(name), key);
    }

    void everyAliasNamesAPlace()
    {
        // An alias that points at no city would silently locate nothing.
        const QStringList aliases{u"nyc"_s, u"bombay"_s, u"bangalore"_s, u"madras"_s, u"calcutta"_s,
                                  u"gurugram"_s, u"cologne"_s, u"koeln"_s, u"muenchen"_s, u"frankfurt"_s,
                                  u"nuremberg"_s, u"saigon"_s, u"peking"_s, u"wien"_s, u"roma"_s,
                                  u"milano"_s, u"praha"_s, u"warszawa"_s, u"bruxelles"_s, u"den haag"_s,
                                  u"washington dc"_s, u"la"_s, u"poona"_s, u"kochi"_s, u"bhubaneswar"_s, u"mysuru"_s, u"dehradun"_s, u"howrah"_s,
                                  u"freiburg im breisgau"_s, u"almere"_s, u"torino"_s, u"genova"_s, u"washington d c"_s, u"canton"_s, u"firenze"_s, u"napoli"_s};
        for (const QString &a : aliases) {
            const QString target = placeAlias(a);
            QVERIFY2(!target.isEmpty(), qPrintable(a));
            QVERIFY2(!Gazetteer::shared().cities(QString(), target).isEmpty(), qPrintable(a + u" -> "_s + target));
        }
    }

    void locate_data()
    {
        QTest::addColumn<QString>("postal");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("country");
        QTest::addColumn<GeoPrecision>("precision");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");

        // The postal code wins over everything else.
        QTest::newRow("ZIP") << u"78701"_s << u"Austin"_s << u"TX"_s << u"US"_s << GeoPrecision::Postal << 30.27 << -97.74;
        QTest::newRow("ZIP+4") << u"78701-1234"_s << QString() << QString() << u"US"_s << GeoPrecision::Postal << 30.27 << -97.74;
        QTest::newRow("ZIP over a wrong city") << u"10001"_s << u"Austin"_s << u"TX"_s << u"USA"_s << GeoPrecision::Postal << 40.75 << -74.00;
        QTest::newRow("ZIP alone implies the US") << u"60525"_s << QString() << QString() << QString() << GeoPrecision::Postal << 41.78 << -87.87;
        QTest::newRow("unknown ZIP falls to the city") << u"00000"_s << u"Austin"_s << u"TX"_s << u"US"_s << GeoPrecision::City << 30.27 << -97.74;
        QTest::newRow("Indian PIN: no PIN table, the city") << u"400001"_s << u"Mumbai"_s << QString() << u"IN"_s << GeoPrecision::City << 19.07 << 72.88;
        // Then the city in its region and country.
        QTest::newRow("city") << QString() << u"Austin"_s << u"TX"_s << u"US"_s << GeoPrecision::City << 30.27 << -97.74;
        QTest::newRow("upper case, country name") << QString() << u"AUSTIN"_s << u"texas"_s << u"United States"_s << GeoPrecision::City << 30.27 << -97.74;
        QTest::newRow("region picks the namesake") << QString() << u"Austin"_s << u"MN"_s << u"US"_s << GeoPrecision::City << 43.67 << -92.97;
        QTest::newRow("most populous without region") << QString() << u"Memphis"_s << QString() << u"US"_s << GeoPrecision::City << 35.15 << -90.05;
        QTest::newRow("accents") << QString() << u"Köln"_s << QString() << u"DE"_s << GeoPrecision::City << 50.93 << 6.95;
        QTest::newRow("accents dropped") << QString() << u"KOLN"_s << QString() << u"DEU"_s << GeoPrecision::City << 50.93 << 6.95;
        QTest::newRow("transliterated") << QString() << u"Koeln"_s << QString() << u"Germany"_s << GeoPrecision::City << 50.93 << 6.95;
        QTest::newRow("English name") << QString() << u"Cologne"_s << QString() << u"DE"_s << GeoPrecision::City << 50.93 << 6.95;
        QTest::newRow("former name") << QString() << u"Bombay"_s << QString() << u"India"_s << GeoPrecision::City << 19.07 << 72.88;
        QTest::newRow("Bangalore") << QString() << u"BANGALORE"_s << QString() << u"IN"_s << GeoPrecision::City << 12.97 << 77.59;
        QTest::newRow("St. abbreviated") << QString() << u"ST LOUIS"_s << u"MO"_s << u"US"_s << GeoPrecision::City << 38.63 << -90.20;
        QTest::newRow("Saint hyphenated") << QString() << u"Saint-Louis"_s << u"Missouri"_s << u"US"_s << GeoPrecision::City << 38.63 << -90.20;
        QTest::newRow("facility word") << QString() << u"MEMPHIS HUB"_s << u"TN"_s << u"US"_s << GeoPrecision::City << 35.15 << -90.05;
        QTest::newRow("Delhivery facility") << QString() << u"Bhiwandi_Mankoli_HB (Maharashtra)"_s << QString() << u"IN"_s << GeoPrecision::City << 19.30 << 73.06;
        QTest::newRow("small town with its state") << QString() << u"HODGKINS IL"_s << QString() << u"US"_s << GeoPrecision::City << 41.77 << -87.86;
        QTest::newRow("state inside the city field") << QString() << u"MEMPHIS TN"_s << QString() << u"US"_s << GeoPrecision::City << 35.15 << -90.05;
        QTest::newRow("state inside, no country") << QString() << u"NEW YORK, NY"_s << QString() << QString() << GeoPrecision::City << 40.71 << -74.01;
        QTest::newRow("city worldwide without country") << QString() << u"Bengaluru"_s << QString() << QString() << GeoPrecision::City << 12.97 << 77.59;
        // Then the region.
        QTest::newRow("unknown town, known state") << QString() << u"SMALLVILLE IL"_s << QString() << u"US"_s << GeoPrecision::Region << 40.07 << -89.20;
        QTest::newRow("region only") << QString() << QString() << u"Texas"_s << u"US"_s << GeoPrecision::Region << 31.48 << -99.35;
        QTest::newRow("namesake outside the region is not it") << QString() << u"Chicago"_s << u"TX"_s << u"US"_s << GeoPrecision::Region << 31.48 << -99.35;
        // Then the country, approximate.
        QTest::newRow("country only") << QString() << QString() << QString() << u"US"_s << GeoPrecision::Country << 39.53 << -99.14;
        QTest::newRow("unknown city") << QString() << u"Nowhereville"_s << QString() << u"DE"_s << GeoPrecision::Country << 51.09 << 10.37;
        QTest::newRow("alpha-3 country") << QString() << QString() << QString() << u"IND"_s << GeoPrecision::Country << 22.91 << 79.59;
        // Nothing.
        QTest::newRow("unknown everything") << QString() << u"Atlantis"_s << QString() << u"XX"_s << GeoPrecision::None << 0.0 << 0.0;
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << GeoPrecision::None << 0.0 << 0.0;
    }
    void locate()
    {
        QFETCH(QString, postal);
        QFETCH(QString, city);
        QFETCH(QString, region);
        QFETCH(QString, country);
        QFETCH(GeoPrecision, precision);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const GeoFix fix = Geocoder(Gazetteer::shared()).locate(PlaceQuery{postal, city, region, country});
        QCOMPARE(geoPrecisionCode(fix.precision), geoPrecisionCode(precision));
        QCOMPARE(fix.isApproximate(), precision == GeoPrecision::Country);
        QVERIFY2(std::abs(fix.lat - lat) < 0.1 && std::abs(fix.lon - lon) < 0.1,
                 qPrintable(u"%1, %2"_s.arg(fix.lat).arg(fix.lon)));
    }

    void locateText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<GeoPrecision>("precision");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("city, state, country") << u"Austin, TX, US"_s << GeoPrecision::City << 30.27 << -97.74;
        QTest::newRow("with ZIP") << u"NEW YORK NY 10001 US"_s << GeoPrecision::Postal << 40.75 << -74.00;
        QTest::newRow("city, country") << u"Köln, DE"_s << GeoPrecision::City << 50.93 << 6.95;
        QTest::newRow("country") << u"India"_s << GeoPrecision::Country << 22.91 << 79.59;
        QTest::newRow("nothing") << u" , "_s << GeoPrecision::None << 0.0 << 0.0;
    }
    void locateText()
    {
        QFETCH(QString, text);
        QFETCH(GeoPrecision, precision);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const GeoFix fix = Geocoder(Gazetteer::shared()).locateText(text);
        QCOMPARE(geoPrecisionCode(fix.precision), geoPrecisionCode(precision));
        QVERIFY2(std::abs(fix.lat - lat) < 0.1 && std::abs(fix.lon - lon) < 0.1,
                 qPrintable(u"%1, %2"_s.arg(fix.lat).arg(fix.lon)));
    }

    void damagedTablesAreReportedAndTheRestServes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(u"countries.tsv"_s), "FR\t46.6\t2.4\tFrance\nZZ\t95.0\t2.0\tNowhere\nYY\tabc\t1\tBad\nQQ\t1\n");
        writeFile(dir.filePath(u"regions.tsv"_s), "US\tTX\t31.48\t-99.35\tTexas\n");
        writeFile(dir.filePath(u"cities.tsv"_s), "US\tTX\t30.27\t-97.74\t900000\tAustin\nUS\tTX\t30\t-200\t1\tBroken\n");
        // us-zips.tsv is missing.
        const Gazetteer g = Gazetteer::load(dir.path());
        QCOMPARE(g.skippedLines(), 4);
        QCOMPARE(g.issues().size(), 5);
        QVERIFY2(g.issues().at(0).endsWith(u"countries.tsv:2: coordinates 95.0, 2.0 are out of range; the line is left out"_s),
                 qPrintable(g.issues().at(0)));
        QVERIFY(g.issues().at(1).contains(u"countries.tsv:3: coordinates \"abc\", \"1\" are not numbers"_s));
        QVERIFY(g.issues().at(2).contains(u"countries.tsv:4: 2 fields where 3 are expected"_s));
        QVERIFY(g.issues().at(3).contains(u"cities.tsv:2: coordinates 30, -200 are out of range"_s));
        QVERIFY(g.issues().at(4).contains(u"us-zips.tsv: cannot be read"_s));
        const Geocoder geocoder(g);
        QCOMPARE(geocoder.locate(PlaceQuery{u"78701"_s, u"Austin"_s, u"TX"_s, u"US"_s}).precision, GeoPrecision::City);
        QCOMPARE(geocoder.locate(PlaceQuery{{}, u"Broken"_s, {}, u"FR"_s}).precision, GeoPrecision::Country);
        QCOMPARE(geocoder.locate(PlaceQuery{{}, {}, {}, u"ZZ"_s}).precision, GeoPrecision::None);
    }

    void aMissingFolderLocatesNothing()
    {
        const Gazetteer g = Gazetteer::load(u"/nonexistent/geodata"_s);
        QCOMPARE(g.issues().size(), 4);
        QVERIFY(g.isEmpty());
        QCOMPARE(Geocoder(g).locate(PlaceQuery{u"78701"_s, u"Austin"_s, u"TX"_s, u"US"_s}).precision, GeoPrecision::None);
    }

    void ingestStoresEachPlacesCoordinates()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"store.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        ShipmentIngestor ingestor(*db);
        IngestCounts counts;
        const qint64 t0 = test::fixedNowMs() - 86400000;
        QVERIFY2(ingestor.ingest({parcel({scan(t0, "MEMPHIS HUB", "TN", "US")})}, test::fixedNowMs(), &counts, &error),
                 qPrintable(error));
        // Tenths of a degree (1e-6° / 100000): Memphis 35.15,-90.05; ZIP 78701 30.27,-97.74; Köln 50.93,6.95.
        QCOMPARE(geoRow(*db, "last"), u"351,-900,3"_s);
        QCOMPARE(geoRow(*db, "origin"), u"302,-977,4"_s);
        QCOMPARE(geoRow(*db, "dest"), u"509,69,3"_s);
        QCOMPARE(ShipmentGeoWriter::staleCount(*db, &error), 0);

        // A later scan nowhere known: the last place has no coordinates, counted, not dropped.
        QVERIFY2(ingestor.ingest({parcel({scan(t0, "MEMPHIS HUB", "TN", "US"), scan(t0 + 3600000, "Atlantis", "", "ZZ")})},
                                 test::fixedNowMs(), &counts, &error),
                 qPrintable(error));
        QCOMPARE(geoRow(*db, "last"), u"null,null,0"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM shipment_geo g JOIN shipments s ON s.id = g.shipment_id AND s.version = g.shipment_version"_s), 1);
    }

    void refreshFillsWhatTheStoreLacks()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(u"store.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*db, 300, &error), qPrintable(error));
        const qint64 shipments = scalar(*db, u"SELECT count(*) FROM shipments"_s);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM shipment_geo"_s), shipments);
        // Every demo place is a real city with its postal code, found at least as a city,
        // but for the two towns under the gazetteer's 5,000 people outside the US.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM shipment_geo g JOIN shipments s ON s.id = g.shipment_id "
                             "WHERE (g.dest_precision < 3 AND s.dest_city NOT IN ('Galway', 'Roissy-en-France')) "
                             "OR (g.origin_precision < 3 AND s.origin_city NOT IN ('Galway', 'Roissy-en-France'))"_s), 0);
        const qint64 before = scalar(*db, u"SELECT sum(last_lat_e6 + dest_lon_e6 + origin_precision) FROM shipment_geo"_s);

        // As a store from before schema 11 or a replica has it: rows missing, or older.
        QVERIFY(QSqlQuery(db->connection()).exec(u"DELETE FROM shipment_geo WHERE shipment_id % 3 = 0"_s));
        QVERIFY(QSqlQuery(db->connection()).exec(u"UPDATE shipment_geo SET shipment_version = 0, last_precision = 9 WHERE shipment_id % 3 = 1"_s));
        const qint64 stale = shipments - scalar(*db, u"SELECT count(*) FROM shipment_geo WHERE shipment_id % 3 = 2"_s);
        QCOMPARE(ShipmentGeoWriter::staleCount(*db, &error), stale);
        ShipmentGeoWriter writer(*db);
        int updated = 0;
        int calls = 0;
        QVERIFY2(writer.refresh(&updated, &error, [&calls](int, int) { ++calls; }, 40), qPrintable(error));
        QCOMPARE(updated, stale);
        QCOMPARE(calls, int((stale + 39) / 40));
        QCOMPARE(ShipmentGeoWriter::staleCount(*db, &error), 0);
        QCOMPARE(scalar(*db, u"SELECT sum(last_lat_e6 + dest_lon_e6 + origin_precision) FROM shipment_geo"_s), before);
        updated = -1;
        QVERIFY(writer.refresh(&updated, &error));
        QCOMPARE(updated, 0);
    }
};

QTEST_GUILESS_MAIN(TestGeocoder)
#include "tst_geocoder.moc"
