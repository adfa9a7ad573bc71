// SPDX-License-Identifier: MIT
#include "returnwindowsmodel.h"

#include "returnpolicydraft.h"
#include "settingsroles.h"

namespace ct {

namespace {

constexpr WindowStart Starts[] = {WindowStart::Order, WindowStart::Fulfilment, WindowStart::Delivery};

} // namespace

QString ReturnWindowsModel::startLabel(int start)
{
    switch (static_cast<WindowStart>(start)) {
    case WindowStart::Order:
        return tr("the order");
    case WindowStart::Fulfilment:
        return tr("the hand-over to the carrier");
    case WindowStart::Delivery:
        break;
    }
    return tr("the delivery");
}

int ReturnWindowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnWindowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Categories: return tr("Categories");
    case Days: return tr("Days");
    case From: return tr("Counted from");
    default: return {};
    }
}

int ReturnWindowsModel::count(const ReturnPolicy &policy) const
{
    return static_cast<int>(policy.windows.size());
}

void ReturnWindowsModel::removeFrom(ReturnPolicy &policy, int row) const
{
    policy.windows.removeAt(row);
}

void ReturnWindowsModel::appendTo(ReturnPolicy &policy) const
{
    policy.windows << ReturnWindowRule{{QStringLiteral("*")}, 30, WindowStart::Delivery};
}

QStringList ReturnWindowsModel::pathsOf(int row, int column) const
{
    const QString at = QStringLiteral("windows[%1].").arg(row);
    switch (column) {
    case Categories: return {at + QStringLiteral("categories")};
    case Days: return {at + QStringLiteral("days")};
    case From: return {at + QStringLiteral("from")};
    default: return {};
    }
}

QVariant ReturnWindowsModel::cell(int row, int column, int role) const
{
    const ReturnWindowRule &w = draft().policy().windows.at(row);
    if (role == SettingsRoles::EditorKind)
        return static_cast<int>(column == Days ? SettingsRoles::Editor::Number
                                : column == From ? SettingsRoles::Editor::Choice
                                                 : SettingsRoles::Editor::Text);
    switch (column) {
    case Categories:
        if (role == Qt::DisplayRole && w.categories == QStringList{QStringLiteral("*")})
            return tr("* (every category)");
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return categoriesText(w.categories);
        break;
    case Days:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return w.days;
        if (role == SettingsRoles::Minimum)
            return 1;
        if (role == SettingsRoles::Maximum)
            return 3650;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case From:
        if (role == Qt::DisplayRole)
            return startLabel(static_cast<int>(w.from));
        if (role == Qt::EditRole)
            return windowStartCode(w.from);
        if (role == SettingsRoles::Choices) {
            QVariantList choices;
            for (WindowStart start : Starts)
                choices << QVariant(QVariantList{windowStartCode(start), startLabel(static_cast<int>(start))});
            return choices;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ReturnWindowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const QString field = pathsOf(row, index.column()).value(0);
    switch (index.column()) {
    case Categories:
        edit(field, [&](ReturnPolicy &p) { p.windows[row].categories = categoriesFromText(value.toString()); });
        return true;
    case Days:
        edit(field, [&](ReturnPolicy &p) { p.windows[row].days = value.toInt(); });
        return true;
    case From:
        for (WindowStart start : Starts)
            if (windowStartCode(start) == value.toString()) {
                edit(field, [&](ReturnPolicy &p) { p.windows[row].from = start; });
                return true;
            }
        return false;
    default:
        return false;
    }
}

} // namespace ct
