// SPDX-License-Identifier: MIT
#include "returnfigures.h"

#include "json/jsonvalue.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace ct {

namespace {

qint64 startMs(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

bool isResolution(ReturnResolution r)
{
    return r == ReturnResolution::Refund || r == ReturnResolution::Exchange || r == ReturnResolution::StoreCredit;
}

} // namespace

std::optional<double> ReturnFigures::returnRate() const
{
    return orders > 0 ? std::optional<double>(double(returnedOrders) / double(orders)) : std::nullopt;
}

qint64 ReturnFigures::resolvedReturns() const
{
    qint64 n = 0;
    for (int i = 0; i < ReturnResolutionCount; ++i)
        if (isResolution(static_cast<ReturnResolution>(i)))
            n += resolvedCount[static_cast<size_t>(i)];
    return n;
}

std::optional<double> ReturnFigures::share(ReturnResolution resolution) const
{
    const qint64 total = resolvedReturns();
    if (total == 0 || !isResolution(resolution))
        return std::nullopt;
    return double(resolvedCount[static_cast<size_t>(resolution)]) / double(total);
}

std::optional<double> ReturnFigures::retainedShare(const QString &currency) const
{
    qint64 total = 0;
    for (int i = 0; i < ReturnResolutionCount; ++i)
        if (isResolution(static_cast<ReturnResolution>(i)))
            total += resolvedValue[static_cast<size_t>(i)].value(currency);
    if (total == 0)
        return std::nullopt;
    return double(retainedValue.value(currency)) / double(total);
}

std::optional<ReturnFigures> ReturnFigures::compute(const Database &db, QDate from, QDate to, QString *error,
                                                    const ReturnScope &scope)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error)
            *error = QStringLiteral("the range %1 to %2 is empty").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    ReturnFigures f;
    f.from = from;
    f.to = to;
    const qint64 begin = startMs(from);
    const qint64 end = startMs(to.addDays(1));
    auto fail = [&](const QSqlQuery &q, const char *what) -> std::optional<ReturnFigures> {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), describeSqlError(q.lastError()));
        return std::nullopt;
    };

    // Orders placed in the range, and which of them came back (the return at any time).
    const bool scoped = !scope.where.isEmpty();
    const QString where = scoped ? QStringLiteral(" AND (%1)").arg(scope.where) : QString();
    const auto bindScope = [&](QSqlQuery &query) {
        for (const QVariant &v : scope.values)
            query.addBindValue(v);
    };
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(returned), 0) FROM ("
        " SELECT o.order_id, EXISTS (SELECT 1 FROM returns r WHERE r.order_id = o.order_id) AS returned"
        " FROM (SELECT s.order_id FROM shipments s WHERE s.order_id <> ''%1 GROUP BY s.order_id"
        "       HAVING min(s.ordered_at_ms) >= ? AND min(s.ordered_at_ms) < ?) o)").arg(where));
    bindScope(q);
    q.addBindValue(begin);
    q.addBindValue(end);
    if (!q.exec() || !q.next())
        return fail(q, "the orders");
    f.orders = q.value(0).toLongLong();
    f.returnedOrders = q.value(1).toLongLong();
    q.finish();

    // Returns requested in the range.
    q.prepare(scoped ? QStringLiteral("SELECT r.items, r.amount_cents, r.currency, r.status, r.resolution, r.reason"
                                      " FROM returns r JOIN shipments s ON s.id = r.shipment_id"
                                      " WHERE r.requested_at_ms >= ? AND r.requested_at_ms < ?%1").arg(where)
                     : QStringLiteral("SELECT items, amount_cents, currency, status, resolution, reason FROM returns"
                                      " WHERE requested_at_ms >= ? AND requested_at_ms < ?"));
    q.addBindValue(begin);
    q.addBindValue(end);
    bindScope(q);
    if (!q.exec())
        return fail(q, "the returns");
    json::Parser parser;
    QHash<QPair<QString, int>, qint64> reasons;
    while (q.next()) {
        ++f.returns;
        const QByteArray items = q.value(0).toByteArray();
        const qint64 value = q.value(1).toLongLong();
        const QString currency = q.value(2).toString();
        const auto resolution = returnResolutionFromInt(q.value(4).toInt()).value_or(ReturnResolution::None);
        const int reason = q.value(5).toInt();
        f.returnValue[currency] += value;
        if (const auto root = parser.parse(items.constData(), items.size())) {
            for (const json::Value &item : root->elements()) {
                const qint64 units = item["quantity"].toInt().value_or(1);
                f.itemsReturned += units;
                reasons[{item["category"].toString(), reason}] += units;
            }
        }
        if (isResolution(resolution)) {
            const auto index = static_cast<size_t>(resolution);
            ++f.resolvedCount[index];
            f.resolvedValue[index][currency] += value;
            if (resolution != ReturnResolution::Refund)
                f.retainedValue[currency] += value;
        }
    }
    q.finish();

    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        f.topReasons << ReturnReasonTally{it.key().first,
                                          returnReasonFromInt(it.key().second).value_or(ReturnReason::ChangedMind),
                                          it.value()};
    std::sort(f.topReasons.begin(), f.topReasons.end(), [](const ReturnReasonTally &a, const ReturnReasonTally &b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.items != b.items)
            return a.items > b.items;
        return a.reason < b.reason;
    });
    QList<ReturnReasonTally> top;
    int inCategory = 0;
    for (const ReturnReasonTally &r : std::as_const(f.topReasons)) {
        inCategory = !top.isEmpty() && top.constLast().category == r.category ? inCategory + 1 : 1;
        if (inCategory <= 5)
            top << r;
    }
    f.topReasons = top;
    return f;
}

} // namespace ct
