// SPDX-License-Identifier: MIT
#include "visiblecellrepainter.h"

#include "shell/clock.h"

#include <QHeaderView>
#include <QTableView>

namespace ct {

VisibleCellRepainter::VisibleCellRepainter(const Clock &clock, QTableView *table, QList<int> columns)
    : QObject(table), m_clock(clock), m_table(table), m_columns(std::move(columns))
{
    connect(&m_clock, &Clock::changed, this, &VisibleCellRepainter::repaint);
}

void VisibleCellRepainter::repaint()
{
    // A running clock ticks every second; the cells show minutes.
    const qint64 minute = m_clock.nowMs() / 60'000;
    if (!m_clock.isFixed() && minute == m_minute)
        return;
    m_minute = minute;
    if (!m_table->isVisible())
        return;
    QWidget *viewport = m_table->viewport();
    for (int column : std::as_const(m_columns)) {
        if (m_table->isColumnHidden(column))
            continue;
        const int x = m_table->columnViewportPosition(column);
        const int width = m_table->columnWidth(column);
        if (x + width < 0 || x > viewport->width())
            continue;
        viewport->update(QRect(x, 0, width, viewport->height()));
        ++m_repaints;
    }
}

} // namespace ct
