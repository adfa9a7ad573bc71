// SPDX-License-Identifier: MIT
#include "kpiengine.h"

#include "kpiaccumulator.h"
#include "kpicutsql.h"
#include "kpifacts.h"
#include "kpirollupreader.h"
#include "shipmentoutcomescan.h"

#include "domain/exceptiontype.h"
#include "returns/returnfigures.h"
#include "store/database.h"
#include "kpistatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace ct {

namespace {

constexpr std::array<KpiCut, 4> Cuts = {KpiCut::Carrier, KpiCut::Service, KpiCut::Lane, KpiCut::Destination};

bool wantsAny(const KpiRequest &r, std::initializer_list<Kpi> kpis)
{
    return std::any_of(kpis.begin(), kpis.end(), [&](Kpi k) { return r.wants(k); });
}

// The four cut keys of a row, as selected by keyColumns().
struct CutKeys
{
    std::array<QString, 4> keys;
    const QString &of(KpiCut cut) const
    {
        static const QString none;
        return cut == KpiCut::None ? none : keys[static_cast<size_t>(cut) - 1];
    }
};

QString keyColumns(const QString &alias)
{
    QStringList columns;
    for (KpiCut c : Cuts)
        columns << KpiCutSql::key(c, alias);
    return columns.join(QStringLiteral(", "));
}

CutKeys readKeys(const SqlStatement &q, int first)
{
    CutKeys k;
    for (size_t i = 0; i < k.keys.size(); ++i)
        k.keys[i] = q.text(first + static_cast<int>(i));
    return k;
}

// Runs `sql` with the request's filter: "{filter}" in it becomes the filter's condition on
// shipments `s`, "{keys}" the four cut keys of `s`; `leading` values are bound first, then
// the filter's. nullptr with `error` on failure.
std::unique_ptr<SqlStatement> executed(const Database &db, QString sql, const KpiFilter &filter,
                                       const QList<qint64> &leading, QString *error)
{
    QVariantList values;
    for (qint64 v : leading)
        values << v;
    sql.replace(QLatin1String("{keys}"), keyColumns(QStringLiteral("s")));
    sql.replace(QLatin1String("{filter}"), KpiCutSql::condition(filter, QStringLiteral("s"), &values));
    return executedKpiStatement(db, sql, values, error);
}

class Passes
{
public:
    Passes(const Database &db, const KpiRequest &request, const ExceptionRules &rules, KpiAccumulator &acc, bool probing)
        : m_db(db), m_request(request), m_rules(rules), m_acc(acc), m_probing(probing),
          m_begin(KpiCalendar::startOfUtcDayMs(request.from)), m_end(KpiCalendar::startOfUtcDayMs(request.to.addDays(1)))
    {
    }

    bool shipments(QString *error);
    bool exceptions(QString *error);
    bool agents(QString *error);
    bool returns(QString *error);

private:
    // The period of `ms` in grouping g, or -1.
    int period(int g, qint64 ms) const
    {
        return KpiCalendar::periodIndex(m_request.from, m_request.to, m_request.groupings.at(g).granularity,
                                        KpiCalendar::utcDay(ms));
    }
    KpiAccumulator::Bucket *bucket(int g, std::optional<qint64> ms, const CutKeys &keys)
    {
        if (!ms)
            return nullptr;
        const int p = period(g, *ms);
        return p < 0 ? nullptr : &m_acc.bucket(g, p, keys.of(m_request.groupings.at(g).cut));
    }

    const Database &m_db;
    const KpiRequest &m_request;
    const ExceptionRules &m_rules;
    KpiAccumulator &m_acc;
    bool m_probing;
    qint64 m_begin;
    qint64 m_end;
};

bool Passes::shipments(QString *error)
{
    QVariantList values{m_end, m_begin};
    const QString where = QStringLiteral("s.first_event_at_ms < ? AND s.last_event_at_ms >= ? AND (%1)")
                              .arg(KpiCutSql::condition(m_request.filter, QStringLiteral("s"), &values));
    const QString extra = (m_probing ? QStringLiteral("(SELECT group_concat(x.id) FROM exceptions x WHERE x.shipment_id = s.id)")
                                     : QStringLiteral("(SELECT count(*) FROM exceptions x WHERE x.shipment_id = s.id)"))
        + QStringLiteral(", ") + keyColumns(QStringLiteral("s"));
    constexpr int exceptionsColumn = ShipmentOutcomeScan::ExtraColumn;
    const auto visit = [&](const SqlStatement &row, qint64 id, const ShipmentOutcome &o) {
        QList<qint64> exceptionIds;
        qint64 exceptionCount = 0;
        if (m_probing) {
            for (const QString &part : row.text(exceptionsColumn).split(QLatin1Char(','), Qt::SkipEmptyParts))
                exceptionIds.append(part.toLongLong());
            exceptionCount = exceptionIds.size();
        } else {
            exceptionCount = row.int64(exceptionsColumn);
        }
        const CutKeys keys = readKeys(row, exceptionsColumn + 1);
        const KpiAccumulator::Ids ids{id, 0};
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            if (o.tracked) {
                if (KpiAccumulator::Bucket *b = bucket(g, o.firstEventMs, keys)) {
                    KpiAccumulator::share(*b, Kpi::DeliveryRate, o.delivered, ids);
                    KpiAccumulator::share(*b, Kpi::NdrRate, o.failedAttempt, ids);
                    if (o.failedAttempt) {
                        KpiAccumulator::share(*b, Kpi::NdrRecoveryRate, o.deliveredAfterFailure, ids);
                        KpiAccumulator::share(*b, Kpi::FakeAttemptShare, o.fakeAttempt, ids);
                    }
                    KpiAccumulator::share(*b, Kpi::RtoRate, o.returnToSender, ids);
                    KpiAccumulator::share(*b, Kpi::ExceptionRate, exceptionCount > 0, ids);
                    KpiAccumulator::rate(*b, Kpi::ExceptionsPerThousand, exceptionCount, ids, exceptionIds);
                }
            }
            if (KpiAccumulator::Bucket *b = bucket(g, o.firstAttemptMs, keys)) {
                KpiAccumulator::share(*b, Kpi::EddCoverage, o.deadlineMs.has_value(), ids);
                if (o.deadlineMs)
                    KpiAccumulator::share(*b, Kpi::OnTimeRate, o.onTime(), ids);
                KpiAccumulator::share(*b, Kpi::FirstAttemptRate, o.firstAttemptArrived, ids);
            }
            if (KpiAccumulator::Bucket *b = bucket(g, o.arrivalMs, keys)) {
                if (o.transitDays) {
                    KpiAccumulator::value(*b, Kpi::TransitDays, *o.transitDays, ids);
                    KpiAccumulator::value(*b, Kpi::TransitBusinessDays, *o.transitBusinessDays, ids);
                }
                if (o.orderToDeliveryDays)
                    KpiAccumulator::value(*b, Kpi::OrderToDeliveryDays, *o.orderToDeliveryDays, ids);
            }
        }
    };
    return ShipmentOutcomeScan::run(m_db, m_rules, where, values, extra, visit, error);
}

bool Passes::exceptions(QString *error)
{
    auto q = executed(m_db,
                      QStringLiteral("SELECT x.id, x.shipment_id, x.type, x.trigger_at_ms, "
                                     "CASE WHEN x.status = 1 THEN x.resolved_at_ms END, x.first_action_at_ms, "
                                     "x.first_action_due_ms, x.resolve_due_ms, {keys} "
                                     "FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                     "WHERE x.trigger_at_ms < ? AND (x.status <> 1 OR x.resolved_at_ms IS NULL "
                                     "OR x.resolved_at_ms >= ?) AND ({filter})"),
                      m_request.filter, {m_end, m_begin}, error);
    if (!q)
        return false;
    const qint64 now = m_request.nowMs;
    while (q->next()) {
        const KpiAccumulator::Ids ids{q->int64(1), q->int64(0)};
        const QString type = exceptionTypeCode(exceptionTypeFromInt(static_cast<int>(q->int64(2))).value_or(ExceptionType::Stuck));
        const qint64 trigger = q->int64(3);
        const std::optional<qint64> resolved = q->optionalInt64(4);
        const std::optional<qint64> response = q->isNull(5) ? resolved : q->optionalInt64(5);
        const qint64 firstActionDue = q->int64(6);
        const qint64 resolveDue = q->int64(7);
        const CutKeys keys = readKeys(*q, 8);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            if (KpiAccumulator::Bucket *b = bucket(g, trigger, keys)) {
                if (response || now > firstActionDue)
                    KpiAccumulator::share(*b, Kpi::FirstActionBreachRate, response ? *response > firstActionDue : true, ids);
                if (resolved || now > resolveDue)
                    KpiAccumulator::share(*b, Kpi::ResolutionBreachRate, resolved ? *resolved > resolveDue : true, ids);
            }
            if (resolved) {
                if (KpiAccumulator::Bucket *b = bucket(g, *resolved, keys))
                    KpiAccumulator::value(*b, Kpi::TimeToResolve, *resolved - trigger, ids);
            }
            // Open at the end of each period (or now, for a period that is not over).
            const QList<KpiPeriod> &periods = m_acc.periods(g);
            const QString &cut = keys.of(m_request.groupings.at(g).cut);
            for (int p = 0; p < periods.size(); ++p) {
                const qint64 start = KpiCalendar::startOfUtcDayMs(periods.at(p).from);
                if (start > now)
                    break;
                const qint64 end = std::min(KpiCalendar::startOfUtcDayMs(periods.at(p).to.addDays(1)) - 1, now);
                if (trigger > end)
                    continue;
                if (resolved && *resolved <= end)
                    break;
                KpiAccumulator::Bucket &b = m_acc.bucket(g, p, cut);
                KpiAccumulator::count(b, Kpi::OpenBacklog, ids, type);
                KpiAccumulator::count(b, Kpi::OpenBacklog, ids, QString());
            }
        }
    }
    q->finish();
    return true;
}

bool Passes::agents(QString *error)
{
    // Every history line of agents (not the rules) up to the range's end, in order per
    // exception, so the first action of each exception is seen even when it came earlier.
    auto q = executed(m_db,
                      QStringLiteral("SELECT h.exception_id, x.shipment_id, h.at_ms, h.action, h.actor, "
                                     "CASE WHEN h.detail LIKE 'Resolved%' THEN 1 ELSE 0 END, x.trigger_at_ms, {keys} "
                                     "FROM exception_history h JOIN exceptions x ON x.id = h.exception_id "
                                     "JOIN shipments s ON s.id = x.shipment_id "
                                     "WHERE h.at_ms < ? AND h.actor <> 'rules' AND h.actor <> '' AND ({filter}) "
                                     "ORDER BY h.exception_id, h.at_ms, h.id"),
                      m_request.filter, {m_end}, error);
    if (!q)
        return false;
    static const QSet<QString> notActions{QStringLiteral("note"), QStringLiteral("assign"), QStringLiteral("claim"),
                                          QStringLiteral("status")};
    qint64 current = 0;
    bool firstActionSeen = false;
    while (q->next()) {
        const KpiAccumulator::Ids ids{q->int64(1), q->int64(0)};
        if (ids.exception != current) {
            current = ids.exception;
            firstActionSeen = false;
        }
        const qint64 at = q->int64(2);
        const QString action = q->text(3);
        const QString actor = q->text(4);
        const bool isAction = !notActions.contains(action);
        const bool resolves = action == QLatin1String("status") && q->int64(5) == 1;
        const bool first = isAction && !firstActionSeen;
        firstActionSeen |= isAction;
        if (at < m_begin)
            continue;
        const CutKeys keys = readKeys(*q, 7);
        for (int g = 0; g < m_request.groupings.size(); ++g) {
            KpiAccumulator::Bucket *b = bucket(g, at, keys);
            if (!b)
                continue;
            if (isAction || resolves) {
                m_acc.notePart(g, Kpi::AgentActioned, actor);
                m_acc.notePart(g, Kpi::AgentResolved, actor);
                m_acc.notePart(g, Kpi::AgentTimeToFirstAction, actor);
            }
            if (isAction)
                KpiAccumulator::count(*b, Kpi::AgentActioned, ids, actor, true);
            if (resolves)
                KpiAccumulator::count(*b, Kpi::AgentResolved, ids, actor, true);
            if (first)
                KpiAccumulator::value(*b, Kpi::AgentTimeToFirstAction, at - q->int64(6), ids, actor);
        }
    }
    q->finish();
    return true;
}

bool Passes::returns(QString *error)
{
    ReturnScope scope;
    if (!m_request.filter.isEmpty())
        scope.where = KpiCutSql::condition(m_request.filter, QStringLiteral("s"), &scope.values);
    for (int g = 0; g < m_request.groupings.size(); ++g) {
        const KpiCut cut = m_request.groupings.at(g).cut;
        const QString key = cut == KpiCut::None ? QString() : KpiCutSql::key(cut, QStringLiteral("s"));
        const QList<KpiPeriod> &periods = m_acc.periods(g);
        for (int p = 0; p < periods.size(); ++p) {
            const auto byKey = ReturnFigures::computeByKey(m_db, periods.at(p).from, periods.at(p).to, key, error, scope);
            if (!byKey)
                return false;
            for (auto it = byKey->cbegin(); it != byKey->cend(); ++it) {
                const ReturnFigures &f = it.value();
                KpiAccumulator::Bucket &b = m_acc.bucket(g, p, it.key());
                const qint64 resolved = f.resolvedReturns();
                const auto resolvedBy = [&](ReturnResolution r) { return f.resolvedCount[static_cast<size_t>(r)]; };
                KpiAccumulator::shareTotals(b, Kpi::ReturnRate, f.returnedOrders, f.orders);
                KpiAccumulator::shareTotals(b, Kpi::RefundShare, resolvedBy(ReturnResolution::Refund), resolved);
                KpiAccumulator::shareTotals(b, Kpi::ExchangeShare, resolvedBy(ReturnResolution::Exchange), resolved);
                KpiAccumulator::shareTotals(b, Kpi::StoreCreditShare, resolvedBy(ReturnResolution::StoreCredit), resolved);
                QHash<QString, qint64> resolvedValue;
                for (ReturnResolution r : {ReturnResolution::Refund, ReturnResolution::Exchange, ReturnResolution::StoreCredit}) {
                    const AmountsByCurrency &amounts = f.resolvedValue[static_cast<size_t>(r)];
                    for (auto a = amounts.cbegin(); a != amounts.cend(); ++a)
                        resolvedValue[a.key()] += a.value();
                }
                for (auto a = resolvedValue.cbegin(); a != resolvedValue.cend(); ++a) {
                    m_acc.notePart(g, Kpi::RetainedRevenueShare, a.key());
                    KpiAccumulator::shareTotals(b, Kpi::RetainedRevenueShare, f.retainedValue.value(a.key()), a.value(),
                                                a.key());
                }
            }
        }
    }
    return true;
}

bool isReturnsKpi(Kpi kpi)
{
    return kpi == Kpi::ReturnRate || kpi == Kpi::RefundShare || kpi == Kpi::ExchangeShare || kpi == Kpi::StoreCreditShare
           || kpi == Kpi::RetainedRevenueShare;
}

} // namespace

KpiEngine::KpiEngine(const Database &database, RulesConfig rules) : m_database(database), m_rules(std::move(rules)) {}

QString KpiEngine::validate(const KpiRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid())
        return QStringLiteral("the range needs a valid first and last day");
    if (request.to < request.from)
        return QStringLiteral("the range %1 to %2 is empty: its last day comes before its first")
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    if (request.from.daysTo(request.to) >= 3660)
        return QStringLiteral("the range %1 to %2 is longer than 3660 days")
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
    if (request.groupings.isEmpty())
        return QStringLiteral("the request has no grouping");
    return {};
}

std::optional<KpiReport> KpiEngine::compute(const KpiRequest &request, QString *error, KpiSource source) const
{
    if (source == KpiSource::Auto)
        source = this->source();
    if ((source == KpiSource::Rollups || source == KpiSource::DailyRollups)
        && KpiFacts::state(m_database, nullptr) != QLatin1String("current")) {
        if (error)
            *error = QStringLiteral("the store's KPI rollups are not current: run controltower-cli rollups --rebuild");
        return std::nullopt;
    }
    return run(request, nullptr, nullptr, source, error);
}

KpiSource KpiEngine::source() const
{
    return KpiFacts::state(m_database, nullptr) == QLatin1String("current") ? KpiSource::Rollups : KpiSource::Direct;
}

std::optional<KpiDrillDown> KpiEngine::drillDown(const KpiRequest &request, const KpiCellRef &cell, QString *error) const
{
    if (const QString invalid = validate(request); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    if (cell.grouping < 0 || cell.grouping >= request.groupings.size()) {
        if (error)
            *error = QStringLiteral("the request has no grouping %1").arg(cell.grouping);
        return std::nullopt;
    }
    if (isReturnsKpi(cell.kpi))
        return returnsDrillDown(request, cell, error);
    KpiRequest narrowed = request;
    narrowed.kpis = {cell.kpi};
    KpiDrillDown drill;
    if (!run(narrowed, &cell, &drill, KpiSource::Direct, error))
        return std::nullopt;
    return drill;
}

std::optional<KpiDrillDown> KpiEngine::returnsDrillDown(const KpiRequest &request, const KpiCellRef &cell,
                                                         QString *error) const
{
    // The same ReturnFigures pass as Passes::returns, over the cell's period and cut.
    const KpiGrouping &grouping = request.groupings.at(cell.grouping);
    const QList<KpiPeriod> periods = KpiCalendar::periods(request.from, request.to, grouping.granularity);
    const auto period = std::find_if(periods.begin(), periods.end(), [&](const KpiPeriod &p) { return p.from == cell.period; });
    if (period == periods.end()) {
        if (error)
            *error = QStringLiteral("the request has no period starting %1").arg(cell.period.toString(Qt::ISODate));
        return std::nullopt;
    }
    ReturnScope scope;
    if (!request.filter.isEmpty())
        scope.where = KpiCutSql::condition(request.filter, QStringLiteral("s"), &scope.values);
    const QString key = grouping.cut == KpiCut::None ? QString() : KpiCutSql::key(grouping.cut, QStringLiteral("s"));
    const auto ids = ReturnFigures::idsByKey(m_database, period->from, period->to, key, cell.cut, error, scope);
    if (!ids)
        return std::nullopt;
    KpiDrillDown drill;
    const std::initializer_list<ReturnResolution> resolved = {ReturnResolution::Refund, ReturnResolution::Exchange,
                                                                   ReturnResolution::StoreCredit};
    switch (cell.kpi) {
    case Kpi::ReturnRate:
        drill.numeratorShipments = ids->returnedOrderShipments;
        drill.denominatorShipments = ids->orderShipments;
        break;
    case Kpi::RefundShare: drill.numeratorReturns = ids->resolvedReturns({ReturnResolution::Refund}); break;
    case Kpi::ExchangeShare: drill.numeratorReturns = ids->resolvedReturns({ReturnResolution::Exchange}); break;
    case Kpi::StoreCreditShare: drill.numeratorReturns = ids->resolvedReturns({ReturnResolution::StoreCredit}); break;
    case Kpi::RetainedRevenueShare:
        drill.numeratorReturns = ids->resolvedReturns({ReturnResolution::Exchange, ReturnResolution::StoreCredit}, cell.part);
        break;
    default: break;
    }
    if (cell.kpi != Kpi::ReturnRate)
        drill.denominatorReturns = ids->resolvedReturns(resolved, cell.kpi == Kpi::RetainedRevenueShare ? cell.part : QString());
    return drill;
}

std::optional<KpiReport> KpiEngine::run(const KpiRequest &request, const KpiCellRef *probe, KpiDrillDown *drill,
                                        KpiSource source, QString *error) const
{
    if (const QString invalid = validate(request); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    const ExceptionRules rules(m_rules);
    KpiAccumulator acc(request, probe);
    acc.setNow(request.nowMs);
    Passes passes(m_database, request, rules, acc, probe != nullptr);
    const bool agents = wantsAny(request, {Kpi::AgentActioned, Kpi::AgentResolved, Kpi::AgentTimeToFirstAction});
    bool ok = true;
    if (source == KpiSource::Rollups || source == KpiSource::DailyRollups) {
        ok = KpiRollupReader::read(m_database, request, acc, error, source == KpiSource::Rollups)
             && (!agents || passes.agents(error));
    } else {
        ok = (!wantsAny(request, {Kpi::OnTimeRate, Kpi::EddCoverage, Kpi::FirstAttemptRate, Kpi::DeliveryRate, Kpi::NdrRate,
                                  Kpi::NdrRecoveryRate, Kpi::FakeAttemptShare, Kpi::RtoRate, Kpi::TransitDays,
                                  Kpi::TransitBusinessDays, Kpi::OrderToDeliveryDays, Kpi::ExceptionRate,
                                  Kpi::ExceptionsPerThousand})
              || passes.shipments(error))
             && (!wantsAny(request, {Kpi::OpenBacklog, Kpi::FirstActionBreachRate, Kpi::ResolutionBreachRate,
                                     Kpi::TimeToResolve})
                 || passes.exceptions(error))
             && (!agents || passes.agents(error))
             && (!wantsAny(request, {Kpi::ReturnRate, Kpi::RefundShare, Kpi::ExchangeShare, Kpi::StoreCreditShare,
                                     Kpi::RetainedRevenueShare})
                 || passes.returns(error));
    }
    if (!ok)
        return std::nullopt;
    if (drill)
        *drill = acc.drillDown();
    KpiReport report;
    report.request = request;
    report.cells = acc.cells();
    return report;
}

} // namespace ct
