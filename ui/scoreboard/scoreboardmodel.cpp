// SPDX-License-Identifier: MIT
#include "scoreboardmodel.h"

#include <QLocale>

namespace ct {

ScoreboardModel::ScoreboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScoreboardModel::setBoard(const AgentScoreboard &board)
{
    beginResetModel();
    m_board = board;
    endResetModel();
}

int ScoreboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_board.agents.size());
}

int ScoreboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoreboardModel::durationText(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("—");
    const qint64 minutes = (*ms + 30'000) / 60'000; // to the nearest minute
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
}

QVariant ScoreboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentScore &s = m_board.agents.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Agent ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Agent: return s.agent;
    case Assigned: return locale.toString(s.assigned);
    case Pending: return locale.toString(s.pending);
    case Actioned: return locale.toString(s.actioned);
    case Closed: return locale.toString(s.closed);
    case MedianFirstAction: return durationText(s.medianFirstActionMs);
    case MeanFirstAction: return durationText(s.meanFirstActionMs);
    default: return {};
    }
}

QVariant ScoreboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Assigned: return tr("Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed");
        case Pending: return tr("Of those: still open, still theirs, and nothing done by them since they got it");
        case Actioned: return tr("Of those: they took an action since they got it (a re-attempt, a new address, a call...)");
        case Closed: return tr("Of those: resolved now");
        case MedianFirstAction:
        case MeanFirstAction: return tr("From getting an exception to their first action on it");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent: return tr("Agent");
    case Assigned: return tr("Assigned");
    case Pending: return tr("Pending");
    case Actioned: return tr("Actioned");
    case Closed: return tr("Closed");
    case MedianFirstAction: return tr("First action (median)");
    case MeanFirstAction: return tr("First action (mean)");
    default: return {};
    }
}

} // namespace ct
