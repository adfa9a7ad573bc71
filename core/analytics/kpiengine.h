// SPDX-License-Identifier: MIT
#pragma once

#include "kpireport.h"
#include "kpirequest.h"
#include "rules/rulesconfig.h"

#include <QString>

#include <optional>

namespace ct {

class Database;

// Computes the KPIs of docs/KPIS.md from the store, as direct queries over shipments,
// events, exceptions, exception_history and (through ReturnFigures) returns. One request
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

    std::optional<KpiReport> compute(const KpiRequest &request, QString *error) const;

    // The shipments and exceptions behind one cell of compute(request): the same passes
    // with that cell's ids kept. Not available for the returns figures (they come whole from
    // ReturnFigures): those answer with an error.
    std::optional<KpiDrillDown> drillDown(const KpiRequest &request, const KpiCellRef &cell, QString *error) const;

    // Why a request cannot be answered ("" when it can): an invalid or reversed range, no
    // grouping, or a range longer than 3660 days.
    static QString validate(const KpiRequest &request);

private:
    std::optional<KpiReport> run(const KpiRequest &request, const KpiCellRef *probe, KpiDrillDown *drill,
                                 QString *error) const;

    const Database &m_database;
    RulesConfig m_rules;
};

} // namespace ct
