// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace ct {

class Clock;

// Repaints the visible cells of some columns of a table when the app's Clock moves on
// (countdowns, ages): only what is on screen, only the columns that read the clock, and
// on a running clock only when the minute they show changes. The model is not touched:
// no dataChanged, no reset, so selection, scrolling and editing are left alone.
class VisibleCellRepainter final : public QObject
{
    Q_OBJECT

public:
    VisibleCellRepainter(const Clock &clock, QTableView *table, QList<int> columns);

    // How many repaints it asked for (tests see that a tick repaints).
    int repaints() const { return m_repaints; }

private:
    void repaint();

    const Clock &m_clock;
    QTableView *m_table;
    QList<int> m_columns;
    qint64 m_minute = -1;
    int m_repaints = 0;
};

} // namespace ct
