// SPDX-License-Identifier: MIT
#include "returnthresholdsmodel.h"

#include "returnpolicydraft.h"
#include "settingsroles.h"

#include "widgets/displaytext.h"

#include <QSet>

namespace ct {

namespace {

constexpr qint64 MaxCents = 1'000'000'000'000LL;

QHash<QString, qint64> &amountsOf(ReturnPolicy &policy, int column)
{
    return column == ReturnThresholdsModel::AutoApproveBelow ? policy.autoApproveBelowCents : policy.reviewFromCents;
}

const QHash<QString, qint64> &amountsOf(const ReturnPolicy &policy, int column)
{
    return column == ReturnThresholdsModel::AutoApproveBelow ? policy.autoApproveBelowCents : policy.reviewFromCents;
}

} // namespace

QStringList ReturnThresholdsModel::codes(const ReturnPolicy &policy) const
{
    QSet<QString> inPolicy;
    for (auto it = policy.autoApproveBelowCents.cbegin(); it != policy.autoApproveBelowCents.cend(); ++it)
        inPolicy.insert(it.key());
    for (auto it = policy.reviewFromCents.cbegin(); it != policy.reviewFromCents.cend(); ++it)
        inPolicy.insert(it.key());
    QStringList out(inPolicy.cbegin(), inPolicy.cend());
    out.sort();
    m_pending.removeIf([&](const QString &code) { return inPolicy.contains(code); });
    return out + m_pending;
}

QStringList ReturnThresholdsModel::currencies() const
{
    return codes(draft().policy());
}

int ReturnThresholdsModel::rowOf(const QString &path) const
{
    for (const char *list : {"auto_approve_below_cents.", "review_from_cents."}) {
        const QLatin1String prefix(list);
        if (path.startsWith(prefix))
            return static_cast<int>(currencies().indexOf(path.mid(prefix.size())));
    }
    return -1;
}

int ReturnThresholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Currency: return tr("Currency");
    case AutoApproveBelow: return tr("Auto-approve below");
    case ReviewFrom: return tr("Needs review from");
    default: return {};
    }
}

int ReturnThresholdsModel::count(const ReturnPolicy &policy) const
{
    return static_cast<int>(codes(policy).size());
}

void ReturnThresholdsModel::removeFrom(ReturnPolicy &policy, int row) const
{
    const QString code = codes(policy).value(row);
    policy.autoApproveBelowCents.remove(code);
    policy.reviewFromCents.remove(code);
    m_pending.removeAll(code);
}

void ReturnThresholdsModel::appendTo(ReturnPolicy &policy) const
{
    const QStringList taken = codes(policy);
    for (const char *code : {"USD", "EUR", "GBP", "INR", "CAD", "AUD", "CHF", "SEK", "JPY", "SGD", "AED", "BRL", "MXN"})
        if (!taken.contains(QLatin1String(code))) {
            m_pending << QLatin1String(code);
            return;
        }
    for (int n = 0;; ++n) {
        const QString code = QStringLiteral("X%1%2").arg(QChar(u'A' + n / 26)).arg(QChar(u'A' + n % 26));
        if (!taken.contains(code)) {
            m_pending << code;
            return;
        }
    }
}

QStringList ReturnThresholdsModel::pathsOf(int row, int column) const
{
    const QString code = currencies().value(row);
    switch (column) {
    case Currency:
        return {QStringLiteral("auto_approve_below_cents.") + code, QStringLiteral("review_from_cents.") + code};
    case AutoApproveBelow:
        return {QStringLiteral("auto_approve_below_cents.") + code};
    case ReviewFrom:
        return {QStringLiteral("review_from_cents.") + code};
    default:
        return {};
    }
}

QVariant ReturnThresholdsModel::cell(int row, int column, int role) const
{
    const QString code = currencies().value(row);
    if (role == SettingsRoles::EditorKind)
        return static_cast<int>(column == Currency ? SettingsRoles::Editor::Text : SettingsRoles::Editor::Money);
    if (column == Currency)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(code) : QVariant();
    const QHash<QString, qint64> &amounts = amountsOf(draft().policy(), column);
    const auto found = amounts.constFind(code);
    switch (role) {
    case Qt::DisplayRole:
        return found == amounts.cend() ? tr("none") : *found == 0 ? QStringLiteral("0.00 ") + code : DisplayText::money(*found, code);
    case Qt::EditRole:
        return found == amounts.cend() ? qint64(-1) : *found;
    case SettingsRoles::Maximum:
        return static_cast<double>(MaxCents);
    case SettingsRoles::SpecialText:
        return tr("none");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool ReturnThresholdsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const QString code = currencies().value(row);
    if (index.column() == Currency) {
        const QString renamed = value.toString().trimmed().toUpper();
        if (renamed == code)
            return true;
        if (renamed.isEmpty() || currencies().contains(renamed)) {
            Q_EMIT refused(renamed.isEmpty() ? tr("A currency needs its ISO 4217 code, such as USD.")
                                             : tr("%1 has a row already.").arg(renamed));
            return false;
        }
        const qsizetype pending = m_pending.indexOf(code);
        if (pending >= 0) {
            m_pending[pending] = renamed;
            refresh();
            return true;
        }
        edit(QStringLiteral("currency:") + code, [&](ReturnPolicy &p) {
            for (int column : {AutoApproveBelow, ReviewFrom}) {
                QHash<QString, qint64> &amounts = amountsOf(p, column);
                if (amounts.contains(code))
                    amounts.insert(renamed, amounts.take(code));
            }
        });
        return true;
    }
    const qint64 cents = value.toLongLong();
    edit(pathsOf(row, index.column()).value(0), [&](ReturnPolicy &p) {
        QHash<QString, qint64> &amounts = amountsOf(p, index.column());
        if (cents < 0)
            amounts.remove(code);
        else
            amounts.insert(code, cents);
    });
    // A currency left with no amount keeps its row until it is removed.
    if (!codes(draft().policy()).contains(code)) {
        m_pending << code;
        refresh();
    }
    return true;
}

} // namespace ct
