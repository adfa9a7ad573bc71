// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

class QTableView;

namespace ct {

// How every table of records looks and behaves in the app (shipments, the outbox): whole
// rows selected, alternating rows, one line per row with the rest elided, compact rows,
// no row numbers; column widths from `widths` unless the user's saved `headerState`
// says otherwise.
void setUpRecordTable(QTableView &table, const QList<int> &widths, const QByteArray &headerState);

} // namespace ct
