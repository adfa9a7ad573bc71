// SPDX-License-Identifier: MIT
#include "demoshipmentsimulator.h"

#include "democlock.h"
#include "demorandom.h"
#include "demotimeline.h"

#include <algorithm>
#include <cstring>

// Keep floating-point results identical on every CPU (see demorandom.cpp).
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
constexpr quint8 SaturdayBit = 1 << 5;
constexpr quint8 SundayBit = 1 << 6;

bool sameCountry(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1];
}

// Local delivery hours by market, in minutes of the day.
struct Windows
{
    int outFrom;
    int outTo;
    int deliverFrom;
    int deliverTo;
};

Windows windowsFor(DemoMarket market, const char *carrier)
{
    switch (market) {
    case DemoMarket::US:
        if (std::strcmp(carrier, "usps") == 0)
            return {5 * 60 + 45, 9 * 60, 9 * 60 + 30, 19 * 60};
        return {5 * 60 + 45, 9 * 60 + 30, 9 * 60, 20 * 60};
    case DemoMarket::IN:
        return {8 * 60, 11 * 60, 10 * 60, 20 * 60};
    case DemoMarket::EU:
        return {6 * 60 + 30, 9 * 60 + 30, 8 * 60 + 30, 19 * 60 + 30};
    case DemoMarket::GB:
        return {6 * 60 + 30, 9 * 60 + 30, 9 * 60, 18 * 60 + 30};
    }
    return {7 * 60, 9 * 60, 9 * 60, 19 * 60};
}

bool isNightScan(DemoScan scan)
{
    return scan == DemoScan::Arrived || scan == DemoScan::Departed;
}

} // namespace

DemoShipmentSimulator::DemoShipmentSimulator(DemoContext &context) : m_context(context)
{
    m_steps.reserve(32);
}

bool DemoShipmentSimulator::isWorkday(qint64 day, quint8 mask)
{
    return (mask & (1 << DemoClock::weekday(day))) != 0;
}

qint64 DemoShipmentSimulator::addWorkdays(qint64 day, int count, quint8 mask)
{
    if (mask == 0)
        return day + count;
    while (count > 0) {
        ++day;
        if (isWorkday(day, mask))
            --count;
    }
    return day;
}

qint64 DemoShipmentSimulator::sameOrNextWorkday(qint64 day, quint8 mask)
{
    if (mask == 0)
        return day;
    while (!isWorkday(day, mask))
        ++day;
    return day;
}

void DemoShipmentSimulator::addStop(int place, DemoScan arrive, bool departs)
{
    m_steps.push_back({arrive, place, m_rng->uniformInt(70, 130), 0, false, false});
    if (departs)
        m_steps.push_back(
            {DemoScan::Departed, place, 0, m_rng->uniformInt64(Hour, 4 * Hour), false, false});
}

// A time near `utcMs`, within [lo, hi], at which it is night at the place: sorting hubs
// work mostly between 20:00 and 06:00.
qint64 DemoShipmentSimulator::preferNight(int place, qint64 utcMs, qint64 lo, qint64 hi)
{
    const int zone = m_context.place(place).zone;
    auto isNight = [&](qint64 t) {
        const int minute = m_context.clock().localMinute(zone, t);
        return minute >= 20 * 60 || minute < 6 * 60;
    };
    if (isNight(utcMs))
        return utcMs;
    static constexpr int Shifts[] = {-2, 2, -4, 4, -6, 6, -8, 8, -10, 10};
    for (const int h : Shifts) {
        const qint64 t = utcMs + h * Hour;
        if (t >= lo && t <= hi && isNight(t))
            return t;
    }
    return utcMs;
}

// "In transit" scans while a parcel travels for longer than a day without a hub scan.
void DemoShipmentSimulator::fillGap(qint64 untilUtc)
{
    DemoTimeline &tl = *m_timeline;
    while (untilUtc - tl.lastUtc() > 30 * Hour) {
        const qint64 t = tl.lastUtc() + m_rng->uniformInt64(18 * Hour, 28 * Hour);
        if (t > untilUtc - 2 * Hour)
            break;
        tl.addAt(DemoScan::OnTheWay, tl.lastPlace(), t);
    }
}

// Places the first `count` steps between `startUtc` and `endUtc`: the steps up to and
// including `anchor` share the travel time by their leg weights, on top of their fixed
// times; the step `anchor` lands on `endUtc`.
void DemoShipmentSimulator::emitHaul(qint64 startUtc, qint64 endUtc, size_t count, size_t anchor)
{
    DemoTimeline &tl = *m_timeline;
    qint64 totalWeight = 0;
    qint64 totalFixed = 0;
    for (size_t i = 0; i <= anchor && i < m_steps.size(); ++i) {
        totalWeight += m_steps[i].legWeight;
        totalFixed += m_steps[i].fixedMs;
    }
    const qint64 span = std::max<qint64>(endUtc - startUtc, Hour);
    qint64 variable = span - totalFixed;
    const qint64 minVariable = (totalWeight / 100 + 1) * 30 * Minute;
    double fixedScale = 1.0;
    if (variable < minVariable) {
        // Dwell times do not fit: shrink them (incident delays included).
        const qint64 room = std::max<qint64>(span - minVariable, 0);
        fixedScale =
            totalFixed > 0 ? static_cast<double>(room) / static_cast<double>(totalFixed) : 1.0;
        variable = std::max<qint64>(span - room, minVariable);
    }
    qint64 t = startUtc;
    for (size_t i = 0; i < count && i < m_steps.size(); ++i) {
        const Step &step = m_steps[i];
        const qint64 fixed = static_cast<qint64>(static_cast<double>(step.fixedMs) * fixedScale);
        const qint64 leg =
            (i <= anchor && totalWeight > 0) ? variable * step.legWeight / totalWeight : 0;
        t += fixed + leg;
        if (!step.silent)
            fillGap(t);
        qint64 at = t;
        if (i == anchor)
            at = endUtc;
        else if (isNightScan(step.scan) && leg > 0)
            at = preferNight(step.place, t, tl.lastUtc() + 20 * Minute, t + leg / 3);
        else if (leg == 0 && fixed > 0 && i < anchor)
            at = std::max(t, tl.lastUtc() + fixed); // dwell after the actual arrival
        tl.addAt(step.scan, step.place, at, false);
        if (step.revision && m_outcome->revisionUtcMs == 0)
            m_outcome->revisionUtcMs = tl.lastUtc();
    }
}

DemoScan DemoShipmentSimulator::deliveredScan(bool signature)
{
    DemoRandom &rng = *m_rng;
    switch (m_plan->market) {
    case DemoMarket::IN:
        if (m_plan->cashOnDelivery)
            return DemoScan::DeliveredCod;
        return rng.chancePermille(signature ? 700 : 100) ? DemoScan::DeliveredSigned
                                                         : DemoScan::Delivered;
    case DemoMarket::US: {
        if (signature)
            return rng.chancePermille(800) ? DemoScan::DeliveredSigned : DemoScan::Delivered;
        const int r = rng.uniformInt(0, 99);
        return r < 55
                   ? DemoScan::DeliveredSafePlace
                   : (r < 88 ? DemoScan::Delivered
                             : (r < 97 ? DemoScan::DeliveredSigned : DemoScan::DeliveredNeighbour));
    }
    case DemoMarket::EU:
    case DemoMarket::GB: {
        if (signature)
            return rng.chancePermille(850) ? DemoScan::DeliveredSigned : DemoScan::Delivered;
        const int r = rng.uniformInt(0, 99);
        return r < 58
                   ? DemoScan::Delivered
                   : (r < 75 ? DemoScan::DeliveredNeighbour
                             : (r < 90 ? DemoScan::DeliveredSafePlace : DemoScan::DeliveredSigned));
    }
    }
    return DemoScan::Delivered;
}

// Why an attempt failed, by market: access problems dominate in the US, refusals and
// cash-on-delivery in India, absent recipients in Europe.
DemoScan DemoShipmentSimulator::attemptReason(bool first)
{
    static constexpr DemoScan Reasons[] = {
        DemoScan::FailUnavailable, DemoScan::FailBusinessClosed, DemoScan::FailAddress,
        DemoScan::FailRefused,     DemoScan::FailNoAccess,       DemoScan::FailReschedule,
        DemoScan::FailCodNotReady,
    };
    quint16 weights[7];
    switch (m_plan->market) {
    case DemoMarket::US: {
        static constexpr quint16 W[] = {45, 10, 10, 4, 18, 13, 0};
        std::copy(std::begin(W), std::end(W), weights);
        break;
    }
    case DemoMarket::IN: {
        static constexpr quint16 W[] = {30, 5, 12, 15, 8, 15, 15};
        std::copy(std::begin(W), std::end(W), weights);
        if (!m_plan->cashOnDelivery)
            weights[6] = 0;
        break;
    }
    case DemoMarket::EU:
    case DemoMarket::GB: {
        static constexpr quint16 W[] = {55, 10, 10, 5, 10, 10, 0};
        std::copy(std::begin(W), std::end(W), weights);
        break;
    }
    }
    if (!first)
        weights[0] += 20; // later attempts: mostly nobody home again
    return Reasons[m_rng->weighted(std::span<const quint16>(weights))];
}

void DemoShipmentSimulator::outForDelivery(qint64 day)
{
    const Windows w = windowsFor(m_plan->market, m_service->carrier);
    DemoTimeline &tl = *m_timeline;
    const int d = m_plan->destination;
    tl.addLocal(DemoScan::OutForDelivery, d, day, w.outFrom, w.outTo, 20);
    const bool predict = std::strcmp(m_service->name, "DPD Predict") == 0;
    if ((m_plan->market == DemoMarket::IN && m_rng->chancePermille(350)) ||
        (predict && m_rng->chancePermille(600)))
        tl.addAt(DemoScan::OutForDeliveryContacted, d,
                 tl.lastUtc() + m_rng->uniformInt64(10 * Minute, 90 * Minute));
}

// Out for delivery and a failed attempt on `day`; returns the day of the next attempt.
qint64 DemoShipmentSimulator::attempt(qint64 day, DemoScan reason)
{
    DemoTimeline &tl = *m_timeline;
    const int d = m_plan->destination;
    outForDelivery(day);
    const qint64 failDay = tl.addLocal(reason, d, day, 9 * 60 + 30, 20 * 60, 25, true);
    m_failDay = failDay;
    if (reason == DemoScan::FailReschedule) {
        tl.addLocal(DemoScan::DeliveryRescheduled, d, failDay + 1, 8 * 60, 11 * 60, 60);
        return addWorkdays(failDay, m_rng->uniformInt(2, 3), m_service->workDays);
    }
    return addWorkdays(failDay, 1, m_service->workDays);
}

void DemoShipmentSimulator::deliverHome(qint64 day)
{
    const Windows w = windowsFor(m_plan->market, m_service->carrier);
    DemoTimeline &tl = *m_timeline;
    const int d = m_plan->destination;
    outForDelivery(day);
    int from = w.deliverFrom;
    int to = w.deliverTo;
    if (m_service->commitMinute > 0) {
        to = std::min<int>(to, m_service->commitMinute);
        from = std::min(from, to - 90);
    }
    const qint64 outDay = tl.lastDay(d);
    tl.addLocal(deliveredScan((m_service->flags & DemoSignature) != 0), d, outDay, from, to, 25,
                true);
    m_outcome->deliveredUtcMs = tl.lastUtc();
}

void DemoShipmentSimulator::collectFromPickupPoint(qint64 fromDay, int maxDays)
{
    DemoTimeline &tl = *m_timeline;
    const int waited = m_rng->lognormalInt(1.0, 0.9, 0, maxDays);
    tl.addLocal(DemoScan::PickedUpByCustomer, m_plan->destination, fromDay + waited, 9 * 60 + 30,
                19 * 60 + 30, 45);
    m_outcome->deliveredUtcMs = tl.lastUtc();
}

// How long pickup points and post offices keep a parcel before returning it.
int DemoShipmentSimulator::retentionDays() const
{
    const char *c = m_service->carrier;
    if (std::strcmp(c, "usps") == 0)
        return 15;
    if (std::strcmp(c, "royal-mail") == 0)
        return 18;
    if (std::strcmp(c, "colissimo") == 0)
        return 10;
    return 7;
}

// The way back after "returning to sender" was scanned at `fromPlace` on `fromDay`.
void DemoShipmentSimulator::returnToSender(int fromPlace, qint64 fromDay)
{
    DemoTimeline &tl = *m_timeline;
    DemoRandom &rng = *m_rng;
    const int o = m_plan->origin;
    const bool intercontinental = m_plan->band == DemoBand::Intercontinental;
    m_steps.clear();
    if (intercontinental) {
        if (m_destinationGateway >= 0 && fromPlace != m_destinationGateway)
            addStop(m_destinationGateway, DemoScan::Arrived, true);
        if (m_originGateway >= 0)
            addStop(m_originGateway, DemoScan::ArrivedDestinationCountry, true);
    } else if (fromPlace != m_destinationHub && m_destinationHub != m_originHub) {
        addStop(m_destinationHub, DemoScan::Arrived, true);
    }
    if (m_originHub != fromPlace && m_originHub != m_originGateway)
        addStop(m_originHub, DemoScan::Arrived, false);
    m_steps.push_back({DemoScan::ReturnedToSender, o, rng.uniformInt(70, 130), 0, false, false});

    const quint8 warehouseDays =
        sameCountry(m_context.place(o).place->country, "IN") ? DemoMonSat : DemoMonFri;
    int backDays = m_transitDays + rng.uniformInt(1, 3);
    if (intercontinental)
        backDays += rng.uniformInt(3, 7);
    const qint64 backDay = addWorkdays(fromDay, backDays, warehouseDays);
    const qint64 end = m_context.clock()
                           .at(m_context.place(o).zone, backDay, rng.uniformInt(9 * 60, 17 * 60))
                           .utcMs;
    emitHaul(tl.lastUtc(), std::max(end, tl.lastUtc() + 6 * Hour), m_steps.size(),
             m_steps.size() - 1);
    m_outcome->returnedUtcMs = tl.lastUtc();
}

DemoScenario DemoShipmentSimulator::pickScenario(DemoMarket market, DemoBand band,
                                                 const DemoService &service, DemoRandom &rng)
{
    // Per 10,000 parcels, in DemoScenario order from AttemptsThenDelivered.
    static constexpr quint16 Us[] = {120, 30, 10, 20, 60, 20, 50, 0, 25, 50, 15, 60, 80};
    static constexpr quint16 In[] = {250, 100, 50, 80, 60, 20, 50, 0, 25, 50, 10, 50, 80};
    static constexpr quint16 Eu[] = {150, 30, 10, 20, 60, 20, 50, 0, 25, 50, 60, 40, 80};
    static_assert(std::size(Us) == DemoScenarioCount - 1);
    const quint16 *base = market == DemoMarket::US ? Us : (market == DemoMarket::IN ? In : Eu);
    quint16 weights[DemoScenarioCount];
    int total = 0;
    for (int i = 1; i < DemoScenarioCount; ++i) {
        weights[i] = base[i - 1];
        total += weights[i];
    }
    if (band == DemoBand::Intercontinental) {
        weights[static_cast<int>(DemoScenario::CustomsHold)] = 800;
        total += 800;
    }
    if (service.flags & DemoPickupPoint) // parcel shops see more uncollected parcels
        weights[static_cast<int>(DemoScenario::PickupNotCollected)] += 60;
    weights[0] = static_cast<quint16>(std::max(0, 10000 - total));
    return static_cast<DemoScenario>(rng.weighted(std::span<const quint16>(weights)));
}

void DemoShipmentSimulator::simulate(const DemoParcelPlan &plan, DemoRandom &rng, DemoTimeline &tl,
                                     DemoParcelOutcome &out)
{
    m_plan = &plan;
    m_rng = &rng;
    m_timeline = &tl;
    m_outcome = &out;
    out = DemoParcelOutcome{};
    const DemoServiceInfo &serviceInfo = m_context.services()[static_cast<size_t>(plan.service)];
    m_service = serviceInfo.service;
    m_carrier = serviceInfo.carrier;
    const DemoService &s = *m_service;
    const QString &carrierCode = m_context.carriers()[static_cast<size_t>(m_carrier)].code;
    DemoClock &clock = m_context.clock();
    const int o = plan.origin;
    const int d = plan.destination;
    const DemoPlaceInfo &op = m_context.place(o);
    const DemoPlaceInfo &dp = m_context.place(d);
    const qint64 now = m_context.nowMs();
    const quint8 warehouseDays = sameCountry(op.place->country, "IN") ? DemoMonSat : DemoMonFri;
    const DemoTransit &transit = demoTransit(s, plan.band);
    tl.reset(rng);

    // 1. The warehouse prints the label: same day for orders before 14:00 on a working
    // day, otherwise the next working morning.
    const qint64 orderDay = clock.localDay(op.zone, plan.orderedUtcMs);
    const int orderMinute = clock.localMinute(op.zone, plan.orderedUtcMs);
    qint64 labelDay = orderDay;
    int from = 8 * 60;
    int to = 11 * 60 + 30;
    if (isWorkday(orderDay, warehouseDays) && orderMinute < 14 * 60) {
        from = std::max(orderMinute + 10, 8 * 60);
        to = std::max(from, std::min(orderMinute + 150, 15 * 60));
    } else {
        labelDay = sameOrNextWorkday(orderDay + 1, warehouseDays);
    }
    qint64 labelUtc = clock.at(op.zone, labelDay, rng.uniformInt(from, to)).utcMs;
    if (labelUtc > now) {
        // Planned after `now`: this order's label has only just been printed.
        labelUtc = std::max(plan.orderedUtcMs + 2 * Minute, now - rng.uniformInt64(0, 4 * Hour));
        if (labelUtc > now)
            labelUtc = now - now % Minute;
    }
    tl.addAt(DemoScan::LabelCreated, o, labelUtc);
    out.labelUtcMs = tl.lastUtc();
    // Promised at checkout: the ship day plus the service's slowest transit.
    out.promisedDay = addWorkdays(labelDay, transit.maxDays, s.workDays);

    // 2. Pickup.
    qint64 pickupDay = labelDay;
    if (plan.scenario == DemoScenario::Forgotten) {
        if (rng.chancePermille(450))
            return; // never handed over
        pickupDay = addWorkdays(labelDay, rng.uniformInt(3, 6), warehouseDays);
    }
    pickupDay = tl.addLocal(DemoScan::PickedUp, o, pickupDay, 16 * 60, 19 * 60 + 30, 30);
    out.pickupUtcMs = tl.lastUtc();

    m_transitDays = rng.lognormalInt(transit.medianCenti / 100.0, transit.sigmaMilli / 1000.0,
                                     transit.minDays, transit.maxDays);
    const int typical =
        std::clamp((transit.medianCenti + 50) / 100, int(transit.minDays), int(transit.maxDays));
    out.estimateDay = addWorkdays(pickupDay, typical, s.workDays);
    const qint64 plannedDay = addWorkdays(pickupDay, m_transitDays, s.workDays);
    qint64 deliveryDay = plannedDay;
    if (DemoClock::weekday(plannedDay) == 0) {
        // Due on a Monday: carriers that deliver at weekends bring it on Saturday, or
        // (USPS, in large cities) on Sunday.
        if (!(s.workDays & SaturdayBit) && s.saturdayPct > 0 && plannedDay - 2 > pickupDay &&
            rng.uniformInt(0, 99) < s.saturdayPct)
            deliveryDay = plannedDay - 2;
        else if (!(s.workDays & SundayBit) && s.sundayPct > 0 && plannedDay - 1 > pickupDay &&
                 dp.place->weight >= 25 && rng.uniformInt(0, 99) < s.sundayPct) // metros only
            deliveryDay = plannedDay - 1;
    }

    const qint64 scheduledDay = deliveryDay;

    // 3. The route through the network.
    m_originHub = m_context.hubFor(o);
    m_destinationHub = m_context.hubFor(d);
    // Cities with customers have their own depot; warehouses out of town feed the hub.
    m_originFacility = op.place->weight > 0 ? o : m_originHub;
    m_originGateway = -1;
    m_destinationGateway = -1;
    m_steps.clear();
    m_steps.push_back(
        {DemoScan::Departed, m_originFacility, 0, rng.uniformInt64(Hour, 3 * Hour), false, false});
    if (plan.band != DemoBand::Near && m_originFacility != m_originHub)
        addStop(m_originHub, DemoScan::Arrived, true);
    size_t customsStep = 0;
    switch (plan.band) {
    case DemoBand::Near:
        if (o != d && m_originHub != m_originFacility && m_originHub != d &&
            rng.chancePermille(500))
            addStop(m_originHub, DemoScan::Arrived, true);
        break;
    case DemoBand::Far: {
        const int air =
            (s.flags & DemoExpress) ? m_context.airHubFor(op.place->country, carrierCode) : -1;
        if (air >= 0 && air != m_originHub) {
            addStop(air, DemoScan::Arrived, true);
        } else if (rng.chancePermille(500)) {
            // Through a hub on the way between the two regions, when there is one.
            const DemoHub *fromHub = nullptr;
            const DemoHub *toHub = nullptr;
            for (const DemoHub &h : demoHubs()) {
                if (!sameCountry(h.country, op.place->country))
                    continue;
                if (h.region == op.place->region)
                    fromHub = &h;
                if (h.region == dp.place->region)
                    toHub = &h;
            }
            int candidates[8];
            int n = 0;
            for (const DemoHub &h : demoHubs()) {
                if (!fromHub || !toHub || n == 8 || !sameCountry(h.country, op.place->country) ||
                    &h == fromHub || &h == toHub)
                    continue;
                const int lonLo = std::min(fromHub->longitudeTenths, toHub->longitudeTenths) - 20;
                const int lonHi = std::max(fromHub->longitudeTenths, toHub->longitudeTenths) + 20;
                const int latLo = std::min(fromHub->latitudeTenths, toHub->latitudeTenths) - 20;
                const int latHi = std::max(fromHub->latitudeTenths, toHub->latitudeTenths) + 20;
                if (h.longitudeTenths < lonLo || h.longitudeTenths > lonHi ||
                    h.latitudeTenths < latLo || h.latitudeTenths > latHi)
                    continue;
                const std::string q = std::string(h.country) + ':' + h.city;
                candidates[n++] = m_context.findPlace(q.c_str());
            }
            if (n > 0)
                addStop(candidates[rng.uniformInt(0, n - 1)], DemoScan::Arrived, true);
        }
        if (m_destinationHub != m_originHub)
            addStop(m_destinationHub, DemoScan::Arrived, true);
        break;
    }
    case DemoBand::International:
        addStop(m_destinationHub, DemoScan::ArrivedDestinationCountry, true);
        break;
    case DemoBand::Intercontinental: {
        m_originGateway = m_context.gatewayFor(op.place->country, carrierCode);
        if (m_originGateway < 0)
            m_originGateway = m_originHub;
        m_destinationGateway = m_context.gatewayFor(
            dp.place->country, (s.flags & DemoEconomy) ? QString() : carrierCode);
        if (m_destinationGateway < 0)
            m_destinationGateway = m_destinationHub;
        if (m_originGateway != m_originHub)
            addStop(m_originGateway, DemoScan::Arrived, true);
        const int gw = m_destinationGateway;
        m_steps.push_back(
            {DemoScan::ArrivedDestinationCountry, gw, rng.uniformInt(150, 250), 0, false, false});
        m_steps.push_back({DemoScan::CustomsStarted, gw, 0, rng.uniformInt64(30 * Minute, 3 * Hour),
                           false, false});
        customsStep = m_steps.size();
        m_steps.push_back(
            {DemoScan::CustomsCleared, gw, 0, rng.uniformInt64(Hour, 10 * Hour), false, false});
        m_steps.push_back(
            {DemoScan::Departed, gw, 0, rng.uniformInt64(Hour, 4 * Hour), false, false});
        if (m_destinationHub != gw)
            addStop(m_destinationHub, DemoScan::Arrived, true);
        break;
    }
    }
    m_steps.push_back({DemoScan::AtDeliveryFacility, d, rng.uniformInt(70, 130), 0, false, false});
    size_t anchor = m_steps.size() - 1;

    // 4. Exceptions in the network.
    int delayDays = 0;
    enum class End
    {
        Delivery,
        Lost,
        Returned,
        Silent
    } end = End::Delivery;
    size_t emitCount = m_steps.size();
    int endPlace = d;
    const bool abroad = plan.band == DemoBand::Intercontinental;
    // Where an incident happens: right after the origin scan (0) or after a hub arrival.
    auto incidentPosition = [&]() -> size_t {
        size_t positions[16];
        size_t n = 0;
        positions[n++] = 0;
        for (size_t i = 0; i < m_steps.size() && n < 16; ++i) {
            if (m_steps[i].legWeight > 0)
                positions[n++] = i + 1;
        }
        return positions[rng.uniformInt(0, static_cast<int>(n) - 1)];
    };
    auto placeBefore = [&](size_t position) {
        return position == 0 ? m_originFacility : m_steps[position - 1].place;
    };
    auto insertSteps = [&](size_t position, std::initializer_list<Step> steps) {
        m_steps.insert(m_steps.begin() + static_cast<std::ptrdiff_t>(position), steps);
        if (position <= anchor)
            anchor += steps.size();
        emitCount = m_steps.size();
    };
    switch (plan.scenario) {
    case DemoScenario::StuckThenResumed:
    case DemoScenario::StuckThenLost: {
        size_t travel[16];
        size_t n = 0;
        for (size_t i = 0; i < m_steps.size() && n < 16; ++i) {
            if (m_steps[i].legWeight > 0)
                travel[n++] = i;
        }
        const size_t k = travel[rng.uniformInt(0, static_cast<int>(n) - 1)];
        if (plan.scenario == DemoScenario::StuckThenResumed) {
            const int silence = abroad ? rng.uniformInt(6, 9) : rng.uniformInt(4, 7);
            m_steps[k].fixedMs += silence * Day + rng.uniformInt64(0, 12 * Hour);
            m_steps[k].silent = true;
            m_steps[k].revision = true;
            delayDays = silence;
        } else {
            emitCount = k;
            end = rng.chancePermille(800) ? End::Lost : End::Silent;
        }
        break;
    }
    case DemoScenario::WeatherDelay:
    case DemoScenario::CarrierDelay: {
        const size_t p = incidentPosition();
        const int place = placeBefore(p);
        const int days = plan.scenario == DemoScenario::WeatherDelay ? rng.uniformInt(1, 3)
                                                                     : rng.uniformInt(1, 2);
        const DemoScan scan = plan.scenario == DemoScenario::WeatherDelay ? DemoScan::WeatherDelay
                                                                          : DemoScan::CarrierDelay;
        insertSteps(p, {{scan, place, 0, rng.uniformInt64(Hour, 5 * Hour), false, true},
                        {DemoScan::Resumed, place, 0, days * Day - rng.uniformInt64(0, 8 * Hour),
                         true, false}});
        delayDays = days;
        break;
    }
    case DemoScenario::Damaged: {
        out.damaged = true;
        const size_t p = incidentPosition();
        const int place = placeBefore(p);
        if (rng.chancePermille(550)) {
            const int days = rng.uniformInt(1, 2);
            insertSteps(
                p, {{DemoScan::Damaged, place, 0, rng.uniformInt64(Hour, 6 * Hour), false, true},
                    {DemoScan::Resumed, place, 0, days * Day - rng.uniformInt64(0, 6 * Hour), true,
                     false}});
            delayDays = days;
        } else {
            insertSteps(
                p, {{DemoScan::Damaged, place, 0, rng.uniformInt64(Hour, 6 * Hour), false, true}});
            emitCount = p + 1;
            end = End::Returned;
            endPlace = place;
        }
        break;
    }
    case DemoScenario::CustomsHold:
        if (customsStep > 0) {
            const int days = rng.uniformInt(1, 6);
            const DemoScan hold =
                rng.chancePermille(400) ? DemoScan::HeldForPayment : DemoScan::CustomsHold;
            insertSteps(customsStep, {{hold, m_destinationGateway, 0,
                                       rng.uniformInt64(2 * Hour, 10 * Hour), false, true}});
            Step &cleared = m_steps[customsStep + 1];
            cleared.fixedMs = days * Day + rng.uniformInt64(0, 10 * Hour);
            cleared.silent = true;
            delayDays = days;
            if (rng.chancePermille(150)) {
                emitCount = customsStep + 1;
                end = End::Returned;
                endPlace = m_destinationGateway;
            }
        }
        break;
    default:
        break;
    }
    if (delayDays > 0)
        deliveryDay = sameOrNextWorkday(deliveryDay + delayDays, s.workDays);

    // 5. Origin scan, then the line haul to the delivery facility.
    tl.addLocal(DemoScan::OriginScan, m_originFacility, pickupDay, 19 * 60, 23 * 60 + 30, 45);
    const int dz = dp.zone;
    // An incident at the delivery facility itself happens after the planned arrival.
    const qint64 arrivalDay = anchor + 1 < m_steps.size() ? scheduledDay : deliveryDay;
    qint64 arrival = clock.at(dz, arrivalDay, rng.uniformInt(60, 5 * 60 + 30)).utcMs;
    if (arrivalDay - 1 > pickupDay && rng.chancePermille(250))
        arrival = clock.at(dz, arrivalDay - 1, rng.uniformInt(20 * 60, 23 * 60 + 30)).utcMs;
    if (arrival < tl.lastUtc() + 2 * Hour)
        arrival = tl.lastUtc() + 2 * Hour + rng.uniformInt64(0, Hour);
    emitHaul(tl.lastUtc(), arrival, emitCount, anchor);

    switch (end) {
    case End::Delivery:
        break;
    case End::Lost: {
        const int silence = rng.uniformInt(8, 15);
        tl.addLocal(DemoScan::Lost, tl.lastPlace(), tl.lastDay(tl.lastPlace()) + silence, 9 * 60,
                    17 * 60, 60);
        return;
    }
    case End::Silent:
        return;
    case End::Returned: {
        const int waitDays = plan.scenario == DemoScenario::CustomsHold ? rng.uniformInt(10, 20)
                                                                        : rng.uniformInt(1, 2);
        const qint64 day = tl.addLocal(DemoScan::ReturningToSender, endPlace,
                                       tl.lastDay(endPlace) + waitDays, 8 * 60, 14 * 60, 60);
        returnToSender(endPlace, day);
        return;
    }
    }

    // 6. The last mile.
    const quint8 mask = s.workDays;
    qint64 day = std::max(deliveryDay, tl.lastDay(d));
    const bool pickupPoint = (s.flags & DemoPickupPoint) != 0;
    switch (plan.scenario) {
    case DemoScenario::AttemptsThenDelivered: {
        const int attempts = rng.chancePermille(300) ? 2 : 1;
        for (int a = 0; a < attempts; ++a)
            day = attempt(day, attemptReason(a == 0));
        if (plan.market != DemoMarket::IN && rng.chancePermille(250)) {
            // Taken to the depot or post office for the customer to collect.
            const qint64 heldDay =
                tl.addLocal(DemoScan::AvailableForPickup, d, m_failDay + 1, 8 * 60, 11 * 60, 60);
            collectFromPickupPoint(heldDay, 4);
        } else {
            deliverHome(day);
        }
        break;
    }
    case DemoScenario::AttemptsThenReturned: {
        DemoScan reason = attemptReason(true);
        for (int a = 0; a < 3; ++a) {
            day = attempt(day, reason);
            if (rng.chancePermille(500))
                reason = attemptReason(false);
        }
        const qint64 rtoDay = tl.addLocal(DemoScan::ReturningToSender, d, day, 8 * 60, 12 * 60, 30);
        returnToSender(d, rtoDay);
        break;
    }
    case DemoScenario::RefusedThenReturned: {
        attempt(day, DemoScan::FailRefused);
        const qint64 rtoDay =
            tl.addLocal(DemoScan::ReturningToSender, d, tl.lastDay(d) + 1, 8 * 60, 12 * 60, 30);
        returnToSender(d, rtoDay);
        break;
    }
    case DemoScenario::FakeAttempt: {
        static constexpr DemoScan InReasons[] = {DemoScan::FailUnavailable, DemoScan::FailRefused,
                                                 DemoScan::FailReschedule, DemoScan::FailAddress};
        static constexpr quint16 InWeights[] = {50, 15, 20, 15};
        static constexpr DemoScan Reasons[] = {DemoScan::FailUnavailable, DemoScan::FailNoAccess,
                                               DemoScan::FailAddress};
        static constexpr quint16 Weights[] = {70, 15, 15};
        const DemoScan reason = plan.market == DemoMarket::IN
                                    ? InReasons[rng.weighted(std::span<const quint16>(InWeights))]
                                    : Reasons[rng.weighted(std::span<const quint16>(Weights))];
        const int variant = rng.uniformInt(0, 99);
        if (variant < 55) {
            // Marked "attempted" although no delivery run left with it that day.
            tl.addLocal(reason, d, day, 10 * 60, 20 * 60 + 30, 30, true);
        } else if (variant < 90) {
            // Scanned as attempted late at night.
            outForDelivery(day);
            tl.addLocal(reason, d, tl.lastDay(d), 23 * 60 + 20, 23 * 60 + 55, 30, true);
        } else {
            // Scanned as attempted before dawn.
            tl.addLocal(reason, d, day, 5 * 60 + 30, 6 * 60 + 45, 10, true);
        }
        deliverHome(addWorkdays(tl.lastDay(d), 1, mask));
        break;
    }
    case DemoScenario::AddressProblem: {
        const bool moved = rng.chancePermille(250);
        const DemoScan problem = moved ? DemoScan::CustomerMoved : DemoScan::AddressProblem;
        if (rng.chancePermille(500)) {
            tl.addLocal(problem, d, day, 6 * 60, 9 * 60, 20);
        } else {
            outForDelivery(day);
            tl.addLocal(problem, d, tl.lastDay(d), 10 * 60, 17 * 60, 30, true);
        }
        if (out.revisionUtcMs == 0)
            out.revisionUtcMs = tl.lastUtc();
        const qint64 problemDay = tl.lastDay(d);
        if (rng.chancePermille(800)) {
            if (moved) {
                tl.addLocal(DemoScan::Forwarded, d, problemDay + 1, 8 * 60, 12 * 60, 30);
                day = addWorkdays(tl.lastDay(d), rng.uniformInt(1, 2), mask);
            } else {
                tl.addLocal(DemoScan::AddressCorrected, d, problemDay + rng.uniformInt(1, 2),
                            9 * 60, 17 * 60, 30);
                day = addWorkdays(tl.lastDay(d), 1, mask);
            }
            deliverHome(day);
        } else {
            const qint64 rtoDay =
                tl.addLocal(DemoScan::ReturningToSender, d, problemDay + rng.uniformInt(5, 8),
                            8 * 60, 12 * 60, 30);
            returnToSender(d, rtoDay);
        }
        break;
    }
    case DemoScenario::PickupNotCollected: {
        qint64 heldDay = 0;
        if (pickupPoint) {
            heldDay = tl.addLocal(DemoScan::AvailableForPickup, d, day, 9 * 60, 17 * 60, 30);
        } else {
            attempt(day, DemoScan::FailUnavailable);
            heldDay = tl.addLocal(DemoScan::AvailableForPickup, d, tl.lastDay(d) + 1, 8 * 60,
                                  11 * 60, 60);
        }
        const qint64 noticeDay =
            tl.addLocal(DemoScan::NotCollected, d, heldDay + retentionDays() + rng.uniformInt(0, 2),
                        8 * 60, 12 * 60, 30);
        const qint64 rtoDay =
            tl.addLocal(DemoScan::ReturningToSender, d, noticeDay, 12 * 60, 18 * 60, 60);
        returnToSender(d, rtoDay);
        break;
    }
    default:
        if (pickupPoint) {
            const qint64 heldDay =
                tl.addLocal(DemoScan::AvailableForPickup, d, day, 9 * 60, 17 * 60, 30);
            collectFromPickupPoint(heldDay, 4);
        } else {
            deliverHome(day);
        }
        break;
    }

    if (out.revisionUtcMs != 0)
        out.revisedEstimateDay =
            out.deliveredUtcMs != 0 ? clock.localDay(dz, out.deliveredUtcMs) : deliveryDay;
}

} // namespace ct
