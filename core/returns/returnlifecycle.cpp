// SPDX-License-Identifier: MIT
#include "returnlifecycle.h"

#include <QStringList>

namespace ct {

QList<ReturnStatus> ReturnLifecycle::next(ReturnStatus from)
{
    using S = ReturnStatus;
    switch (from) {
    case S::Requested:
        return {S::Approved, S::Rejected};
    case S::Approved:
        return {S::LabelIssued, S::Exchanged, S::Credited, S::Rejected};
    case S::LabelIssued:
        return {S::InTransit, S::Closed};
    case S::InTransit:
        return {S::Received, S::Refunded, S::Exchanged, S::Credited};
    case S::Received:
        return {S::Inspected, S::Refunded, S::Exchanged, S::Credited, S::Rejected};
    case S::Inspected:
        return {S::Refunded, S::Exchanged, S::Credited, S::Rejected};
    case S::Rejected:
    case S::Refunded:
    case S::Exchanged:
    case S::Credited:
        return {S::Closed};
    case S::Closed:
        return {};
    }
    return {};
}

bool ReturnLifecycle::allows(ReturnStatus from, ReturnStatus to)
{
    return next(from).contains(to);
}

QString ReturnLifecycle::refusal(ReturnStatus from, ReturnStatus to)
{
    if (allows(from, to))
        return {};
    const QString current = returnStatusLabel(from).toLower();
    const QList<ReturnStatus> allowed = next(from);
    if (allowed.isEmpty())
        return QStringLiteral("a return that is %1 is final: it cannot become %2").arg(current, returnStatusLabel(to).toLower());
    QStringList names;
    for (ReturnStatus s : allowed)
        names << returnStatusLabel(s).toLower();
    const QString list = names.size() == 1 ? names.constFirst()
                                           : names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
                                                 + names.constLast();
    return QStringLiteral("a return that is %1 can become %2, not %3").arg(current, list, returnStatusLabel(to).toLower());
}

} // namespace ct
