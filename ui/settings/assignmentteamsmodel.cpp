// SPDX-License-Identifier: MIT
#include "assignmentteamsmodel.h"

#include "assignmentdraft.h"
#include "settingsroles.h"

#include <QVariantList>

namespace ct {

AssignmentTeamsModel::AssignmentTeamsModel(AssignmentDraft &draft, QObject *parent)
    : DraftTableModel(draft, parent)
{
    refresh();
}

int AssignmentTeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AssignmentTeamsModel::count(const AssignmentRules &rules) const
{
    return static_cast<int>(rules.teams.size());
}

void AssignmentTeamsModel::removeFrom(AssignmentRules &rules, int row) const
{
    rules.teams.removeAt(row);
}

void AssignmentTeamsModel::appendTo(AssignmentRules &rules) const
{
    rules.teams << AssignmentTeam{tr("Team %1").arg(rules.teams.size() + 1), {}};
}

QVariant AssignmentTeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Team") : section == Members ? tr("Members, in turn order") : QVariant();
}

QStringList AssignmentTeamsModel::pathsOf(int row, int column) const
{
    const QString team = QStringLiteral("teams[%1]").arg(row);
    return {team + (column == Name ? QStringLiteral(".name") : QStringLiteral(".agents"))};
}

QVariant AssignmentTeamsModel::cell(int row, int column, int role) const
{
    const AssignmentRules &rules = draft().rules();
    const AssignmentTeam &team = rules.teams.at(row);
    switch (role) {
    case SettingsRoles::EditorKind:
        return static_cast<int>(column == Members ? SettingsRoles::Editor::Choices : SettingsRoles::Editor::Text);
    case SettingsRoles::Choices: {
        QVariantList choices;
        for (const AssignmentAgent &a : rules.agents)
            choices << QVariant(QVariantList{a.name, a.active ? a.name : tr("%1 (inactive)").arg(a.name)});
        return choices;
    }
    case Qt::EditRole:
        return column == Name ? QVariant(team.name) : QVariant(team.agents);
    case Qt::DisplayRole:
        if (column == Name)
            return team.name;
        return team.agents.isEmpty() ? tr("nobody yet") : team.agents.join(QStringLiteral(", "));
    default:
        return {};
    }
}

bool AssignmentTeamsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || isReadOnly()
        || role != Qt::EditRole)
        return false;
    const int row = index.row();
    edit([&](AssignmentRules &r) {
        AssignmentTeam &team = r.teams[row];
        if (index.column() == Name) {
            const QString before = team.name;
            team.name = value.toString().trimmed();
            for (AssignmentRule &rule : r.rules)
                if (rule.team.compare(before, Qt::CaseInsensitive) == 0)
                    rule.team = team.name;
        } else {
            team.agents = value.toStringList();
        }
    });
    return true;
}

} // namespace ct
