// SPDX-License-Identifier: MIT
#include "returncustomerhistory.h"

#include "store/database.h"
#include "store/sqlstatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ct {

std::optional<CustomerHistory> CustomerHistory::read(const Database &database, const QString &email, QString *error)
{
    CustomerHistory out;
    const QString key = email.trimmed().toLower();
    if (key.isEmpty())
        return out;
    auto orders = SqlStatement::prepare(
        database, QStringLiteral("SELECT count(DISTINCT order_id) FROM shipments WHERE lower(customer_email) = ? AND order_id <> ''"),
        error);
    auto returns = SqlStatement::prepare(
        database,
        QStringLiteral("SELECT r.id, r.rma, r.order_id, r.requested_at_ms, r.status, r.reason, r.amount_cents, r.currency "
                       "FROM shipments s JOIN returns r ON r.shipment_id = s.id WHERE lower(s.customer_email) = ? "
                       "ORDER BY r.requested_at_ms DESC, r.id DESC"),
        error);
    if (!orders || !returns)
        return std::nullopt;
    orders->bind(0, key);
    if (!orders->exec(error))
        return std::nullopt;
    if (orders->next())
        out.orders = orders->int64(0);
    orders->finish();
    returns->bind(0, key);
    if (!returns->exec(error))
        return std::nullopt;
    QSet<QString> returnedOrders;
    QHash<int, int> reasons;
    while (returns->next()) {
        CustomerReturn r;
        r.returnId = returns->int64(0);
        r.rma = returns->text(1);
        r.orderId = returns->text(2);
        r.requestedAtMs = returns->int64(3);
        r.status = returnStatusFromInt(static_cast<int>(returns->int64(4))).value_or(ReturnStatus::Requested);
        r.reason = returnReasonFromInt(static_cast<int>(returns->int64(5))).value_or(ReturnReason::ChangedMind);
        r.amountCents = returns->int64(6);
        r.currency = returns->text(7);
        out.valueByCurrency[r.currency] += r.amountCents;
        ++reasons[static_cast<int>(r.reason)];
        returnedOrders.insert(r.orderId);
        out.returns << r;
    }
    returns->finish();
    out.returnedOrders = returnedOrders.size();
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out.reasons.append({static_cast<ReturnReason>(it.key()), it.value()});
    std::sort(out.reasons.begin(), out.reasons.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

} // namespace ct
