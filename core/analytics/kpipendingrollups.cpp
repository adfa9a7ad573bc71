// SPDX-License-Identifier: MIT
#include "kpipendingrollups.h"

#include "store/sqlstatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <array>
#include <map>
#include <tuple>

namespace ct {

namespace {

// {pending}: the pending rows, joined by their ids bound as one JSON array.
const char *const Pending = "json_each(?) p CROSS JOIN kpi_shipments f ON f.shipment_id = p.value";

// The same contributions the rows' insert trigger wrote until schema 10, summed.
const char *const CohortSql =
    "INSERT INTO kpi_daily(day, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, "
    "fake, rto, with_exceptions, exceptions) "
    "SELECT f.cohort_day, f.carrier, f.service, f.lane, f.destination, count(*), sum(f.delivered), sum(f.failed_attempt), "
    "sum(f.recovered), sum(f.fake), sum(f.rto), "
    "sum(EXISTS (SELECT 1 FROM exceptions x WHERE x.shipment_id = f.shipment_id)), "
    "sum((SELECT count(*) FROM exceptions x WHERE x.shipment_id = f.shipment_id)) "
    "FROM {pending} WHERE f.cohort_day IS NOT NULL AND f.tracked = 1 GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET tracked = kpi_daily.tracked + excluded.tracked, "
    "delivered = kpi_daily.delivered + excluded.delivered, failed_attempt = kpi_daily.failed_attempt + excluded.failed_attempt, "
    "recovered = kpi_daily.recovered + excluded.recovered, fake = kpi_daily.fake + excluded.fake, "
    "rto = kpi_daily.rto + excluded.rto, with_exceptions = kpi_daily.with_exceptions + excluded.with_exceptions, "
    "exceptions = kpi_daily.exceptions + excluded.exceptions";

const char *const AttemptSql =
    "INSERT INTO kpi_daily(day, carrier, service, lane, destination, attempted, promised, on_time, first_attempt_ok) "
    "SELECT f.attempt_day, f.carrier, f.service, f.lane, f.destination, count(*), sum(f.promised), sum(f.on_time), "
    "sum(f.first_attempt_ok) FROM {pending} WHERE f.attempt_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET attempted = kpi_daily.attempted + excluded.attempted, "
    "promised = kpi_daily.promised + excluded.promised, on_time = kpi_daily.on_time + excluded.on_time, "
    "first_attempt_ok = kpi_daily.first_attempt_ok + excluded.first_attempt_ok";

const char *const OrderSql =
    "INSERT INTO kpi_daily(day, carrier, service, lane, destination, orders, returned_orders) "
    "SELECT f.order_day, f.carrier, f.service, f.lane, f.destination, count(*), sum(f.order_returned) "
    "FROM {pending} WHERE f.order_day IS NOT NULL AND f.order_lead = 1 GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET orders = kpi_daily.orders + excluded.orders, "
    "returned_orders = kpi_daily.returned_orders + excluded.returned_orders";

const char *const ArrivalsSql =
    "SELECT f.arrival_day, f.carrier, f.service, f.lane, f.destination, f.transit_days, f.transit_business_days, "
    "f.order_days FROM {pending} WHERE f.arrival_day IS NOT NULL";

const char *const Measures[] = {"transit_days", "transit_business_days", "order_days"};

using Key = std::tuple<qint64, QString, QString, QString, QString>; // day, carrier, service, lane, destination
using Histogram = std::map<qint64, qint64>;                          // whole days -> shipments
using Histograms = std::array<Histogram, 3>;                         // in the order of Measures

// A histogram column's value-count object, {"3": 2, ...} (docs/KPIS.md).
bool addStored(Histogram &into, const QString &json, const Key &key, const char *measure, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    bool ok = document.isObject();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); ok && it != object.end(); ++it) {
        const qint64 value = it.key().toLongLong(&ok);
        if (ok && it.value().isDouble())
            into[value] += it.value().toInteger();
        else
            ok = false;
    }
    if (!ok && error)
        *error = QStringLiteral("kpi_daily row (day %1, %2, %3, %4, %5) holds an invalid %6 histogram: %7")
                     .arg(std::get<0>(key))
                     .arg(std::get<1>(key), std::get<2>(key), std::get<3>(key), std::get<4>(key),
                          QLatin1String(measure), json.left(80));
    return ok;
}

QString jsonOf(const Histogram &histogram)
{
    QString json = QStringLiteral("{");
    for (const auto &[value, count] : histogram) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"') + QString::number(value) + QStringLiteral("\":") + QString::number(count);
    }
    return json + QLatin1Char('}');
}

} // namespace

struct KpiPendingRollups::Private
{
    const Database &database;
    QList<qint64> ids;
    QSet<qint64> pending;
    QSet<QString> orders;
    std::unique_ptr<SqlStatement> cohort, attempt, order, arrivals, readHistograms, writeHistograms;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(
                database, QString::fromLatin1(sql).replace(QLatin1String("{pending}"), QLatin1String(Pending)), error);
        return statement != nullptr;
    }

    bool run(std::unique_ptr<SqlStatement> &statement, const char *sql, const QString &idList, QString *error)
    {
        if (!prepared(statement, sql, error))
            return false;
        statement->bind(0, idList);
        return statement->exec(error);
    }

    bool bindKey(SqlStatement &q, const Key &key)
    {
        q.bind(0, std::get<0>(key));
        q.bind(1, std::get<1>(key));
        q.bind(2, std::get<2>(key));
        q.bind(3, std::get<3>(key));
        q.bind(4, std::get<4>(key));
        return true;
    }

    // Each arrival row once: the stored histograms plus the pending rows' days.
    bool writeArrivals(const QString &idList, QString *error)
    {
        if (!prepared(arrivals, ArrivalsSql, error)
            || !prepared(readHistograms,
                         "SELECT transit_days, transit_business_days, order_days FROM kpi_daily WHERE day = ? AND "
                         "carrier = ? AND service = ? AND lane = ? AND destination = ?",
                         error)
            || !prepared(writeHistograms,
                         "INSERT INTO kpi_daily(day, carrier, service, lane, destination, transit_days, "
                         "transit_business_days, order_days) VALUES(?,?,?,?,?,?,?,?) "
                         "ON CONFLICT(day, carrier, service, lane, destination) DO UPDATE SET "
                         "transit_days = excluded.transit_days, transit_business_days = excluded.transit_business_days, "
                         "order_days = excluded.order_days",
                         error))
            return false;
        std::map<Key, Histograms> added;
        arrivals->bind(0, idList);
        if (!arrivals->exec(error))
            return false;
        while (arrivals->next()) {
            Histograms &h = added[Key{arrivals->int64(0), arrivals->text(1), arrivals->text(2), arrivals->text(3),
                                      arrivals->text(4)}];
            for (int m = 0; m < 3; ++m) {
                if (!arrivals->isNull(5 + m))
                    ++h[static_cast<size_t>(m)][arrivals->int64(5 + m)];
            }
        }
        arrivals->finish();
        for (auto &[key, histograms] : added) {
            SqlStatement &read = *readHistograms;
            bindKey(read, key);
            if (!read.exec(error))
                return false;
            bool ok = true;
            if (read.next()) {
                for (int m = 0; ok && m < 3; ++m)
                    ok = addStored(histograms[static_cast<size_t>(m)], read.text(m), key, Measures[m], error);
            }
            read.finish();
            if (!ok)
                return false;
            SqlStatement &write = *writeHistograms;
            bindKey(write, key);
            for (int m = 0; m < 3; ++m)
                write.bind(5 + m, jsonOf(histograms[static_cast<size_t>(m)]));
            if (!write.exec(error))
                return false;
        }
        return true;
    }
};

KpiPendingRollups::KpiPendingRollups(const Database &database) : d(new Private{database, {}, {}, {}, {}, {}, {}, {}, {}, {}}) {}

KpiPendingRollups::~KpiPendingRollups() = default;

void KpiPendingRollups::add(qint64 shipmentId, const QString &orderId)
{
    d->ids.append(shipmentId);
    d->pending.insert(shipmentId);
    if (!orderId.isEmpty())
        d->orders.insert(orderId);
}

bool KpiPendingRollups::isEmpty() const
{
    return d->ids.isEmpty();
}

bool KpiPendingRollups::contains(qint64 shipmentId) const
{
    return d->pending.contains(shipmentId);
}

bool KpiPendingRollups::hasOrder(const QString &orderId) const
{
    return !orderId.isEmpty() && d->orders.contains(orderId);
}

bool KpiPendingRollups::flush(QString *error)
{
    if (d->ids.isEmpty())
        return true;
    QString idList = QStringLiteral("[");
    for (qint64 id : std::as_const(d->ids)) {
        if (idList.size() > 1)
            idList += QLatin1Char(',');
        idList += QString::number(id);
    }
    idList += QLatin1Char(']');
    QString failure;
    const bool ok = d->run(d->cohort, CohortSql, idList, &failure) && d->run(d->attempt, AttemptSql, idList, &failure)
                    && d->run(d->order, OrderSql, idList, &failure) && d->writeArrivals(idList, &failure);
    if (!ok) {
        if (error)
            *error = QStringLiteral("writing the daily KPI rollups of %1 new shipments failed: %2").arg(d->ids.size()).arg(failure);
        return false;
    }
    discard();
    return true;
}

void KpiPendingRollups::discard()
{
    d->ids.clear();
    d->pending.clear();
    d->orders.clear();
}

} // namespace ct
