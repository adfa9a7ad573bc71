// SPDX-License-Identifier: MIT
#include "mapquery.h"

#include "domain/tag.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "webmercator.h"

#include <QHash>

#include <algorithm>

namespace ct::map {

namespace {

std::optional<QDate> dateOf(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

struct LaneSums
{
    MapLane lane;
    double oLat = 0, oLon = 0, dLat = 0, dLon = 0;
    int located = 0;
};

} // namespace

MapQuery::MapQuery(const Database &database) : m_database(database) {}

std::optional<MapData> MapQuery::load(const MapFilter &filter, qint64 nowMs, QString *error) const
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.tag, s.last_event_at_ms, s.delivered_at_ms, s.promised_date, s.estimated_date, "
        "s.origin_country, s.origin_state, s.dest_country, s.dest_state, "
        "g.last_lat_e6, g.last_lon_e6, g.last_precision, g.origin_lat_e6, g.origin_lon_e6, g.dest_lat_e6, g.dest_lon_e6, "
        "EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = s.id AND x.status = 0) "
        "FROM shipments s LEFT JOIN shipment_geo g ON g.shipment_id = s.id WHERE 1 = 1");
    QStringList texts;
    std::vector<qint64> numbers;
    const ExceptionQueueFilter &q = filter.queue;
    auto placeholders = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(u','); };
    if (!q.carriers.isEmpty()) {
        sql += QStringLiteral(" AND s.carrier IN (%1)").arg(placeholders(q.carriers.size()));
        texts += q.carriers;
    }
    if (!q.services.isEmpty()) {
        QStringList pairs;
        for (const CarrierService &cs : q.services) {
            pairs << QStringLiteral("(s.carrier = ? AND s.service = ?)");
            texts << cs.carrier << cs.service;
        }
        sql += QStringLiteral(" AND (") + pairs.join(QStringLiteral(" OR ")) + u')';
    }
    if (!q.destinationCountries.isEmpty()) {
        sql += QStringLiteral(" AND s.dest_country IN (%1)").arg(placeholders(q.destinationCountries.size()));
        texts += q.destinationCountries;
    }
    if (q.openedAtMs.min) {
        sql += QStringLiteral(" AND s.last_event_at_ms >= %1").arg(*q.openedAtMs.min);
    }
    if (q.openedAtMs.max) {
        sql += QStringLiteral(" AND s.last_event_at_ms <= %1").arg(*q.openedAtMs.max);
    }
    auto st = SqlStatement::prepare(m_database, sql, error);
    if (!st)
        return std::nullopt;
    for (int i = 0; i < texts.size(); ++i)
        st->bind(i, texts.at(i));
    if (!st->exec(error))
        return std::nullopt;

    MapData data;
    QHash<QString, int> laneIndex;
    std::vector<LaneSums> lanes;
    while (st->next()) {
        ++data.shipments;
        const qint64 id = st->int64(0);
        const int tag = int(st->int64(1));
        const qint64 lastEventMs = st->isNull(2) ? 0 : st->int64(2);
        const std::optional<qint64> deliveredMs = st->optionalInt64(3);
        const std::optional<QDate> promised = dateOf(st->text(4));
        const bool done = deliveredMs || tag == int(Tag::Delivered) || tag == int(Tag::Expired);
        EtaFacts facts;
        facts.openException = st->int64(17) != 0 || tag == int(Tag::Exception) || tag == int(Tag::AttemptFail);
        facts.outForDelivery = tag == int(Tag::OutForDelivery);
        facts.lastEventMs = lastEventMs;
        facts.promised = promised;
        facts.estimated = dateOf(st->text(5));
        const EtaStatus status = etaStatusOf(facts, nowMs);

        // The lane, delivered parcels too.
        const QString origin = st->text(6) + u'-' + st->text(7);
        const QString destination = st->text(8) + u'-' + st->text(9);
        const QString key = origin + u'>' + destination;
        auto it = laneIndex.constFind(key);
        int li = 0;
        if (it == laneIndex.cend()) {
            li = int(lanes.size());
            laneIndex.insert(key, li);
            LaneSums sums;
            sums.lane.origin = origin;
            sums.lane.destination = destination;
            lanes.push_back(sums);
        } else {
            li = *it;
        }
        LaneSums &lane = lanes[std::size_t(li)];
        ++lane.lane.volume;
        lane.lane.shipmentIds.push_back(id);
        if (done && deliveredMs && promised) {
            ++lane.lane.judged;
            if (*deliveredMs < endOfDayMs(*promised))
                ++lane.lane.onTime;
        } else if (!done && status == EtaStatus::Late) {
            ++lane.lane.judged;
        }
        if (!st->isNull(13) && !st->isNull(15)) {
            lane.oLat += double(st->int64(13)) / 1e6;
            lane.oLon += double(st->int64(14)) / 1e6;
            lane.dLat += double(st->int64(15)) / 1e6;
            lane.dLon += double(st->int64(16)) / 1e6;
            ++lane.located;
        }
        if (done)
            continue;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(status))
            continue;
        if (st->isNull(10) || st->isNull(11)) {
            ++data.unlocated;
            continue;
        }
        const WorldPoint w = webmercator::project(double(st->int64(10)) / 1e6, double(st->int64(11)) / 1e6);
        data.points.push_back(MapPoint{float(w.x), float(w.y), status, st->int64(12) == 1});
        data.ids.push_back(id);
        ++data.byStatus[std::size_t(status)];
    }
    st->finish();
    for (LaneSums &sums : lanes) {
        if (!sums.located || sums.lane.origin == sums.lane.destination)
            continue;
        sums.lane.originLat = sums.oLat / sums.located;
        sums.lane.originLon = sums.oLon / sums.located;
        sums.lane.destLat = sums.dLat / sums.located;
        sums.lane.destLon = sums.dLon / sums.located;
        data.lanes.push_back(sums.lane);
    }
    std::sort(data.lanes.begin(), data.lanes.end(), [](const MapLane &a, const MapLane &b) {
        return a.volume != b.volume ? a.volume > b.volume : a.origin + a.destination < b.origin + b.destination;
    });
    if (int(data.lanes.size()) > filter.maxLanes)
        data.lanes.resize(std::size_t(filter.maxLanes));
    return data;
}

std::optional<QList<CarrierService>> MapQuery::carrierServices(QString *error) const
{
    auto st = SqlStatement::prepare(
        m_database, QStringLiteral("SELECT DISTINCT carrier, service FROM shipments ORDER BY carrier, service"), error);
    if (!st || !st->exec(error))
        return std::nullopt;
    QList<CarrierService> out;
    while (st->next())
        out << CarrierService{st->text(0), st->text(1)};
    st->finish();
    return out;
}

std::optional<QStringList> MapQuery::trackingNumbers(const std::vector<qint64> &ids, QString *error) const
{
    auto st = SqlStatement::prepare(m_database, QStringLiteral("SELECT tracking_number FROM shipments WHERE id = ?"), error);
    if (!st)
        return std::nullopt;
    QStringList out;
    for (qint64 id : ids) {
        st->bind(0, id);
        if (!st->exec(error))
            return std::nullopt;
        out << (st->next() ? st->text(0) : QString());
        st->finish();
    }
    return out;
}

} // namespace ct::map
