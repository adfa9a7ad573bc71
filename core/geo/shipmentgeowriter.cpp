// SPDX-License-Identifier: MIT
#include "shipmentgeowriter.h"

#include "domain/shipmentrecord.h"
#include "gazetteer.h"
#include "geolog.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/schemamigrator.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QSqlQuery>

#include <cmath>

namespace ct::geo {

namespace {

constexpr int MaxCache = 200000;

// The schema step that added `shipment_geo` (core/store/schemamigrator.cpp).
constexpr int FirstSchemaWithShipmentGeo = 11;

const char StaleWhere[] = "FROM shipments s LEFT JOIN shipment_geo g ON g.shipment_id = s.id "
                          "WHERE g.shipment_id IS NULL OR g.shipment_version <> s.version";

void bindFix(SqlStatement &q, int &i, const GeoFix &fix)
{
    if (fix.isValid()) {
        q.bind(i++, static_cast<qint64>(std::llround(fix.lat * 1e6)));
        q.bind(i++, static_cast<qint64>(std::llround(fix.lon * 1e6)));
    } else {
        q.bindNull(i++);
        q.bindNull(i++);
    }
    q.bind(i++, static_cast<int>(fix.precision));
}

} // namespace

ShipmentGeoWriter::ShipmentGeoWriter(const Database &database) : ShipmentGeoWriter(database, Gazetteer::shared()) {}

ShipmentGeoWriter::ShipmentGeoWriter(const Database &database, const Gazetteer &gazetteer)
    : m_database(database), m_geocoder(gazetteer)
{
}

ShipmentGeoWriter::~ShipmentGeoWriter() = default;

bool ShipmentGeoWriter::prepare(QString *error)
{
    if (m_upsert || m_storeLacksTable)
        return true;
    // Only tests keep a store at an older schema (Database::openAtVersion); such a store
    // has nowhere to keep coordinates, so nothing is written.
    const int version = SchemaMigrator::currentVersion(m_database.connection(), error);
    if (version < 0)
        return false;
    if (version < FirstSchemaWithShipmentGeo) {
        m_storeLacksTable = true;
        return true;
    }
    m_upsert = SqlStatement::prepare(
        m_database,
        QStringLiteral("INSERT INTO shipment_geo(shipment_id, shipment_version, last_lat_e6, last_lon_e6, "
                       "last_precision, origin_lat_e6, origin_lon_e6, origin_precision, dest_lat_e6, "
                       "dest_lon_e6, dest_precision) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(shipment_id) DO UPDATE SET "
                       "shipment_version = excluded.shipment_version, last_lat_e6 = excluded.last_lat_e6, "
                       "last_lon_e6 = excluded.last_lon_e6, last_precision = excluded.last_precision, "
                       "origin_lat_e6 = excluded.origin_lat_e6, origin_lon_e6 = excluded.origin_lon_e6, "
                       "origin_precision = excluded.origin_precision, dest_lat_e6 = excluded.dest_lat_e6, "
                       "dest_lon_e6 = excluded.dest_lon_e6, dest_precision = excluded.dest_precision"),
        error);
    return m_upsert != nullptr;
}

GeoFix ShipmentGeoWriter::locate(const Address &place)
{
    if (place.city.isEmpty() && place.state.isEmpty() && place.postalCode.isEmpty() && place.country.isEmpty())
        return {};
    const QString key = place.postalCode + u'\x1f' + place.city + u'\x1f' + place.state + u'\x1f' + place.country;
    auto it = m_cache.constFind(key);
    if (it != m_cache.cend()) {
        if (!it->isValid())
            ++m_unlocated;
        return *it;
    }
    GeoFix fix = m_geocoder.locate(PlaceQuery{place.postalCode, place.city, place.state, place.country});
    if (fix.isValid() && !isValidCoordinate(fix.lat, fix.lon)) {
        qCWarning(lcGeo).noquote() << QStringLiteral("place \"%1, %2, %3 %4\": coordinates %5, %6 out of range; left out")
                                          .arg(place.city, place.state, place.postalCode, place.country)
                                          .arg(fix.lat)
                                          .arg(fix.lon);
        fix = {};
    }
    if (!fix.isValid())
        ++m_unlocated;
    if (m_cache.size() >= MaxCache)
        m_cache.clear();
    m_cache.insert(key, fix);
    return fix;
}

bool ShipmentGeoWriter::write(qint64 shipmentId, qint64 shipmentVersion, const Address &lastPlace,
                              const Address &origin, const Address &destination, QString *error)
{
    if (!prepare(error))
        return false;
    if (m_storeLacksTable)
        return true;
    int i = 0;
    m_upsert->bind(i++, shipmentId);
    m_upsert->bind(i++, shipmentVersion);
    bindFix(*m_upsert, i, locate(lastPlace));
    bindFix(*m_upsert, i, locate(origin));
    bindFix(*m_upsert, i, locate(destination));
    return m_upsert->exec(error);
}

int ShipmentGeoWriter::staleCount(const Database &database, QString *error)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) ") + QLatin1String(StaleWhere)) || !q.next()) {
        if (error)
            *error = describeSqlError(q.lastError(), QStringLiteral("counting shipments to geocode"));
        return -1;
    }
    return q.value(0).toInt();
}

bool ShipmentGeoWriter::refresh(int *updated, QString *error, const std::function<void(int, int)> &progress, int chunk)
{
    *updated = 0;
    const int total = staleCount(m_database, error);
    if (total < 0)
        return false;
    if (total == 0)
        return true;
    // The last event with a place stands for the last scan location, as ShipmentTimeline
    // picks it (latest first).
    const QString select = QStringLiteral(
        "SELECT s.id, s.version, s.origin_city, s.origin_state, s.origin_postal, s.origin_country, "
        "s.dest_city, s.dest_state, s.dest_postal, s.dest_country %1 AND s.id > ? ORDER BY s.id LIMIT %2")
                               .arg(QLatin1String(StaleWhere))
                               .arg(chunk);
    const QString lastEvent = QStringLiteral(
        "SELECT city, state, postal, country FROM events WHERE shipment_id = ? AND (city <> '' OR country <> '') "
        "ORDER BY occurred_at_ms DESC, id DESC LIMIT 1");
    qint64 after = 0;
    for (;;) {
        struct Row
        {
            qint64 id;
            qint64 version;
            Address origin;
            Address destination;
            Address last;
        };
        std::vector<Row> rows;
        {
            QSqlQuery q(m_database.connection());
            QSqlQuery e(m_database.connection());
            if (!q.prepare(select) || !e.prepare(lastEvent)) {
                *error = describeSqlError(q.lastError(), QStringLiteral("reading shipments to geocode"));
                return false;
            }
            q.addBindValue(after);
            if (!q.exec()) {
                *error = describeSqlError(q.lastError(), QStringLiteral("reading shipments to geocode"));
                return false;
            }
            while (q.next()) {
                Row r{q.value(0).toLongLong(), q.value(1).toLongLong(),
                      Address{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()},
                      Address{q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString()},
                      {}};
                e.addBindValue(r.id);
                if (e.exec() && e.next())
                    r.last = Address{e.value(0).toString(), e.value(1).toString(), e.value(2).toString(), e.value(3).toString()};
                rows.push_back(std::move(r));
            }
        }
        if (rows.empty())
            return true;
        Transaction transaction(m_database.connection());
        if (!transaction.begin(error))
            return false;
        for (const Row &r : rows) {
            if (!write(r.id, r.version, r.last, r.origin, r.destination, error))
                return false;
        }
        m_upsert->finish();
        if (!transaction.commit(error))
            return false;
        *updated += static_cast<int>(rows.size());
        after = rows.back().id;
        if (progress)
            progress(*updated, total);
    }
}

} // namespace ct::geo
