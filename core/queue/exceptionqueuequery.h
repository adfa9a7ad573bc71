// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuefilter.h"
#include "exceptionqueuerow.h"
#include "exceptionqueuesort.h"

#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// The exception queue's rows, a page at a time (docs/QUEUE.md): filtered and sorted in
// SQL over the trigger-kept `exception_queue` table, paged by keyset (the page after a
// given row, never OFFSET), so a page costs what the page holds whatever the store's
// size. For a lazy item model: firstPage, then nextPage after the last loaded row; row()
// and matches() refresh one row after an edit; count() gives the total. SQLite stores
// only (the server on PostgreSQL has no queue). Use from the Database's thread.
class ExceptionQueueQuery final
{
public:
    explicit ExceptionQueueQuery(const Database &database);
    ~ExceptionQueueQuery();

    // Up to `limit` (1..1000) rows from the start of the order. nullopt with `error` on a
    // store failure or a filter that cannot be evaluated (see QueueFilterSql::check).
    std::optional<ExceptionQueuePage> firstPage(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort,
                                                int limit, const ExceptionQueueContext &context, QString *error);
    // Up to `limit` rows that follow `after` (a row of the previous page, as it was read)
    // in the order.
    std::optional<ExceptionQueuePage> nextPage(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort,
                                               const ExceptionQueueRow &after, int limit,
                                               const ExceptionQueueContext &context, QString *error);

    // One exception's row, whatever the filter: nullopt with `error` empty when there is
    // no such exception, with `error` set on a store failure.
    std::optional<ExceptionQueueRow> row(qint64 exceptionId, const ExceptionQueueContext &context, QString *error);
    // Whether the exception passes the filter now.
    std::optional<bool> matches(const ExceptionQueueFilter &filter, qint64 exceptionId,
                                const ExceptionQueueContext &context, QString *error);
    // How many exceptions pass the filter.
    std::optional<qint64> count(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context, QString *error);

    // The SQL of a page, for EXPLAIN QUERY PLAN in tests and the benchmark.
    static QString pageSql(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort, bool afterRow,
                           const ExceptionQueueContext &context);

private:
    std::optional<ExceptionQueuePage> page(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort,
                                           const ExceptionQueueRow *after, int limit,
                                           const ExceptionQueueContext &context, QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
