// SPDX-License-Identifier: MIT
#pragma once

#include "kpi.h"
#include "kpicalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ct {

// What KPI cells are cut by besides time (docs/KPIS.md, "Cuts").
//  Carrier: the carrier code ("ups").
//  Service: carrier and service, "ups/UPS Ground" (services are named per carrier).
//  Lane: origin region → destination: "US-NV → US-CA" within a country, "DE-Thüringen → FR"
//        across borders (a region is the country and, when known, the state).
//  Destination: the destination country ("US"; "" when unknown).
enum class KpiCut : quint8 { None, Carrier, Service, Lane, Destination };

QString kpiCutCode(KpiCut cut); // "none", "carrier", "service", "lane", "destination"
std::optional<KpiCut> kpiCutFromCode(QStringView code);

// One way to cut the cells of a request: in time and by one dimension.
struct KpiGrouping
{
    KpiGranularity granularity = KpiGranularity::Range;
    KpiCut cut = KpiCut::None;

    friend bool operator==(const KpiGrouping &, const KpiGrouping &) = default;
};

// Which shipments a request looks at; an empty list does not filter. Keys as in KpiCut.
struct KpiFilter
{
    QStringList carriers;
    QStringList services;
    QStringList lanes;
    QStringList destinations;

    bool isEmpty() const
    {
        return carriers.isEmpty() && services.isEmpty() && lanes.isEmpty() && destinations.isEmpty();
    }
};

// A question to the KPI engine: KPIs over the UTC days [from, to], cut every way in
// `groupings` at once (the whole analytics page is one request), as the store stands at
// `nowMs` (SLA deadlines and the backlog of a period that is not over are judged then).
struct KpiRequest
{
    QDate from;
    QDate to;
    QList<KpiGrouping> groupings{KpiGrouping{}};
    KpiFilter filter;
    QList<Kpi> kpis; // empty: every KPI
    qint64 nowMs = 0;

    bool wants(Kpi kpi) const { return kpis.isEmpty() || kpis.contains(kpi); }
};

} // namespace ct
