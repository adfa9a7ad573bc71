// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuerow.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// One line of an exception's history: who did what, when, with the note or parameters.
struct ExceptionHistoryEntry
{
    qint64 id = 0; // negative: a local edit the team server has not taken yet
    qint64 atMs = 0;
    QString action; // "opened", "condition_cleared" (the rules), or an edit's op: "note", "snooze"...
    QString actor;  // "rules" or a user name
    QString detail;
};

// The other open exceptions around one: of the same shipment, and of the same customer's
// other shipments (same e-mail address, else the same name when the e-mail is unknown).
struct RelatedExceptions
{
    QList<ExceptionQueueRow> sameShipment;
    QList<ExceptionQueueRow> sameCustomer;
};

// What the detail pane shows of an exception besides its shipment's timeline (which
// ShipmentQueries gives). SQLite stores only. Use from the Database's thread.
class ExceptionDetailQueries final
{
public:
    explicit ExceptionDetailQueries(const Database &database);

    // Oldest first; empty for an unknown exception.
    std::optional<QList<ExceptionHistoryEntry>> history(qint64 exceptionId, QString *error) const;
    // Open (and snoozed) exceptions only, most urgent first; at most `limit` of each kind.
    std::optional<RelatedExceptions> related(qint64 exceptionId, const ExceptionQueueContext &context, QString *error,
                                             int limit = 50) const;

private:
    const Database &m_database;
};

} // namespace ct
