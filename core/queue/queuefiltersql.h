// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuefilter.h"
#include "exceptionqueuerow.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

class SqlStatement;

namespace queue {

// The filter's dimensions, for facets (each counted without its own dimension).
enum class Dimension : quint8 {
    Status, Type, NdrReason, Party, Carrier, Service, Assignee, Sla, Priority, Opened, Payment, Attempts,
    OrderValue, Country, Search,
    Ids, // a drill-down's exceptions (no facet)
};
inline constexpr int DimensionCount = 16;

// A value bound to a '?' of the generated SQL.
struct SqlBind
{
    qint64 number = 0;
    QString text;
    bool isText = false;
};

void bindAll(SqlStatement &statement, const QList<SqlBind> &binds);

// The WHERE terms of a queue filter over `exception_queue q`, evaluated at the context's
// instant for the signed-in user. Values are bound, never spliced into the SQL (enum
// values, which are the filter's own integers, are written as literals).
class QueueFilterSql final
{
public:
    QueueFilterSql(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context);

    // False with `error` when the filter cannot be evaluated (assigned to "me" without a
    // signed-in user).
    bool check(QString *error) const;

    // The stored statuses (0 open, 1 resolved) the filter can match, ascending.
    QList<int> storedStatuses() const;

    // Every term but those of `except`, AND-joined ("1" when none), restricted to one
    // stored status when `storedStatus` is given.
    QString where(QList<SqlBind> &binds, std::optional<Dimension> except = std::nullopt,
                  std::optional<int> storedStatus = std::nullopt) const;

    // One dimension's condition; empty when the filter does not restrict it.
    QString term(Dimension dimension, QList<SqlBind> &binds) const;

    // The status term alone: which rows of a stored status the filter's statuses take.
    QString statusTerm(int storedStatus, QList<SqlBind> &binds) const;

    // "open", "snoozed" or "resolved" of a row, in SQL (binds now).
    static QString statusCodeSql(QList<SqlBind> &binds, qint64 nowMs);

private:
    QString slaTerm(QList<SqlBind> &binds) const;

    const ExceptionQueueFilter &m_filter;
    const ExceptionQueueContext &m_context;
};

} // namespace queue
} // namespace ct
