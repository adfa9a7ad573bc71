// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

namespace json {
class Value;
}

struct ExceptionQueueRow;

// A column of the exception queue that rows can be ordered by (docs/QUEUE.md).
enum class QueueSortColumn : quint8 {
    Priority,          // priority score
    SlaDue,            // the next SLA deadline: first action until someone acted, then resolution
    FirstActionDue,
    ResolveDue,
    Type,
    Carrier,
    TrackingNumber,
    Customer,          // customer name, case-insensitive (ASCII)
    Destination,       // country, then city (case-insensitive)
    OrderValue,        // minor units, whatever the currency
    PaymentMode,
    Attempts,
    Opened,            // when the condition began (age)
    Assignee,          // case-insensitive; unassigned first when ascending
    Status,            // stored status: open (and snoozed) before resolved
};
inline constexpr int QueueSortColumnCount = 15;

QString queueSortColumnCode(QueueSortColumn column); // "priority", "sla_due", ...
std::optional<QueueSortColumn> queueSortColumnFromCode(QStringView code);

// How the queue is ordered: one column, ascending or descending, and the exception id as
// the tie-breaker in the same direction, so every row has one place and keyset paging
// never repeats or skips a row. Sorting is done in SQL; lessThan() is the same order in
// C++ (byte order of UTF-8, ASCII letters folded where the column is case-insensitive, as
// SQLite's NOCASE), for placing a refreshed row among loaded ones.
struct ExceptionQueueSort
{
    QueueSortColumn column = QueueSortColumn::Priority;
    bool descending = true;

    bool operator==(const ExceptionQueueSort &) const = default;

    // Whether `a` comes before `b` in this order.
    bool lessThan(const ExceptionQueueRow &a, const ExceptionQueueRow &b) const;

    // {"column": "priority", "descending": true}
    QByteArray toJson() const;
    static std::optional<ExceptionQueueSort> fromJson(const json::Value &value, QList<FieldError> *errors);
};

} // namespace ct
