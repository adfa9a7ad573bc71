// SPDX-License-Identifier: MIT
#include "analyticsdrilldown.h"

#include "kpiformat.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace ct {

namespace {

bool exceptionLists(Kpi kpi)
{
    return KpiFormat::countsExceptions(kpi);
}

QList<qint64> minus(const QList<qint64> &all, const QList<qint64> &counted)
{
    QList<qint64> out;
    std::set_difference(all.begin(), all.end(), counted.begin(), counted.end(), std::back_inserter(out));
    return out;
}

} // namespace

bool AnalyticsDrillDown::listsReturns(Kpi kpi)
{
    return kpi == Kpi::RefundShare || kpi == Kpi::ExchangeShare || kpi == Kpi::StoreCreditShare
           || kpi == Kpi::RetainedRevenueShare;
}

bool AnalyticsDrillDown::listsExceptions() const
{
    if (exceptionLists(cell.kpi))
        return true;
    // Exceptions per 1,000 counts exceptions over shipments.
    return cell.kpi == Kpi::ExceptionsPerThousand && side == DrillSide::Counted;
}

QList<DrillSide> AnalyticsDrillDown::sides(Kpi kpi)
{
    // A share of money: its returns, and all resolved returns in that currency.
    if (kpi == Kpi::RetainedRevenueShare)
        return {DrillSide::Counted, DrillSide::All};
    switch (kpiDefinition(kpi).kind) {
    case KpiKind::Share:
        if (exceptionLists(kpi))
            return {DrillSide::Counted, DrillSide::All};
        return {DrillSide::Counted, DrillSide::NotCounted, DrillSide::All};
    case KpiKind::PerThousand: return {DrillSide::Counted, DrillSide::All};
    case KpiKind::Distribution: return {DrillSide::All};
    case KpiKind::Count: return {DrillSide::Counted};
    }
    return {DrillSide::All};
}

DrillSide AnalyticsDrillDown::defaultSide(Kpi kpi)
{
    return sides(kpi).constFirst();
}

qint64 AnalyticsDrillDown::sideCount(const KpiCell &cell, DrillSide side)
{
    const KpiKind kind = kpiDefinition(cell.kpi).kind;
    switch (side) {
    case DrillSide::Counted: return kind == KpiKind::Distribution ? cell.denominator : cell.numerator;
    case DrillSide::NotCounted: return cell.denominator - cell.numerator;
    case DrillSide::All: return kind == KpiKind::Count ? cell.numerator : cell.denominator;
    }
    return 0;
}

QString AnalyticsDrillDown::sideLabel(const KpiCell &cell, DrillSide side)
{
    if (cell.kpi == Kpi::RetainedRevenueShare) // counts money, not returns
        return side == DrillSide::Counted ? tr("Open the returns resolved by exchange or store credit in %1").arg(cell.part)
                                          : tr("Open all resolved returns in %1").arg(cell.part);
    const QString n = QLocale().toString(sideCount(cell, side));
    switch (side) {
    case DrillSide::Counted:
        return tr("Open the %1 %2 counted").arg(n, KpiFormat::numeratorNoun(cell.kpi));
    case DrillSide::NotCounted:
        return tr("Open the %1 %2 not counted").arg(n, KpiFormat::denominatorNoun(cell.kpi));
    case DrillSide::All:
        return tr("Open all %1 %2").arg(n, KpiFormat::denominatorNoun(cell.kpi));
    }
    return {};
}

AnalyticsDrillDown AnalyticsDrillDown::from(const KpiDrillDown &ids, const KpiCell &cell, const KpiCellRef &ref,
                                            DrillSide side, const QString &title)
{
    AnalyticsDrillDown d;
    d.cell = ref;
    d.side = side;
    d.title = title;
    const bool exceptions = exceptionLists(cell.kpi);
    switch (side) {
    case DrillSide::Counted:
        if (listsReturns(cell.kpi)) {
            d.returns = ids.numeratorReturns;
            break;
        }
        if (exceptions || cell.kpi == Kpi::ExceptionsPerThousand) {
            d.exceptions = ids.numeratorExceptions;
            d.shipments = ids.numeratorShipments;
        } else {
            d.shipments = kpiDefinition(cell.kpi).kind == KpiKind::Distribution ? ids.denominatorShipments
                                                                                 : ids.numeratorShipments;
        }
        break;
    case DrillSide::NotCounted:
        if (listsReturns(cell.kpi))
            d.returns = minus(ids.denominatorReturns, ids.numeratorReturns);
        else
            d.shipments = minus(ids.denominatorShipments, ids.numeratorShipments);
        break;
    case DrillSide::All:
        if (listsReturns(cell.kpi)) {
            d.returns = ids.denominatorReturns;
        } else if (exceptions) {
            d.exceptions = kpiDefinition(cell.kpi).kind == KpiKind::Count ? ids.numeratorExceptions
                                                                           : ids.denominatorExceptions;
            d.shipments = kpiDefinition(cell.kpi).kind == KpiKind::Count ? ids.numeratorShipments
                                                                          : ids.denominatorShipments;
        } else {
            d.shipments = ids.denominatorShipments;
        }
        break;
    }
    // What the ids are, in the definition's own words (docs/KPIS.md).
    const QLocale locale;
    const KpiDefinition &def = kpiDefinition(cell.kpi);
    const QString n = locale.toString(d.count());
    const QString of = locale.toString(sideCount(cell, DrillSide::All));
    if (cell.kpi == Kpi::RetainedRevenueShare) {
        d.what = side == DrillSide::Counted
                     ? tr("returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)")
                           .arg(cell.part, n, locale.toString(ids.denominatorReturns.size()))
                     : tr("returns resolved by refund, exchange or store credit in %1 (%2)").arg(cell.part, n);
        return d;
    }
    switch (side) {
    case DrillSide::Counted:
        d.what = def.kind == KpiKind::Count || def.kind == KpiKind::Distribution
                     ? tr("%1 (%2)").arg(QString::fromUtf8(def.kind == KpiKind::Count ? def.numerator : def.denominator), n)
                     : tr("%1 (%2 of %3)").arg(QString::fromUtf8(def.numerator), n, of);
        break;
    case DrillSide::NotCounted:
        d.what = tr("not %1 (%2 of %3)").arg(QString::fromUtf8(def.numerator), n, of);
        break;
    case DrillSide::All:
        d.what = tr("%1 (%2)").arg(QString::fromUtf8(def.kind == KpiKind::Count ? def.numerator : def.denominator), n);
        break;
    }
    return d;
}

} // namespace ct
