// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuefilter.h"
#include "exceptionqueuerow.h"

#include <QString>

#include <optional>

namespace ct {

class Database;

// Facet counts of the exception queue (docs/QUEUE.md, "Facets"): for each dimension of the
// filter, how many exceptions have each value when every OTHER dimension is applied, so a
// count beside an unchecked value is what checking it would add. Most counted first.
// SQLite stores only. Use from the Database's thread.
class ExceptionQueueFacetCounter final
{
public:
    explicit ExceptionQueueFacetCounter(const Database &database);

    std::optional<ExceptionQueueFacets> count(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context,
                                              QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
