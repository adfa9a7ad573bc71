// SPDX-License-Identifier: MIT
#include "kpirollupreader.h"

#include "kpiaccumulator.h"
#include "kpicalendar.h"
#include "kpicutsql.h"

#include "domain/exceptiontype.h"
#include "kpistatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace ct {

namespace {

const QDate Epoch(1970, 1, 1);

std::unique_ptr<SqlStatement> executed(const Database &db, const QString &sql, const QList<qint64> &leading,
                                       const QVariantList &filterValues, QString *error)
{
    QVariantList values;
    for (qint64 v : leading)
        values << v;
    return executedKpiStatement(db, sql, values + filterValues, error);
}

// A histogram of whole days, {"3": 5, "4": 1}: the rollups write these objects themselves,
// so a small reader of numbers is enough (and much faster than a JSON parser per row).
template<typename Visit>
void forEachBin(const QString &json, Visit visit)
{
    qint64 value = 0, count = 0;
    bool inKey = false, key = false, haveCount = false;
    qint64 *target = nullptr;
    for (const QChar c : json) {
        if (c == u'"') {
            inKey = !inKey;
            if (inKey) {
                value = 0;
                key = true;
                target = &value;
            }
        } else if (c == u':') {
            count = 0;
            haveCount = true;
            key = false;
            target = &count;
        } else if (c == u',' || c == u'}') {
            if (haveCount && !key)
                visit(value, count);
            haveCount = false;
            target = nullptr;
        } else if (c.isDigit() && target) {
            *target = *target * 10 + c.digitValue();
        }
    }
}

struct Grouping
{
    int index;
    KpiGrouping grouping;
};

class Reader
{
public:
    Reader(const Database &db, const KpiRequest &r, KpiAccumulator &acc)
        : m_db(db), m_request(r), m_acc(acc), m_beginDay(Epoch.daysTo(r.from)), m_endDay(Epoch.daysTo(r.to))
    {
        m_filter = KpiCutSql::storedCondition(r.filter, QStringLiteral("r"), &m_filterValues);
    }

    bool daily(QString *error);
    bool exceptions(QString *error);
    bool openExceptions(QString *error);
    bool returns(QString *error);

private:
    struct Place
    {
        int period;
        QString cut;
    };
    // A stored row's key for every cut, read once.
    struct Keys
    {
        std::array<QString, 5> byCut; // indexed by KpiCut
        Keys(const SqlStatement &row, int firstKey)
        {
            for (KpiCut c : {KpiCut::Carrier, KpiCut::Service, KpiCut::Lane, KpiCut::Destination})
                byCut[static_cast<size_t>(c)] = keyOf(c, row, firstKey);
        }
    };
    // The bucket of a stored row's day and keys in grouping g, or nullptr outside the range.
    KpiAccumulator::Bucket *bucket(int g, qint64 day, const Keys &keys)
    {
        const KpiGrouping &grouping = m_request.groupings.at(g);
        const int p = KpiCalendar::periodIndex(m_request.from, m_request.to, grouping.granularity, Epoch.addDays(day));
        if (p < 0)
            return nullptr;
        return &m_acc.bucket(g, p, keys.byCut[static_cast<size_t>(grouping.cut)]);
    }
    static QString keyOf(KpiCut cut, const SqlStatement &row, int firstKey)
    {
        return KpiCutSql::storedKeyOf(cut, row.text(firstKey), row.text(firstKey + 1), row.text(firstKey + 2),
                                      row.text(firstKey + 3));
    }

    const Database &m_db;
    const KpiRequest &m_request;
    KpiAccumulator &m_acc;
    qint64 m_beginDay;
    qint64 m_endDay;
    QString m_filter;
    QVariantList m_filterValues;
};

bool Reader::daily(QString *error)
{
    auto q = executed(m_db,
                      QStringLiteral("SELECT day, carrier, service, lane, destination, tracked, delivered, failed_attempt, "
                                     "recovered, fake, rto, with_exceptions, exceptions, attempted, promised, on_time, "
                                     "first_attempt_ok, transit_days, transit_business_days, order_days, orders, "
                                     "returned_orders FROM kpi_daily r WHERE day >= ? AND day <= ? AND (%1)")
                          .arg(m_filter),
                      {m_beginDay, m_endDay}, m_filterValues, error);
    if (!q)
        return false;
    while (q->next()) {
        const qint64 tracked = q->int64(5), failed = q->int64(7), attempted = q->int64(13), orders = q->int64(20);
        const QString transit = q->text(17), business = q->text(18), orderDays = q->text(19);
        const bool histograms = transit.size() > 2 || business.size() > 2 || orderDays.size() > 2;
        if (tracked == 0 && attempted == 0 && orders == 0 && !histograms)
            continue; // a row emptied by later changes
        const Keys keys(*q, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            KpiAccumulator::Bucket *b = bucket(g, q->int64(0), keys);
            if (!b)
                continue;
            if (tracked > 0) {
                KpiAccumulator::shareTotals(*b, Kpi::DeliveryRate, q->int64(6), tracked);
                KpiAccumulator::shareTotals(*b, Kpi::NdrRate, failed, tracked);
                KpiAccumulator::shareTotals(*b, Kpi::NdrRecoveryRate, q->int64(8), failed);
                KpiAccumulator::shareTotals(*b, Kpi::FakeAttemptShare, q->int64(9), failed);
                KpiAccumulator::shareTotals(*b, Kpi::RtoRate, q->int64(10), tracked);
                KpiAccumulator::shareTotals(*b, Kpi::ExceptionRate, q->int64(11), tracked);
                KpiAccumulator::shareTotals(*b, Kpi::ExceptionsPerThousand, q->int64(12), tracked);
            }
            if (attempted > 0) {
                KpiAccumulator::shareTotals(*b, Kpi::EddCoverage, q->int64(14), attempted);
                KpiAccumulator::shareTotals(*b, Kpi::OnTimeRate, q->int64(15), q->int64(14));
                KpiAccumulator::shareTotals(*b, Kpi::FirstAttemptRate, q->int64(16), attempted);
            }
            if (histograms) {
                forEachBin(transit, [&](qint64 v, qint64 n) { KpiAccumulator::histogram(*b, Kpi::TransitDays, v, n); });
                forEachBin(business,
                           [&](qint64 v, qint64 n) { KpiAccumulator::histogram(*b, Kpi::TransitBusinessDays, v, n); });
                forEachBin(orderDays,
                           [&](qint64 v, qint64 n) { KpiAccumulator::histogram(*b, Kpi::OrderToDeliveryDays, v, n); });
            }
            if (orders > 0)
                KpiAccumulator::shareTotals(*b, Kpi::ReturnRate, q->int64(21), orders);
        }
    }
    q->finish();
    return true;
}

bool Reader::exceptions(QString *error)
{
    const qint64 nowDay = Epoch.daysTo(KpiCalendar::utcDay(m_request.nowMs));
    // Per grouping: the open count of each (cut key, type) before the range, and what each
    // day of the range added (opened) and took away (closed).
    struct Balance
    {
        qint64 before = 0;
        std::map<qint64, qint64> deltas; // day -> opened - closed
    };
    std::vector<QHash<QPair<QString, int>, Balance>> balances(static_cast<size_t>(m_request.groupings.size()));

    auto opening = executed(m_db,
                            QStringLiteral("SELECT carrier, service, lane, destination, type, sum(opened) - sum(closed) "
                                           "FROM kpi_exceptions_daily r WHERE day < ? AND (%1) "
                                           "GROUP BY carrier, service, lane, destination, type")
                                .arg(m_filter),
                            {m_beginDay}, m_filterValues, error);
    if (!opening)
        return false;
    while (opening->next()) {
        for (int g = 0; g < m_request.groupings.size(); ++g)
            balances[static_cast<size_t>(g)][{keyOf(m_request.groupings.at(g).cut, *opening, 0),
                                              static_cast<int>(opening->int64(4))}]
                .before += opening->int64(5);
    }
    opening->finish();

    auto q = executed(m_db,
                      QStringLiteral("SELECT day, carrier, service, lane, destination, type, opened, answered, answered_late, "
                                     "resolved, resolved_late, closed, resolve_ms FROM kpi_exceptions_daily r "
                                     "WHERE day >= ? AND day <= ? AND (%1)")
                          .arg(m_filter),
                      {m_beginDay, m_endDay}, m_filterValues, error);
    if (!q)
        return false;
    while (q->next()) {
        const qint64 day = q->int64(0);
        const int type = static_cast<int>(q->int64(5));
        const Keys keys(*q, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            balances[static_cast<size_t>(g)][{keys.byCut[static_cast<size_t>(m_request.groupings.at(g).cut)], type}]
                .deltas[day] += q->int64(6) - q->int64(11);
            KpiAccumulator::Bucket *b = bucket(g, day, keys);
            if (!b)
                continue;
            if (q->int64(7) > 0)
                KpiAccumulator::shareTotals(*b, Kpi::FirstActionBreachRate, q->int64(8), q->int64(7));
            if (q->int64(9) > 0)
                KpiAccumulator::shareTotals(*b, Kpi::ResolutionBreachRate, q->int64(10), q->int64(9));
            if (q->int64(11) > 0)
                KpiAccumulator::exactSum(*b, Kpi::TimeToResolve, q->int64(12));
        }
    }
    q->finish();

    // Time to resolve, in whole-hour bins: each value stands at its bin's midpoint.
    auto hours = executed(m_db,
                          QStringLiteral("SELECT day, carrier, service, lane, destination, hour, sum(count) "
                                         "FROM kpi_exception_hours r WHERE day >= ? AND day <= ? AND (%1) "
                                         "GROUP BY day, carrier, service, lane, destination, hour")
                              .arg(m_filter),
                          {m_beginDay, m_endDay}, m_filterValues, error);
    if (!hours)
        return false;
    while (hours->next()) {
        if (hours->int64(6) == 0)
            continue;
        const Keys keys(*hours, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            if (KpiAccumulator::Bucket *b = bucket(g, hours->int64(0), keys))
                KpiAccumulator::histogram(*b, Kpi::TimeToResolve, hours->int64(5) * 3'600'000 + 1'800'000,
                                          hours->int64(6));
        }
    }
    hours->finish();

    // The backlog at the end of each period: the opening balance and the days up to it.
    for (int g = 0; g < m_request.groupings.size(); ++g) {
        const QList<KpiPeriod> &periods = m_acc.periods(g);
        QHash<QPair<int, QString>, qint64> totals; // (period, cut) -> all types
        for (auto it = balances[static_cast<size_t>(g)].cbegin(); it != balances[static_cast<size_t>(g)].cend(); ++it) {
            qint64 open = it->before;
            auto delta = it->deltas.cbegin();
            const QString type = exceptionTypeCode(exceptionTypeFromInt(it.key().second).value_or(ExceptionType::Stuck));
            for (int p = 0; p < periods.size(); ++p) {
                const qint64 last = std::min(Epoch.daysTo(periods.at(p).to), nowDay);
                if (Epoch.daysTo(periods.at(p).from) > nowDay)
                    break;
                for (; delta != it->deltas.cend() && delta->first <= last; ++delta)
                    open += delta->second;
                if (open <= 0)
                    continue;
                KpiAccumulator::countTotals(m_acc.bucket(g, p, it.key().first), Kpi::OpenBacklog, open, type);
                totals[{p, it.key().first}] += open;
            }
        }
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            KpiAccumulator::countTotals(m_acc.bucket(g, it.key().first, it.key().second), Kpi::OpenBacklog, it.value());
    }
    return true;
}

// The SLA breaches that depend on now: open exceptions past a deadline they have not met.
bool Reader::openExceptions(QString *error)
{
    auto q = executed(m_db,
                      QStringLiteral("SELECT x.id, x.shipment_id, x.trigger_at_ms, x.first_action_at_ms, x.first_action_due_ms, "
                                     "x.resolve_due_ms, r.carrier, r.service, r.lane, r.destination "
                                     "FROM exceptions x JOIN kpi_shipments r ON r.shipment_id = x.shipment_id "
                                     "WHERE (x.status = 0 OR (x.status = 1 AND x.resolved_at_ms IS NULL)) "
                                     "AND x.trigger_at_ms >= ? AND x.trigger_at_ms < ? AND (%1)")
                          .arg(m_filter),
                      {KpiCalendar::startOfUtcDayMs(m_request.from), KpiCalendar::startOfUtcDayMs(m_request.to.addDays(1))},
                      m_filterValues, error);
    if (!q)
        return false;
    const qint64 now = m_request.nowMs;
    while (q->next()) {
        const KpiAccumulator::Ids ids{q->int64(1), q->int64(0)};
        const bool unanswered = q->isNull(3) && now > q->int64(4);
        const bool overdue = now > q->int64(5);
        if (!unanswered && !overdue)
            continue;
        const qint64 day = Epoch.daysTo(KpiCalendar::utcDay(q->int64(2)));
        const Keys keys(*q, 6);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            KpiAccumulator::Bucket *b = bucket(g, day, keys);
            if (!b)
                continue;
            if (unanswered)
                KpiAccumulator::share(*b, Kpi::FirstActionBreachRate, true, ids);
            if (overdue)
                KpiAccumulator::share(*b, Kpi::ResolutionBreachRate, true, ids);
        }
    }
    q->finish();
    return true;
}

bool Reader::returns(QString *error)
{
    // Returns without an outbound shipment count only where nothing filters or cuts.
    auto q = executed(m_db,
                      QStringLiteral("SELECT day, carrier, service, lane, destination, orphan, currency, refunds, refund_value, "
                                     "exchanges, exchange_value, credits, credit_value FROM kpi_returns_daily r "
                                     "WHERE day >= ? AND day <= ? AND (r.orphan = 1 OR (%1))")
                          .arg(m_filter),
                      {m_beginDay, m_endDay}, m_filterValues, error);
    if (!q)
        return false;
    while (q->next()) {
        const qint64 refunds = q->int64(7), exchanges = q->int64(9), credits = q->int64(11);
        const qint64 resolved = refunds + exchanges + credits;
        if (resolved == 0)
            continue;
        const bool orphan = q->int64(5) != 0;
        const QString currency = q->text(6);
        const Keys keys(*q, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            if (orphan && (m_request.groupings.at(g).cut != KpiCut::None || !m_request.filter.isEmpty()))
                continue;
            KpiAccumulator::Bucket *b = bucket(g, q->int64(0), keys);
            if (!b)
                continue;
            KpiAccumulator::shareTotals(*b, Kpi::RefundShare, refunds, resolved);
            KpiAccumulator::shareTotals(*b, Kpi::ExchangeShare, exchanges, resolved);
            KpiAccumulator::shareTotals(*b, Kpi::StoreCreditShare, credits, resolved);
            m_acc.notePart(g, Kpi::RetainedRevenueShare, currency);
            KpiAccumulator::shareTotals(*b, Kpi::RetainedRevenueShare, q->int64(10) + q->int64(12),
                                        q->int64(8) + q->int64(10) + q->int64(12), currency);
        }
    }
    q->finish();
    return true;
}

} // namespace

bool KpiRollupReader::read(const Database &db, const KpiRequest &request, KpiAccumulator &accumulator, QString *error)
{
    const auto wants = [&](std::initializer_list<Kpi> kpis) {
        return std::any_of(kpis.begin(), kpis.end(), [&](Kpi k) { return request.wants(k); });
    };
    Reader reader(db, request, accumulator);
    return (!wants({Kpi::OnTimeRate, Kpi::EddCoverage, Kpi::FirstAttemptRate, Kpi::DeliveryRate, Kpi::NdrRate,
                    Kpi::NdrRecoveryRate, Kpi::FakeAttemptShare, Kpi::RtoRate, Kpi::TransitDays, Kpi::TransitBusinessDays,
                    Kpi::OrderToDeliveryDays, Kpi::ExceptionRate, Kpi::ExceptionsPerThousand, Kpi::ReturnRate})
            || reader.daily(error))
           && (!wants({Kpi::OpenBacklog, Kpi::FirstActionBreachRate, Kpi::ResolutionBreachRate, Kpi::TimeToResolve})
               || reader.exceptions(error))
           && (!wants({Kpi::FirstActionBreachRate, Kpi::ResolutionBreachRate}) || reader.openExceptions(error))
           && (!wants({Kpi::RefundShare, Kpi::ExchangeShare, Kpi::StoreCreditShare, Kpi::RetainedRevenueShare})
               || reader.returns(error));
}

} // namespace ct
