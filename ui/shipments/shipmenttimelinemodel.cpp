// SPDX-License-Identifier: MIT
#include "shipmenttimelinemodel.h"

#include "widgets/displaytext.h"
#include "widgets/statuspalette.h"

#include <QFont>

#include <algorithm>

namespace ct {

ShipmentTimelineModel::ShipmentTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void ShipmentTimelineModel::setEvents(const QList<TrackingEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int ShipmentTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ShipmentTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipmentTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == When)
        return tr("Local time where the scan happened, with its offset from UTC");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("Local time");
    case Status: return tr("Status");
    case CarrierText: return tr("Carrier says");
    case Code: return tr("Code");
    case Location: return tr("Location");
    default: return {};
    }
}

QVariant ShipmentTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const TrackingEvent &e = m_events.at(index.row());
    switch (role) {
    case TimeAssumedRole: return e.timeAssumed;
    case UnmappedCodeRole: return e.unmappedCode;
    case UtcMsRole: return e.occurredAt.utcMs;
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return DisplayText::placeTime(e.occurredAt, e.timeAssumed);
        case Status: return DisplayText::status(e.tag, e.subtag);
        case CarrierText: return e.description;
        case Code: return e.unmappedCode ? tr("%1 (unknown)").arg(e.rawCode) : e.rawCode;
        case Location:
            return e.countryInferred ? tr("%1 (country inferred)").arg(DisplayText::place(e.city, e.state, e.postalCode, e.country))
                                     : DisplayText::place(e.city, e.state, e.postalCode, e.country);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return e.timeAssumed
                       ? tr("That is %1. The carrier gave no UTC offset and the place did not tell the time zone: "
                            "the offset shown is a guess.")
                             .arg(DisplayText::placeTime({e.occurredAt.utcMs, 0}))
                       : tr("That is %1.").arg(DisplayText::placeTime({e.occurredAt.utcMs, 0}));
        case Status: return QString(subtagLabel(e.subtag) + QStringLiteral(" (") + subtagCode(e.subtag) + QLatin1Char(')'));
        case CarrierText: return e.description;
        case Code:
            return e.unmappedCode ? tr("The carrier's code %1 is not in its adapter's table: the status shown is the "
                                       "documented fallback, and the code is counted (controltower-cli stats).")
                                        .arg(e.rawCode)
                                  : QVariant();
        case Location:
            return e.countryInferred ? tr("The carrier named no country: %1 is inferred from its domestic service and "
                                          "the place's state or postal code.")
                                           .arg(e.country)
                                     : QVariant();
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(StatusPalette::dot(e.tag)) : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == When && e.timeAssumed) || (index.column() == Code && e.unmappedCode)
            || (index.column() == Location && e.countryInferred))
            return StatusPalette::warningText();
        return {};
    case Qt::FontRole:
        if (index.column() == When && e.timeAssumed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default: return {};
    }
}

} // namespace ct
