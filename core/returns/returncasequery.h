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
// in another return). Judging every return on open costs one pass over the returns and
// one look-up of the returning customers' orders (index by e-mail). Use from the
// Database's thread.
class ReturnCaseQuery final
{
public:
    explicit ReturnCaseQuery(const Database &db) : m_db(db) {}

    // Every return, by id. `historyDays`: the serial-returner rule's days.
    std::optional<QList<ReturnCase>> all(int historyDays, QString *error) const;
    // The returns with these ids (unknown ids are left out), by id, with the same history.
    std::optional<QList<ReturnCase>> some(const QList<qint64> &ids, int historyDays, QString *error) const;

private:
    const Database &m_db;
};

} // namespace ct
