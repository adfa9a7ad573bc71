// SPDX-License-Identifier: MIT
#include "returnfigures.h"

#include "returnautoapproval.h"

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

std::optional<double> ReturnFigures::policyDecidedShare() const
{
    return decidedReturns > 0 ? std::optional<double>(double(policyDecidedReturns) / double(decidedReturns)) : std::nullopt;
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
    auto all = computeByKey(db, from, to, QString(), error, scope);
    if (!all)
        return std::nullopt;
    if (const auto it = all->constFind(QString()); it != all->constEnd())
        return *it;
    ReturnFigures f;
    f.from = from;
    f.to = to;
    return f;
}

QList<qint64> ReturnFigureIds::resolvedReturns(std::initializer_list<ReturnResolution> resolutions,
                                               const QString &currency) const
{
    QList<qint64> out;
    for (const Return &r : returns)
        if (std::find(resolutions.begin(), resolutions.end(), r.resolution) != resolutions.end()
            && (currency.isEmpty() || r.currency == currency))
            out << r.id;
    return out;
}

QList<qint64> ReturnFigureIds::returnsFor(const QString &category, ReturnReason reason) const
{
    QList<qint64> out;
    for (const Return &r : returns)
        if (r.reason == reason && r.categories.contains(category))
            out << r.id;
    return out;
}

std::optional<QHash<QString, ReturnFigures>> ReturnFigures::computeByKey(const Database &db, QDate from, QDate to,
                                                                        const QString &key, QString *error,
                                                                        const ReturnScope &scope)
{
    return pass(db, from, to, key, error, scope, nullptr);
}

std::optional<ReturnFigureIds> ReturnFigures::idsByKey(const Database &db, QDate from, QDate to, const QString &key,
                                                       const QString &keyValue, QString *error, const ReturnScope &scope)
{
    ReturnFigureIds ids;
    const Probe probe{keyValue, &ids};
    if (!pass(db, from, to, key, error, scope, &probe))
        return std::nullopt;
    std::sort(ids.orderShipments.begin(), ids.orderShipments.end());
    std::sort(ids.returnedOrderShipments.begin(), ids.returnedOrderShipments.end());
    std::sort(ids.returns.begin(), ids.returns.end(),
              [](const ReturnFigureIds::Return &a, const ReturnFigureIds::Return &b) { return a.id < b.id; });
    return ids;
}

std::optional<QHash<QString, ReturnFigures>> ReturnFigures::pass(const Database &db, QDate from, QDate to,
                                                                 const QString &key, QString *error,
                                                                 const ReturnScope &scope, const Probe *probe)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error)
            *error = QStringLiteral("the range %1 to %2 is empty").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return std::nullopt;
    }
    QHash<QString, ReturnFigures> all;
    const auto figures = [&](const QString &k) -> ReturnFigures & {
        auto it = all.find(k);
        if (it == all.end()) {
            it = all.insert(k, ReturnFigures{});
            it->from = from;
            it->to = to;
        }
        return *it;
    };
    const qint64 begin = startMs(from);
    const qint64 end = startMs(to.addDays(1));
    auto fail = [&](const QSqlQuery &q, const char *what) -> std::optional<QHash<QString, ReturnFigures>> {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), describeSqlError(q.lastError()));
        return std::nullopt;
    };

    // Orders placed in the range, and which of them came back (the return at any time).
    const bool joined = !scope.where.isEmpty() || !key.isEmpty();
    const QString keyExpr = key.isEmpty() ? QStringLiteral("''") : key;
    const QString where = scope.where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(scope.where);
    const auto bindScope = [&](QSqlQuery &query) {
        for (const QVariant &v : scope.values)
            query.addBindValue(v);
    };
    QSqlQuery q(db.connection());
    // An order is placed when its first shipment was ordered (the earliest order time, then
    // the lowest id), and counts under that shipment's key and scope.
    q.prepare(QStringLiteral(
        "SELECT %3 FROM"
        " (SELECT s.id, %1 AS k, CASE WHEN EXISTS (SELECT 1 FROM returns r WHERE r.order_id = s.order_id)"
        "  THEN 1 ELSE 0 END AS returned FROM shipments s WHERE s.order_id <> '' AND s.ordered_at_ms >= ?"
        "  AND s.ordered_at_ms < ? AND s.id = (SELECT f.id FROM shipments f WHERE f.order_id = s.order_id"
        "  AND f.ordered_at_ms IS NOT NULL ORDER BY f.ordered_at_ms, f.id LIMIT 1)%2) o%4")
                  .arg(keyExpr, where,
                       // A probe reads each order: its first shipment and whether it came back.
                       probe ? QStringLiteral("o.k, 1, o.returned, o.id") : QStringLiteral("o.k, count(*), coalesce(sum(o.returned), 0)"),
                       probe ? QString() : QStringLiteral(" GROUP BY o.k")));
    q.addBindValue(begin);
    q.addBindValue(end);
    bindScope(q);
    if (!q.exec())
        return fail(q, "the orders");
    while (q.next()) {
        const QString k = q.value(0).toString();
        ReturnFigures &f = figures(k);
        f.orders += q.value(1).toLongLong();
        f.returnedOrders += q.value(2).toLongLong();
        if (probe && k == probe->keyValue) {
            probe->ids->orderShipments << q.value(3).toLongLong();
            if (q.value(2).toInt() != 0)
                probe->ids->returnedOrderShipments << q.value(3).toLongLong();
        }
    }
    q.finish();

    // Returns requested in the range.
    q.prepare(joined ? QStringLiteral("SELECT r.items, r.amount_cents, r.currency, r.status, r.resolution, r.reason, %1, r.decided_by,"
                                      " r.id FROM returns r JOIN shipments s ON s.id = r.shipment_id"
                                      " WHERE r.requested_at_ms >= ? AND r.requested_at_ms < ?%2").arg(keyExpr, where)
                     : QStringLiteral("SELECT items, amount_cents, currency, status, resolution, reason, '', decided_by, id"
                                      " FROM returns WHERE requested_at_ms >= ? AND requested_at_ms < ?"));
    q.addBindValue(begin);
    q.addBindValue(end);
    bindScope(q);
    if (!q.exec())
        return fail(q, "the returns");
    json::Parser parser;
    const QString policyActor = ReturnAutoApproval::actor();
    QHash<QString, QHash<QPair<QString, int>, qint64>> reasonsByKey;
    while (q.next()) {
        const QString k = q.value(6).toString();
        ReturnFigures &f = figures(k);
        QHash<QPair<QString, int>, qint64> &reasons = reasonsByKey[k];
        ++f.returns;
        const QByteArray items = q.value(0).toByteArray();
        const qint64 value = q.value(1).toLongLong();
        const QString currency = q.value(2).toString();
        const auto resolution = returnResolutionFromInt(q.value(4).toInt()).value_or(ReturnResolution::None);
        const int reason = q.value(5).toInt();
        f.returnValue[currency] += value;
        ReturnFigureIds::Return *probed = nullptr;
        if (probe && k == probe->keyValue) {
            probe->ids->returns << ReturnFigureIds::Return{q.value(8).toLongLong(), resolution, currency,
                                                           returnReasonFromInt(reason).value_or(ReturnReason::ChangedMind), {}};
            probed = &probe->ids->returns.last();
        }
        if (const QString decider = q.value(7).toString(); !decider.isEmpty()) {
            ++f.decidedReturns;
            if (decider == policyActor)
                ++f.policyDecidedReturns;
        }
        if (const auto root = parser.parse(items.constData(), items.size())) {
            for (const json::Value &item : root->elements()) {
                const qint64 units = item["quantity"].toInt().value_or(1);
                f.itemsReturned += units;
                reasons[{item["category"].toString(), reason}] += units;
                if (probed && !probed->categories.contains(item["category"].toString()))
                    probed->categories << item["category"].toString();
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

    for (auto byKey = reasonsByKey.cbegin(); byKey != reasonsByKey.cend(); ++byKey) {
        ReturnFigures &f = figures(byKey.key());
        const QHash<QPair<QString, int>, qint64> &reasons = byKey.value();
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
    }
    return all;
}

} // namespace ct
