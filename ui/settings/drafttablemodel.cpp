// SPDX-License-Identifier: MIT
#include "drafttablemodel.h"

#include "assignmentdraft.h"
#include "settingsroles.h"

namespace ct {

DraftTableModel::DraftTableModel(AssignmentDraft &draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(&m_draft, &AssignmentDraft::changed, this, &DraftTableModel::refresh);
}

void DraftTableModel::refresh()
{
    if (m_structuring)
        return;
    const int rows = count(m_draft.rules());
    if (rows != m_rows) {
        // Loaded again: another list altogether.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // Any change can move an error anywhere: every cell says again what it shows.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

void DraftTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags DraftTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly)
        f |= isCheckable(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QVariant DraftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == SettingsRoles::Error || role == Qt::ToolTipRole) {
        QStringList errors;
        for (const QString &path : pathsOf(index.row(), index.column()))
            errors << m_draft.errorsAt(path);
        if (role == SettingsRoles::Error || !errors.isEmpty())
            return errors.join(QLatin1Char('\n'));
    }
    return cell(index.row(), index.column(), role);
}

void DraftTableModel::edit(const std::function<void(AssignmentRules &)> &change)
{
    m_draft.edit(change);
}

void DraftTableModel::editStructure(const std::function<void(AssignmentRules &)> &change)
{
    m_structuring = true;
    m_draft.edit(change);
    m_structuring = false;
    m_rows = count(m_draft.rules());
}

int DraftTableModel::appendRow()
{
    const int row = m_rows;
    beginInsertRows({}, row, row);
    editStructure([this](AssignmentRules &rules) { appendTo(rules); });
    endInsertRows();
    refresh();
    return row;
}

bool DraftTableModel::removeRows(int row, int rows, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || rows < 1 || row + rows > m_rows)
        return false;
    beginRemoveRows({}, row, row + rows - 1);
    editStructure([&](AssignmentRules &r) {
        for (int i = 0; i < rows; ++i)
            removeFrom(r, row);
    });
    endRemoveRows();
    refresh();
    return true;
}

} // namespace ct
