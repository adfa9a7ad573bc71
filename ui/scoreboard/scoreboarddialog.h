// SPDX-License-Identifier: MIT
#pragma once

#include "shell/viewcontext.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;

namespace ct {

class ScoreboardModel;

// The agent scoreboard (View > Agent Scoreboard…; docs/ASSIGNMENT.md): per agent, for a
// range of days in the team's time zone, the exceptions they were handed, what still
// waits for them, what they acted on and closed, and how soon they acted; below, what the
// rules could give nobody. Reads the store as it stands (a replica shows the team's
// figures); Refresh reads it again.
class ScoreboardDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Range : quint8 { Today, Yesterday, Last7Days, Last30Days, Custom };

    ScoreboardDialog(const ViewContext &context, QWidget *parent = nullptr);

    // Shows the window's scoreboard, making it the first time.
    static ScoreboardDialog *showFor(QWidget *window, const ViewContext &context);

    void setRange(Range range);
    // A custom range of days, both included.
    void setDays(QDate from, QDate to);
    void refresh();

    ScoreboardModel *model() const { return m_model; }
    QTimeZone timeZone() const { return m_zone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem : quint8 { None, Warning, Error };
    void applyRange();
    // The note under the table in the colour of what it says, for the current appearance.
    void colourNote();

    const Database &m_database;
    const Clock &m_clock;
    QTimeZone m_zone;
    ScoreboardModel *m_model;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_zoneNote;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_unassigned;
    bool m_applying = false;
    bool m_colouring = false;
    Problem m_problem = Problem::None;
};

} // namespace ct
