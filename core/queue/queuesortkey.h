// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuesort.h"

#include <QString>

#include <span>

namespace ct {

struct ExceptionQueueRow;

namespace queue {

// One part of a sort column's key: its column in `exception_queue` and how it compares.
struct SortKeyPart
{
    const char *column;
    bool text;
    bool noCase; // SQLite NOCASE: ASCII letters folded
};

// A row's value of one key part.
struct SortValue
{
    qint64 number = 0;
    QString text;
};

// The parts of a column's key, most significant first (one, or two for the destination).
std::span<const SortKeyPart> sortKeyParts(QueueSortColumn column);
SortValue sortValue(const ExceptionQueueRow &row, QueueSortColumn column, int part);
// <0, 0, >0 in ascending order, as SQLite compares the part.
int compareSortValues(const SortKeyPart &part, const SortValue &a, const SortValue &b);

} // namespace queue
} // namespace ct
