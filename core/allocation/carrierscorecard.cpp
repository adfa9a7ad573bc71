// SPDX-License-Identifier: MIT
#include "carrierscorecard.h"

#include "analytics/kpicalendar.h"
#include "analytics/kpicutsql.h"
#include "analytics/kpiengine.h"
#include "domain/exceptiontype.h"
#include "domain/tag.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QSet>

namespace ct {

namespace {

const QList<Kpi> ScorecardKpis{Kpi::OnTimeRate, Kpi::FirstAttemptRate, Kpi::NdrRate, Kpi::RtoRate, Kpi::TransitDays};

void take(ScorecardMetrics &m, const KpiCell &cell)
{
    switch (cell.kpi) {
    case Kpi::OnTimeRate: m.onTime = {cell.value, cell.denominator}; break;
    case Kpi::FirstAttemptRate: m.firstAttempt = {cell.value, cell.denominator}; break;
    case Kpi::NdrRate:
        m.ndr = {cell.value, cell.denominator};
        m.shipments = cell.denominator;
        break;
    case Kpi::RtoRate: m.rto = {cell.value, cell.denominator}; break;
    case Kpi::TransitDays:
        m.transitP50 = {cell.p50, cell.denominator};
        m.transitP90 = {cell.p90, cell.denominator};
        break;
    default: break;
    }
}

} // namespace

QString scorecardLevelCode(ScorecardLevel level)
{
    switch (level) {
    case ScorecardLevel::ServiceLane: return QStringLiteral("service_lane");
    case ScorecardLevel::ServiceDestination: return QStringLiteral("service_destination");
    case ScorecardLevel::Carrier: return QStringLiteral("carrier");
    }
    return {};
}

QStringList ScorecardLookup::triedText() const
{
    QStringList lines;
    for (const ScorecardTry &t : tried) {
        const char *label = t.level == ScorecardLevel::ServiceLane          ? "service × lane"
                            : t.level == ScorecardLevel::ServiceDestination ? "service × destination"
                                                                            : "carrier";
        lines << (t.key.isEmpty() ? QString::fromUtf8(label) + QStringLiteral(" (unknown): not known for this order")
                                  : QStringLiteral("%1 %2: %3 shipments").arg(QString::fromUtf8(label), t.key).arg(t.n));
    }
    return lines;
}

QString CarrierScorecard::keyOf(ScorecardLevel level, const QString &carrier, const QString &service, const QString &key)
{
    return QString::number(int(level)) + QChar(0) + carrier + QChar(0) + service + QChar(0) + key;
}

QString CarrierScorecard::laneKey(const PostalPlace &origin, const PostalPlace &destination)
{
    // As KpiCutSql::key(KpiCut::Lane): the origin's region; the destination's region
    // within one country, its country across borders.
    if (origin.region.isEmpty())
        return {};
    const QString from = origin.country + QLatin1Char('-') + origin.region;
    if (origin.country != destination.country)
        return from + QStringLiteral(" → ") + destination.country;
    if (destination.region.isEmpty())
        return {};
    return from + QStringLiteral(" → ") + destination.country + QLatin1Char('-') + destination.region;
}

std::optional<CarrierScorecard> CarrierScorecard::build(const Database &database, const QList<CarrierServiceRef> &services,
                                                        Window window, QString *error)
{
    CarrierScorecard card;
    card.m_window = window;
    QStringList carriers;
    QStringList serviceKeys;
    for (const CarrierServiceRef &s : services) {
        if (!carriers.contains(s.carrier))
            carriers << s.carrier;
        if (!serviceKeys.contains(s.text()))
            serviceKeys << s.text();
    }
    if (carriers.isEmpty())
        return card;
    const KpiEngine engine(database);
    const auto add = [&](ScorecardLevel level, const QString &carrier, const QString &service, const QString &key,
                         const KpiCell &cell) {
        const QString k = keyOf(level, carrier, service, key);
        auto it = card.m_cells.find(k);
        if (it == card.m_cells.end())
            it = card.m_cells.insert(k, ScorecardMetrics{});
        take(*it, cell);
    };

    KpiRequest request;
    request.from = window.from;
    request.to = window.to;
    request.nowMs = window.nowMs;
    request.kpis = ScorecardKpis;
    request.groupings = {KpiGrouping{KpiGranularity::Range, KpiCut::Carrier}};
    request.filter.carriers = carriers;
    std::optional<KpiReport> report = engine.compute(request, error);
    if (!report)
        return std::nullopt;
    for (const KpiCell &cell : std::as_const(report->cells))
        add(ScorecardLevel::Carrier, cell.cut, QString(), cell.cut, cell);

    request.groupings = {KpiGrouping{KpiGranularity::Range, KpiCut::Lane},
                         KpiGrouping{KpiGranularity::Range, KpiCut::Destination}};
    request.filter = {};
    for (const CarrierServiceRef &s : services) {
        request.filter.services = {s.text()};
        report = engine.compute(request, error);
        if (!report)
            return std::nullopt;
        for (const KpiCell &cell : std::as_const(report->cells))
            add(cell.grouping == 0 ? ScorecardLevel::ServiceLane : ScorecardLevel::ServiceDestination, s.carrier,
                s.service, cell.cut, cell);
    }

    // Damage and loss: tracked shipments of the window (as the NDR and RTO rates count
    // them) with a damaged or lost exception, which the rules open on exactly the damaged
    // and lost scans (Exception_012, Exception_013; docs/EXCEPTIONS.md). The exceptions are
    // few, so this reads far fewer rows than the shipments' events would.
    QVariantList values;
    KpiFilter filter;
    filter.carriers = carriers;
    const QString sql =
        QStringLiteral("SELECT s.carrier, s.service, %1, s.dest_country, count(*) FROM shipments s "
                       "WHERE s.id IN (SELECT x.shipment_id FROM exceptions x WHERE x.type IN (%5, %6)) "
                       "AND s.first_event_at_ms >= ? AND s.first_event_at_ms < ? AND s.tag NOT IN (%2, %3) AND (%4) "
                       "GROUP BY s.carrier, s.service, 3, s.dest_country")
            .arg(KpiCutSql::key(KpiCut::Lane, QStringLiteral("s")))
            .arg(int(Tag::Pending))
            .arg(int(Tag::Expired))
            .arg(KpiCutSql::condition(filter, QStringLiteral("s"), &values))
            .arg(int(ExceptionType::Damaged))
            .arg(int(ExceptionType::Lost));
    QSqlQuery query(database.connection());
    if (!prepare(query, sql, error))
        return std::nullopt;
    bind(query, 0, KpiCalendar::startOfUtcDayMs(window.from));
    bind(query, 1, KpiCalendar::startOfUtcDayMs(window.to.addDays(1)));
    for (int i = 0; i < values.size(); ++i)
        bind(query, i + 2, values.at(i));
    if (!execPrepared(query, error))
        return std::nullopt;
    QHash<QString, qint64> damaged;
    const QSet<QString> wanted(serviceKeys.cbegin(), serviceKeys.cend());
    while (query.next()) {
        const QString carrier = query.value(0).toString();
        const QString service = query.value(1).toString();
        const qint64 count = query.value(4).toLongLong();
        damaged[keyOf(ScorecardLevel::Carrier, carrier, QString(), carrier)] += count;
        if (!wanted.contains(carrier + QLatin1Char('/') + service))
            continue;
        damaged[keyOf(ScorecardLevel::ServiceLane, carrier, service, query.value(2).toString())] += count;
        damaged[keyOf(ScorecardLevel::ServiceDestination, carrier, service, query.value(3).toString())] += count;
    }
    for (auto it = card.m_cells.begin(); it != card.m_cells.end(); ++it) {
        it->damageLoss.n = it->shipments;
        if (it->shipments > 0)
            it->damageLoss.value = double(damaged.value(it.key())) / double(it->shipments);
    }

    for (auto it = card.m_cells.cbegin(); it != card.m_cells.cend(); ++it) {
        const QStringList parts = it.key().split(QChar(0));
        card.m_rows << Row{ScorecardLevel(parts.at(0).toInt()), parts.at(1), parts.at(2), parts.at(3), *it};
    }
    std::sort(card.m_rows.begin(), card.m_rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.carrier, a.service, a.level, a.key) < std::tie(b.carrier, b.service, b.level, b.key);
    });
    return card;
}

const ScorecardMetrics *CarrierScorecard::cell(ScorecardLevel level, const QString &carrier, const QString &service,
                                               const QString &key) const
{
    const auto it = m_cells.constFind(keyOf(level, carrier, service, key));
    return it == m_cells.constEnd() ? nullptr : &*it;
}

QList<CarrierScorecard::Row> CarrierScorecard::rows() const
{
    return m_rows;
}

ScorecardLookup CarrierScorecard::lookup(const QString &carrier, const QString &service, const QString &lane,
                                         const QString &destination, int minShipments) const
{
    ScorecardLookup out;
    const QString none;
    const struct
    {
        ScorecardLevel level;
        const QString &service;
        const QString &key;
    } levels[] = {{ScorecardLevel::ServiceLane, service, lane},
                  {ScorecardLevel::ServiceDestination, service, destination},
                  {ScorecardLevel::Carrier, none, carrier}};
    for (const auto &l : levels) {
        if (l.key.isEmpty()) {
            out.tried << ScorecardTry{l.level, QString(), 0};
            continue;
        }
        const ScorecardMetrics *m = cell(l.level, carrier, l.service, l.key);
        const qint64 n = m ? m->shipments : 0;
        out.tried << ScorecardTry{l.level, l.key, n};
        if (m)
            out.metrics = *m;
        if (n >= minShipments) {
            out.level = l.level;
            out.key = l.key;
            return out;
        }
    }
    out.key = carrier;
    return out;
}

} // namespace ct
