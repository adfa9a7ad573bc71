// SPDX-License-Identifier: MIT
#include "allocationrecommender.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <climits>
#include <cmath>

namespace ct {

namespace {

QString placesText(const QList<PostalPattern> &places)
{
    QStringList texts;
    for (const PostalPattern &p : places)
        texts << p.text();
    return texts.join(QStringLiteral(", "));
}

bool anyMatches(const QList<PostalPattern> &places, const PostalPlace &place)
{
    return std::any_of(places.cbegin(), places.cend(), [&](const PostalPattern &p) { return p.matches(place); });
}

bool refsMatch(const QList<CarrierServiceRef> &refs, const AllocationCandidate &c)
{
    return std::any_of(refs.cbegin(), refs.cend(), [&](const CarrierServiceRef &r) { return r.matches(c.carrier, c.service); });
}

QString refsText(const QList<CarrierServiceRef> &refs)
{
    QStringList texts;
    for (const CarrierServiceRef &r : refs)
        texts << r.text();
    return texts.join(QStringLiteral(", "));
}

QStringList eligibility(const AllocationCarrier &c, const AllocationOrder &order)
{
    QStringList why;
    if (!c.origins.isEmpty() && !anyMatches(c.origins, order.origin))
        why << QStringLiteral("does not pick up from %1 (origins: %2)").arg(order.origin.display(), placesText(c.origins));
    if (!c.destinations.isEmpty() && !anyMatches(c.destinations, order.destination))
        why << QStringLiteral("does not deliver to %1 (destinations: %2)")
                   .arg(order.destination.display(), placesText(c.destinations));
    for (const PostalPattern &p : c.blocklist)
        if (p.matches(order.destination))
            why << QStringLiteral("%1 is on its blocklist (%2)").arg(order.destination.display(), p.text());
    if (order.cod && !c.cod)
        why << QStringLiteral("does not collect cash on delivery");
    if (c.maxWeightGrams && order.weightGrams > *c.maxWeightGrams)
        why << QStringLiteral("%1 is above its maximum weight of %2")
                   .arg(kilogramsText(order.weightGrams), kilogramsText(*c.maxWeightGrams));
    if (!c.maxValues.isEmpty()) {
        QStringList limits;
        const Money *limit = nullptr;
        for (const Money &m : c.maxValues) {
            limits << m.text();
            if (order.value && m.currency == order.value->currency)
                limit = &m;
        }
        if (!order.value)
            why << QStringLiteral("carries at most %1 and the order has no declared value").arg(limits.join(QStringLiteral(" or ")));
        else if (!limit)
            why << QStringLiteral("carries at most %1, and the order's value is in %2")
                       .arg(limits.join(QStringLiteral(" or ")), order.value->currency);
        else if (order.value->minor > limit->minor)
            why << QStringLiteral("the value %1 is above its maximum of %2").arg(order.value->text(), limit->text());
    }
    return why;
}

// Shares: higher is better (on time, first attempt) or lower is (NDR, RTO, damage and loss).
AllocationScoreTerm shareTerm(const char *code, const ScorecardFigure &f, bool higherIsBetter, int weight, bool enough)
{
    AllocationScoreTerm t;
    t.code = code;
    t.weight = weight;
    t.n = f.n;
    if (!enough) {
        t.note = QStringLiteral("not enough history");
        return t;
    }
    t.raw = f.value;
    if (!f.value) {
        t.note = QStringLiteral("no data");
        return t;
    }
    t.normalised = higherIsBetter ? *f.value : 1.0 - *f.value;
    return t;
}

} // namespace

QDate AllocationRecommender::policyDay(const AllocationPolicy &policy, qint64 nowMs)
{
    const QTimeZone zone(policy.timeZone.toLatin1());
    return QDateTime::fromMSecsSinceEpoch(nowMs, zone.isValid() ? zone : QTimeZone::utc()).date();
}

AllocationResult AllocationRecommender::recommend(const AllocationOrder &order, const AllocationDayCounts &today) const
{
    AllocationResult result;
    result.day = today.day;
    QList<AllocationCandidate> &cands = result.candidates;
    for (const AllocationCarrier &c : m_policy.carriers) {
        AllocationCandidate cand;
        cand.carrier = c.carrier;
        cand.service = c.service;
        cand.exclusions = eligibility(c, order);
        cands << cand;
    }

    // The rules, by priority (a stable sort keeps the written order among equals).
    QList<const AllocationRule *> rules;
    for (const AllocationRule &r : m_policy.rules)
        rules << &r;
    std::stable_sort(rules.begin(), rules.end(), [](const AllocationRule *a, const AllocationRule *b) {
        return a->priority < b->priority;
    });
    int position = 0;
    for (const AllocationRule *rule : std::as_const(rules)) {
        if (!rule->when.matches(order))
            continue;
        const QString name = QStringLiteral("rule %1 (priority %2): %3 %4")
                                 .arg(rule->id).arg(rule->priority)
                                 .arg(allocationActionCode(rule->action), refsText(rule->carriers));
        result.rulesMatched << name;
        for (AllocationCandidate &cand : cands) {
            if (!cand.eligible())
                continue;
            const bool named = refsMatch(rule->carriers, cand);
            switch (rule->action) {
            case AllocationAction::Exclude:
                if (named) {
                    cand.rules << name;
                    cand.exclusions << QStringLiteral("excluded by rule %1").arg(rule->id);
                }
                break;
            case AllocationAction::Restrict:
                if (!named) {
                    cand.rules << name;
                    cand.exclusions << QStringLiteral("rule %1 restricts this order to %2")
                                           .arg(rule->id, refsText(rule->carriers));
                }
                break;
            case AllocationAction::Prefer:
                if (named) {
                    cand.rules << name;
                    if (cand.preferredBy < 0)
                        cand.preferredBy = position;
                }
                break;
            }
        }
        ++position;
    }

    // The scorecard and the rate card for every eligible candidate.
    const QString lane = CarrierScorecard::laneKey(order.origin, order.destination);
    const AllocationWeights &w = m_policy.weights;
    QList<int> eligible;
    for (int i = 0; i < cands.size(); ++i) {
        AllocationCandidate &cand = cands[i];
        if (!cand.eligible())
            continue;
        eligible << i;
        cand.scorecard = m_scorecard.lookup(cand.carrier, cand.service, lane, order.destination.country, m_policy.minShipments);
        cand.enoughHistory = cand.scorecard.level.has_value();
        if (!m_rateCard.isEmpty()) {
            cand.priced = true;
            cand.quote = m_rateCard.quote(RateQuestion{cand.carrier, cand.service, order.origin, order.destination,
                                                       order.weightGrams, order.cod, order.value});
        }
        const ScorecardMetrics &m = cand.scorecard.metrics;
        const bool enough = cand.enoughHistory;
        cand.terms << shareTerm("on_time", m.onTime, true, w.onTime, enough)
                   << shareTerm("first_attempt", m.firstAttempt, true, w.firstAttempt, enough)
                   << shareTerm("ndr", m.ndr, false, w.ndr, enough)
                   << shareTerm("rto", m.rto, false, w.rto, enough)
                   << shareTerm("damage_loss", m.damageLoss, false, w.damageLoss, enough);
        AllocationScoreTerm transit;
        transit.code = "transit_p50";
        transit.weight = w.transit;
        transit.n = m.transitP50.n;
        if (enough)
            transit.raw = m.transitP50.value;
        if (!transit.raw)
            transit.note = enough ? QStringLiteral("no data") : QStringLiteral("not enough history");
        cand.terms << transit;
        AllocationScoreTerm cost;
        cost.code = "cost";
        cost.weight = w.cost;
        if (!cand.priced)
            cost.note = QStringLiteral("no rate card");
        else if (!cand.quote.ok())
            cost.note = cand.quote.problem;
        else
            cost.raw = double(cand.quote.total.minor);
        cands[i].terms << cost;
        if (enough && m.transitP50.value) {
            cand.arrivalP50 = today.day.addDays(qint64(std::ceil(*m.transitP50.value)));
            if (order.promised)
                cand.meetsPromise = *cand.arrivalP50 <= *order.promised;
        }
    }

    // Transit and cost are relative: the best eligible candidate's figure over this one's.
    std::optional<double> fastest;
    std::optional<double> cheapest;
    QSet<QString> currencies;
    for (int i : std::as_const(eligible)) {
        const AllocationCandidate &cand = cands.at(i);
        if (const auto &t = cand.terms.at(5).raw)
            fastest = fastest ? std::min(*fastest, *t) : *t;
        if (const auto &c = cand.terms.at(6).raw) {
            cheapest = cheapest ? std::min(*cheapest, *c) : *c;
            currencies.insert(cand.quote.total.currency);
        }
    }
    const int total = std::max(1, w.total());
    for (int i : std::as_const(eligible)) {
        AllocationCandidate &cand = cands[i];
        AllocationScoreTerm &transit = cand.terms[5];
        if (transit.raw) {
            transit.best = fastest;
            transit.normalised = (*fastest + 1.0) / (*transit.raw + 1.0);
        }
        AllocationScoreTerm &cost = cand.terms[6];
        if (cost.raw && currencies.size() > 1) {
            cost.note = QStringLiteral("%1: prices in %2 currencies cannot be compared")
                            .arg(cand.quote.total.text()).arg(currencies.size());
        } else if (cost.raw) {
            cost.best = cheapest;
            cost.normalised = *cost.raw <= 0 ? 1.0 : *cheapest / *cost.raw;
        }
        cand.score = 0;
        for (AllocationScoreTerm &t : cand.terms) {
            t.contribution = 100.0 * t.weight * t.normalised / total;
            cand.score += t.contribution;
        }
    }

    // Preferred first (by the rule's priority), then those that keep the promise, then by
    // score; ties by name so that the order never depends on chance.
    QList<int> ranking = eligible;
    std::sort(ranking.begin(), ranking.end(), [&](int a, int b) {
        const AllocationCandidate &x = cands.at(a);
        const AllocationCandidate &y = cands.at(b);
        const int px = x.preferredBy < 0 ? INT_MAX : x.preferredBy;
        const int py = y.preferredBy < 0 ? INT_MAX : y.preferredBy;
        if (px != py)
            return px < py;
        const bool lx = x.meetsPromise == false;
        const bool ly = y.meetsPromise == false;
        if (lx != ly)
            return !lx;
        if (std::abs(x.score - y.score) > 1e-9)
            return x.score > y.score;
        return std::tie(x.carrier, x.service) < std::tie(y.carrier, y.service);
    });

    // Daily caps: a candidate at its cap leaves the ranking; its orders overflow to the next.
    const auto allocated = [&](const CarrierServiceRef &ref, const QHash<QString, qint64> &counts) {
        qint64 n = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
            if (ref.matches(it.key().left(slash), it.key().mid(slash + 1)))
                n += it.value();
        }
        return n;
    };
    for (const AllocationCap &cap : m_policy.caps) {
        const qint64 used = allocated(cap.carrier, today.perService);
        for (int i : std::as_const(ranking)) {
            AllocationCandidate &cand = cands[i];
            if (!cap.carrier.matches(cand.carrier, cand.service))
                continue;
            cand.cap = cap.daily;
            cand.allocatedToday = used;
            if (used >= cap.daily) {
                cand.capReached = true;
                cand.exclusions << QStringLiteral("daily cap of %1 reached (%2 allocated on %3)")
                                       .arg(cap.daily).arg(used).arg(today.day.toString(Qt::ISODate));
            }
        }
        result.steps << QStringLiteral("cap %1: %2 of %3 allocated on %4%5")
                            .arg(cap.carrier.text()).arg(used).arg(cap.daily).arg(today.day.toString(Qt::ISODate))
                            .arg(used >= cap.daily ? QStringLiteral(": reached, its orders overflow to the next carrier")
                                                   : QString());
    }
    ranking.removeIf([&](int i) { return cands.at(i).capReached; });

    // The first split that matches and has a share still open: the share furthest below
    // its percentage of today's orders (counting this one) gets the order.
    for (const AllocationSplit &split : m_policy.splits) {
        if (!split.when.matches(order))
            continue;
        const QHash<QString, qint64> counts = today.perSplit.value(split.id);
        qint64 sum = 0;
        QList<qint64> used;
        for (const AllocationShare &s : split.shares) {
            used << allocated(s.carrier, counts);
            sum += used.constLast();
        }
        int chosen = -1;
        int chosenAt = -1;
        qint64 bestDeficit = 0;
        QStringList shares;
        for (int k = 0; k < split.shares.size(); ++k) {
            const AllocationShare &s = split.shares.at(k);
            shares << QStringLiteral("%1 %2 % (%3 today)").arg(s.carrier.text()).arg(s.percent).arg(used.at(k));
            const auto at = std::find_if(ranking.cbegin(), ranking.cend(), [&](int i) {
                return s.carrier.matches(cands.at(i).carrier, cands.at(i).service);
            });
            if (at == ranking.cend()) {
                shares.last() += QStringLiteral(": not available for this order");
                continue;
            }
            const qint64 deficit = qint64(s.percent) * (sum + 1) - 100 * used.at(k);
            if (chosen < 0 || deficit > bestDeficit) {
                chosen = k;
                chosenAt = *at;
                bestDeficit = deficit;
            }
        }
        if (chosen < 0) {
            result.steps << QStringLiteral("split %1 matches, but none of its carriers is available: %2")
                                .arg(split.id, shares.join(QStringLiteral("; ")));
            continue;
        }
        result.split = split.id;
        result.splitChoice = split.shares.at(chosen).carrier.text();
        result.steps << QStringLiteral("split %1: %2; this order goes to %3, furthest below its share")
                            .arg(split.id, shares.join(QStringLiteral("; ")), cands.at(chosenAt).text());
        ranking.removeOne(chosenAt);
        ranking.prepend(chosenAt);
        break;
    }
    result.ranking = ranking;
    return result;
}

} // namespace ct
