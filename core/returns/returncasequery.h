// SPDX-License-Identifier: MIT
#pragma once

#include "returncase.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// Builds the ReturnCases the policy judges from the store: each return with its items, the
// dates of its order's outbound shipment, and the customer's history (their returns and
// orders within `historyDays` before the request, the items of the same order already
// in another return). Reads every return and, once, the orders of the customers who
// returned something, so that judging all returns on open costs one pass.
class ReturnCaseQuery final
{
public:
    explicit ReturnCaseQuery(const Database &db) : m_db(db) {}

    // Every return, by id. `historyDays`: the serial-returner rule's days.
    std::optional<QList<ReturnCase>> all(int historyDays, QString *error) const;

private:
    const Database &m_db;
};

} // namespace ct
