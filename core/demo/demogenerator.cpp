// SPDX-License-Identifier: MIT
#include "demogenerator.h"

#include "democontext.h"
#include "demoorderbuilder.h"
#include "demorandom.h"
#include "demoreturnplanner.h"
#include "demoshipmentsimulator.h"
#include "demotimeline.h"
#include "demotrackingnumbers.h"

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

// Share of a day's orders per local hour (evening peak), and per weekday (Monday first).
constexpr quint32 HourProfile[24] = {30, 18, 10, 7,  6,  8,  15, 28, 42, 55, 62, 66,
                                     72, 70, 66, 64, 64, 66, 72, 82, 92, 95, 80, 55};
constexpr quint32 WeekdayProfile[7] = {110, 105, 100, 100, 95, 85, 105};

QDateTime utcDateTime(qint64 ms)
{
    static const QTimeZone Utc = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, Utc);
}

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + 2440588);
}

quint32 laneWeight(const DemoLane &lane, qint64 bucketStartMs)
{
    const qint64 local = bucketStartMs + qint64(lane.customerOffsetMinutes) * MsPerMinute;
    const qint64 day = DemoClock::floorDiv(local, MsPerDay);
    const auto hour = static_cast<size_t>((local - day * MsPerDay) / MsPerHour);
    return lane.share * HourProfile[hour] * WeekdayProfile[DemoClock::weekday(day)];
}

bool sameCountry(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1];
}

// Cash on delivery in Europe, per mille of orders to the country, with the carriers that
// collect cash at the door (DHL Paket's Nachnahme, DPD, GLS): rare in Germany and Austria,
// common in Poland, Italy and Spain. Nowhere else but India.
int europeanCodPermille(const QString &country, const QString &carrier)
{
    if (carrier != QLatin1String("deutsche-post") && carrier != QLatin1String("dpd")
        && carrier != QLatin1String("gls"))
        return 0;
    static constexpr struct
    {
        const char *country;
        int permille;
    } Shares[] = {{"DE", 20}, {"AT", 30}, {"IT", 80}, {"ES", 50}, {"PL", 120}};
    for (const auto &share : Shares) {
        if (country == QLatin1String(share.country))
            return share.permille;
    }
    return 0;
}

// A stream for the payment draws of European orders, apart from the parcel's own stream,
// so adding them changed nothing else the generator makes.
constexpr quint64 PaymentStreamSalt = 0x7061796d656e7431; // "payment1"

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options)
{
    if (m_options.historyDays < 1)
        m_options.historyDays = 1;
    // Without a `now` the data would depend on the day it is generated: take a fixed one.
    const qint64 nowMs =
        m_options.now.isValid()
            ? m_options.now.toMSecsSinceEpoch()
            : QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    m_context = std::make_unique<DemoContext>(m_options.seed, nowMs, m_options.historyDays);
    m_orders = std::make_unique<DemoOrderBuilder>(*m_context);
    m_numbers = std::make_unique<DemoTrackingNumbers>(m_options.seed);
    m_simulator = std::make_unique<DemoShipmentSimulator>(*m_context);
    m_returns = std::make_unique<DemoReturnPlanner>(*m_context, *m_orders, *m_numbers);
    m_timeline = std::make_unique<DemoTimeline>(m_context->clock(), m_context->placeZones());
    m_nextOrderNumber = 100000 + static_cast<qint64>(m_options.seed % 9000);

    // Order density per hour over the history: every lane's customers order by their own
    // local clock; a mild growth trend over the period.
    const auto buckets = static_cast<size_t>(m_options.historyDays) * 24;
    m_cumulative.resize(buckets);
    quint64 total = 0;
    for (size_t b = 0; b < buckets; ++b) {
        const qint64 start = m_context->startMs() + static_cast<qint64>(b) * MsPerHour;
        quint64 w = 0;
        for (const DemoLane &lane : demoLanes())
            w += laneWeight(lane, start);
        w = w * (100 + 30 * b / buckets) / 100;
        total += w;
        m_cumulative[b] = total;
    }
}

DemoGenerator::~DemoGenerator() = default;

int DemoGenerator::pickLane(size_t bucket, DemoRandom &rng) const
{
    const qint64 start = m_context->startMs() + static_cast<qint64>(bucket) * MsPerHour;
    const auto lanes = demoLanes();
    quint32 weights[16];
    for (size_t i = 0; i < lanes.size(); ++i)
        weights[i] = laneWeight(lanes[i], start);
    return rng.weighted(std::span<const quint32>(weights, lanes.size()));
}

void DemoGenerator::generate(int count, const std::function<void(ShipmentRecord &&)> &onShipment,
                             const std::function<void(ReturnRecord &&)> &onReturn)
{
    if (count <= 0)
        return;
    DemoContext &ctx = *m_context;
    DemoClock &clock = ctx.clock();
    const qint64 now = ctx.nowMs();
    const quint64 seed = m_options.seed;
    const quint64 total = m_cumulative.back();
    size_t bucket = 0;
    DemoParcelPlan plan;
    DemoParcelOutcome outcome;
    DemoOrder order;
    ReturnRecord returned;
    quint32 serviceWeights[16];

    for (int i = 0; i < count; ++i) {
        const quint64 index = m_nextIndex++;
        DemoRandom rng(seed, index);

        // When: stratified over the order density, so orders come oldest first.
        const double q = (static_cast<double>(i) + rng.uniform()) / static_cast<double>(count);
        auto target = static_cast<quint64>(q * static_cast<double>(total));
        if (target >= total)
            target = total - 1;
        while (m_cumulative[bucket] <= target)
            ++bucket;
        const quint64 below = bucket == 0 ? 0 : m_cumulative[bucket - 1];
        const quint64 width = m_cumulative[bucket] - below;
        qint64 orderedUtc = ctx.startMs() + static_cast<qint64>(bucket) * MsPerHour +
                            static_cast<qint64>((target - below) * MsPerHour / width);
        orderedUtc = std::min(orderedUtc - orderedUtc % MsPerMinute, now - now % MsPerMinute);

        // Where from and to, with what.
        const DemoLaneInfo &lane = ctx.lanes()[static_cast<size_t>(pickLane(bucket, rng))];
        const int destination = lane.destinations[static_cast<size_t>(
            rng.weighted(std::span<const quint32>(lane.destinationWeights)))];
        const DemoPlace &dp = *ctx.place(destination).place;
        int origin = -1;
        {
            int near[8];
            int other[8];
            int nearCount = 0;
            int otherCount = 0;
            for (const int o : lane.origins) {
                const DemoPlace &op = *ctx.place(o).place;
                if (lane.origins.size() > 1 && sameCountry(op.country, dp.country) &&
                    std::strcmp(lane.lane->name, "EU cross-border") == 0)
                    continue; // cross-border lane: never from the customer's own country
                if (sameCountry(op.country, dp.country) && op.region == dp.region)
                    near[nearCount++] = o;
                else
                    other[otherCount++] = o;
            }
            if (nearCount > 0 && (otherCount == 0 || rng.chancePermille(650)))
                origin = near[rng.uniformInt(0, nearCount - 1)];
            else if (otherCount > 0)
                origin = other[rng.uniformInt(0, otherCount - 1)];
            else
                origin = near[rng.uniformInt(0, nearCount - 1)];
        }
        const DemoPlace &op = *ctx.place(origin).place;
        const DemoBand band = demoBand(op, dp);
        int serviceIndex = lane.services.front();
        {
            const size_t n = lane.services.size();
            bool any = false;
            for (size_t s = 0; s < n; ++s) {
                const DemoServiceInfo &info = ctx.services()[static_cast<size_t>(lane.services[s])];
                const bool allowed = demoTransit(*info.service, band).maxDays > 0 &&
                                     (!info.ontrac || (op.region <= 1 && dp.region <= 1));
                serviceWeights[s] = allowed ? lane.serviceWeights[s] : 0;
                any = any || allowed;
            }
            if (any)
                serviceIndex = lane.services[static_cast<size_t>(
                    rng.weighted(std::span<const quint32>(serviceWeights, n)))];
        }
        const DemoServiceInfo &service = ctx.services()[static_cast<size_t>(serviceIndex)];
        const DemoService &s = *service.service;
        const DemoCarrierInfo &carrier = ctx.carriers()[static_cast<size_t>(service.carrier)];
        const bool crossBorder = !sameCountry(op.country, dp.country);

        m_orders->build(order, destination, crossBorder, (s.flags & DemoExpress) != 0, rng);
        plan.origin = origin;
        plan.destination = destination;
        plan.service = serviceIndex;
        plan.band = band;
        plan.market = order.market;
        plan.cashOnDelivery = order.cashOnDelivery;
        plan.orderedUtcMs = orderedUtc;
        plan.scenario = DemoShipmentSimulator::pickScenario(order.market, band, s, rng);
        m_simulator->simulate(plan, rng, *m_timeline, outcome);

        // The record, as a feed would describe it today.
        ShipmentRecord record;
        record.carrier = carrier.code;
        const int account = static_cast<int>(
            std::find(lane.origins.begin(), lane.origins.end(), origin) - lane.origins.begin());
        record.trackingNumber = m_numbers->next(s.format, s.formatPrefix, account);
        if ((order.itemCount >= 3 && rng.chancePermille(300)) || rng.chancePermille(15)) {
            record.pieceCount = rng.chancePermille(750) ? 2 : 3;
            record.masterTrackingNumber = record.trackingNumber;
        }
        record.service = service.name;
        record.sourceFormat = ctx.sourceFormat();
        const DemoPlaceInfo &originInfo = ctx.place(origin);
        const DemoPlaceInfo &destinationInfo = ctx.place(destination);
        record.origin = {originInfo.city, originInfo.state, originInfo.facilityPostal,
                         originInfo.country};
        const QString destinationPostal = ctx.postalCode(destination, rng);
        record.destination = {destinationInfo.city, destinationInfo.state, destinationPostal,
                              destinationInfo.country};

        OrderInfo &info = record.order;
        char orderId[24];
        const int orderIdLength = std::snprintf(orderId, sizeof orderId, "#%lld",
                                                static_cast<long long>(m_nextOrderNumber));
        m_nextOrderNumber += 1 + (rng.chancePermille(60) ? rng.uniformInt(1, 3) : 0);
        info.orderId = QString::fromLatin1(orderId, orderIdLength);
        info.customerName = order.customerName;
        info.customerEmail = order.customerEmail;
        info.customerPhone = order.customerPhone;
        info.orderValueCents = order.valueCents;
        info.currency = ctx.currency(order.market);
        info.promisedDate = dateOfDay(outcome.promisedDay);
        info.orderedAt = utcDateTime(orderedUtc);

        // Payment: every demo order is either prepaid or cash on delivery. Indian domestic
        // COD came with the order (its fee, and the COD-not-ready attempts, follow from it).
        record.payment.mode = order.cashOnDelivery ? PaymentMode::CashOnDelivery : PaymentMode::Prepaid;
        if (!order.cashOnDelivery) {
            const int permille = europeanCodPermille(record.destination.country, record.carrier);
            if (permille > 0 && DemoRandom(seed ^ PaymentStreamSalt, index).chancePermille(permille))
                record.payment.mode = PaymentMode::CashOnDelivery;
        }
        if (record.payment.mode == PaymentMode::CashOnDelivery) {
            record.payment.codAmountCents = info.orderValueCents;
            record.payment.codCurrency = info.currency;
        }

        if (outcome.pickupUtcMs != 0 && outcome.pickupUtcMs <= now) {
            record.shippedAt = utcDateTime(outcome.pickupUtcMs);
            const bool revised = outcome.revisionUtcMs != 0 && outcome.revisionUtcMs <= now &&
                                 outcome.revisedEstimateDay != 0;
            const qint64 estimate = revised ? outcome.revisedEstimateDay : outcome.estimateDay;
            record.estimatedDelivery.date = dateOfDay(estimate);
            if (s.commitMinute > 0) {
                record.estimatedDelivery.hasTime = true;
                record.estimatedDelivery.at =
                    clock.at(destinationInfo.zone, estimate, s.commitMinute);
            }
        }

        const auto &drafts = m_timeline->events();
        record.events.reserve(static_cast<qsizetype>(drafts.size()));
        const bool upper = carrier.profile->upperCaseCities;
        for (size_t k = 0; k < drafts.size(); ++k) {
            const DemoEventDraft &draft = drafts[k];
            if (draft.at.utcMs > now)
                break;
            TrackingEvent event;
            event.occurredAt = draft.at;
            event.subtag = demoScanSubtag(draft.scan);
            event.tag = tagOf(event.subtag);
            const int variants = ctx.vocabularyVariants(service.carrier, draft.scan);
            quint64 h = seed ^ (index * 0x9E3779B97F4A7C15ull) ^ (k * 0xC2B2AE3D27D4EB4Full);
            const int variant =
                variants > 1
                    ? static_cast<int>(DemoRandom::splitMix64(h) % static_cast<quint64>(variants))
                    : 0;
            const DemoVocabEntry &text = ctx.vocabulary(service.carrier, draft.scan, variant);
            event.rawCode = text.rawCode;
            event.description = text.description;
            const DemoPlaceInfo &where = ctx.place(draft.place);
            event.city = upper ? where.cityUpper : where.city;
            event.state = where.state;
            event.country = where.country;
            event.postalCode = draft.atAddress ? destinationPostal : where.facilityPostal;
            record.events.append(std::move(event));
        }
        if (!record.events.isEmpty()) {
            record.tag = record.events.constLast().tag;
            record.subtag = record.events.constLast().subtag;
        }

        bool hasReturn = false;
        if (outcome.deliveredUtcMs != 0 && outcome.deliveredUtcMs <= now &&
            outcome.returnedUtcMs == 0) {
            DemoReturnInput in;
            in.order = &order;
            in.orderId = info.orderId;
            in.carrier = record.carrier;
            in.trackingNumber = record.trackingNumber;
            in.destinationPlace = destination;
            in.crossBorder = crossBorder;
            in.deliveredUtcMs = outcome.deliveredUtcMs;
            in.late =
                clock.localDay(destinationInfo.zone, outcome.deliveredUtcMs) > outcome.promisedDay;
            in.damaged = outcome.damaged;
            hasReturn = m_returns->plan(in, rng, returned);
        }

        if (onShipment)
            onShipment(std::move(record));
        if (hasReturn && onReturn)
            onReturn(std::move(returned));
    }
}

} // namespace ct
