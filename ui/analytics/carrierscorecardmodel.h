// SPDX-License-Identifier: MIT
#pragma once

#include "kpimeasure.h"

#include "analytics/kpireport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace ct {

// The carrier scorecard: a row per carrier of the range (most shipments first), its volume
// (tracked shipments) and a column per KPI of AnalyticsPage::scorecardMeasures (on-time,
// first attempt, NDR, RTO, transit P50 and P90, exceptions per 1,000). The numbers come
// from the KPI report (core); this model only adds display roles: the text ("no data"
// where a carrier has none), the counts and the KPI's definition as tooltips, alignment.
// cellAt() names the KPI cell behind an index, for the drill-down.
class CarrierScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CarrierColumn, VolumeColumn, FirstMeasureColumn };
    // The number behind a cell, for sorting (nullopt, no data, sorts last).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CarrierScorecardModel(QObject *parent = nullptr);

    // The carrier grouping `grouping` of `report`.
    void setReport(std::shared_ptr<const KpiReport> report, int grouping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The KPI cell behind `index` and the measure it shows (the volume column: the
    // delivery rate's denominator, the tracked shipments); nullopt for the carrier column.
    std::optional<KpiCellRef> cellAt(const QModelIndex &index) const;
    std::optional<KpiMeasure> measureAt(int column) const;
    const KpiCell *kpiCell(const QModelIndex &index) const;
    QString carrierAt(int row) const { return m_carriers.value(row); }

private:
    std::optional<double> sortValue(int row, int column) const;

    std::shared_ptr<const KpiReport> m_report;
    int m_grouping = 0;
    QList<KpiMeasure> m_measures;
    QStringList m_carriers;
};

} // namespace ct
