// SPDX-License-Identifier: MIT
#pragma once

#include "exceptionqueuerow.h"

#include <QString>

namespace ct {

class SqlStatement;

namespace queue {

// The columns of a queue row, over `exception_queue q` joined to its exception `x` and
// shipment `s` (rowJoins()), and the row they make at `nowMs`.
QString rowColumns();
QString rowJoins();
ExceptionQueueRow readRow(const SqlStatement &statement, qint64 nowMs);

} // namespace queue
} // namespace ct
