// SPDX-License-Identifier: MIT
#pragma once

#include "kpireport.h"
#include "kpirequest.h"
#include "rules/rulesconfig.h"

#include <QString>

#include <optional>

namespace ct {

class Database;

// Where the KPI engine reads from: the rollups when they are current (Auto), the store's
// shipments, events, exceptions and returns themselves (Direct), or the rollups or an error
// (Rollups). Both give the same cells (docs/KPIS.md, "Rollups"), but for the percentiles of
// hours, which the rollups give within 30 minutes. DailyRollups reads the rollups' daily
// rows only, without the weekly level: the same cells as Rollups, for comparisons.
enum class KpiSource : quint8 { Auto, Direct, Rollups, DailyRollups };

// Computes the KPIs of docs/KPIS.md from the store: from the daily rollups, or as direct
// queries over shipments, events, exceptions, exception_history and (through
// ReturnFigures) returns. One request
// cuts the same figures every way it lists at once, in one pass over each table. Shares
// whose denominator is 0 are "no data" (nullopt), never 0 %; percentiles are exact.
//
// Fake attempts: those the rules flag (RulesConfig's delivery hours) and those agents
// marked (exceptions.fake_attempt_at_ms; docs/KPIS.md, "Fake attempts").
//
// Use from the thread that opened the Database.
class KpiEngine final
{
public:
    explicit KpiEngine(const Database &database, RulesConfig rules = {});

    std::optional<KpiReport> compute(const KpiRequest &request, QString *error, KpiSource source = KpiSource::Auto) const;
    // What compute(Auto) reads from on this store now: Rollups or Direct.
    KpiSource source() const;

    // The shipments, exceptions or returns behind one cell of compute(request): the same
    // passes with that cell's ids kept (for the returns figures, ReturnFigures::idsByKey).
    std::optional<KpiDrillDown> drillDown(const KpiRequest &request, const KpiCellRef &cell, QString *error) const;

    // Why a request cannot be answered ("" when it can): an invalid or reversed range, no
    // grouping, or a range longer than 3660 days.
    static QString validate(const KpiRequest &request);

private:
    std::optional<KpiDrillDown> returnsDrillDown(const KpiRequest &request, const KpiCellRef &cell, QString *error) const;
    std::optional<KpiReport> run(const KpiRequest &request, const KpiCellRef *probe, KpiDrillDown *drill,
                                 KpiSource source, QString *error) const;

    const Database &m_database;
    RulesConfig m_rules;
};

} // namespace ct
