// SPDX-License-Identifier: MIT
#include "returnpolicyengine.h"

#include "returnlifecycle.h"

#include "orders/minorunits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace ct {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

bool covers(const QStringList &categories, const QString &category)
{
    return categories.contains(QStringLiteral("*")) || (!category.isEmpty() && categories.contains(category));
}

ReturnEligibility effectOf(ConditionEffect e)
{
    switch (e) {
    case ConditionEffect::Allow:
        return ReturnEligibility::Eligible;
    case ConditionEffect::Review:
        return ReturnEligibility::NeedsReview;
    case ConditionEffect::Refuse:
        return ReturnEligibility::Ineligible;
    }
    return ReturnEligibility::Eligible;
}

QString startNoun(WindowStart s)
{
    switch (s) {
    case WindowStart::Order:
        return QStringLiteral("ordered");
    case WindowStart::Fulfilment:
        return QStringLiteral("shipped");
    case WindowStart::Delivery:
        return QStringLiteral("delivered");
    }
    return {};
}

QDateTime startOf(const ReturnCase &c, WindowStart from)
{
    switch (from) {
    case WindowStart::Order:
        return c.orderedAt;
    case WindowStart::Fulfilment:
        return c.fulfilledAt;
    case WindowStart::Delivery:
        return c.deliveredAt;
    }
    return {};
}

QString days(qint64 n)
{
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}

QString categoryName(const QString &category)
{
    return category.isEmpty() ? QStringLiteral("uncategorised") : category;
}

QString money(qint64 cents, const QString &currency)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    const int exponent = exponentOr2(currency);
    return QStringLiteral("%1 %2").arg(currency, english.toString(majorUnits(cents, exponent), 'f', exponent));
}

} // namespace

QString returnEligibilityCode(ReturnEligibility eligibility)
{
    switch (eligibility) {
    case ReturnEligibility::Eligible:
        return QStringLiteral("eligible");
    case ReturnEligibility::NeedsReview:
        return QStringLiteral("needs_review");
    case ReturnEligibility::Ineligible:
        return QStringLiteral("ineligible");
    }
    return {};
}

QString returnEligibilityLabel(ReturnEligibility eligibility)
{
    switch (eligibility) {
    case ReturnEligibility::Eligible:
        return QCoreApplication::translate("ct::ReturnEligibility", "Eligible");
    case ReturnEligibility::NeedsReview:
        return QCoreApplication::translate("ct::ReturnEligibility", "Needs review");
    case ReturnEligibility::Ineligible:
        return QCoreApplication::translate("ct::ReturnEligibility", "Ineligible");
    }
    return {};
}

ReturnPolicyEngine::ReturnPolicyEngine(ReturnPolicy policy) : m_policy(std::move(policy)) {}

ReturnItemVerdict ReturnPolicyEngine::judgeItem(const ReturnCase &c, int index, QList<ReturnRuleResult> &trace) const
{
    const ReturnItem &item = c.request.items.at(index);
    ReturnItemVerdict verdict;
    auto find = [&](const QString &rule, ReturnEligibility effect, const QString &detail) {
        trace << ReturnRuleResult{rule, effect, detail, index};
        if (static_cast<int>(effect) > static_cast<int>(verdict.eligibility)) {
            verdict.eligibility = effect;
            verdict.rule = rule;
            verdict.detail = detail;
        }
    };
    const QString &category = item.category;

    if (item.finalSale || (!category.isEmpty() && m_policy.finalSaleCategories.contains(category)))
        find(QStringLiteral("final_sale"), ReturnEligibility::Ineligible,
             item.finalSale ? QStringLiteral("%1 was sold as final sale").arg(item.name)
                            : QStringLiteral("%1 is final sale (category %2)").arg(item.name, category));
    if (!category.isEmpty() && m_policy.nonReturnableCategories.contains(category))
        find(QStringLiteral("non_returnable"), ReturnEligibility::Ineligible,
             QStringLiteral("%1 cannot be returned (category %2)").arg(item.name, category));

    // The window: of the windows that cover the category, the one that closes last. A
    // window counted from a delivery (or a hand-over) that has not happened is still open.
    const qint64 requested = c.request.requestedAt.toMSecsSinceEpoch();
    constexpr qint64 Open = std::numeric_limits<qint64>::max();
    const ReturnWindowRule *best = nullptr;
    qint64 bestEnd = 0;
    bool covered = false;
    for (const ReturnWindowRule &w : m_policy.windows) {
        if (!covers(w.categories, category))
            continue;
        covered = true;
        const QDateTime start = startOf(c, w.from);
        qint64 end = 0;
        if (start.isValid())
            end = start.toMSecsSinceEpoch() + qint64(w.days + m_policy.graceDays) * MsPerDay;
        else if (w.from != WindowStart::Order)
            end = Open;
        else
            continue; // counted from an order date nobody knows
        if (!best || end > bestEnd) {
            best = &w;
            bestEnd = end;
        }
    }
    if (!covered) {
        find(QStringLiteral("no_window"), ReturnEligibility::NeedsReview,
             QStringLiteral("no return window covers %1 (category %2)").arg(item.name, categoryName(category)));
    } else if (!best) {
        find(QStringLiteral("no_window"), ReturnEligibility::NeedsReview,
             QStringLiteral("the order date of %1 is unknown, and its window counts from it").arg(item.name));
    } else if (bestEnd == Open) {
        trace << ReturnRuleResult{QStringLiteral("window"), ReturnEligibility::Eligible,
                                  QStringLiteral("not %1 yet: the %2 window has not begun")
                                      .arg(startNoun(best->from), days(best->days)),
                                  index};
    } else {
        // Whole days since the start: a return on day `days + grace` is still inside.
        const qint64 elapsed = (requested - startOf(c, best->from).toMSecsSinceEpoch()) / MsPerDay;
        const QString figures =
            QStringLiteral("%1 %2 ago; %3 window %4 + %5 grace")
                .arg(startNoun(best->from), days(std::max<qint64>(0, elapsed)),
                     best->categories.contains(QStringLiteral("*")) ? QStringLiteral("standard") : category,
                     days(best->days), QString::number(m_policy.graceDays));
        if (elapsed > best->days + m_policy.graceDays)
            find(QStringLiteral("window"), ReturnEligibility::Ineligible, figures);
        else
            trace << ReturnRuleResult{QStringLiteral("window"), ReturnEligibility::Eligible,
                                      elapsed > best->days ? figures + QStringLiteral(": inside the grace period") : figures,
                                      index};
    }

    if (m_policy.oneReturnPerItem) {
        const auto earlier = c.alreadyReturned.constFind(item.sku);
        if (earlier != c.alreadyReturned.constEnd())
            find(QStringLiteral("already_returned"), ReturnEligibility::Ineligible,
                 QStringLiteral("%1 is already in return %2").arg(item.name, *earlier));
    }

    // Conditions: the strictest of the rules that cover the category.
    struct Condition
    {
        bool reported;
        ConditionEffect ConditionRule::*effect;
        const char *what;
    };
    const Condition conditions[] = {{item.worn, &ConditionRule::worn, "worn"},
                                    {item.opened, &ConditionRule::opened, "opened"},
                                    {item.tagsRemoved, &ConditionRule::tagsRemoved, "with its tags removed"}};
    for (const Condition &cond : conditions) {
        if (!cond.reported)
            continue;
        ConditionEffect strictest = ConditionEffect::Allow;
        for (const ConditionRule &rule : m_policy.conditions)
            if (covers(rule.categories, category) && static_cast<int>(rule.*cond.effect) > static_cast<int>(strictest))
                strictest = rule.*cond.effect;
        if (strictest != ConditionEffect::Allow)
            find(QStringLiteral("condition"), effectOf(strictest),
                 QStringLiteral("%1 was returned %2 (%3: %4)")
                     .arg(item.name, QLatin1String(cond.what), categoryName(category),
                          strictest == ConditionEffect::Refuse ? QStringLiteral("not accepted")
                                                               : QStringLiteral("an agent decides")));
    }
    return verdict;
}

ReturnVerdict ReturnPolicyEngine::evaluate(const ReturnCase &c) const
{
    ReturnVerdict v;
    const ReturnRecord &r = c.request;
    v.allowedNext = ReturnLifecycle::next(r.status);

    // Items first: each is eligible, needs review or is refused on its own.
    int refused = 0;
    for (int i = 0; i < r.items.size(); ++i) {
        v.items << judgeItem(c, i, v.trace);
        const ReturnItem &item = r.items.at(i);
        if (v.items.last().eligibility == ReturnEligibility::Ineligible)
            ++refused;
        else
            v.eligibleValueCents += item.unitPriceCents * item.quantity;
    }

    auto decide = [&](ReturnEligibility e, const QString &rule, const QString &detail) {
        v.eligibility = e;
        v.rule = rule;
        v.detail = detail;
    };
    const bool allowlisted = !c.customerEmail.isEmpty() && m_policy.allowlist.contains(c.customerEmail);
    QList<ReturnRuleResult> reviews; // what sends the return to an agent, in order
    auto review = [&](const QString &rule, const QString &detail) {
        const ReturnRuleResult result{rule, ReturnEligibility::NeedsReview, detail, -1};
        v.trace << result;
        reviews << result;
    };

    if (!c.customerEmail.isEmpty() && m_policy.blocklist.contains(c.customerEmail)) {
        const QString detail = QStringLiteral("%1 is on the returns blocklist").arg(c.customerEmail);
        v.trace << ReturnRuleResult{QStringLiteral("blocklist"), ReturnEligibility::Ineligible, detail, -1};
        decide(ReturnEligibility::Ineligible, QStringLiteral("blocklist"), detail);
    } else if (r.items.isEmpty()) {
        review(QStringLiteral("no_items"), QStringLiteral("the return names no items"));
    } else if (refused == r.items.size()) {
        const ReturnItemVerdict &first = *std::find_if(v.items.begin(), v.items.end(), [](const ReturnItemVerdict &i) {
            return i.eligibility == ReturnEligibility::Ineligible;
        });
        decide(ReturnEligibility::Ineligible, first.rule,
               r.items.size() == 1 ? first.detail
                                   : QStringLiteral("no item can be returned; first: %1").arg(first.detail));
    }

    if (v.rule.isEmpty()) {
        if (allowlisted)
            v.trace << ReturnRuleResult{QStringLiteral("allowlist"), ReturnEligibility::Eligible,
                                        QStringLiteral("%1 is on the allowlist: no review by value or history")
                                            .arg(c.customerEmail),
                                        -1};
        if (!c.orderKnown)
            review(QStringLiteral("unknown_order"), QStringLiteral("order %1 is not in the store").arg(r.orderId));
        if (refused > 0)
            review(QStringLiteral("partial"), QStringLiteral("%1 of %2 items can be returned")
                                                  .arg(r.items.size() - refused).arg(r.items.size()));
        for (int i = 0; i < v.items.size(); ++i)
            if (v.items.at(i).eligibility == ReturnEligibility::NeedsReview)
                review(v.items.at(i).rule, v.items.at(i).detail);
        const SerialReturnerRule &serial = m_policy.serialReturner;
        if (!allowlisted) {
            if (serial.returns > 0 && c.customerReturns + 1 >= serial.returns)
                review(QStringLiteral("serial_returner"),
                       QStringLiteral("%1 returns in %2, this one included (review from %3)")
                           .arg(c.customerReturns + 1).arg(days(serial.days)).arg(serial.returns));
            else if (serial.sharePercent > 0 && c.customerOrders >= serial.minOrders
                     && (c.customerReturnedOrders + 1) * 100 >= qint64(serial.sharePercent) * c.customerOrders)
                review(QStringLiteral("serial_returner"),
                       QStringLiteral("%1 of %2 orders in %3 returned, this one included (review from %4 %)")
                           .arg(c.customerReturnedOrders + 1).arg(c.customerOrders).arg(days(serial.days))
                           .arg(serial.sharePercent));
            const auto from = m_policy.reviewFromCents.constFind(r.currency);
            if (from != m_policy.reviewFromCents.constEnd() && v.eligibleValueCents >= *from)
                review(QStringLiteral("review_value"), QStringLiteral("worth %1 (review from %2)")
                                                           .arg(money(v.eligibleValueCents, r.currency),
                                                                money(*from, r.currency)));
        }
        if (!reviews.isEmpty()) {
            decide(ReturnEligibility::NeedsReview, reviews.constFirst().rule, reviews.constFirst().detail);
        } else {
            const auto below = m_policy.autoApproveBelowCents.constFind(r.currency);
            if (allowlisted || (below != m_policy.autoApproveBelowCents.constEnd() && v.eligibleValueCents < *below)) {
                v.autoApprove = true;
                decide(ReturnEligibility::Eligible, QStringLiteral("auto_approve"),
                       allowlisted ? QStringLiteral("eligible; %1 is on the allowlist").arg(c.customerEmail)
                                   : QStringLiteral("eligible; worth %1 (automatic below %2)")
                                         .arg(money(v.eligibleValueCents, r.currency), money(*below, r.currency)));
            } else {
                decide(ReturnEligibility::Eligible, QStringLiteral("manual_approval"),
                       below == m_policy.autoApproveBelowCents.constEnd()
                           ? QStringLiteral("eligible; no automatic approval in %1").arg(r.currency)
                           : QStringLiteral("eligible; worth %1 (automatic below %2): an agent approves")
                                 .arg(money(v.eligibleValueCents, r.currency), money(*below, r.currency)));
            }
            v.trace << ReturnRuleResult{v.rule, ReturnEligibility::Eligible, v.detail, -1};
        }
    }

    // What to offer: nothing for a refused return; exchange first for size and colour;
    // otherwise the money back.
    if (v.eligibility == ReturnEligibility::Ineligible) {
        v.recommended = ReturnResolution::Rejected;
        v.recommendation = QStringLiteral("Reject: %1").arg(v.detail);
    } else if (m_policy.exchangeFirst.reasons.contains(r.reason)) {
        v.recommended = ReturnResolution::Exchange;
        v.storeCreditBonusPercent = m_policy.exchangeFirst.storeCreditBonusPercent;
        const auto eligible = std::find_if(v.items.begin(), v.items.end(), [](const ReturnItemVerdict &i) {
            return i.eligibility != ReturnEligibility::Ineligible;
        });
        const ReturnItem *item = eligible == v.items.end() ? nullptr : &r.items.at(eligible - v.items.begin());
        QString what = item ? (item->variant.isEmpty() ? QStringLiteral("another variant of %1").arg(item->name)
                                                       : QStringLiteral("another variant of %1 (not %2)")
                                                             .arg(item->name, item->variant))
                            : QStringLiteral("another variant");
        v.recommendation = v.storeCreditBonusPercent > 0
            ? QStringLiteral("Exchange for %1, or store credit with a %2 % bonus, before a refund")
                  .arg(what).arg(v.storeCreditBonusPercent)
            : QStringLiteral("Exchange for %1 before a refund").arg(what);
    } else {
        v.recommended = ReturnResolution::Refund;
        v.recommendation = refused > 0 ? QStringLiteral("Refund the eligible items (%1)")
                                             .arg(money(v.eligibleValueCents, r.currency))
                                       : QStringLiteral("Refund %1").arg(money(v.eligibleValueCents, r.currency));
    }
    return v;
}

} // namespace ct
