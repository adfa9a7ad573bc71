// SPDX-License-Identifier: MIT
#include "geocodingstats.h"

#include "shipmentgeowriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QSqlQuery>

namespace ct::geo {

std::optional<GeocodingStats> GeocodingStats::read(const Database &database, QString *error)
{
    GeocodingStats stats;
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM shipments")) || !q.next()) {
        *error = describeSqlError(q.lastError(), QStringLiteral("counting shipments"));
        return std::nullopt;
    }
    stats.shipments = q.value(0).toLongLong();
    const qint64 stale = ShipmentGeoWriter::staleCount(database, error);
    if (stale < 0)
        return std::nullopt;
    stats.stale = stale;
    const char *columns[PlaceCount] = {"last_precision", "origin_precision", "dest_precision"};
    for (int place = 0; place < PlaceCount; ++place) {
        const QString sql = QStringLiteral("SELECT %1, count(*) FROM shipment_geo g JOIN shipments s ON s.id = g.shipment_id "
                                           "AND s.version = g.shipment_version GROUP BY %1")
                                .arg(QLatin1String(columns[place]));
        if (!q.exec(sql)) {
            *error = describeSqlError(q.lastError(), sql);
            return std::nullopt;
        }
        while (q.next()) {
            const int precision = q.value(0).toInt();
            if (precision >= 0 && precision < GeoPrecisionCount)
                stats.counts[static_cast<std::size_t>(place)][static_cast<std::size_t>(precision)] += q.value(1).toLongLong();
        }
    }
    return stats;
}

} // namespace ct::geo
