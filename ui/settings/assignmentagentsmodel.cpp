// SPDX-License-Identifier: MIT
#include "assignmentagentsmodel.h"

#include "assignmentdraft.h"
#include "settingsroles.h"

#include <QTimeZone>

namespace ct {

namespace {

QStringList zoneIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            list << QString::fromLatin1(id);
        return list;
    }();
    return ids;
}

void rename(QStringList &names, const QString &from, const QString &to)
{
    for (QString &name : names)
        if (name.compare(from, Qt::CaseInsensitive) == 0)
            name = to;
}

} // namespace

AssignmentAgentsModel::AssignmentAgentsModel(AssignmentDraft &draft, QObject *parent)
    : DraftTableModel(draft, parent)
{
    refresh();
}

int AssignmentAgentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AssignmentAgentsModel::count(const AssignmentRules &rules) const
{
    return static_cast<int>(rules.agents.size());
}

void AssignmentAgentsModel::removeFrom(AssignmentRules &rules, int row) const
{
    // The teams and rules that name them keep the name, and say it is nobody's now.
    rules.agents.removeAt(row);
}

void AssignmentAgentsModel::appendTo(AssignmentRules &rules) const
{
    rules.agents << AssignmentAgent{};
}

QVariant AssignmentAgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Name: return tr("The agent's user name on the team server");
        case Active: return tr("Inactive agents (away, on leave) are passed over");
        case DailyCap: return tr("Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight");
        case TimeZone: return tr("Whose midnight resets their cap");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Agent");
    case Active: return tr("Active");
    case DailyCap: return tr("Daily cap");
    case TimeZone: return tr("Time zone");
    default: return {};
    }
}

QStringList AssignmentAgentsModel::pathsOf(int row, int column) const
{
    const QString agent = QStringLiteral("agents[%1]").arg(row);
    switch (column) {
    case Name: return {agent + QStringLiteral(".name")};
    case Active: return {agent + QStringLiteral(".active")};
    case DailyCap: return {agent + QStringLiteral(".daily_cap")};
    case TimeZone: return {agent + QStringLiteral(".time_zone")};
    default: return {};
    }
}

QVariant AssignmentAgentsModel::cell(int row, int column, int role) const
{
    const AssignmentRules &rules = draft().rules();
    const AssignmentAgent &agent = rules.agents.at(row);
    switch (role) {
    case Qt::CheckStateRole:
        return column == Active ? QVariant(agent.active ? Qt::Checked : Qt::Unchecked) : QVariant();
    case SettingsRoles::EditorKind:
        return static_cast<int>(column == DailyCap ? SettingsRoles::Editor::Number : SettingsRoles::Editor::Text);
    case SettingsRoles::Minimum:
        return 0;
    case SettingsRoles::Maximum:
        return AssignmentRules::MaxCap;
    case SettingsRoles::SpecialText:
        return tr("team's");
    case SettingsRoles::Completions:
        return column == TimeZone ? QVariant(zoneIds()) : QVariant();
    case Qt::EditRole:
        switch (column) {
        case Name: return agent.name;
        case DailyCap: return agent.dailyCap.value_or(0);
        case TimeZone: return agent.timeZone;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return column == DailyCap ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Name: return agent.name;
        case DailyCap:
            if (agent.dailyCap)
                return *agent.dailyCap;
            return rules.defaultDailyCap ? tr("team's (%1)").arg(*rules.defaultDailyCap) : tr("none");
        case TimeZone: return agent.timeZone.isEmpty() ? tr("team's (%1)").arg(rules.timeZone) : agent.timeZone;
        default: return {};
        }
    default:
        return {};
    }
}

bool AssignmentAgentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || isReadOnly())
        return false;
    const int row = index.row();
    if (role == Qt::CheckStateRole && index.column() == Active) {
        edit([&](AssignmentRules &r) { r.agents[row].active = value.toInt() == Qt::Checked; });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    edit([&](AssignmentRules &r) {
        AssignmentAgent &agent = r.agents[row];
        switch (index.column()) {
        case Name: {
            const QString before = agent.name;
            agent.name = value.toString().trimmed();
            if (before.isEmpty() || before.compare(agent.name, Qt::CaseInsensitive) == 0)
                break;
            // A rename, not a new person: the teams and rules that named them follow.
            for (AssignmentTeam &team : r.teams)
                rename(team.agents, before, agent.name);
            for (AssignmentRule &rule : r.rules)
                rename(rule.agents, before, agent.name);
            break;
        }
        case DailyCap: agent.dailyCap = value.toInt() > 0 ? std::optional<int>(value.toInt()) : std::nullopt; break;
        case TimeZone: agent.timeZone = value.toString().trimmed(); break;
        default: break;
        }
    });
    return true;
}

} // namespace ct
