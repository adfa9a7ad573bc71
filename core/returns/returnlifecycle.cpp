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

bool ReturnLifecycle::leadsTo(ReturnStatus from, ReturnStatus to)
{
    QList<ReturnStatus> frontier = next(from);
    QList<ReturnStatus> seen;
    while (!frontier.isEmpty()) {
        const ReturnStatus s = frontier.takeLast();
        if (s == to)
            return true;
        if (seen.contains(s))
            continue;
        seen << s;
        frontier << next(s);
    }
    return false;
}

QString ReturnLifecycle::nextText(ReturnStatus from)
{
    QStringList names;
    for (ReturnStatus s : next(from))
        names << returnStatusLabel(s).toLower();
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + names.constLast();
}

QString ReturnLifecycle::refusal(ReturnStatus from, ReturnStatus to)
{
    if (allows(from, to))
        return {};
    const QString current = returnStatusLabel(from).toLower();
    if (isFinal(from))
        return QStringLiteral("a return that is %1 is final: it cannot become %2").arg(current, returnStatusLabel(to).toLower());
    return QStringLiteral("a return that is %1 can become %2, not %3")
        .arg(current, nextText(from), returnStatusLabel(to).toLower());
}

} // namespace ct
