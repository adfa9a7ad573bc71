// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace ct {

// The KPIs of docs/KPIS.md. Codes are stable (reports and scripts use them); the order is
// the order reports list them in.
enum class Kpi : quint8 {
    OnTimeRate,
    EddCoverage,
    FirstAttemptRate,
    DeliveryRate,
    NdrRate,
    NdrRecoveryRate,
    FakeAttemptShare,
    RtoRate,
    TransitDays,
    TransitBusinessDays,
    OrderToDeliveryDays,
    ExceptionRate,
    ExceptionsPerThousand,
    OpenBacklog,
    FirstActionBreachRate,
    ResolutionBreachRate,
    TimeToResolve,
    ReturnRate,
    RefundShare,
    ExchangeShare,
    StoreCreditShare,
    RetainedRevenueShare,
    AgentActioned,
    AgentResolved,
    AgentTimeToFirstAction,
};

inline constexpr int KpiCount = 25;

// What a KPI's cell holds (KpiCell):
//  Share: numerator ÷ denominator, a fraction from 0 to 1; "no data" when the denominator is 0.
//  PerThousand: numerator × 1000 ÷ denominator; "no data" when the denominator is 0.
//  Distribution: the mean, P50 and P90 of `denominator` values; "no data" when there are none.
//  Count: the numerator itself.
enum class KpiKind : quint8 { Share, PerThousand, Distribution, Count };

// What a KPI's cells are split into besides period and cut.
enum class KpiPart : quint8 {
    None,
    ExceptionType, // open backlog: one cell per type, and one with no part for the total
    Agent,         // agent productivity: one cell per agent
    Currency,      // money shares: one cell per ISO 4217 currency
};

// One KPI's definition: the text of docs/KPIS.md, word for word (a test compares them),
// and what reports need to print it.
struct KpiDefinition
{
    Kpi kpi;
    const char *code;        // "on_time_rate"
    const char *label;       // "On-time delivery rate"
    KpiKind kind;
    KpiPart part;
    const char *unit;        // of the value: "share", "days", "hours", ...
    const char *numerator;   // for a distribution: the values
    const char *denominator; // for a distribution: the population
    const char *placedBy;    // which date places a shipment (or exception) in a period
    const char *exclusions;
    const char *partialData;
    const char *anchor;      // where it follows or differs from the anchors, and why
};

std::span<const KpiDefinition> allKpis();
const KpiDefinition &kpiDefinition(Kpi kpi);
QString kpiCode(Kpi kpi);
std::optional<Kpi> kpiFromCode(QStringView code);

} // namespace ct
