// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"
#include "edits/editcatalog.h"
#include "queue/exceptionqueuefilter.h"
#include "returnverdict.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

namespace json {
class Value;
}

// What the returns queue shows (docs/RETURNS.md, "The returns queue"): every dimension is a
// set of accepted values (empty: any) or a range, and all of them must hold. A value type,
// saved as JSON (a saved view) and read back with every problem located at its JSON path.
// Values the store no longer has (a carrier or category gone) are kept, and match nothing.
struct ReturnQueueFilter
{
    QList<ReturnStatus> statuses;
    QList<ReturnReason> reasons;
    QList<ReturnEligibility> verdicts; // the kept verdict (return_verdicts); a return not judged matches none
    QueueRange<qint64> valueCents;     // the return's value (its items)
    QString valueCurrency;             // with a value range: only returns in this currency
    QueueRange<int> ageDays;           // whole days since the request, at the query's instant
    QStringList categories;            // any item in one of them (lower case)
    QStringList reverseCarriers;       // the carrier bringing it back
    QString search;                    // RMA or order number, or the shipments table's full-text search
    // Only these returns (a drill-down from the Analytics view: the returns behind a
    // figure), whatever else the filter says too; nullopt: no such limit. Not part of a
    // saved view: toJson leaves it out.
    std::optional<QList<qint64>> returnIds;

    bool operator==(const ReturnQueueFilter &) const = default;

    // Key-ordered JSON; fields at their default are left out.
    QByteArray toJson() const;
    // Reads what toJson writes. Unknown fields, wrong types, unknown codes and inverted
    // ranges are errors at their JSON path ("statuses[1]", "age_days.min"); nullopt when
    // there is any.
    static std::optional<ReturnQueueFilter> fromJson(const json::Value &value, QList<FieldError> *errors);
    static std::optional<ReturnQueueFilter> fromJson(const QByteArray &text, QList<FieldError> *errors);
};

} // namespace ct
