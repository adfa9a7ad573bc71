// SPDX-License-Identifier: MIT
#include "eddmodel.h"

#include "transithistoryreader.h"

#include <algorithm>

namespace ct::predict {

namespace {

constexpr QChar Separator(0x1f); // never in a carrier, service or region

} // namespace

EddModel::EddModel(DeliveryCalendar calendar, EddModelOptions options)
    : m_calendar(std::move(calendar)), m_options(options)
{
    m_options.minSamples = std::max(m_options.minSamples, 1);
}

QString EddModel::cellKey(const ShipmentLane &lane, BackoffLevel level)
{
    switch (level) {
    case BackoffLevel::Lane:
        return lane.carrier + Separator + lane.service + Separator + lane.originRegion + Separator
               + lane.destinationRegion;
    case BackoffLevel::ServiceCountry:
        return lane.carrier + Separator + lane.service + Separator + lane.destinationCountry;
    case BackoffLevel::CarrierCountry:
        return lane.carrier + Separator + lane.destinationCountry;
    case BackoffLevel::Carrier:
        return lane.carrier;
    case BackoffLevel::All:
        return QString();
    }
    return QString();
}

bool EddModel::fit(const Database &database, qint64 asOfMs, QString *error)
{
    for (auto &level : m_cells)
        level.clear();
    m_delivered = 0;
    TransitHistoryReader::Filter filter;
    filter.deliveredBeforeMs = asOfMs;
    return TransitHistoryReader::read(database, filter, [this](const TransitRecord &r) { add(r); }, error);
}

void EddModel::add(const TransitRecord &record)
{
    if (!record.deliveredDate.isValid())
        return;
    const CountryCalendar calendar = m_calendar.country(record.lane.destinationCountry);
    std::array<int, MilestoneCount> days{};
    for (int m = 0; m < MilestoneCount; ++m) {
        const QDate from = record.milestoneDates[static_cast<std::size_t>(m)];
        days[static_cast<std::size_t>(m)] =
            from.isValid() && from <= record.deliveredDate ? calendar.businessDaysBetween(from, record.deliveredDate) : -1;
    }
    for (int level = 0; level < BackoffLevelCount; ++level) {
        MilestoneHistograms &cell = m_cells[static_cast<std::size_t>(level)][cellKey(record.lane, static_cast<BackoffLevel>(level))];
        for (std::size_t m = 0; m < days.size(); ++m) {
            if (days[m] >= 0)
                cell[m].add(days[m]);
        }
    }
    ++m_delivered;
}

EddEstimate EddModel::estimate(const TransitQuery &query) const
{
    EddEstimate e;
    e.milestone = query.milestone;
    if (!query.milestoneDate.isValid())
        return e;
    const auto m = static_cast<std::size_t>(query.milestone);
    const CountryCalendar calendar = m_calendar.country(query.lane.destinationCountry);
    const int elapsed = query.today.isValid() && query.today > query.milestoneDate
                            ? std::max(0, calendar.businessDaysBetween(query.milestoneDate, query.today))
                            : 0;
    for (int level = 0; level < BackoffLevelCount; ++level) {
        const auto &cells = m_cells[static_cast<std::size_t>(level)];
        const auto it = cells.constFind(cellKey(query.lane, static_cast<BackoffLevel>(level)));
        e.level = static_cast<BackoffLevel>(level);
        if (it == cells.cend())
            continue;
        const TransitHistogram &histogram = (*it)[m];
        const qint64 n = histogram.countAtLeast(elapsed);
        if (n < m_options.minSamples) {
            e.sampleSize = std::max(e.sampleSize, n);
            continue;
        }
        e.enoughHistory = true;
        e.sampleSize = n;
        for (std::size_t i = 0; i < EstimatePercentiles.size(); ++i)
            e.days[i] = histogram.percentile(EstimatePercentiles[i], elapsed);
        e.p50Date = calendar.addBusinessDays(query.milestoneDate, e.p50Days());
        e.p90Date = calendar.addBusinessDays(query.milestoneDate, e.p90Days());
        return e;
    }
    return e;
}

} // namespace ct::predict
