// SPDX-License-Identifier: MIT
#include "allocationwhatif.h"

#include "allocationrecommender.h"

#include "analytics/kpicalendar.h"
#include "domain/paymentmode.h"
#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QSet>
#include <QTextStream>

#include <cmath>

namespace ct {

namespace {

struct RerunOrder
{
    AllocationOrder order;
    qint64 atMs = 0;
    QString carrier;
    QString service;
};

// Sums for one share: Σp over the orders with a figure, the outcomes' variance Σp(1 − p),
// and per scorecard cell its number of orders m and the rate's sampling variance p(1 − p)/n.
struct ShareSums
{
    qint64 orders = 0;
    double sum = 0;
    double outcomeVariance = 0;
    QHash<QString, QPair<qint64, double>> cells;

    void add(const QString &cell, const ScorecardFigure &f)
    {
        if (!f.value || f.n <= 0)
            return;
        const double p = *f.value;
        ++orders;
        sum += p;
        outcomeVariance += p * (1 - p);
        auto &c = cells[cell];
        ++c.first;
        c.second = p * (1 - p) / double(f.n);
    }

    WhatIfShare share() const
    {
        WhatIfShare s;
        s.orders = orders;
        if (orders == 0)
            return s;
        double variance = outcomeVariance;
        for (const auto &c : cells)
            variance += double(c.first) * double(c.first) * c.second;
        const double mean = sum / double(orders);
        const double half = 1.96 * std::sqrt(variance) / double(orders);
        s.estimate = mean;
        s.low = std::max(0.0, mean - half);
        s.high = std::min(1.0, mean + half);
        return s;
    }
};

struct OutcomeSums
{
    WhatIfOutcome out;
    ShareSums onTime;
    ShareSums rto;
};

std::optional<QList<RerunOrder>> rerunOrders(const Database &db, qint64 fromMs, qint64 toMs, qint64 weightGrams,
                                             QString *error)
{
    QSqlQuery q(db.connection());
    if (!prepare(q, QStringLiteral("SELECT carrier, service, origin_postal, origin_country, origin_state, dest_postal, "
                                   "dest_country, dest_state, payment_mode, order_value_cents, currency, promised_date, "
                                   "COALESCE(ordered_at_ms, first_event_at_ms, created_at_ms) AS at FROM shipments "
                                   "WHERE COALESCE(ordered_at_ms, first_event_at_ms, created_at_ms) >= ? "
                                   "AND COALESCE(ordered_at_ms, first_event_at_ms, created_at_ms) < ? ORDER BY at, id"),
                 error))
        return std::nullopt;
    bind(q, 0, fromMs);
    bind(q, 1, toMs);
    if (!execPrepared(q, error))
        return std::nullopt;
    QList<RerunOrder> orders;
    while (q.next()) {
        RerunOrder r;
        r.carrier = q.value(0).toString();
        r.service = q.value(1).toString();
        r.order.origin = {q.value(3).toString(), compactPostalCode(q.value(2).toString()), q.value(4).toString()};
        r.order.destination = {q.value(6).toString(), compactPostalCode(q.value(5).toString()), q.value(7).toString()};
        r.order.weightGrams = weightGrams;
        r.order.cod = q.value(8).toInt() == int(PaymentMode::CashOnDelivery);
        if (q.value(9).toLongLong() > 0 && !q.value(10).toString().isEmpty())
            r.order.value = Money{q.value(9).toLongLong(), q.value(10).toString()};
        const QDate promised = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        if (promised.isValid())
            r.order.promised = promised;
        r.atMs = q.value(12).toLongLong();
        orders << r;
    }
    return orders;
}

void count(OutcomeSums &s, const QString &carrier, const QString &service, const AllocationOrder &order,
           const CarrierScorecard &card, int minShipments, const RateCard &rates)
{
    ++s.out.allocated;
    s.out.perCarrier[carrier + QLatin1Char('/') + service] += 1;
    const ScorecardLookup cell = card.lookup(carrier, service, CarrierScorecard::laneKey(order.origin, order.destination),
                                             order.destination.country, minShipments);
    if (cell.level) {
        const QString key = carrier + QLatin1Char('/') + service + QChar(0) + scorecardLevelCode(*cell.level)
            + QChar(0) + cell.key;
        s.onTime.add(key, cell.metrics.onTime);
        s.rto.add(key, cell.metrics.rto);
    }
    if (rates.isEmpty())
        return;
    const RateQuote quote = rates.quote({carrier, service, order.origin, order.destination, order.weightGrams, order.cod,
                                         order.value});
    if (quote.ok()) {
        ++s.out.priced;
        s.out.costMinor[quote.total.currency] += quote.total.minor;
    } else {
        ++s.out.unpriced;
    }
}

void writeShare(json::Writer &w, const char *key, const WhatIfShare &s)
{
    w.key(key).beginObject().key("orders").value(s.orders).key("estimate");
    if (s.estimate)
        w.value(*s.estimate).key("low").value(s.low).key("high").value(s.high);
    else
        w.null();
    w.endObject();
}

QString shareText(const WhatIfShare &s)
{
    if (!s.estimate)
        return QStringLiteral("no data");
    return QStringLiteral("%1 % (95 %: %2–%3 %, %4 orders)")
        .arg(*s.estimate * 100, 0, 'f', 1)
        .arg(s.low * 100, 0, 'f', 1)
        .arg(s.high * 100, 0, 'f', 1)
        .arg(s.orders);
}

} // namespace

std::optional<WhatIfReport> AllocationWhatIf::run(const Database &database, const AllocationPolicy &inForce,
                                                  const AllocationPolicy &candidate, const RateCard &rateCard, int days,
                                                  qint64 weightGrams, qint64 nowMs, QString *error,
                                                  const Progress &progress)
{
    WhatIfReport report;
    report.to = KpiCalendar::utcDay(nowMs);
    report.from = report.to.addDays(1 - days);
    report.weightGrams = weightGrams;
    const QDate cardTo = report.from.addDays(-1);
    report.scorecard = {cardTo.addDays(1 - inForce.scorecardDays), cardTo, nowMs};
    const std::optional<QList<RerunOrder>> orders =
        rerunOrders(database, KpiCalendar::startOfUtcDayMs(report.from), KpiCalendar::startOfUtcDayMs(report.to.addDays(1)),
                    weightGrams, error);
    if (!orders)
        return std::nullopt;
    report.orders = orders->size();

    QList<CarrierServiceRef> services;
    QSet<QString> seen;
    const auto want = [&](const QString &carrier, const QString &service) {
        if (!seen.contains(carrier + QLatin1Char('/') + service)) {
            seen.insert(carrier + QLatin1Char('/') + service);
            services << CarrierServiceRef{carrier, service};
        }
    };
    for (const AllocationPolicy *p : {&inForce, &candidate})
        for (const AllocationCarrier &c : p->carriers)
            want(c.carrier, c.service);
    for (const RerunOrder &o : *orders)
        want(o.carrier, o.service);
    const std::optional<CarrierScorecard> card = CarrierScorecard::build(database, services, report.scorecard, error);
    if (!card)
        return std::nullopt;

    OutcomeSums shipped, current, next;
    shipped.out.name = QStringLiteral("as shipped");
    current.out.name = QStringLiteral("in force");
    next.out.name = QStringLiteral("candidate");
    const AllocationRecommender currentRecommender(inForce, rateCard, *card);
    const AllocationRecommender nextRecommender(candidate, rateCard, *card);
    AllocationDayCounts currentDay, nextDay;
    // Caps and splits: each policy counts its own re-run allocations, day by day.
    const auto allocate = [&](const AllocationRecommender &recommender, const AllocationPolicy &policy,
                              AllocationDayCounts &today, OutcomeSums &sums,
                              const RerunOrder &o) -> std::optional<CarrierServiceRef> {
        const QDate day = AllocationRecommender::policyDay(policy, o.atMs);
        if (day != today.day)
            today = AllocationDayCounts{day, {}, {}};
        const AllocationResult r = recommender.recommend(o.order, today);
        const AllocationCandidate *best = r.best();
        if (!best) {
            ++sums.out.unallocated;
            return std::nullopt;
        }
        const QString key = best->text();
        today.perService[key] += 1;
        if (!r.split.isEmpty())
            today.perSplit[r.split][key] += 1;
        return CarrierServiceRef{best->carrier, best->service};
    };
    const qint64 total = orders->size();
    qint64 done = 0;
    const auto goOn = [&] {
        if (!progress || progress(done, total))
            return true;
        if (error)
            *error = QStringLiteral("cancelled");
        return false;
    };
    if (!goOn())
        return std::nullopt;
    // The three are compared on the same orders: those both policies allocate.
    for (const RerunOrder &o : *orders) {
        if (++done % 256 == 0 && !goOn())
            return std::nullopt;
        const std::optional<CarrierServiceRef> a = allocate(currentRecommender, inForce, currentDay, current, o);
        const std::optional<CarrierServiceRef> b = allocate(nextRecommender, candidate, nextDay, next, o);
        if (!a || !b)
            continue;
        ++report.compared;
        if (a->text() != b->text())
            ++report.changed;
        count(shipped, o.carrier, o.service, o.order, *card, inForce.minShipments, rateCard);
        count(current, a->carrier, a->service, o.order, *card, inForce.minShipments, rateCard);
        count(next, b->carrier, b->service, o.order, *card, candidate.minShipments, rateCard);
    }
    if (done % 256 != 0 && !goOn())
        return std::nullopt;
    for (auto [sums, out] : {std::pair{&shipped, &report.asShipped}, std::pair{&current, &report.inForce},
                             std::pair{&next, &report.candidate}}) {
        *out = sums->out;
        out->onTime = sums->onTime.share();
        out->rto = sums->rto.share();
    }
    return report;
}

QString WhatIfReport::text() const
{
    QString out;
    QTextStream s(&out);
    s << "what-if over " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << ": " << orders
      << " orders, each assumed to weigh " << kilogramsText(weightGrams) << "\n"
      << "ESTIMATES, not outcomes: each order counts with the on-time and RTO rates of the scorecard cell of the carrier "
         "it goes to, from "
      << scorecard.from.toString(Qt::ISODate) << " to " << scorecard.to.toString(Qt::ISODate)
      << " (before these orders); intervals are 95 % for the outcomes' chance and the rates' sampling\n";
    for (const WhatIfOutcome *o : {&asShipped, &inForce, &candidate}) {
        s << o->name << ":\n"
          << "  allocated " << o->allocated
          << (o == &asShipped ? QString() : QStringLiteral(", no carrier %1").arg(o->unallocated)) << "\n"
          << "  on time " << shareText(o->onTime) << "\n"
          << "  RTO " << shareText(o->rto) << "\n"
          << "  cost";
        if (o->costMinor.isEmpty())
            s << " no rate card price";
        for (auto it = o->costMinor.cbegin(); it != o->costMinor.cend(); ++it)
            s << " " << Money{it.value(), it.key()}.text();
        s << " (" << o->priced << " orders priced, " << o->unpriced << " not)\n  carriers:";
        for (auto it = o->perCarrier.cbegin(); it != o->perCarrier.cend(); ++it)
            s << " " << it.key() << " " << it.value() << ";";
        s << "\n";
    }
    s << "compared on the " << compared << " orders both policies allocate; the candidate sends " << changed
      << " of them elsewhere than the policy in force\n";
    s.flush();
    return out;
}

QByteArray WhatIfReport::json() const
{
    json::Writer w;
    w.beginObject().key("from").value(from.toString(Qt::ISODate)).key("to").value(to.toString(Qt::ISODate))
        .key("orders").value(orders).key("weight_grams").value(weightGrams).key("estimates").value(true)
        .key("scorecard_from").value(scorecard.from.toString(Qt::ISODate))
        .key("scorecard_to").value(scorecard.to.toString(Qt::ISODate)).key("compared").value(compared)
        .key("changed").value(changed);
    for (const auto &[key, o] : {std::pair{"as_shipped", &asShipped}, std::pair{"in_force", &inForce},
                                 std::pair{"candidate", &candidate}}) {
        w.key(key).beginObject().key("allocated").value(o->allocated).key("unallocated").value(o->unallocated);
        writeShare(w, "on_time", o->onTime);
        writeShare(w, "rto", o->rto);
        w.key("cost").beginArray();
        for (auto it = o->costMinor.cbegin(); it != o->costMinor.cend(); ++it)
            w.beginObject().key("currency").value(it.key()).key("minor").value(it.value()).endObject();
        w.endArray();
        w.key("carriers").beginArray();
        for (auto it = o->perCarrier.cbegin(); it != o->perCarrier.cend(); ++it)
            w.beginObject().key("carrier").value(it.key()).key("orders").value(it.value()).endObject();
        w.endArray();
        w.key("priced").value(o->priced).key("unpriced").value(o->unpriced).endObject();
    }
    w.endObject();
    return w.take();
}

} // namespace ct
