// SPDX-License-Identifier: MIT
#include "transithistoryreader.h"

#include "domain/subtag.h"
#include "domain/tag.h"
#include "geo/timezoneresolver.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QHash>

namespace ct::predict {

namespace {

// The Shipped milestone: the ship time, else the first carrier scan.
constexpr auto ShippedSql = "COALESCE(s.shipped_at_ms, s.first_scan_at_ms)";

std::optional<qint64> singleValue(const Database &database, const QString &sql, QString *error)
{
    auto q = SqlStatement::prepare(database, sql, error);
    if (!q || !q->exec(error))
        return std::nullopt;
    std::optional<qint64> value;
    if (q->next())
        value = q->optionalInt64(0);
    q->finish();
    error->clear();
    return value;
}

// Local dates at a shipment's destination, as TimeZoneResolver::localDateAt gives them, with
// the offsets remembered per destination and quarter hour of UTC: every zone changes its
// offset on a quarter hour, and a fit asks for five dates per delivered shipment, most in a
// few dozen zones and a few thousand quarter hours (asking QTimeZone each time was two
// thirds of the fit).
class LocalDates final
{
public:
    void setDestination(const QString &country, const QString &state)
    {
        m_country = country;
        m_state = state;
        const QString key = country + QLatin1Char('\x1f') + state;
        const auto it = m_destinations.constFind(key);
        m_destination = it != m_destinations.cend() ? *it : *m_destinations.insert(key, int(m_destinations.size()));
    }

    QDate at(qint64 utcMs, int fallbackOffsetMinutes)
    {
        constexpr qint64 QuarterHourMs = 15 * 60 * 1000;
        const qint64 bucket = utcMs >= 0 ? utcMs / QuarterHourMs : (utcMs - QuarterHourMs + 1) / QuarterHourMs;
        const quint64 key = (quint64(m_destination) << 40) ^ quint64(bucket);
        auto it = m_offsets.constFind(key);
        if (it == m_offsets.cend())
            it = m_offsets.insert(key, m_zones.localOffsetAt(bucket * QuarterHourMs, m_country, m_state));
        const int offset = it->value_or(fallbackOffsetMinutes);
        constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01
        return QDate::fromJulianDay(EpochJulianDay + floorDays(utcMs + offset * qint64(60'000)));
    }

private:
    static qint64 floorDays(qint64 ms)
    {
        constexpr qint64 DayMs = 24LL * 3600 * 1000;
        return ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs;
    }

    geo::TimeZoneResolver m_zones;
    QHash<QString, int> m_destinations;
    QHash<quint64, std::optional<int>> m_offsets;
    QString m_country;
    QString m_state;
    int m_destination = 0;
};

} // namespace

bool TransitHistoryReader::read(const Database &database, const Filter &filter,
                                const std::function<void(const TransitRecord &)> &sink, QString *error)
{
    QString sql = QStringLiteral(
                      "SELECT s.id, s.carrier, s.service, s.origin_country, s.origin_state, s.dest_country, "
                      "s.dest_state, %1, s.first_scan_at_ms, s.delivered_at_ms, s.last_event_offset_min, "
                      "s.estimated_date, "
                      "(SELECT MIN(e.occurred_at_ms) FROM events e WHERE e.shipment_id = s.id AND e.subtag = %2 "
                      "AND e.occurred_at_ms <= s.delivered_at_ms), "
                      "(SELECT MIN(e.occurred_at_ms) FROM events e WHERE e.shipment_id = s.id AND e.tag = %3 "
                      "AND e.occurred_at_ms <= s.delivered_at_ms), s.promised_date "
                      "FROM shipments s WHERE s.delivered_at_ms IS NOT NULL AND %1 IS NOT NULL")
                      .arg(QLatin1String(ShippedSql))
                      .arg(static_cast<int>(Subtag::InTransitArrivedAtDeliveryFacility))
                      .arg(static_cast<int>(Tag::OutForDelivery));
    if (filter.deliveredBeforeMs)
        sql += QStringLiteral(" AND s.delivered_at_ms < ?");
    if (filter.shippedFromMs)
        sql += QStringLiteral(" AND %1 >= ?").arg(QLatin1String(ShippedSql));
    sql += QStringLiteral(" ORDER BY s.id");
    auto q = SqlStatement::prepare(database, sql, error);
    if (!q)
        return false;
    int bound = 0;
    if (filter.deliveredBeforeMs)
        q->bind(bound++, *filter.deliveredBeforeMs);
    if (filter.shippedFromMs)
        q->bind(bound++, *filter.shippedFromMs);
    if (!q->exec(error))
        return false;

    LocalDates dates;
    TransitRecord r;
    qint64 rows = 0;
    while (q->next()) {
        if (filter.stop && ++rows % StopCheckRows == 0 && filter.stop(rows))
            break;
        const QString originCountry = q->text(3);
        const QString originState = q->text(4);
        const QString destCountry = q->text(5);
        const QString destState = q->text(6);
        const qint64 shippedMs = q->int64(7);
        const std::optional<qint64> firstScanMs = q->optionalInt64(8);
        const qint64 deliveredMs = q->int64(9);
        const int offset = static_cast<int>(q->int64(10));
        if (deliveredMs < shippedMs)
            continue; // a delivery before the shipment left: the record is damaged, learn nothing from it
        dates.setDestination(destCountry, destState);
        const auto localDate = [&](std::optional<qint64> ms) {
            return ms && *ms <= deliveredMs ? dates.at(*ms, offset) : QDate();
        };
        r.shipmentId = q->int64(0);
        r.lane = ShipmentLane::of(q->text(1), q->text(2), originCountry, originState, destCountry, destState);
        r.shippedAtMs = shippedMs;
        r.deliveredAtMs = deliveredMs;
        r.milestoneDates[static_cast<std::size_t>(Milestone::Shipped)] = localDate(shippedMs);
        r.milestoneDates[static_cast<std::size_t>(Milestone::InTransit)] = localDate(firstScanMs);
        r.milestoneDates[static_cast<std::size_t>(Milestone::AtDeliveryFacility)] = localDate(q->optionalInt64(12));
        r.milestoneDates[static_cast<std::size_t>(Milestone::OutForDelivery)] = localDate(q->optionalInt64(13));
        r.deliveredDate = localDate(deliveredMs);
        r.carrierEstimateDate = QDate::fromString(q->text(11), Qt::ISODate);
        r.promisedDate = QDate::fromString(q->text(14), Qt::ISODate);
        sink(r);
    }
    q->finish();
    return true;
}

std::optional<qint64> TransitHistoryReader::latestEventMs(const Database &database, QString *error)
{
    return singleValue(database, QStringLiteral("SELECT MAX(occurred_at_ms) FROM events"), error);
}

std::optional<qint64> TransitHistoryReader::earliestShippedMs(const Database &database, QString *error)
{
    return singleValue(database,
                       QStringLiteral("SELECT MIN(%1) FROM shipments s WHERE s.delivered_at_ms IS NOT NULL")
                           .arg(QLatin1String(ShippedSql)),
                       error);
}

} // namespace ct::predict
