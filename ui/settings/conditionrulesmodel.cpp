// SPDX-License-Identifier: MIT
#include "conditionrulesmodel.h"

#include "returnpolicydraft.h"
#include "settingsroles.h"

namespace ct {

namespace {

constexpr ConditionEffect Effects[] = {ConditionEffect::Allow, ConditionEffect::Review, ConditionEffect::Refuse};

ConditionEffect &effectOf(ConditionRule &rule, int column)
{
    return column == ConditionRulesModel::Worn     ? rule.worn
           : column == ConditionRulesModel::Opened ? rule.opened
                                                   : rule.tagsRemoved;
}

} // namespace

QString ConditionRulesModel::effectLabel(int effect)
{
    switch (static_cast<ConditionEffect>(effect)) {
    case ConditionEffect::Allow:
        return tr("Allow");
    case ConditionEffect::Review:
        return tr("Needs review");
    case ConditionEffect::Refuse:
        break;
    }
    return tr("Refuse");
}

int ConditionRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Categories: return tr("Categories");
    case Worn: return tr("Worn");
    case Opened: return tr("Opened");
    case TagsRemoved: return tr("Tags removed");
    default: return {};
    }
}

int ConditionRulesModel::count(const ReturnPolicy &policy) const
{
    return static_cast<int>(policy.conditions.size());
}

void ConditionRulesModel::removeFrom(ReturnPolicy &policy, int row) const
{
    policy.conditions.removeAt(row);
}

void ConditionRulesModel::appendTo(ReturnPolicy &policy) const
{
    policy.conditions << ConditionRule{{QStringLiteral("*")}, ConditionEffect::Allow, ConditionEffect::Allow,
                                       ConditionEffect::Allow};
}

QStringList ConditionRulesModel::pathsOf(int row, int column) const
{
    const QString at = QStringLiteral("conditions[%1].").arg(row);
    switch (column) {
    case Categories: return {at + QStringLiteral("categories")};
    case Worn: return {at + QStringLiteral("worn")};
    case Opened: return {at + QStringLiteral("opened")};
    case TagsRemoved: return {at + QStringLiteral("tags_removed")};
    default: return {};
    }
}

QVariant ConditionRulesModel::cell(int row, int column, int role) const
{
    ConditionRule rule = draft().policy().conditions.at(row);
    if (role == SettingsRoles::EditorKind)
        return static_cast<int>(column == Categories ? SettingsRoles::Editor::Text : SettingsRoles::Editor::Choice);
    if (column == Categories) {
        if (role == Qt::DisplayRole && rule.categories == QStringList{QStringLiteral("*")})
            return tr("* (every category)");
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return categoriesText(rule.categories);
        return {};
    }
    if (column < Worn || column > TagsRemoved)
        return {};
    const ConditionEffect effect = effectOf(rule, column);
    if (role == Qt::DisplayRole)
        return effectLabel(static_cast<int>(effect));
    if (role == Qt::EditRole)
        return conditionEffectCode(effect);
    if (role == SettingsRoles::Choices) {
        QVariantList choices;
        for (ConditionEffect e : Effects)
            choices << QVariant(QVariantList{conditionEffectCode(e), effectLabel(static_cast<int>(e))});
        return choices;
    }
    return {};
}

bool ConditionRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const int column = index.column();
    const QString field = pathsOf(row, column).value(0);
    if (column == Categories) {
        edit(field, [&](ReturnPolicy &p) { p.conditions[row].categories = categoriesFromText(value.toString()); });
        return true;
    }
    for (ConditionEffect e : Effects)
        if (conditionEffectCode(e) == value.toString()) {
            edit(field, [&](ReturnPolicy &p) { effectOf(p.conditions[row], column) = e; });
            return true;
        }
    return false;
}

} // namespace ct
