// SPDX-License-Identifier: MIT
#include "allocationscorecardmodel.h"

#include "domain/carriers.h"

#include <QLocale>

#include <limits>

namespace ct {

namespace {

const ScorecardFigure *figureOf(const ScorecardMetrics &m, int column)
{
    switch (column) {
    case AllocationScorecardModel::OnTimeColumn:
        return &m.onTime;
    case AllocationScorecardModel::FirstAttemptColumn:
        return &m.firstAttempt;
    case AllocationScorecardModel::NdrColumn:
        return &m.ndr;
    case AllocationScorecardModel::RtoColumn:
        return &m.rto;
    case AllocationScorecardModel::DamageLossColumn:
        return &m.damageLoss;
    case AllocationScorecardModel::TransitP50Column:
        return &m.transitP50;
    case AllocationScorecardModel::TransitP90Column:
        return &m.transitP90;
    default:
        return nullptr;
    }
}

bool isTransit(int column)
{
    return column == AllocationScorecardModel::TransitP50Column ||
           column == AllocationScorecardModel::TransitP90Column;
}

QString levelText(ScorecardLevel level)
{
    switch (level) {
    case ScorecardLevel::ServiceLane:
        return AllocationScorecardModel::tr("service × lane");
    case ScorecardLevel::ServiceDestination:
        return AllocationScorecardModel::tr("service × destination");
    case ScorecardLevel::Carrier:
        return AllocationScorecardModel::tr("carrier");
    }
    return {};
}

} // namespace

AllocationScorecardModel::AllocationScorecardModel(QObject *parent) : QAbstractTableModel(parent) {}

void AllocationScorecardModel::setRows(QList<CarrierScorecard::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AllocationScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AllocationScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CarrierScorecard::Row &r = m_rows.at(index.row());
    const int column = index.column();
    const ScorecardFigure *figure = figureOf(r.metrics, column);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case LevelColumn:
            return levelText(r.level);
        case CarrierColumn:
            return carrierDisplayName(r.carrier);
        case ServiceColumn:
            return r.service;
        case KeyColumn:
            return r.key;
        case ShipmentsColumn:
            return locale.toString(r.metrics.shipments);
        default:
            break;
        }
        if (!figure)
            return {};
        if (!figure->value)
            return tr("no data");
        //: A figure and, in brackets, the number of shipments it is measured on: "97.9 % (120)",
        //: "4.0 d (118)".
        return isTransit(column)
                   ? tr("%1 d (%2)")
                         .arg(locale.toString(*figure->value, 'f', 1), locale.toString(figure->n))
                   : tr("%1 % (%2)")
                         .arg(locale.toString(*figure->value * 100, 'f', 1),
                              locale.toString(figure->n));
    }
    if (role == SortRole) {
        switch (column) {
        case LevelColumn:
            return static_cast<int>(r.level);
        case CarrierColumn:
            return carrierDisplayName(r.carrier);
        case ServiceColumn:
            return r.service;
        case KeyColumn:
            return r.key;
        case ShipmentsColumn:
            return r.metrics.shipments;
        default:
            break;
        }
        return figure && figure->value ? *figure->value : -std::numeric_limits<double>::infinity();
    }
    if (role == Qt::ToolTipRole && figure)
        return figure->value ? tr("measured on %n shipments", nullptr, static_cast<int>(figure->n))
                             : tr("no shipment of this cell gives this figure");
    if (role == Qt::TextAlignmentRole && column >= ShipmentsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AllocationScorecardModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section > ShipmentsColumn)
        return isTransit(section) ? tr("Calendar days from the first scan to delivery, and in "
                                       "brackets the shipments it is "
                                       "measured on (docs/KPIS.md).")
                                  : tr("The share, and in brackets its denominator: the shipments "
                                       "it is measured on "
                                       "(docs/ALLOCATION.md).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case CarrierColumn:
        return tr("Carrier");
    case ServiceColumn:
        return tr("Service");
    case KeyColumn:
        return tr("Lane or destination");
    case ShipmentsColumn:
        return tr("Shipments (n)");
    case OnTimeColumn:
        return tr("On time");
    case FirstAttemptColumn:
        return tr("First attempt");
    case NdrColumn:
        return tr("NDR");
    case RtoColumn:
        return tr("RTO");
    case DamageLossColumn:
        return tr("Damage or loss");
    case TransitP50Column:
        return tr("Transit P50");
    case TransitP90Column:
        return tr("Transit P90");
    default:
        return {};
    }
}

} // namespace ct
