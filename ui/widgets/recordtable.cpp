// SPDX-License-Identifier: MIT
#include "recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace ct {

void setUpRecordTable(QTableView &table, const QList<int> &widths, const QByteArray &headerState)
{
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setAlternatingRowColors(true);
    table.setWordWrap(false);
    table.setTextElideMode(Qt::ElideRight);
    table.verticalHeader()->hide();
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 8);
    table.horizontalHeader()->setHighlightSections(false);
    for (int column = 0; column < widths.size(); ++column)
        table.setColumnWidth(column, widths.at(column));
    table.horizontalHeader()->restoreState(headerState);
}

} // namespace ct
