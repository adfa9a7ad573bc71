// SPDX-License-Identifier: MIT
#pragma once

#include "shipmentoutcome.h"

#include <QHash>
#include <QList>
#include <QVariantList>
#include <QString>

#include <functional>

namespace ct {

class Database;
class SqlStatement;

// Reads shipments with their events (two queries in the same order, merged by id) and
// hands each shipment's outcome to a callback: the KPI engine's direct pass and the
// rollups' rebuild share it. `where` is a condition over shipments `s` with '?' bound to
// `values` (text: the filter's keys; integers: instants); `extra` are further columns the
// callback reads from `row` starting at column ExtraColumn.
class ShipmentOutcomeScan final
{
public:
    static constexpr int ExtraColumn = 10;

    using Visit = std::function<void(const SqlStatement &row, qint64 shipmentId, const ShipmentOutcome &outcome)>;

    static bool run(const Database &db, const ExceptionRules &rules, const QString &where, const QVariantList &values,
                    const QString &extra, const Visit &visit, QString *error);

    // Every agent's fake-attempt mark: occurred_at_ms of the marked attempts, by shipment.
    static bool fakeMarks(const Database &db, QHash<qint64, QList<qint64>> *marks, QString *error);
};

} // namespace ct
