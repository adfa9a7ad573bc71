// SPDX-License-Identifier: MIT
#pragma once

#include "returnqueuefilter.h"
#include "returnqueuerow.h"

#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// The returns queue's rows, a page at a time (docs/RETURNS.md, "The returns queue"):
// filtered and sorted in SQL over `returns` and their kept verdicts, paged by keyset (the
// page after a given row, never OFFSET). For a lazy item model: firstPage, then nextPage
// after the last loaded row; row() refreshes one row after an edit; count() and facets()
// give the totals. Ages are counted at `nowMs`. SQLite stores (the verdicts and the
// full-text index are SQLite only). Use from the Database's thread.
class ReturnQueueQuery final
{
public:
    explicit ReturnQueueQuery(const Database &database);
    ~ReturnQueueQuery();

    static constexpr int MaxLimit = 1000;

    // Up to `limit` (1..MaxLimit) rows from the start of the order; nullopt with `error`
    // on a store failure or a bad limit.
    std::optional<ReturnQueuePage> firstPage(const ReturnQueueFilter &filter, const ReturnQueueSort &sort, int limit,
                                             qint64 nowMs, QString *error);
    // Up to `limit` rows that follow `after` (a row of the previous page, as it was read).
    std::optional<ReturnQueuePage> nextPage(const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                            const ReturnQueueRow &after, int limit, qint64 nowMs, QString *error);
    // One return's row, whatever the filter: nullopt with `error` empty when there is no
    // such return.
    std::optional<ReturnQueueRow> row(qint64 returnId, QString *error);
    // Whether the return passes the filter now.
    std::optional<bool> matches(const ReturnQueueFilter &filter, qint64 returnId, qint64 nowMs, QString *error);
    std::optional<qint64> count(const ReturnQueueFilter &filter, qint64 nowMs, QString *error);
    std::optional<ReturnQueueFacets> facets(const ReturnQueueFilter &filter, qint64 nowMs, QString *error);

    // The SQL of a page, for EXPLAIN QUERY PLAN in tests and the benchmark.
    static QString pageSql(const ReturnQueueFilter &filter, const ReturnQueueSort &sort, bool afterRow, qint64 nowMs);

private:
    std::optional<ReturnQueuePage> page(const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                        const ReturnQueueRow *after, int limit, qint64 nowMs, QString *error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
