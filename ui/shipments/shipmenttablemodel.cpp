// SPDX-License-Identifier: MIT
#include "shipmenttablemodel.h"

#include "domain/carriers.h"
#include "shell/clock.h"
#include "widgets/displaytext.h"
#include "widgets/statuspalette.h"


namespace ct {

namespace {
constexpr qint64 QuarterHourMs = 15 * 60'000;
}

ShipmentTableModel::ShipmentTableModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_queries(database), m_clock(clock), m_quarter(clock.nowMs() / QuarterHourMs)
{
    loadFirstPage();
    // A promise breaks at midnight at its destination: some zone's midnight falls on every
    // quarter hour, so the column is judged again when the clock passes one.
    connect(&m_clock, &Clock::changed, this, [this] {
        const qint64 quarter = m_clock.nowMs() / QuarterHourMs;
        if (quarter == m_quarter)
            return;
        m_quarter = quarter;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Promised), index(static_cast<int>(m_rows.size()) - 1, Promised));
    });
}

bool ShipmentTableModel::promiseBroken(const ShipmentRow &row) const
{
    if (!row.promisedDate.isValid() || row.tag == Tag::Delivered)
        return false;
    return row.promisedDate
        < m_zones.localDateAt(m_clock.nowMs(), row.destinationCountry, row.destinationState, row.lastEventOffsetMinutes);
}

int ShipmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ShipmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackingNumber: return tr("Tracking number");
    case Carrier: return tr("Carrier");
    case Status: return tr("Status");
    case LastScan: return tr("Last scan");
    case LastLocation: return tr("Last location");
    case Destination: return tr("Destination");
    case Customer: return tr("Customer");
    case Order: return tr("Order");
    case Value: return tr("Value");
    case Promised: return tr("Promised");
    case PredictedP50: return tr("P50");
    case PredictedP90: return tr("P90");
    case OpenExceptions: return tr("Exceptions");
    default: return {};
    }
}

QVariant ShipmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ShipmentRow &r = m_rows.at(index.row());
    if (role == ShipmentIdRole)
        return r.id;
    const bool brokenPromise = promiseBroken(r);
    // Delivered parcels keep their last estimate; only one still on its way is warned about.
    const bool predictedLate = r.tag != Tag::Delivered && r.promisedDate.isValid() && r.predictedP50.isValid()
                               && r.predictedP50 > r.promisedDate;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TrackingNumber: return r.trackingNumber;
        case Carrier: return carrierDisplayName(r.carrier);
        case Status: return tagLabel(r.tag);
        case LastScan: return r.lastEventMs ? DisplayText::userTime(*r.lastEventMs) : QString();
        case LastLocation: return r.lastLocation;
        case Destination: return DisplayText::place(r.destinationCity, {}, {}, r.destinationCountry);
        case Customer: return r.customerName;
        case Order: return r.orderId;
        case Value: return DisplayText::money(r.orderValueCents, r.currency);
        case Promised: return DisplayText::date(r.promisedDate);
        case PredictedP50: return r.predictedP50.isValid() ? DisplayText::date(r.predictedP50) : QString();
        case PredictedP90: return r.predictedP90.isValid() ? DisplayText::date(r.predictedP90) : QString();
        case OpenExceptions: return r.openExceptions > 0 ? QVariant(r.openExceptions) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return QString(subtagLabel(r.subtag) + QStringLiteral(" (") + subtagCode(r.subtag) + QLatin1Char(')'));
        if (index.column() == Promised && brokenPromise)
            return tr("The promised date has passed and the parcel is not delivered.");
        if (index.column() == PredictedP50 && predictedLate)
            return tr("Predicted after the promised date: half of parcels like this one arrive by %1.")
                .arg(DisplayText::date(r.predictedP50));
        if (index.column() == PredictedP50 || index.column() == PredictedP90)
            return r.predictedP50.isValid()
                       ? tr("Predicted from this store's deliveries: half of parcels like this one arrive by the P50 "
                            "date, nine in ten by the P90 date.")
                       : QVariant();
        if (index.column() == Carrier)
            return r.service.isEmpty() ? QVariant() : QVariant(r.service);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusPalette::dot(r.tag);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Promised && brokenPromise) || (index.column() == PredictedP50 && predictedLate))
            return StatusPalette::warningText();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == OpenExceptions)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

bool ShipmentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ShipmentTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QString error;
    if (m_idFilter) {
        if (!appendFilteredPage(true, &error)) {
            m_atEnd = true;
            emit queryFailed(error);
        }
        return;
    }
    const auto page = m_queries.page(m_cursor, PageSize, &error);
    if (!page) {
        m_atEnd = true;
        emit queryFailed(error);
        return;
    }
    m_atEnd = page->atEnd || page->rows.size() < PageSize;
    m_cursor = page->next;
    if (page->rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

bool ShipmentTableModel::appendFilteredPage(bool announce, QString *error)
{
    const QList<qint64> slice = m_idFilter->mid(m_idFilterNext, PageSize);
    const auto rows = m_queries.rows(slice, error);
    if (!rows)
        return false;
    m_idFilterNext += slice.size();
    m_atEnd = m_idFilterNext >= m_idFilter->size();
    if (rows->isEmpty())
        return true;
    const int first = static_cast<int>(m_rows.size());
    if (announce)
        beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows.append(*rows);
    if (announce)
        endInsertRows();
    return true;
}

void ShipmentTableModel::loadFirstPage()
{
    m_rows.clear();
    m_cursor = ShipmentCursor();
    m_atEnd = false;
    if (m_idFilter) {
        // The shipments may have changed since the filter was set: ordered again.
        QString error;
        const auto ordered = m_queries.orderedByActivity(*m_idFilter, &error);
        m_idFilterNext = 0;
        if (ordered)
            m_idFilter = *ordered;
        if (!ordered || !appendFilteredPage(false, &error)) {
            m_atEnd = true;
            emit queryFailed(error);
        }
        return;
    }
    if (m_search.trimmed().isEmpty()) {
        QString error;
        const auto page = m_queries.page(m_cursor, PageSize, &error);
        if (!page) {
            m_atEnd = true;
            emit queryFailed(error);
            return;
        }
        m_rows = page->rows;
        m_cursor = page->next;
        m_atEnd = page->atEnd || page->rows.size() < PageSize;
        return;
    }
    QString error;
    const auto hits = m_queries.search(m_search, SearchLimit, &error);
    m_atEnd = true;
    if (!hits) {
        emit queryFailed(error);
        return;
    }
    m_rows = *hits;
}

void ShipmentTableModel::setSearchText(const QString &text)
{
    if (text == m_search && !m_idFilter)
        return;
    beginResetModel();
    m_search = text;
    m_idFilter.reset();
    loadFirstPage();
    endResetModel();
}

void ShipmentTableModel::setIdFilter(const QList<qint64> &ids)
{
    beginResetModel();
    m_search.clear();
    m_idFilter = ids;
    loadFirstPage();
    endResetModel();
}

void ShipmentTableModel::clearIdFilter()
{
    if (!m_idFilter)
        return;
    beginResetModel();
    m_idFilter.reset();
    loadFirstPage();
    endResetModel();
}

void ShipmentTableModel::reload()
{
    beginResetModel();
    loadFirstPage();
    endResetModel();
}

} // namespace ct
