// SPDX-License-Identifier: MIT
#include "policytablemodel.h"

#include "returnpolicydraft.h"
#include "settingsroles.h"

#include <QRegularExpression>

namespace ct {

PolicyTableModel::PolicyTableModel(ReturnPolicyDraft &draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    connect(&m_draft, &ReturnPolicyDraft::changed, this, &PolicyTableModel::refresh);
}

void PolicyTableModel::refresh()
{
    if (m_structuring)
        return;
    const int rows = count(m_draft.policy());
    if (rows != m_rows) {
        // Loaded again, or a step undone: another list altogether.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // Any change can move an error anywhere: every cell says again what it shows.
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

void PolicyTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags PolicyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && !m_draft.unreadText())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
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

int PolicyTableModel::rowOf(const QString &path) const
{
    static const QRegularExpression Item(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = Item.match(path);
    if (!m.hasMatch() || m.captured(1) != listName())
        return -1;
    const int row = m.captured(2).toInt();
    return row < m_rows ? row : -1;
}

void PolicyTableModel::edit(const QString &field, const std::function<void(ReturnPolicy &)> &change)
{
    m_draft.edit(field, change);
}

void PolicyTableModel::editStructure(const std::function<void(ReturnPolicy &)> &change)
{
    m_structuring = true;
    m_draft.edit(QString(), change);
    m_structuring = false;
    m_rows = count(m_draft.policy());
}

int PolicyTableModel::appendRow()
{
    if (m_readOnly || m_draft.unreadText())
        return -1;
    const int row = m_rows;
    beginInsertRows({}, row, row);
    editStructure([this](ReturnPolicy &policy) { appendTo(policy); });
    endInsertRows();
    refresh();
    return row;
}

bool PolicyTableModel::removeRows(int row, int rows, const QModelIndex &parent)
{
    if (m_readOnly || m_draft.unreadText() || parent.isValid() || row < 0 || rows < 1 || row + rows > m_rows)
        return false;
    beginRemoveRows({}, row, row + rows - 1);
    editStructure([&](ReturnPolicy &policy) {
        for (int i = 0; i < rows; ++i)
            removeFrom(policy, row);
    });
    endRemoveRows();
    refresh();
    return true;
}

QString categoriesText(const QStringList &categories)
{
    return categories.join(QStringLiteral(", "));
}

QStringList categoriesFromText(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString category = part.trimmed().toLower();
        if (!category.isEmpty())
            out << category;
    }
    return out;
}

} // namespace ct
