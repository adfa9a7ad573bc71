// SPDX-License-Identifier: MIT
#pragma once

#include "analytics/kpireport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ct {

// Which of the shipments behind a number a drill-down opens: those the KPI counts (its
// numerator: the late ones' complement, the NDRs, the returns to origin), those it does
// not count (denominator minus numerator: the late, the not recovered), or all it looked at
// (its denominator; a distribution's values).
enum class DrillSide : quint8 { Counted, NotCounted, All };

// What the Analytics view asks the shell to open when a bar, a point, a tile, a scorecard
// cell or a returns figure is clicked: the KPI cell, in words, and the ids behind it from
// KpiEngine::drillDown, ascending. For shipment KPIs `shipments` holds the side's
// shipments and `exceptions` is empty; for exception KPIs (the backlog, SLA breaches,
// time to resolve, the numerator of exceptions per 1,000) `exceptions` holds the
// exceptions and `shipments` their shipments, each once. `count()` is the number the
// view showed for that side (a cell's numerator or denominator).
struct AnalyticsDrillDown
{
    Q_DECLARE_TR_FUNCTIONS(ct::AnalyticsDrillDown)

public:
    KpiCellRef cell;
    DrillSide side = DrillSide::Counted;
    QString title;      // "On-time delivery rate · UPS · 18 May 2026 – 16 Jun 2026"
    // Which ids, in the KPI definition's words: "shipments whose first delivery attempt came
    // by the end of the promise (1,234 of 1,340)".
    QString what;
    QList<qint64> shipments;
    QList<qint64> exceptions;
    // For the shares of returns (refund, exchange, store credit, retained revenue): the
    // returns, for the Returns view; `shipments` is empty. (The return rate lists its orders
    // by their first shipments.)
    QList<qint64> returns;

    bool listsExceptions() const;
    bool listsReturns() const { return listsReturns(cell.kpi); }
    static bool listsReturns(Kpi kpi);
    qint64 count() const
    {
        return listsReturns() ? returns.size() : listsExceptions() ? exceptions.size() : shipments.size();
    }

    // The sides a KPI's cell offers: all three for shares of shipments; counted and all for
    // shares of exceptions and rates per 1,000; all alone for distributions; counted for
    // counts.
    static QList<DrillSide> sides(Kpi kpi);
    // The side a click opens.
    static DrillSide defaultSide(Kpi kpi);
    // "On time", "Not on time", "All shipments judged"... for a menu; with the count.
    static QString sideLabel(const KpiCell &cell, DrillSide side);
    // The count of `side` as the cell says it.
    static qint64 sideCount(const KpiCell &cell, DrillSide side);

    // The drill-down of `side` from the engine's ids for a cell.
    static AnalyticsDrillDown from(const KpiDrillDown &ids, const KpiCell &cell, const KpiCellRef &ref, DrillSide side,
                                   const QString &title);
};

} // namespace ct
