// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsfilters.h"
#include "kpimeasure.h"

#include "analytics/kpiengine.h"
#include "analytics/kpireport.h"
#include "returns/returnfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

class Database;

// The keys the filter bar offers for each cut: those seen in the range, whatever the filters.
struct AnalyticsChoices
{
    QStringList carriers;
    QStringList services;
    QStringList lanes;
    QStringList destinations;
};

// A series chart of the Analytics view: KPIs of one family in one unit, over the periods.
struct KpiChartFamily
{
    QString title;
    QList<KpiMeasure> measures;
};

// Everything the Analytics view and its reports show for one set of filters.
struct AnalyticsPageResult
{
    AnalyticsFilters filters;
    KpiPeriod range;
    KpiPeriod previousRange;
    KpiReport current;  // the groupings of AnalyticsPage::Grouping
    KpiReport previous; // the previous period of the same length, Summary only
    std::optional<AnalyticsChoices> choices; // when asked for
    KpiSource source = KpiSource::Rollups;   // where the numbers were read from
    qint64 nowMs = 0;
};

// What the Analytics page asks the KPI engine (docs/KPIS.md), in one place for the view, its
// PDF report and controltower-report: one request with a grouping per part of the page, the
// same KPIs over the previous period of the same length for the tiles' change, the keys the
// filters offer, and the returns figures. Run it on the thread that opened the Database
// (the view runs it on AnalyticsRunner's worker).
class AnalyticsPage final
{
    Q_DECLARE_TR_FUNCTIONS(ct::AnalyticsPage)

public:
    // The groupings of AnalyticsPageResult::current, by index.
    enum Grouping : int { Summary, Series, ByCarrier, ByService, ByLane, ByDestination, GroupingCount };

    // The KPI tiles, in order.
    static QList<KpiMeasure> tiles();
    // The series charts, one per family of KPIs.
    static QList<KpiChartFamily> families();
    // The KPIs the bars by carrier and by lane can show.
    static QList<KpiMeasure> barMeasures();
    // The scorecard's KPI columns, after the carrier and its volume.
    static QList<KpiMeasure> scorecardMeasures();

    static KpiRequest request(const KpiPeriod &range, KpiGranularity granularity, const KpiFilter &filter, qint64 nowMs);

    // The page for `filters` when today (UTC) is the day of `nowMs`; with `withChoices`, the
    // filter bar's keys too. nullopt with `error` when the store cannot be read.
    static std::optional<AnalyticsPageResult> compute(const Database &db, const AnalyticsFilters &filters, qint64 nowMs,
                                                      bool withChoices, QString *error);
    // The keys seen in `range` for each cut (from the rollups when they are current).
    static std::optional<AnalyticsChoices> choices(const Database &db, const KpiPeriod &range, qint64 nowMs,
                                                   QString *error);
    // The returns figures of the range within the filters (ReturnFigures, docs/RETURNS.md):
    // the returns panel's top reasons.
    static std::optional<ReturnFigures> returns(const Database &db, const KpiPeriod &range, const KpiFilter &filter,
                                                QString *error);
    // The ids behind those figures (a top reason's drill-down).
    static std::optional<ReturnFigureIds> returnIds(const Database &db, const KpiPeriod &range, const KpiFilter &filter,
                                                    QString *error);

    // The UTC day of an instant: "today" for the presets.
    static QDate today(qint64 nowMs);
    // The cut of a grouping (KpiCut::None for Summary and Series).
    static KpiCut cutOf(Grouping grouping);
};

} // namespace ct
