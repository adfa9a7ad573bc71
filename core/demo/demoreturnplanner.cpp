// SPDX-License-Identifier: MIT
#include "demoreturnplanner.h"

#include "democontext.h"
#include "demorandom.h"
#include "demotrackingnumbers.h"
#include "domain/timestamp.h"

#include <QTimeZone>

#include <algorithm>
#include <cstring>

#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace ct {

namespace {

constexpr qint64 Minute = MsPerMinute;
constexpr qint64 Hour = MsPerHour;
constexpr qint64 Day = MsPerDay;
constexpr qint64 LabelExpiryDays = 28; // ReturnPolicy::defaults().labelExpiryDays

// Chance per item, per mille, that it comes back.
int returnPermille(DemoCategory category)
{
    switch (category) {
    case DemoCategory::Apparel:
        return 125;
    case DemoCategory::Footwear:
        return 150;
    case DemoCategory::Accessories:
        return 50;
    case DemoCategory::Home:
        return 40;
    case DemoCategory::Beauty:
        return 30;
    }
    return 50;
}

bool sameCountry(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1];
}

bool customerCaused(ReturnReason r)
{
    return r == ReturnReason::WrongSize || r == ReturnReason::WrongColour ||
           r == ReturnReason::ChangedMind || r == ReturnReason::BetterPriceElsewhere;
}

QDateTime utc(qint64 ms)
{
    static const QTimeZone Utc = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, Utc);
}

} // namespace

DemoReturnPlanner::DemoReturnPlanner(const DemoContext &context, const DemoOrderBuilder &orders,
                                     DemoTrackingNumbers &numbers)
    : m_context(context), m_orders(orders), m_numbers(numbers)
{}

bool DemoReturnPlanner::plan(const DemoReturnInput &in, DemoRandom &rng, ReturnRecord &out)
{
    const DemoOrder &order = *in.order;
    const qint64 now = m_context.nowMs();

    // Does it come back?
    double keep = 1.0;
    for (int i = 0; i < order.itemCount; ++i)
        keep *=
            1.0 - returnPermille(DemoOrderBuilder::category(order.items[static_cast<size_t>(i)])) /
                      1000.0;
    double p = 1.0 - keep;
    if (in.damaged)
        p = std::max(p, 0.55);
    if (in.late)
        p += 0.06;
    if (!rng.chance(p))
        return false;

    // When: mostly within days of delivery; a few long after the window has closed.
    const DemoPlaceInfo &place = m_context.place(in.destinationPlace);
    const DemoMarket market = order.market;
    const int windowDays = market == DemoMarket::IN ? 15 : (market == DemoMarket::GB ? 28 : 30);
    qint64 delayMinutes = 0;
    if (rng.chancePermille(40))
        delayMinutes = (windowDays + rng.uniformInt(1, 20)) * 1440 + rng.uniformInt(0, 1439);
    else
        delayMinutes = rng.lognormalInt(5.0 * 1440, 0.6, 90, windowDays * 1440 - 720);
    const qint64 requested = in.deliveredUtcMs + delayMinutes * Minute;
    if (requested > now)
        return false;

    // What and why.
    int main = 0;
    {
        int weights[4] = {0, 0, 0, 0};
        for (int i = 0; i < order.itemCount; ++i)
            weights[i] =
                returnPermille(DemoOrderBuilder::category(order.items[static_cast<size_t>(i)]));
        main = rng.weighted(std::span<const int>(weights, static_cast<size_t>(order.itemCount)));
    }
    const DemoCategory category =
        DemoOrderBuilder::category(order.items[static_cast<size_t>(main)]);
    ReturnReason reason = ReturnReason::ChangedMind;
    if (in.damaged && rng.chancePermille(800)) {
        reason = ReturnReason::Damaged;
    } else if (in.late && rng.chancePermille(400)) {
        reason = ReturnReason::LateDelivery;
    } else {
        // WrongSize, WrongColour, Damaged, NotAsDescribed, ChangedMind, LateDelivery,
        // WrongItem, Defective, BetterPriceElsewhere.
        static constexpr quint16 Apparel[] = {420, 90, 30, 140, 140, 0, 40, 50, 30};
        static constexpr quint16 Footwear[] = {500, 50, 40, 120, 120, 0, 40, 80, 20};
        static constexpr quint16 Other[] = {0, 80, 120, 250, 250, 0, 70, 150, 40};
        const quint16 *w = category == DemoCategory::Apparel
                               ? Apparel
                               : (category == DemoCategory::Footwear ? Footwear : Other);
        reason = static_cast<ReturnReason>(rng.weighted(std::span<const quint16>(w, 9)));
    }

    out = ReturnRecord{};
    out.rma.reserve(16);
    int year = 0, month = 0, dayOfMonth = 0;
    civilFromDays(requested / Day, year, month, dayOfMonth);
    char rma[32];
    const int rmaLength = std::snprintf(rma, sizeof rma, "RMA-%04d-%06d", year, ++m_sequence);
    out.rma = QString::fromLatin1(rma, rmaLength);
    out.orderId = in.orderId;
    out.carrier = in.carrier;
    out.trackingNumber = in.trackingNumber;
    out.reason = reason;
    out.currency = m_context.currency(market);
    out.requestedAt = utc(requested);
    out.deliveredAt = utc(in.deliveredUtcMs);
    out.windowDays = windowDays;

    bool finalSale = false;
    // The customer's word on each item's condition, from a stream of its own so that the
    // rest of the demo data does not depend on it.
    DemoRandom said(m_context.seed() ^ 0x524554555253ull, static_cast<quint64>(m_sequence));
    auto addItem = [&](int index) {
        const DemoOrderItem &item = order.items[static_cast<size_t>(index)];
        ReturnItem r;
        r.sku = m_orders.itemSku(item, market);
        r.name = m_orders.itemName(item, market);
        r.quantity = item.quantity > 1 ? rng.uniformInt(1, item.quantity) : 1;
        r.unitPriceCents = item.unitCents;
        r.finalSale = item.finalSale;
        const DemoCategory itemCategory = DemoOrderBuilder::category(item);
        r.category = DemoOrderBuilder::categoryCode(itemCategory);
        r.variant = m_orders.itemVariant(item, market);
        const bool wearable = itemCategory == DemoCategory::Apparel || itemCategory == DemoCategory::Footwear;
        const bool boxed = itemCategory == DemoCategory::Beauty || itemCategory == DemoCategory::Home
            || itemCategory == DemoCategory::Accessories;
        r.worn = wearable && said.chancePermille(reason == ReturnReason::ChangedMind ? 120 : 50);
        r.tagsRemoved = wearable && said.chancePermille(r.worn ? 700 : 60);
        r.opened = boxed && said.chancePermille(itemCategory == DemoCategory::Beauty ? 300 : 400);
        finalSale = finalSale || item.finalSale;
        out.amountCents += r.unitPriceCents * r.quantity;
        out.items.append(std::move(r));
    };
    addItem(main);
    if (order.itemCount > 1 && rng.chancePermille(250)) {
        int other = rng.uniformInt(0, order.itemCount - 2);
        if (other >= main)
            ++other;
        addItem(other);
    }
    if (rng.chancePermille(500)) {
        int candidates[8];
        int n = 0;
        const auto notes = demoReturnNotes();
        for (size_t i = 0; i < notes.size() && n < 8; ++i) {
            if (notes[i].reason == reason)
                candidates[n++] = static_cast<int>(i);
        }
        if (n > 0)
            out.reasonNote = QString::fromUtf8(
                notes[static_cast<size_t>(candidates[rng.uniformInt(0, n - 1)])].text);
    }

    // The lifecycle, milestone by milestone; the status is the latest one reached by now.
    struct Milestone
    {
        ReturnStatus status;
        qint64 at;
    };
    Milestone milestones[8];
    int count = 0;
    milestones[count++] = {ReturnStatus::Requested, requested};
    const qint64 decided =
        requested + (rng.chancePermille(700) ? rng.uniformInt64(10 * Minute, Hour)
                                             : rng.uniformInt64(4 * Hour, 36 * Hour));
    const bool outsideWindow = delayMinutes > qint64(windowDays) * 1440;
    ReturnResolution resolution = ReturnResolution::None;
    qint64 resolutionAmount = 0;
    int labelMilestone = -1;
    int inspectionMilestone = -1;
    QString grade;
    if (outsideWindow || (finalSale && rng.chancePermille(800))) {
        milestones[count++] = {ReturnStatus::Rejected, decided};
        resolution = ReturnResolution::Rejected;
    } else {
        milestones[count++] = {ReturnStatus::Approved, decided};
        const qint64 label =
            decided + (rng.chancePermille(600) ? rng.uniformInt64(Minute, 10 * Minute)
                                               : rng.uniformInt64(2 * Hour, 36 * Hour));
        labelMilestone = count;
        milestones[count++] = {ReturnStatus::LabelIssued, label};
        if (rng.chancePermille(70)) {
            // Never sent back: the label expires after the default policy's
            // label_expiry_days (28) and the return is closed (ReturnLabelExpiry).
            milestones[count++] = {ReturnStatus::Closed, label + LabelExpiryDays * Day};
        } else {
            const qint64 shipped = label + rng.lognormalInt(2 * 1440, 0.7, 120, 12 * 1440) * Minute;
            milestones[count++] = {ReturnStatus::InTransit, shipped};
            const qint64 received =
                shipped + (in.crossBorder ? rng.lognormalInt(8 * 1440, 0.3, 5 * 1440, 12 * 1440)
                                          : rng.lognormalInt(3 * 1440, 0.35, 2 * 1440, 6 * 1440)) *
                              Minute;
            milestones[count++] = {ReturnStatus::Received, received};
            const qint64 inspected = received + rng.uniformInt64(4 * Hour, 3 * Day);
            inspectionMilestone = count;
            milestones[count++] = {ReturnStatus::Inspected, inspected};
            const bool faulty =
                reason == ReturnReason::Damaged || reason == ReturnReason::Defective;
            static constexpr quint16 Normal[] = {55, 25, 12, 8};
            static constexpr quint16 Faulty[] = {10, 20, 35, 35};
            const int g = rng.weighted(std::span<const quint16>(faulty ? Faulty : Normal));
            grade = QString(QLatin1Char(static_cast<char>('A' + g)));
            if (g == 3 && customerCaused(reason) && rng.chancePermille(600)) {
                milestones[count++] = {ReturnStatus::Rejected,
                                       inspected + rng.uniformInt64(Hour, 24 * Hour)};
                resolution = ReturnResolution::Rejected;
            } else {
                static constexpr quint16 ExchangeFirst[] = {30, 60, 10}; // refund, exchange, credit
                static constexpr quint16 RefundFirst[] = {70, 10, 20};
                const int r = rng.weighted(std::span<const quint16>(
                    favoursExchange(reason) ? ExchangeFirst : RefundFirst));
                const qint64 resolved = inspected + rng.uniformInt64(Hour, 2 * Day);
                if (r == 0) {
                    resolution = ReturnResolution::Refund;
                    milestones[count++] = {ReturnStatus::Refunded, resolved};
                    resolutionAmount = out.amountCents;
                } else if (r == 1) {
                    resolution = ReturnResolution::Exchange;
                    milestones[count++] = {ReturnStatus::Exchanged, resolved};
                } else {
                    resolution = ReturnResolution::StoreCredit;
                    milestones[count++] = {ReturnStatus::Credited, resolved};
                    resolutionAmount = out.amountCents;
                }
                if (rng.chancePermille(700))
                    milestones[count++] = {ReturnStatus::Closed,
                                           resolved + rng.uniformInt64(2 * Day, 10 * Day)};
            }
        }
    }

    int reached = 0;
    while (reached + 1 < count && milestones[reached + 1].at <= now)
        ++reached;
    const ReturnStatus status = milestones[reached].status;
    out.status = status;
    out.updatedAt = utc(milestones[reached].at);
    const bool decidedResolution =
        status == ReturnStatus::Rejected || status == ReturnStatus::Refunded ||
        status == ReturnStatus::Exchanged || status == ReturnStatus::Credited ||
        (status == ReturnStatus::Closed && reached > inspectionMilestone &&
         inspectionMilestone >= 0);
    if (decidedResolution) {
        out.resolution = resolution;
        out.resolutionAmountCents = resolutionAmount;
    }
    if (labelMilestone >= 0 && reached >= labelMilestone) {
        // Return labels: the brand's usual domestic returns carrier, or the express
        // carrier back across borders.
        const char *country = place.place->country;
        const char *carrier = "dpd";
        if (in.crossBorder) {
            carrier = nullptr;
        } else if (sameCountry(country, "US")) {
            carrier = rng.chancePermille(600) ? "usps" : "ups";
        } else if (sameCountry(country, "IN")) {
            const int r = rng.uniformInt(0, 99);
            carrier = r < 50 ? "delhivery" : (r < 80 ? "xpressbees" : "ecom-express");
        } else if (sameCountry(country, "DE")) {
            carrier = rng.chancePermille(700) ? "deutsche-post" : "dpd";
        } else if (sameCountry(country, "FR")) {
            carrier = "colissimo";
        } else if (sameCountry(country, "NL")) {
            carrier = "postnl";
        } else if (sameCountry(country, "GB")) {
            carrier = rng.chancePermille(800) ? "royal-mail" : "dpd";
        } else {
            carrier = rng.chancePermille(600) ? "dpd" : "gls";
        }
        const int carrierIndex = carrier
                                     ? m_context.carrierIndex(carrier)
                                     : m_context.carrierIndex(in.carrier.toLatin1().constData());
        const DemoCarrierInfo &c = m_context.carriers()[static_cast<size_t>(carrierIndex)];
        out.reverseCarrier = c.code;
        out.reverseTrackingNumber =
            m_numbers.next(c.profile->returnFormat, c.profile->returnPrefix, 0);
    }
    if (inspectionMilestone >= 0 && reached >= inspectionMilestone)
        out.inspectionGrade = grade;
    if (labelMilestone >= 0 && reached >= labelMilestone)
        out.labelIssuedAt = utc(milestones[labelMilestone].at);
    return true;
}

} // namespace ct
