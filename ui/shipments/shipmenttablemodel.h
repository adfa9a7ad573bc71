// SPDX-License-Identifier: MIT
#pragma once

#include "geo/timezoneresolver.h"
#include "store/shipmentqueries.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace ct {

class Clock;
class Database;

// The store's shipments for a table view, newest activity first. Rows arrive in pages as
// the view scrolls (canFetchMore/fetchMore over keyset pages), so a million shipments
// never sit in memory. With a search text the model shows the full-text matches instead.
// Queries live in core (ShipmentQueries); this model only adds display roles.
class ShipmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TrackingNumber,
        Carrier,
        Status,
        LastScan,
        LastLocation,
        Destination,
        Customer,
        Order,
        Value,
        Promised,
        PredictedP50, // the delivery-date model's stored estimate
        PredictedP90,
        OpenExceptions,
        ColumnCount
    };
    // The shipment's id in the store, on every cell.
    static constexpr int ShipmentIdRole = Qt::UserRole + 1;

    // `clock` says which promised dates have passed.
    ShipmentTableModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    static constexpr int PageSize = 200;
    static constexpr int SearchLimit = 500;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Empty text: browse everything. Otherwise: the first SearchLimit matches. A search
    // ends an id filter.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    // Only these shipments (a drill-down from the analytics), newest activity first, page
    // by page as the view scrolls; any number of ids. Ids no longer in the store are left
    // out: idFilterCount() is how many remain.
    void setIdFilter(const QList<qint64> &ids);
    void clearIdFilter();
    bool hasIdFilter() const { return m_idFilter.has_value(); }
    qint64 idFilterCount() const { return m_idFilter ? m_idFilter->size() : 0; }
    // Drops what is loaded and starts again from the top (after the store changed).
    void reload();

signals:
    void queryFailed(const QString &message);

private:
    void loadFirstPage();
    // The next page of the id filter; `announce`: tell the views (outside a reset).
    bool appendFilteredPage(bool announce, QString *error);

    ShipmentQueries m_queries;
    QList<ShipmentRow> m_rows;
    ShipmentCursor m_cursor;
    bool m_atEnd = true;
    QString m_search;
    std::optional<QList<qint64>> m_idFilter; // in display order
    qsizetype m_idFilterNext = 0;             // the first id not loaded yet
    // Whether the promised day is over at the destination (in its time zone; else in the
    // latest scan's offset), by the app's clock.
    bool promiseBroken(const ShipmentRow &row) const;

    const Clock &m_clock;
    mutable geo::TimeZoneResolver m_zones;
    qint64 m_quarter = 0; // the clock's quarter hour when promises were last judged
};

} // namespace ct
