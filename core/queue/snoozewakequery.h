// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// When snoozed exceptions wake (docs/QUEUE.md, "Snooze"): the next instant after a given
// "now" at which an open exception's snooze ends, and which exceptions woke within a span
// of time. A view arms one timer at nextWake() and, when it fires, reads the exceptions
// of woken() again, so they come back into the queue at their instant instead of at the
// next reload. Both are range reads of the `queue_facets` index (status, snoozed_until_ms),
// whatever the store's size. SQLite stores only, like the queue. Use from the Database's
// thread.
class SnoozeWakeQuery final
{
public:
    explicit SnoozeWakeQuery(const Database &database);

    // The earliest end of a snooze strictly after `nowMs` among open exceptions: nullopt
    // with `error` empty when no open exception is snoozed past `nowMs`, with `error` set
    // on a store failure.
    std::optional<qint64> nextWake(qint64 nowMs, QString *error) const;
    // The open exceptions whose snooze ended in (`afterMs`, `untilMs`], earliest first;
    // nullopt with `error` on a store failure.
    std::optional<QList<qint64>> woken(qint64 afterMs, qint64 untilMs, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
