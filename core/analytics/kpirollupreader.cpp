// SPDX-License-Identifier: MIT
#include "kpirollupreader.h"

#include "kpiaccumulator.h"
#include "kpicalendar.h"
#include "kpicutsql.h"
#include "kpirollupspans.h"

#include "domain/exceptiontype.h"
#include "kpistatement.h"
#include "kpisumslots.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <unordered_map>
#include <vector>

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

// A histogram of whole days, {"3": 5, "-1": 1}, as UTF-8: the rollups write these objects
// themselves, so a small reader of numbers is enough (and much faster than a JSON parser
// per row).
template<typename Visit>
void forEachBin(const QByteArray &json, Visit visit)
{
    qint64 value = 0, count = 0;
    bool inKey = false, key = false, haveCount = false, negative = false;
    qint64 *target = nullptr;
    for (const char c : json) {
        if (c == '"') {
            inKey = !inKey;
            if (inKey) {
                value = 0;
                key = true;
                negative = false;
                target = &value;
            }
        } else if (c == ':') {
            if (negative)
                value = -value;
            count = 0;
            haveCount = true;
            key = false;
            negative = false;
            target = &count;
        } else if (c == ',' || c == '}') {
            if (haveCount && !key)
                visit(value, negative ? -count : count);
            haveCount = false;
            target = nullptr;
        } else if (c == '-' && target) {
            negative = true;
        } else if (c >= '0' && c <= '9' && target) {
            *target = *target * 10 + (c - '0');
        }
    }
}

// A stored row's carrier, service, lane and destination as SQLite holds them (UTF-8).
struct StoredKeys
{
    std::array<QByteArray, 4> bytes;
    friend bool operator==(const StoredKeys &, const StoredKeys &) = default;
};

size_t qHash(const StoredKeys &k, size_t seed = 0)
{
    return qHashMulti(seed, k.bytes[0], k.bytes[1], k.bytes[2], k.bytes[3]);
}

class Reader
{
public:
    Reader(const Database &db, const KpiRequest &r, KpiAccumulator &acc, bool weeks)
        : m_db(db), m_request(r), m_acc(acc), m_beginDay(Epoch.daysTo(r.from)), m_endDay(Epoch.daysTo(r.to)),
          m_weeks(weeks), m_spans(KpiRollupSpans::of(r, weeks))
    {
        m_filter = KpiCutSql::storedCondition(r.filter, QStringLiteral("r"), &m_filterValues);
        for (const KpiGrouping &g : r.groupings) {
            std::vector<int> periods;
            for (qint64 day = m_beginDay; day <= m_endDay; ++day)
                periods.push_back(KpiCalendar::periodIndex(r.from, r.to, g.granularity, Epoch.addDays(day)));
            m_periodOfDay.push_back(std::move(periods));
        }
    }

    bool daily(QString *error);
    bool exceptions(QString *error);
    bool openExceptions(QString *error);
    bool returns(QString *error);

private:
    // Runs `columns` (after the row's day, column 0) over the rows of every span: the daily
    // table's rows of a daily span, the weekly table's of a weekly one, where `condition`
    // (over alias r, with the filter's values) holds. visit(row, day, lastDay): the row's
    // day, or its week's Monday and Sunday.
    template<typename Visit>
    bool scanSpans(const QString &columns, const char *dailyTable, const char *weeklyTable, const QString &condition,
                   Visit visit, QString *error)
    {
        for (const KpiRollupSpan &span : std::as_const(m_spans)) {
            const QLatin1String day(span.weekly ? "week" : "day");
            auto q = executed(m_db,
                              QStringLiteral("SELECT %1, %2 FROM %3 r WHERE %1 >= ? AND %1 <= ? AND (%4)")
                                  .arg(day, columns, QLatin1String(span.weekly ? weeklyTable : dailyTable), condition),
                              {span.first, span.last}, m_filterValues, error);
            if (!q)
                return false;
            const qint64 length = span.weekly ? 6 : 0;
            while (q->next()) {
                const qint64 first = q->int64(0);
                visit(*q, first, first + length);
            }
            q->finish();
        }
        return true;
    }
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
    // The period of a stored day in grouping g, or -1 outside the range (computed once per day).
    int periodOf(int g, qint64 day) const
    {
        if (day < m_beginDay || day > m_endDay)
            return -1;
        return m_periodOfDay[static_cast<size_t>(g)][static_cast<size_t>(day - m_beginDay)];
    }
    // A histogram column, NULL when empty (a CASE, not nullif(): no copy of the text).
    static QString emptyAsNull(const char *column)
    {
        return QStringLiteral("CASE WHEN %1 = '{}' THEN NULL ELSE %1 END").arg(QLatin1String(column));
    }
    // The cut id of a stored row's keys in every grouping: looked up by the four keys' UTF-8
    // bytes (columns firstKey.. firstKey + 3), turned into cut keys only the first time a
    // combination shows.
    template<typename Sums>
    const std::vector<int> &cutIds(KpiSumSlots<Sums> &sums, QHash<StoredKeys, std::vector<int>> &combos,
                                   const SqlStatement &row, int firstKey) const
    {
        StoredKeys stored;
        for (int k = 0; k < 4; ++k)
            stored.bytes[static_cast<size_t>(k)] = row.blob(firstKey + k);
        auto it = combos.find(stored);
        if (it == combos.end()) {
            const Keys keys(row, firstKey);
            std::vector<int> ids;
            for (int g = 0; g < m_request.groupings.size(); ++g)
                ids.push_back(sums.cutId(g, keys.byCut[static_cast<size_t>(m_request.groupings.at(g).cut)]));
            it = combos.insert(std::move(stored), std::move(ids));
        }
        return *it;
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
    std::vector<std::vector<int>> m_periodOfDay; // per grouping, per day of the range
    bool m_weeks;
    QList<KpiRollupSpan> m_spans;
};

// A distribution's counts by whole value (days): dense below a bound, a map above it (a
// histogram of whole days rarely goes past a year; the map keeps any value exact).
class Bins
{
public:
    void add(qint64 value, qint64 count)
    {
        if (value >= 0 && value < DenseLimit) {
            if (static_cast<size_t>(value) >= m_dense.size())
                m_dense.resize(static_cast<size_t>(value) + 1, 0);
            m_dense[static_cast<size_t>(value)] += count;
        } else {
            m_sparse[value] += count;
        }
    }
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (size_t v = 0; v < m_dense.size(); ++v) {
            if (m_dense[v] != 0)
                visit(static_cast<qint64>(v), m_dense[v]);
        }
        for (const auto &[v, n] : m_sparse) {
            if (n != 0)
                visit(v, n);
        }
    }

private:
    static constexpr qint64 DenseLimit = 4096;
    std::vector<qint64> m_dense;
    std::map<qint64, qint64> m_sparse;
};

// What kpi_daily rows add up to in one slot; each share only from the rows where its
// denominator's gate holds, as row by row.
struct DailySums
{
    bool anyTracked = false, anyAttempted = false, anyOrders = false;
    qint64 tracked = 0, delivered = 0, failed = 0, recovered = 0, fake = 0, rto = 0, withExceptions = 0,
           exceptions = 0;
    qint64 attempted = 0, promised = 0, onTime = 0, firstAttemptOk = 0;
    qint64 orders = 0, returnedOrders = 0;
    std::array<Bins, 3> bins; // transit, business, order-to-delivery days
};

bool Reader::daily(QString *error)
{
    KpiSumSlots<DailySums> sums(static_cast<int>(m_request.groupings.size()));
    QHash<StoredKeys, std::vector<int>> combos;
    std::array<std::vector<std::pair<qint64, qint64>>, 3> rowBins;
    const auto visit = [&](const SqlStatement &q, qint64 day, qint64) {
        const qint64 tracked = q.int64(5), failed = q.int64(7), attempted = q.int64(13), orders = q.int64(20);
        // Empty histograms come as NULL: most rows have none, and none is read.
        const bool histograms = !q.isNull(17) || !q.isNull(18) || !q.isNull(19);
        if (tracked == 0 && attempted == 0 && orders == 0 && !histograms)
            return; // a row emptied by later changes
        for (auto &b : rowBins)
            b.clear();
        for (int h = 0; histograms && h < 3; ++h) {
            if (!q.isNull(17 + h))
                forEachBin(q.blob(17 + h), [&](qint64 v, qint64 n) { rowBins[static_cast<size_t>(h)].emplace_back(v, n); });
        }
        const std::vector<int> &cuts = cutIds(sums, combos, q, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            const int p = periodOf(g, day);
            if (p < 0)
                continue;
            DailySums &s = sums.at(g, p, cuts[static_cast<size_t>(g)]);
            if (tracked > 0) {
                s.anyTracked = true;
                s.tracked += tracked;
                s.delivered += q.int64(6);
                s.failed += failed;
                s.recovered += q.int64(8);
                s.fake += q.int64(9);
                s.rto += q.int64(10);
                s.withExceptions += q.int64(11);
                s.exceptions += q.int64(12);
            }
            if (attempted > 0) {
                s.anyAttempted = true;
                s.attempted += attempted;
                s.promised += q.int64(14);
                s.onTime += q.int64(15);
                s.firstAttemptOk += q.int64(16);
            }
            for (size_t h = 0; h < rowBins.size(); ++h) {
                for (const auto &[v, n] : rowBins[h])
                    s.bins[h].add(v, n);
            }
            if (orders > 0) {
                s.anyOrders = true;
                s.orders += orders;
                s.returnedOrders += q.int64(21);
            }
        }
    };
    if (!scanSpans(QStringLiteral("carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, "
                                  "fake, rto, with_exceptions, exceptions, attempted, promised, on_time, first_attempt_ok, "
                                  "%1, %2, %3, orders, returned_orders")
                       .arg(emptyAsNull("transit_days"), emptyAsNull("transit_business_days"), emptyAsNull("order_days")),
                   "kpi_daily", "kpi_weekly", m_filter, visit, error))
        return false;

    static constexpr std::array<Kpi, 3> Distributions{Kpi::TransitDays, Kpi::TransitBusinessDays,
                                                      Kpi::OrderToDeliveryDays};
    for (const auto &slot : sums.entries()) {
        KpiAccumulator::Bucket &b = m_acc.bucket(slot.grouping, slot.period, sums.cutKey(slot.grouping, slot.cut));
        const DailySums &s = slot.sums;
        if (s.anyTracked) {
            KpiAccumulator::shareTotals(b, Kpi::DeliveryRate, s.delivered, s.tracked);
            KpiAccumulator::shareTotals(b, Kpi::NdrRate, s.failed, s.tracked);
            KpiAccumulator::shareTotals(b, Kpi::NdrRecoveryRate, s.recovered, s.failed);
            KpiAccumulator::shareTotals(b, Kpi::FakeAttemptShare, s.fake, s.failed);
            KpiAccumulator::shareTotals(b, Kpi::RtoRate, s.rto, s.tracked);
            KpiAccumulator::shareTotals(b, Kpi::ExceptionRate, s.withExceptions, s.tracked);
            KpiAccumulator::shareTotals(b, Kpi::ExceptionsPerThousand, s.exceptions, s.tracked);
        }
        if (s.anyAttempted) {
            KpiAccumulator::shareTotals(b, Kpi::EddCoverage, s.promised, s.attempted);
            KpiAccumulator::shareTotals(b, Kpi::OnTimeRate, s.onTime, s.promised);
            KpiAccumulator::shareTotals(b, Kpi::FirstAttemptRate, s.firstAttemptOk, s.attempted);
        }
        for (size_t h = 0; h < Distributions.size(); ++h)
            s.bins[h].forEach([&](qint64 v, qint64 n) { KpiAccumulator::histogram(b, Distributions[h], v, n); });
        if (s.anyOrders)
            KpiAccumulator::shareTotals(b, Kpi::ReturnRate, s.returnedOrders, s.orders);
    }
    return true;
}

// What kpi_exceptions_daily and kpi_exception_hours rows add up to in one slot.
struct ExceptionSums
{
    bool anyAnswered = false, anyResolved = false, anyClosed = false;
    qint64 answered = 0, answeredLate = 0, resolved = 0, resolvedLate = 0, resolveMs = 0;
    Bins hours; // resolved exceptions by whole hours to resolve
};

bool Reader::exceptions(QString *error)
{
    const qint64 nowDay = Epoch.daysTo(KpiCalendar::utcDay(m_request.nowMs));
    const size_t rangeDays = static_cast<size_t>(m_endDay - m_beginDay + 1);
    KpiSumSlots<ExceptionSums> sums(static_cast<int>(m_request.groupings.size()));
    QHash<StoredKeys, std::vector<int>> combos;
    // Per grouping and (cut id, type): the open count before the range, and what each day
    // of the range added (opened) and took away (closed).
    struct Balance
    {
        qint64 before = 0;
        std::vector<qint64> deltas; // per day of the range: opened - closed
    };
    std::vector<std::unordered_map<quint64, Balance>> balances(static_cast<size_t>(m_request.groupings.size()));
    const auto balanceKey = [](int cut, qint64 type) { return (quint64(quint32(cut)) << 32) | quint64(quint32(type)); };

    // The opening balance: the weeks before the range's first week, then its days before the range.
    const qint64 firstMonday = m_weeks ? KpiRollupSpans::mondayOf(m_beginDay) : std::numeric_limits<qint64>::min();
    QVariantList openingValues{firstMonday};
    openingValues << m_filterValues << firstMonday << m_beginDay << m_filterValues;
    auto opening = executedKpiStatement(
        m_db,
        QStringLiteral("SELECT carrier, service, lane, destination, type, sum(n) FROM ("
                       "SELECT carrier, service, lane, destination, type, opened - closed AS n FROM kpi_exceptions_weekly r "
                       "WHERE week < ? AND (%1) UNION ALL "
                       "SELECT carrier, service, lane, destination, type, opened - closed FROM kpi_exceptions_daily r "
                       "WHERE day >= ? AND day < ? AND (%1)) r GROUP BY carrier, service, lane, destination, type")
            .arg(m_filter),
        openingValues, error);
    if (!opening)
        return false;
    while (opening->next()) {
        const std::vector<int> &cuts = cutIds(sums, combos, *opening, 0);
        for (int g = 0; g < m_request.groupings.size(); ++g)
            balances[static_cast<size_t>(g)][balanceKey(cuts[static_cast<size_t>(g)], opening->int64(4))].before +=
                opening->int64(5);
    }
    opening->finish();

    const auto visit = [&](const SqlStatement &q, qint64 day, qint64 lastDay) {
        const std::vector<int> &cuts = cutIds(sums, combos, q, 1);
        const qint64 answered = q.int64(7), resolved = q.int64(9), closed = q.int64(11);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            const int cut = cuts[static_cast<size_t>(g)];
            Balance &balance = balances[static_cast<size_t>(g)][balanceKey(cut, q.int64(5))];
            balance.deltas.resize(rangeDays, 0);
            balance.deltas[static_cast<size_t>(lastDay - m_beginDay)] += q.int64(6) - closed;
            const int p = periodOf(g, day);
            if (p < 0)
                continue;
            ExceptionSums &s = sums.at(g, p, cut);
            if (answered > 0) {
                s.anyAnswered = true;
                s.answered += answered;
                s.answeredLate += q.int64(8);
            }
            if (resolved > 0) {
                s.anyResolved = true;
                s.resolved += resolved;
                s.resolvedLate += q.int64(10);
            }
            if (closed > 0) {
                s.anyClosed = true;
                s.resolveMs += q.int64(12);
            }
        }
    };
    if (!scanSpans(QStringLiteral("carrier, service, lane, destination, type, opened, answered, answered_late, resolved, "
                                  "resolved_late, closed, resolve_ms"),
                   "kpi_exceptions_daily", "kpi_exceptions_weekly", m_filter, visit, error))
        return false;

    // Time to resolve, in whole-hour bins: each value stands at its bin's midpoint.
    const auto visitHours = [&](const SqlStatement &hours, qint64 day, qint64) {
        if (hours.int64(6) == 0)
            return;
        const std::vector<int> &cuts = cutIds(sums, combos, hours, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            const int p = periodOf(g, day);
            if (p >= 0)
                sums.at(g, p, cuts[static_cast<size_t>(g)]).hours.add(hours.int64(5), hours.int64(6));
        }
    };
    if (!scanSpans(QStringLiteral("carrier, service, lane, destination, hour, count"),
                   "kpi_exception_hours", "kpi_exception_hours_weekly", m_filter, visitHours, error))
        return false;

    for (const auto &slot : sums.entries()) {
        KpiAccumulator::Bucket &b = m_acc.bucket(slot.grouping, slot.period, sums.cutKey(slot.grouping, slot.cut));
        const ExceptionSums &s = slot.sums;
        if (s.anyAnswered)
            KpiAccumulator::shareTotals(b, Kpi::FirstActionBreachRate, s.answeredLate, s.answered);
        if (s.anyResolved)
            KpiAccumulator::shareTotals(b, Kpi::ResolutionBreachRate, s.resolvedLate, s.resolved);
        if (s.anyClosed)
            KpiAccumulator::exactSum(b, Kpi::TimeToResolve, s.resolveMs);
        s.hours.forEach([&](qint64 hour, qint64 n) {
            KpiAccumulator::histogram(b, Kpi::TimeToResolve, hour * 3'600'000 + 1'800'000, n);
        });
    }

    // The backlog at the end of each period: the opening balance and the days up to it.
    for (int g = 0; g < m_request.groupings.size(); ++g) {
        const QList<KpiPeriod> &periods = m_acc.periods(g);
        QHash<QPair<int, int>, qint64> totals; // (period, cut id) -> all types
        for (const auto &[key, balance] : balances[static_cast<size_t>(g)]) {
            const int cut = static_cast<int>(key >> 32);
            const QString type = exceptionTypeCode(
                exceptionTypeFromInt(static_cast<int>(quint32(key & 0xffffffffu))).value_or(ExceptionType::Stuck));
            qint64 open = balance.before;
            size_t next = 0;
            for (int p = 0; p < periods.size(); ++p) {
                const qint64 last = std::min(Epoch.daysTo(periods.at(p).to), nowDay);
                if (Epoch.daysTo(periods.at(p).from) > nowDay)
                    break;
                for (; next < balance.deltas.size() && m_beginDay + qint64(next) <= last; ++next)
                    open += balance.deltas[next];
                if (open <= 0)
                    continue;
                KpiAccumulator::countTotals(m_acc.bucket(g, p, sums.cutKey(g, cut)), Kpi::OpenBacklog, open, type);
                totals[{p, cut}] += open;
            }
        }
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            KpiAccumulator::countTotals(m_acc.bucket(g, it.key().first, sums.cutKey(g, it.key().second)),
                                        Kpi::OpenBacklog, it.value());
    }
    return true;
}

// The SLA breaches that depend on now: open exceptions past a deadline they have not met.
// Open exceptions past a deadline, per slot (the rollups never probe: counts are enough).
// They are read by the partial index of unresolved exceptions (schema 15), whose condition
// is the query's: SQLite's planner would walk every resolved exception otherwise.
struct BreachSums
{
    qint64 unanswered = 0, overdue = 0;
};

bool Reader::openExceptions(QString *error)
{
    auto q = executed(m_db,
                      QStringLiteral("SELECT x.trigger_at_ms, x.first_action_at_ms IS NULL AND ? > x.first_action_due_ms, "
                                     "? > x.resolve_due_ms, r.carrier, r.service, r.lane, r.destination "
                                     "FROM exceptions x INDEXED BY exceptions_unresolved_by_trigger "
                                     "JOIN kpi_shipments r ON r.shipment_id = x.shipment_id "
                                     "WHERE (x.status = 0 OR (x.status = 1 AND x.resolved_at_ms IS NULL)) "
                                     "AND x.trigger_at_ms >= ? AND x.trigger_at_ms < ? AND (%1)")
                          .arg(m_filter),
                      {m_request.nowMs, m_request.nowMs, KpiCalendar::startOfUtcDayMs(m_request.from),
                       KpiCalendar::startOfUtcDayMs(m_request.to.addDays(1))},
                      m_filterValues, error);
    if (!q)
        return false;
    KpiSumSlots<BreachSums> sums(static_cast<int>(m_request.groupings.size()));
    QHash<StoredKeys, std::vector<int>> combos;
    while (q->next()) {
        const bool unanswered = q->int64(1) != 0, overdue = q->int64(2) != 0;
        if (!unanswered && !overdue)
            continue;
        const qint64 day = Epoch.daysTo(KpiCalendar::utcDay(q->int64(0)));
        const std::vector<int> &cuts = cutIds(sums, combos, *q, 3);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            const int p = periodOf(g, day);
            if (p < 0)
                continue;
            BreachSums &s = sums.at(g, p, cuts[static_cast<size_t>(g)]);
            s.unanswered += unanswered ? 1 : 0;
            s.overdue += overdue ? 1 : 0;
        }
    }
    q->finish();
    for (const auto &slot : sums.entries()) {
        KpiAccumulator::Bucket &b = m_acc.bucket(slot.grouping, slot.period, sums.cutKey(slot.grouping, slot.cut));
        if (slot.sums.unanswered > 0)
            KpiAccumulator::shareTotals(b, Kpi::FirstActionBreachRate, slot.sums.unanswered, slot.sums.unanswered);
        if (slot.sums.overdue > 0)
            KpiAccumulator::shareTotals(b, Kpi::ResolutionBreachRate, slot.sums.overdue, slot.sums.overdue);
    }
    return true;
}

// What kpi_returns_daily rows add up to in one slot: resolutions across currencies, values
// per currency (a handful: a list).
struct ReturnSums
{
    struct Values
    {
        QString currency;
        qint64 retained = 0, resolved = 0; // exchange + credit values; all three
    };
    qint64 refunds = 0, exchanges = 0, credits = 0;
    std::vector<Values> byCurrency;
};

bool Reader::returns(QString *error)
{
    KpiSumSlots<ReturnSums> sums(static_cast<int>(m_request.groupings.size()));
    QHash<StoredKeys, std::vector<int>> combos;
    // Returns without an outbound shipment count only where nothing filters or cuts.
    const auto visit = [&](const SqlStatement &q, qint64 day, qint64) {
        const qint64 refunds = q.int64(7), exchanges = q.int64(9), credits = q.int64(11);
        if (refunds + exchanges + credits == 0)
            return;
        const bool orphan = q.int64(5) != 0;
        const QString currency = q.text(6);
        const qint64 retained = q.int64(10) + q.int64(12), resolvedValue = q.int64(8) + q.int64(10) + q.int64(12);
        const std::vector<int> &cuts = cutIds(sums, combos, q, 1);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            if (orphan && (m_request.groupings.at(g).cut != KpiCut::None || !m_request.filter.isEmpty()))
                continue;
            const int p = periodOf(g, day);
            if (p < 0)
                continue;
            ReturnSums &s = sums.at(g, p, cuts[static_cast<size_t>(g)]);
            s.refunds += refunds;
            s.exchanges += exchanges;
            s.credits += credits;
            auto it = std::find_if(s.byCurrency.begin(), s.byCurrency.end(),
                                   [&](const ReturnSums::Values &v) { return v.currency == currency; });
            if (it == s.byCurrency.end())
                it = s.byCurrency.insert(it, ReturnSums::Values{currency, 0, 0});
            it->retained += retained;
            it->resolved += resolvedValue;
        }
    };
    if (!scanSpans(QStringLiteral("carrier, service, lane, destination, orphan, currency, refunds, refund_value, "
                                  "exchanges, exchange_value, credits, credit_value"),
                   "kpi_returns_daily", "kpi_returns_weekly", QStringLiteral("r.orphan = 1 OR (%1)").arg(m_filter), visit,
                   error))
        return false;
    for (const auto &slot : sums.entries()) {
        KpiAccumulator::Bucket &b = m_acc.bucket(slot.grouping, slot.period, sums.cutKey(slot.grouping, slot.cut));
        const ReturnSums &s = slot.sums;
        const qint64 resolved = s.refunds + s.exchanges + s.credits;
        KpiAccumulator::shareTotals(b, Kpi::RefundShare, s.refunds, resolved);
        KpiAccumulator::shareTotals(b, Kpi::ExchangeShare, s.exchanges, resolved);
        KpiAccumulator::shareTotals(b, Kpi::StoreCreditShare, s.credits, resolved);
        for (const ReturnSums::Values &v : s.byCurrency) {
            m_acc.notePart(slot.grouping, Kpi::RetainedRevenueShare, v.currency);
            KpiAccumulator::shareTotals(b, Kpi::RetainedRevenueShare, v.retained, v.resolved, v.currency);
        }
    }
    return true;
}

} // namespace

bool KpiRollupReader::read(const Database &db, const KpiRequest &request, KpiAccumulator &accumulator, QString *error,
                           bool weeks)
{
    const auto wants = [&](std::initializer_list<Kpi> kpis) {
        return std::any_of(kpis.begin(), kpis.end(), [&](Kpi k) { return request.wants(k); });
    };
    Reader reader(db, request, accumulator, weeks);
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
