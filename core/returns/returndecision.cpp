// SPDX-License-Identifier: MIT
#include "returndecision.h"

#include "returnlifecycle.h"

#include <QCoreApplication>

namespace ct {

const char *ReturnDecision::op(Kind kind)
{
    switch (kind) {
    case Kind::Approve: return "approve";
    case Kind::Reject: return "reject";
    case Kind::Exchange: return "exchange";
    case Kind::Refund: return "refund";
    case Kind::StoreCredit: return "store_credit";
    case Kind::Inspect: return "inspect";
    }
    return "approve";
}

std::optional<ReturnDecision::Kind> ReturnDecision::fromOp(QStringView name)
{
    for (Kind kind : {Kind::Approve, Kind::Reject, Kind::Exchange, Kind::Refund, Kind::StoreCredit, Kind::Inspect}) {
        if (name == QLatin1String(op(kind)))
            return kind;
    }
    return std::nullopt;
}

ReturnStatus ReturnDecision::target(Kind kind)
{
    switch (kind) {
    case Kind::Approve: return ReturnStatus::Approved;
    case Kind::Reject: return ReturnStatus::Rejected;
    case Kind::Exchange: return ReturnStatus::Exchanged;
    case Kind::Refund: return ReturnStatus::Refunded;
    case Kind::StoreCredit: return ReturnStatus::Credited;
    case Kind::Inspect: return ReturnStatus::Inspected;
    }
    return ReturnStatus::Approved;
}

QString ReturnDecision::refusal(Kind kind, ReturnStatus status)
{
    if (kind != Kind::Inspect)
        return ReturnLifecycle::refusal(status, target(kind));
    // Inspect grades a return whose goods may be back (EditApplier: received moves on,
    // later statuses keep theirs); never a requested, rejected or closed one.
    const QString current = returnStatusLabel(status).toLower();
    if (ReturnLifecycle::isFinal(status) || status == ReturnStatus::Rejected)
        return QStringLiteral("a return that is %1 is final: it cannot be inspected").arg(current);
    if (status == ReturnStatus::Requested)
        return QStringLiteral("a return that is %1 cannot be inspected before it is approved; it can become %2")
            .arg(current, ReturnLifecycle::nextText(status));
    return {};
}

qint64 ReturnDecision::storeCreditCents(qint64 valueCents, int bonusPercent)
{
    return (valueCents * (100 + bonusPercent) + 50) / 100;
}

std::optional<ReturnDisposition> ReturnDecision::disposition(QStringView grade)
{
    if (grade == u"as_new" || grade == u"A")
        return ReturnDisposition::Restock;
    if (grade == u"good" || grade == u"B")
        return ReturnDisposition::Refurbish;
    if (grade == u"damaged" || grade == u"C")
        return ReturnDisposition::Liquidate;
    if (grade == u"unsellable" || grade == u"D")
        return ReturnDisposition::Dispose;
    return std::nullopt;
}

QString ReturnDecision::dispositionCode(ReturnDisposition disposition)
{
    switch (disposition) {
    case ReturnDisposition::Restock: return QStringLiteral("restock");
    case ReturnDisposition::Refurbish: return QStringLiteral("refurbish");
    case ReturnDisposition::Liquidate: return QStringLiteral("liquidate");
    case ReturnDisposition::Dispose: return QStringLiteral("dispose");
    }
    return {};
}

QString ReturnDecision::dispositionLabel(ReturnDisposition disposition)
{
    switch (disposition) {
    case ReturnDisposition::Restock: return QCoreApplication::translate("ct::ReturnDisposition", "Restock");
    case ReturnDisposition::Refurbish: return QCoreApplication::translate("ct::ReturnDisposition", "Refurbish");
    case ReturnDisposition::Liquidate: return QCoreApplication::translate("ct::ReturnDisposition", "Liquidate");
    case ReturnDisposition::Dispose: return QCoreApplication::translate("ct::ReturnDisposition", "Dispose");
    }
    return {};
}

bool ReturnDecision::overridesVerdict(Kind kind, std::optional<ReturnEligibility> verdict)
{
    if (!verdict)
        return false;
    switch (kind) {
    case Kind::Approve:
    case Kind::Exchange:
    case Kind::Refund:
    case Kind::StoreCredit: return *verdict == ReturnEligibility::Ineligible;
    case Kind::Reject: return *verdict == ReturnEligibility::Eligible;
    case Kind::Inspect: return false;
    }
    return false;
}

} // namespace ct
