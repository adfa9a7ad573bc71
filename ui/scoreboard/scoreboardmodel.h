// SPDX-License-Identifier: MIT
#pragma once

#include "assignment/agentscoreboard.h"

#include <QAbstractTableModel>

namespace ct {

// The agent scoreboard's lines (AgentScoreboardQuery), one row per agent, for display.
class ScoreboardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Agent, Assigned, Pending, Actioned, Closed, MedianFirstAction, MeanFirstAction, ColumnCount };

    explicit ScoreboardModel(QObject *parent = nullptr);

    void setBoard(const AgentScoreboard &board);
    const AgentScoreboard &board() const { return m_board; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "45 min", "2 h 05 min", "3 d 4 h"; "—" for none.
    static QString durationText(std::optional<qint64> ms);

private:
    AgentScoreboard m_board;
};

} // namespace ct
