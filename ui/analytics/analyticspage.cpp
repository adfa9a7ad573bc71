// SPDX-License-Identifier: MIT
#include "analyticspage.h"

#include "analytics/kpicutsql.h"
#include "store/database.h"

#include <algorithm>

namespace ct {

namespace {

// The returns figures' scope: the outbound shipments within the filters.
ReturnScope returnScope(const KpiFilter &filter)
{
    ReturnScope scope;
    if (!filter.isEmpty())
        scope.where = KpiCutSql::condition(filter, QStringLiteral("s"), &scope.values);
    return scope;
}

// The keys of the carrier, service, lane and destination groupings, which come in that
// order from `first` on, each sorted for people.
AnalyticsChoices choicesFrom(const QList<KpiCell> &cells, int first)
{
    AnalyticsChoices c;
    QStringList *lists[] = {&c.carriers, &c.services, &c.lanes, &c.destinations};
    for (const KpiCell &cell : cells) {
        const int i = cell.grouping - first;
        if (i >= 0 && i < 4)
            lists[i]->append(cell.cut);
    }
    for (QStringList *list : lists) {
        list->removeDuplicates();
        std::sort(list->begin(), list->end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    }
    return c;
}

} // namespace

QList<KpiMeasure> AnalyticsPage::tiles()
{
    return {{Kpi::OnTimeRate},
            {Kpi::FirstAttemptRate},
            {Kpi::DeliveryRate},
            {Kpi::NdrRate},
            {Kpi::NdrRecoveryRate},
            {Kpi::RtoRate},
            {Kpi::TransitDays, KpiStat::P50},
            {Kpi::OrderToDeliveryDays, KpiStat::P50},
            {Kpi::ExceptionRate},
            {Kpi::OpenBacklog},
            {Kpi::FirstActionBreachRate},
            {Kpi::TimeToResolve}};
}

QList<KpiChartFamily> AnalyticsPage::families()
{
    return {{tr("Delivery"), {{Kpi::OnTimeRate}, {Kpi::FirstAttemptRate}, {Kpi::DeliveryRate}}},
            {tr("Failed attempts and returns to origin"), {{Kpi::NdrRate}, {Kpi::NdrRecoveryRate}, {Kpi::RtoRate}}},
            {tr("Transit time"),
             {{Kpi::TransitDays, KpiStat::P50}, {Kpi::TransitDays, KpiStat::P90}, {Kpi::OrderToDeliveryDays, KpiStat::P50}}},
            {tr("Exceptions and SLAs"),
             {{Kpi::ExceptionRate}, {Kpi::FirstActionBreachRate}, {Kpi::ResolutionBreachRate}}}};
}

QList<KpiMeasure> AnalyticsPage::barMeasures()
{
    return {{Kpi::OnTimeRate},
            {Kpi::FirstAttemptRate},
            {Kpi::DeliveryRate},
            {Kpi::NdrRate},
            {Kpi::RtoRate},
            {Kpi::TransitDays, KpiStat::P50},
            {Kpi::TransitDays, KpiStat::P90},
            {Kpi::ExceptionsPerThousand}};
}

QList<KpiMeasure> AnalyticsPage::scorecardMeasures()
{
    return {{Kpi::OnTimeRate},
            {Kpi::FirstAttemptRate},
            {Kpi::NdrRate},
            {Kpi::RtoRate},
            {Kpi::TransitDays, KpiStat::P50},
            {Kpi::TransitDays, KpiStat::P90},
            {Kpi::ExceptionsPerThousand}};
}

KpiCut AnalyticsPage::cutOf(Grouping grouping)
{
    switch (grouping) {
    case ByCarrier: return KpiCut::Carrier;
    case ByService: return KpiCut::Service;
    case ByLane: return KpiCut::Lane;
    case ByDestination: return KpiCut::Destination;
    default: return KpiCut::None;
    }
}

KpiRequest AnalyticsPage::request(const KpiPeriod &range, KpiGranularity granularity, const KpiFilter &filter,
                                  qint64 nowMs)
{
    KpiRequest r;
    r.from = range.from;
    r.to = range.to;
    r.nowMs = nowMs;
    r.filter = filter;
    r.groupings.clear();
    for (int g = 0; g < GroupingCount; ++g) {
        const auto grouping = static_cast<Grouping>(g);
        r.groupings << KpiGrouping{grouping == Series ? granularity : KpiGranularity::Range, cutOf(grouping)};
    }
    return r;
}

QDate AnalyticsPage::today(qint64 nowMs)
{
    return KpiCalendar::utcDay(nowMs);
}

std::optional<AnalyticsPageResult> AnalyticsPage::compute(const Database &db, const AnalyticsFilters &filters,
                                                          qint64 nowMs, bool withChoices, QString *error)
{
    AnalyticsPageResult result;
    result.filters = filters;
    result.nowMs = nowMs;
    result.range = filters.range(today(nowMs));
    result.previousRange = AnalyticsFilters::previous(result.range);
    const KpiEngine engine(db);
    result.source = engine.source();
    const KpiFilter filter = filters.kpiFilter();
    auto current = engine.compute(request(result.range, filters.granularity, filter, nowMs), error);
    if (!current)
        return std::nullopt;
    result.current = std::move(*current);
    KpiRequest before;
    before.from = result.previousRange.from;
    before.to = result.previousRange.to;
    before.nowMs = nowMs;
    before.filter = filter;
    before.groupings = {KpiGrouping{KpiGranularity::Range, KpiCut::None}};
    for (const KpiMeasure &m : tiles())
        before.kpis << m.kpi;
    before.kpis << Kpi::EddCoverage;
    auto previous = engine.compute(before, error);
    if (!previous)
        return std::nullopt;
    result.previous = std::move(*previous);
    if (withChoices) {
        if (!filters.isFiltered()) {
            // The page's own cuts are unfiltered: their keys are the choices.
            result.choices = choicesFrom(result.current.cells, ByCarrier);
        } else {
            result.choices = choices(db, result.range, nowMs, error);
            if (!result.choices)
                return std::nullopt;
        }
    }
    return result;
}

std::optional<AnalyticsChoices> AnalyticsPage::choices(const Database &db, const KpiPeriod &range, qint64 nowMs,
                                                       QString *error)
{
    KpiRequest r;
    r.from = range.from;
    r.to = range.to;
    r.nowMs = nowMs;
    r.groupings = {{KpiGranularity::Range, KpiCut::Carrier},
                   {KpiGranularity::Range, KpiCut::Service},
                   {KpiGranularity::Range, KpiCut::Lane},
                   {KpiGranularity::Range, KpiCut::Destination}};
    r.kpis = {Kpi::DeliveryRate};
    const auto report = KpiEngine(db).compute(r, error);
    if (!report)
        return std::nullopt;
    return choicesFrom(report->cells, 0);
}

std::optional<ReturnFigures> AnalyticsPage::returns(const Database &db, const KpiPeriod &range, const KpiFilter &filter,
                                                    QString *error)
{
    return ReturnFigures::compute(db, range.from, range.to, error, returnScope(filter));
}

std::optional<ReturnFigureIds> AnalyticsPage::returnIds(const Database &db, const KpiPeriod &range, const KpiFilter &filter,
                                                        QString *error)
{
    return ReturnFigures::idsByKey(db, range.from, range.to, {}, {}, error, returnScope(filter));
}

} // namespace ct
