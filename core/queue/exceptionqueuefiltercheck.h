// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuefilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

class Database;

// A filter value that no longer matches anything the store knows.
struct StaleFilterValue
{
    QString field; // its JSON path in the filter: "carriers[1]", "assignee.agents[0]"
    QString value;
    QString reason; // "no shipment is carried by \"ontrac\""
};

// Checks a filter (a saved view) against the store: carriers, services, agents,
// destination countries and the order-value currency that nothing in the store has any
// more. The filter is not changed: a stale value stays (it may come back) and the caller
// shows it as such. SQLite stores only. Use from the Database's thread.
class ExceptionQueueFilterCheck final
{
public:
    explicit ExceptionQueueFilterCheck(const Database &database);

    // `knownAgents`: the team's user names when the caller knows them (a team server's
    // users); without them an agent is stale when no exception is assigned to that name.
    std::optional<QList<StaleFilterValue>> staleValues(const ExceptionQueueFilter &filter, const QStringList &knownAgents,
                                                       QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
