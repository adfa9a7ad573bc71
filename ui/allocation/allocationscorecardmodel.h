// SPDX-License-Identifier: MIT
#pragma once

#include "allocation/carrierscorecard.h"

#include <QAbstractTableModel>
#include <QList>

namespace ct {

// The allocation scorecard as the allocator reads it (docs/ALLOCATION.md, "The
// scorecard"): a row per cell (carrier × service × lane, carrier × service × destination
// country, carrier), its n and the figures, each with the shipments it is measured on;
// "no data" where a cell has none. The numbers are CarrierScorecard's; this model only adds
// display roles and a sort value per cell (SortRole; no data sorts as the lowest).
class AllocationScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        CarrierColumn,
        ServiceColumn,
        KeyColumn,
        ShipmentsColumn,
        OnTimeColumn,
        FirstAttemptColumn,
        NdrColumn,
        RtoColumn,
        DamageLossColumn,
        TransitP50Column,
        TransitP90Column,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AllocationScorecardModel(QObject *parent = nullptr);

    void setRows(QList<CarrierScorecard::Row> rows);
    const CarrierScorecard::Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CarrierScorecard::Row> m_rows;
};

} // namespace ct
