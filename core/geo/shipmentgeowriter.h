// SPDX-License-Identifier: MIT
#pragma once

#include "geocoder.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace ct {

class Database;
class SqlStatement;
struct Address;

namespace geo {

class Gazetteer;

// Keeps shipment_geo (schema 11): each shipment's last scan place, origin and destination
// as coordinates with their precision. The ingestor calls write() for every shipment it
// stores, in its batch's transaction; refresh() fills in the shipments a store has
// without a current row (a store from before schema 11, a replica written by sync). A
// place that cannot be located, or whose coordinates are out of range, is stored with
// precision none and counted (unlocated()), never dropped. Lookups are memoized: the
// same few thousand places recur across a million shipments. Use from the Database's
// thread.
class ShipmentGeoWriter final
{
public:
    explicit ShipmentGeoWriter(const Database &database);
    ShipmentGeoWriter(const Database &database, const Gazetteer &gazetteer);
    ~ShipmentGeoWriter();
    ShipmentGeoWriter(const ShipmentGeoWriter &) = delete;
    ShipmentGeoWriter &operator=(const ShipmentGeoWriter &) = delete;

    bool write(qint64 shipmentId, qint64 shipmentVersion, const Address &lastPlace, const Address &origin,
               const Address &destination, QString *error);

    // Geocodes every shipment whose row is missing or older than the shipment, in
    // transactions of `chunk` shipments; `updated` counts them. progress(done, total).
    bool refresh(int *updated, QString *error, const std::function<void(int, int)> &progress = {},
                 int chunk = 5000);
    // Shipments that need refresh() (no row, or an older one).
    static int staleCount(const Database &database, QString *error);

    GeoFix locate(const Address &place);
    // Places given that could not be located (empty places are not counted).
    int unlocated() const { return m_unlocated; }

private:
    bool prepare(QString *error);

    const Database &m_database;
    Geocoder m_geocoder;
    QHash<QString, GeoFix> m_cache;
    std::unique_ptr<SqlStatement> m_upsert;
    int m_unlocated = 0;
    bool m_storeLacksTable = false; // a store kept at a schema before 11 (tests only)
};

} // namespace geo
} // namespace ct
