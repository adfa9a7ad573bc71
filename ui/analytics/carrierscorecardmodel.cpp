// SPDX-License-Identifier: MIT
#include "carrierscorecardmodel.h"

#include "analyticspage.h"
#include "kpichartbuilder.h"
#include "kpiformat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace ct {

CarrierScorecardModel::CarrierScorecardModel(QObject *parent)
    : QAbstractTableModel(parent), m_measures(AnalyticsPage::scorecardMeasures())
{
}

void CarrierScorecardModel::setReport(std::shared_ptr<const KpiReport> report, int grouping)
{
    beginResetModel();
    m_report = std::move(report);
    m_grouping = grouping;
    m_carriers = m_report ? KpiChartBuilder::keysByVolume(*m_report, grouping) : QStringList();
    endResetModel();
}

int CarrierScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_carriers.size());
}

int CarrierScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMeasureColumn + static_cast<int>(m_measures.size());
}

std::optional<KpiMeasure> CarrierScorecardModel::measureAt(int column) const
{
    if (column == VolumeColumn)
        return KpiMeasure{Kpi::DeliveryRate};
    if (column >= FirstMeasureColumn && column < columnCount())
        return m_measures.at(column - FirstMeasureColumn);
    return std::nullopt;
}

std::optional<KpiCellRef> CarrierScorecardModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_report || index.row() >= m_carriers.size())
        return std::nullopt;
    const auto measure = measureAt(index.column());
    if (!measure)
        return std::nullopt;
    return KpiCellRef{measure->kpi, m_grouping, m_report->request.from, m_carriers.at(index.row()), {}};
}

const KpiCell *CarrierScorecardModel::kpiCell(const QModelIndex &index) const
{
    const auto ref = cellAt(index);
    return ref ? m_report->find(ref->kpi, ref->grouping, ref->period, ref->cut, ref->part) : nullptr;
}

std::optional<double> CarrierScorecardModel::sortValue(int row, int column) const
{
    const QModelIndex i = index(row, column);
    const KpiCell *cell = kpiCell(i);
    if (column == VolumeColumn)
        return cell ? std::optional<double>(double(cell->denominator)) : std::nullopt;
    const auto measure = measureAt(column);
    return measure ? KpiFormat::number(cell, measure->stat) : std::nullopt;
}

QVariant CarrierScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_carriers.size() || index.column() >= columnCount())
        return {};
    const QString &carrier = m_carriers.at(index.row());
    if (index.column() == CarrierColumn) {
        switch (role) {
        case Qt::DisplayRole: return KpiFormat::cutLabel(KpiCut::Carrier, carrier);
        case SortRole: return carrier;
        case Qt::ToolTipRole: return carrier;
        default: return {};
        }
    }
    const KpiCell *cell = kpiCell(index);
    const KpiMeasure measure = *measureAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == VolumeColumn)
            return cell ? QLocale().toString(cell->denominator) : KpiFormat::noData();
        return KpiFormat::value(cell, measure.stat);
    case SortRole: {
        const auto v = sortValue(index.row(), index.column());
        return v ? QVariant(*v) : QVariant();
    }
    case Qt::ToolTipRole: {
        QString text;
        if (index.column() == VolumeColumn)
            text = tr("<p>Tracked shipments whose first event falls in the range (the delivery rate's denominator)."
                      "</p>");
        else if (cell && !KpiFormat::counts(*cell).isEmpty())
            text = QStringLiteral("<p>%1</p>").arg(KpiFormat::counts(*cell).toHtmlEscaped());
        return QString(text + KpiFormat::definitionToolTip(measure.kpi)
                       + tr("<p>Double-click or Enter: open the shipments behind it.</p>"));
    }
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!sortValue(index.row(), index.column()))
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    default: return {};
    }
}

QVariant CarrierScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CarrierColumn: return tr("Carrier");
        case VolumeColumn: return tr("Shipments");
        default: break;
        }
        const KpiMeasure m = m_measures.at(section - FirstMeasureColumn);
        switch (m.kpi) {
        case Kpi::OnTimeRate: return tr("On time");
        case Kpi::FirstAttemptRate: return tr("First attempt");
        case Kpi::NdrRate: return tr("NDR");
        case Kpi::RtoRate: return tr("RTO");
        case Kpi::TransitDays: return m.stat == KpiStat::P90 ? tr("Transit P90") : tr("Transit P50");
        case Kpi::ExceptionsPerThousand: return tr("Exceptions / 1,000");
        default: return KpiFormat::label(m);
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstMeasureColumn)
        return KpiFormat::definitionToolTip(m_measures.at(section - FirstMeasureColumn).kpi);
    if (role == Qt::TextAlignmentRole)
        return QVariant(section == CarrierColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void CarrierScorecardModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || m_carriers.isEmpty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> keysBefore;
    for (const QModelIndex &i : before)
        keysBefore << m_carriers.value(i.row());
    QList<int> rows(m_carriers.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        if (column == CarrierColumn) {
            const int c = KpiFormat::cutLabel(KpiCut::Carrier, m_carriers.at(a))
                              .localeAwareCompare(KpiFormat::cutLabel(KpiCut::Carrier, m_carriers.at(b)));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        }
        const auto va = sortValue(a, column), vb = sortValue(b, column);
        if (!va || !vb)
            return va.has_value() && !vb.has_value(); // no data last, either way
        return order == Qt::AscendingOrder ? *va < *vb : *va > *vb;
    });
    QStringList sorted;
    for (int r : rows)
        sorted << m_carriers.at(r);
    m_carriers = sorted;
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(static_cast<int>(m_carriers.indexOf(keysBefore.at(i))), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ct
