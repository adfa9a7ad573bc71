// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuefilter.h"
#include "queue/exceptionqueuequery.h"
#include "queue/exceptionqueuerow.h"
#include "queue/exceptionqueuesort.h"
#include "sync/editstatequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace ct {

class Clock;
class Database;

// The exception queue for a table view (docs/DESKTOP.md, "Exceptions"): the rows of
// ExceptionQueueQuery for a filter and a sort, a page at a time as the view scrolls
// (canFetchMore/fetchMore over keyset pages: a million shipments never sit in memory).
// Sorting is the query's (SQL); changing the filter or the sort resets the model, and
// nothing else does: after an edit, refresh(ids) reads those rows again and removes,
// moves, changes or places each with exact row signals (ExceptionQueueSort::lessThan),
// and reload() does the same for every loaded row after the store changed. Each row
// carries its latest edit's state from the outbox (pending, refused, in conflict). The
// model adds display roles only; the SLA columns give their due instants to
// CountdownDelegate, which paints the countdown from the Clock.
class ExceptionQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Priority,
        FirstActionSla,
        ResolveSla,
        Type,
        Carrier,
        TrackingNumber,
        Customer,
        Destination,
        OrderValue,
        Payment,
        Attempts,
        Age,
        Assignee,
        Status,
        PredictedP50, // the delivery-date model's stored estimate (not sortable: not in the queue's SQL keys)
        PredictedP90,
        ColumnCount
    };
    static constexpr int ExceptionIdRole = Qt::UserRole + 1;
    static constexpr int ShipmentIdRole = Qt::UserRole + 2;
    static constexpr int EditStateRole = Qt::UserRole + 3; // int(EditState::Kind)
    static constexpr int PageSize = 100;

    ExceptionQueueModel(const Database &database, const Clock &clock, QObject *parent = nullptr);
    ~ExceptionQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The signed-in user ("mine"); empty without one. Resets when it changes.
    void setCurrentUser(const QString &user);
    const QString &currentUser() const { return m_user; }
    // Resets, and reads the first page, when the filter or the sort differs (or nothing
    // was read yet: the model starts empty, so a view sets its saved view first).
    void setQuery(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort);
    const ExceptionQueueFilter &filter() const { return m_filter; }
    const ExceptionQueueSort &querySort() const { return m_sort; }
    // The header section and direction that show `sort`; the section is -1 for an order
    // no column shows (the next deadline).
    static std::pair<int, Qt::SortOrder> sortSection(const ExceptionQueueSort &sort);
    static std::optional<ExceptionQueueSort> sortForSection(int column, Qt::SortOrder order);

    // Reads these exceptions again after an edit (or a sync): a row that no longer
    // passes the filter is removed, a changed one is updated in place or moved to its new
    // place, a new one is placed among the loaded rows (a row that falls after the last
    // loaded one comes with a later page).
    void refresh(const QList<qint64> &exceptionIds);
    // Reads every loaded row again, and the head of the queue (the store changed).
    void reload();

    const ExceptionQueueRow &row(int row) const { return m_rows.at(row); }
    // The row of an exception among the loaded ones; -1 when it is not loaded.
    int rowOf(qint64 exceptionId) const;
    EditState editState(qint64 exceptionId) const { return m_editStates.value(exceptionId); }
    // Why the last query failed (a store error, "mine" without a sign-in); empty when it
    // did not.
    const QString &lastError() const { return m_error; }

    // The texts the cells show, for the detail pane and tooltips.
    static QString typeText(const ExceptionQueueRow &row);
    static QString statusText(const ExceptionQueueRow &row);
    static QString priorityText(const ExceptionQueueRow &row);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    ExceptionQueueContext context() const;
    void loadFirstPage();
    void readEditStates(const QList<qint64> &ids);
    // Puts a fresh version of a row where it belongs, or removes it (nullopt).
    void place(qint64 exceptionId, const std::optional<ExceptionQueueRow> &fresh);
    // Where `row` goes among the loaded rows (lessThan); -1 when after the last loaded
    // row while more pages follow.
    int insertionPoint(const ExceptionQueueRow &row) const;
    void fail(const QString &message);
    QVariant display(const ExceptionQueueRow &r, int column) const;
    QString toolTip(const ExceptionQueueRow &r, int column) const;

    const Clock &m_clock;
    ExceptionQueueQuery m_query;
    EditStateQuery m_edits;
    ExceptionQueueFilter m_filter;
    ExceptionQueueSort m_sort;
    QString m_user;
    QList<ExceptionQueueRow> m_rows;
    QHash<qint64, EditState> m_editStates;
    bool m_loaded = false; // the first page of the current query was read
    QString m_error;
    bool m_atEnd = true;
};

} // namespace ct
