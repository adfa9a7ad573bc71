// SPDX-License-Identifier: MIT
#include "assignmentrulesmodel.h"

#include "assignmentdraft.h"
#include "settingsroles.h"

#include "domain/carriers.h"

#include <QVariantList>

namespace ct {

namespace {

QVariantList choice(const QString &code, const QString &label)
{
    return QVariantList{code, label};
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? AssignmentRulesModel::tr("any") : items.join(QStringLiteral(", "));
}

} // namespace

AssignmentRulesModel::AssignmentRulesModel(AssignmentDraft &draft, QObject *parent)
    : DraftTableModel(draft, parent)
{
    refresh();
}

int AssignmentRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AssignmentRulesModel::count(const AssignmentRules &rules) const
{
    return static_cast<int>(rules.rules.size());
}

void AssignmentRulesModel::removeFrom(AssignmentRules &rules, int row) const
{
    rules.rules.removeAt(row);
}

void AssignmentRulesModel::appendTo(AssignmentRules &rules) const
{
    AssignmentRule rule;
    rule.id = draft().newRuleId();
    rule.name = tr("New rule %1").arg(rules.rules.size() + 1);
    rules.rules << rule;
}

QVariant AssignmentRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Enabled: return tr("A rule that is off is passed over");
        case MinAttempts:
        case MaxAttempts: return tr("Delivery attempts when the exception opens (both included)");
        case AssignTo: return tr("A team, or agents; they take turns");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Enabled: return tr("On");
    case Name: return tr("Rule");
    case Types: return tr("Exception types");
    case NdrReasons: return tr("NDR reasons");
    case Carriers: return tr("Carriers");
    case PaymentModes: return tr("Payment");
    case MinAttempts: return tr("Attempts from");
    //: Column heading: the upper end of the attempts range ("Attempts from 2 to 3").
    case MaxAttempts: return tr("to");
    case AssignTo: return tr("Assign to");
    default: return {};
    }
}

QStringList AssignmentRulesModel::pathsOf(int row, int column) const
{
    const QString rule = QStringLiteral("rules[%1]").arg(row);
    switch (column) {
    case Enabled: return {rule + QStringLiteral(".enabled")};
    case Name: return {rule + QStringLiteral(".name"), rule + QStringLiteral(".id")};
    case Types: return {rule + QStringLiteral(".when.types")};
    case NdrReasons: return {rule + QStringLiteral(".when.ndr_reasons")};
    case Carriers: return {rule + QStringLiteral(".when.carriers")};
    case PaymentModes: return {rule + QStringLiteral(".when.payment_modes")};
    case MinAttempts: return {rule + QStringLiteral(".when.attempts.min")};
    case MaxAttempts: return {rule + QStringLiteral(".when.attempts.max")};
    case AssignTo: return {rule + QStringLiteral(".assign_to")};
    default: return {};
    }
}

QVariant AssignmentRulesModel::cell(int row, int column, int role) const
{
    const AssignmentRules &rules = draft().rules();
    const AssignmentRule &rule = rules.rules.at(row);
    const AssignmentCondition &when = rule.when;
    if (role == Qt::CheckStateRole)
        return column == Enabled ? QVariant(rule.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == SettingsRoles::EditorKind) {
        switch (column) {
        case Types:
        case NdrReasons:
        case PaymentModes:
        case AssignTo: return static_cast<int>(SettingsRoles::Editor::Choices);
        case MinAttempts:
        case MaxAttempts: return static_cast<int>(SettingsRoles::Editor::Number);
        default: return static_cast<int>(SettingsRoles::Editor::Text);
        }
    }
    if (role == SettingsRoles::Minimum)
        return -1;
    if (role == SettingsRoles::Maximum)
        return AssignmentRules::MaxAttempts;
    if (role == SettingsRoles::SpecialText)
        return tr("any");
    if (role == SettingsRoles::Completions && column == Carriers) {
        QStringList codes;
        for (const CarrierInfo &c : knownCarriers())
            codes << QLatin1String(c.code);
        return codes;
    }
    if (role == SettingsRoles::Choices) {
        QVariantList choices;
        switch (column) {
        case Types:
            for (ExceptionType t : AllExceptionTypes)
                choices << QVariant(choice(exceptionTypeCode(t), exceptionTypeLabel(t)));
            break;
        case NdrReasons:
            for (int i = 1; i < NdrReasonCount; ++i)
                choices << QVariant(choice(ndrReasonCode(static_cast<NdrReason>(i)), ndrReasonLabel(static_cast<NdrReason>(i))));
            break;
        case PaymentModes:
            for (int i = 0; i < PaymentModeCount; ++i)
                choices << QVariant(choice(paymentModeCode(static_cast<PaymentMode>(i)), paymentModeLabel(static_cast<PaymentMode>(i))));
            break;
        case AssignTo:
            for (const AssignmentTeam &t : rules.teams)
                choices << QVariant(choice(QLatin1String(SettingsRoles::TeamPrefix) + t.name, tr("Team %1").arg(t.name)));
            for (const AssignmentAgent &a : rules.agents)
                choices << QVariant(choice(a.name, a.active ? a.name : tr("%1 (inactive)").arg(a.name)));
            break;
        default:
            break;
        }
        return choices;
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case Name: return rule.name;
        case Types: { QStringList c; for (ExceptionType t : when.types) c << exceptionTypeCode(t); return c; }
        case NdrReasons: { QStringList c; for (NdrReason r : when.ndrReasons) c << ndrReasonCode(r); return c; }
        case PaymentModes: { QStringList c; for (PaymentMode m : when.paymentModes) c << paymentModeCode(m); return c; }
        case Carriers: return when.carriers.join(QStringLiteral(", "));
        case MinAttempts: return when.minAttempts.value_or(-1);
        case MaxAttempts: return when.maxAttempts.value_or(-1);
        case AssignTo: return rule.team.isEmpty() ? rule.agents : QStringList{QLatin1String(SettingsRoles::TeamPrefix) + rule.team};
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Name)
        return tr("Id %1: its round-robin turn is kept under it").arg(rule.id);
    if (role == Qt::TextAlignmentRole && (column == MinAttempts || column == MaxAttempts))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return rule.name;
    case Types: { QStringList l; for (ExceptionType t : when.types) l << exceptionTypeLabel(t); return listText(l); }
    case NdrReasons: { QStringList l; for (NdrReason r : when.ndrReasons) l << ndrReasonLabel(r); return listText(l); }
    case PaymentModes: { QStringList l; for (PaymentMode m : when.paymentModes) l << paymentModeLabel(m); return listText(l); }
    case Carriers: { QStringList l; for (const QString &c : when.carriers) l << carrierDisplayName(c); return listText(l); }
    case MinAttempts: return when.minAttempts ? QVariant(*when.minAttempts) : QVariant(tr("any"));
    case MaxAttempts: return when.maxAttempts ? QVariant(*when.maxAttempts) : QVariant(tr("any"));
    case AssignTo:
        if (!rule.team.isEmpty())
            return tr("Team %1").arg(rule.team);
        return rule.agents.isEmpty() ? tr("nobody yet") : rule.agents.join(QStringLiteral(", "));
    default: return {};
    }
}

bool AssignmentRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || isReadOnly())
        return false;
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Enabled) {
        edit([&](AssignmentRules &r) { r.rules[row].enabled = value.toInt() == Qt::Checked; });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QStringList codes = value.toStringList();
    edit([&](AssignmentRules &r) {
        AssignmentRule &rule = r.rules[row];
        AssignmentCondition &when = rule.when;
        switch (column) {
        case Name: rule.name = value.toString().trimmed(); break;
        case Types:
            when.types.clear();
            for (const QString &c : codes)
                if (const auto t = exceptionTypeFromCode(c))
                    when.types << *t;
            break;
        case NdrReasons:
            when.ndrReasons.clear();
            for (const QString &c : codes)
                if (const auto reason = ndrReasonFromCode(c))
                    when.ndrReasons << *reason;
            break;
        case PaymentModes:
            when.paymentModes.clear();
            for (const QString &c : codes)
                if (const auto m = paymentModeFromCode(c))
                    when.paymentModes << *m;
            break;
        case Carriers: {
            // As typed: the check names a bad one; the saved document has their codes.
            when.carriers.clear();
            for (const QString &part : value.toString().split(QLatin1Char(',')))
                if (!part.trimmed().isEmpty())
                    when.carriers << part.trimmed();
            break;
        }
        case MinAttempts: when.minAttempts = value.toInt() < 0 ? std::nullopt : std::optional<int>(value.toInt()); break;
        case MaxAttempts: when.maxAttempts = value.toInt() < 0 ? std::nullopt : std::optional<int>(value.toInt()); break;
        case AssignTo: {
            rule.team.clear();
            rule.agents.clear();
            for (const QString &c : codes) {
                if (c.startsWith(QLatin1String(SettingsRoles::TeamPrefix)))
                    rule.team = c.mid(static_cast<qsizetype>(qstrlen(SettingsRoles::TeamPrefix)));
                else
                    rule.agents << c;
            }
            if (!rule.team.isEmpty())
                rule.agents.clear();
            break;
        }
        default: break;
        }
    });
    return true;
}

bool AssignmentRulesModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    const int rows = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rows
        || destinationChild < 0 || destinationChild > rows || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    editStructure([&](AssignmentRules &r) {
        r.rules.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    });
    endMoveRows();
    refresh();
    return true;
}

bool AssignmentRulesModel::moveRule(int row, int by)
{
    const int target = row + by;
    if (isReadOnly() || row < 0 || row >= rowCount() || target < 0 || target >= rowCount())
        return false;
    return moveRows({}, row, 1, {}, by > 0 ? target + 1 : target);
}

} // namespace ct
