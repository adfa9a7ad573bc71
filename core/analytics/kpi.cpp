// SPDX-License-Identifier: MIT
#include "kpi.h"

#include <array>

namespace ct {

namespace {

// The definitions of docs/KPIS.md. "First delivery attempt", "arrival", "fake attempt",
// "tracked" and "promise" are defined once in that document's "Terms".
constexpr KpiDefinition Definitions[] = {
    {Kpi::OnTimeRate, "on_time_rate", QT_TRANSLATE_NOOP("ct::Kpi", "On-time delivery rate"), KpiKind::Share, KpiPart::None, "share",
     "shipments whose first delivery attempt came by the end of the promise",
     "shipments whose first delivery attempt falls in the period and that have a promise",
     "the first delivery attempt",
     "fake attempts (the next real attempt is the first); shipments without a promise (counted by EDD coverage)",
     "a shipment enters a period once it has been attempted; a parcel not attempted yet is in no period, even when "
     "already late (the open delayed exceptions show those)",
     "AfterShip and EasyPost judge the first delivery attempt against the original EDD; we take the checkout promise "
     "first and the carrier's estimate only without one (the store keeps the carrier's latest estimate, not its first), "
     "and judge the end of the promised day at the destination, as the delayed rule does"},
    {Kpi::EddCoverage, "edd_coverage", QT_TRANSLATE_NOOP("ct::Kpi", "EDD coverage"), KpiKind::Share, KpiPart::None, "share",
     "shipments whose first delivery attempt falls in the period and that have a promise",
     "shipments whose first delivery attempt falls in the period",
     "the first delivery attempt",
     "fake attempts (the next real attempt is the first)",
     "as the on-time delivery rate",
     "AfterShip shows the share of shipments with an EDD beside its on-time rate; ours is measured on the same shipments "
     "as the on-time rate, so the two read together"},
    {Kpi::FirstAttemptRate, "first_attempt_rate", QT_TRANSLATE_NOOP("ct::Kpi", "First-attempt delivery rate"), KpiKind::Share, KpiPart::None, "share",
     "shipments whose first delivery attempt was their arrival, with no fake attempt before it",
     "shipments whose first delivery attempt falls in the period",
     "the first delivery attempt",
     "none: a fake attempt is not an attempt, but a shipment with a fake attempt before its first real one gets no "
     "first-attempt credit (it stays in the denominator, never in the numerator)",
     "as the on-time delivery rate",
     "AfterShip counts arrival at a pickup point as a failed first attempt; we count it as an arrival, because "
     "pickup-point services deliver there by design"},
    {Kpi::DeliveryRate, "delivery_rate", QT_TRANSLATE_NOOP("ct::Kpi", "Delivery rate"), KpiKind::Share, KpiPart::None, "share",
     "tracked shipments whose status is Delivered",
     "tracked shipments (status neither Pending nor Expired) whose first event falls in the period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "a recent period rises as its parcels arrive",
     "AfterShip's delivery rate: delivered ÷ tracked, tracked excluding pending and expired"},
    {Kpi::NdrRate, "ndr_rate", QT_TRANSLATE_NOOP("ct::Kpi", "NDR rate"), KpiKind::Share, KpiPart::None, "share",
     "tracked shipments with at least one failed delivery attempt, fake ones included",
     "tracked shipments whose first event falls in the period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "a recent period rises as its parcels are attempted",
     "ClickPost counts NDRs over shipped parcels; a fake attempt is an NDR the carrier reported and someone handled, "
     "so it counts here (and in the fake attempt share)"},
    {Kpi::NdrRecoveryRate, "ndr_recovery_rate", QT_TRANSLATE_NOOP("ct::Kpi", "NDR recovery rate"), KpiKind::Share, KpiPart::None, "share",
     "of those, shipments delivered after their first failed attempt",
     "tracked shipments with at least one failed delivery attempt, fake ones included, whose first event falls in the "
     "period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "an NDR still being worked counts as not recovered until it is delivered",
     "delivered after an NDR ÷ NDRs, counted per shipment, not per attempt"},
    {Kpi::FakeAttemptShare, "fake_attempt_share", QT_TRANSLATE_NOOP("ct::Kpi", "Fake attempt share"), KpiKind::Share, KpiPart::None, "share",
     "of those, shipments with at least one fake attempt",
     "tracked shipments with at least one failed delivery attempt, fake ones included, whose first event falls in the "
     "period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "an agent may mark an attempt fake later, which moves the shipment into the numerator",
     "none of the anchors publishes it; it shows how much of a carrier's NDR rate is its own"},
    {Kpi::RtoRate, "rto_rate", QT_TRANSLATE_NOOP("ct::Kpi", "RTO rate"), KpiKind::Share, KpiPart::None, "share",
     "tracked shipments with a return-to-sender event (Exception_010 returning or Exception_011 returned)",
     "tracked shipments whose first event falls in the period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "a recent period rises as parcels are sent back",
     "ClickPost's RTO %: parcels returned to origin ÷ parcels shipped"},
    {Kpi::TransitDays, "transit_days", QT_TRANSLATE_NOOP("ct::Kpi", "Transit time (calendar days)"), KpiKind::Distribution, KpiPart::None, "days",
     "calendar days from the first carrier scan to arrival, each day in its event's local time, the pickup day not "
     "counted",
     "shipments whose arrival falls in the period and that have a carrier scan before it",
     "the arrival",
     "shipments that have not arrived; a failed attempt does not end transit",
     "final once its period is over, unless late events arrive",
     "AfterShip (delivered date minus picked-up date) and EasyPost (first in-transit scan to delivery); EasyPost's and "
     "ShipStation's transit SLA also end at a failed attempt, we end at arrival so that a fake attempt cannot shorten "
     "transit"},
    {Kpi::TransitBusinessDays, "transit_business_days", QT_TRANSLATE_NOOP("ct::Kpi", "Transit time (business days)"), KpiKind::Distribution,
     KpiPart::None, "business days",
     "Monday-to-Friday days after the first carrier scan's day, up to and including the arrival's day",
     "shipments whose arrival falls in the period and that have a carrier scan before it",
     "the arrival",
     "shipments that have not arrived; Saturdays and Sundays in every country (holidays are not known yet)",
     "final once its period is over, unless late events arrive",
     "EasyPost's business days back out Saturdays and Sundays; so do ours"},
    {Kpi::OrderToDeliveryDays, "order_to_delivery_days", QT_TRANSLATE_NOOP("ct::Kpi", "Order-to-delivery time"), KpiKind::Distribution,
     KpiPart::None, "days",
     "calendar days from the order to arrival, both days in the arrival's local time",
     "shipments whose arrival falls in the period and whose order time is known",
     "the arrival",
     "shipments without an order time, or not arrived",
     "final once its period is over, unless late events arrive",
     "AfterShip's order-to-delivery time, measured directly rather than as processing + pickup + transit, so a "
     "shipment without a ship scan still counts"},
    {Kpi::ExceptionRate, "exception_rate", QT_TRANSLATE_NOOP("ct::Kpi", "Exception rate"), KpiKind::Share, KpiPart::None, "share",
     "tracked shipments with at least one exception, of any type, open or resolved",
     "tracked shipments whose first event falls in the period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "a recent period rises as exceptions appear",
     "AfterShip counts tracked shipments in its Exception status; we count every exception the rules detect "
     "(failed attempts, delays, stuck parcels too)"},
    {Kpi::ExceptionsPerThousand, "exceptions_per_1000", QT_TRANSLATE_NOOP("ct::Kpi", "Exceptions per 1,000 shipments"), KpiKind::PerThousand,
     KpiPart::None, "per 1,000 shipments",
     "exceptions of tracked shipments, every episode counted",
     "tracked shipments whose first event falls in the period",
     "the shipment's first event",
     "Pending and Expired shipments",
     "a recent period rises as exceptions appear",
     "the carrier scorecard's exceptions per 1,000"},
    {Kpi::OpenBacklog, "open_backlog", QT_TRANSLATE_NOOP("ct::Kpi", "Open exceptions"), KpiKind::Count, KpiPart::ExceptionType, "exceptions",
     "exceptions triggered by the end of the period and not resolved by then",
     "none (a count)",
     "the end of the period, or now for a period that is not over",
     "none; a period that starts after now has no data",
     "as the store knows it now: an exception detected late counts from its trigger",
     "the backlog by type of the exception dashboard, at each period's end"},
    {Kpi::FirstActionBreachRate, "first_action_breach_rate", QT_TRANSLATE_NOOP("ct::Kpi", "SLA breach rate, first action"), KpiKind::Share,
     KpiPart::None, "share",
     "exceptions whose first response came after the first-action deadline, or that had none when it passed",
     "exceptions triggered in the period that have had a first response or whose first-action deadline has passed",
     "the exception's trigger",
     "exceptions not yet due and without a response",
     "an exception counts once it has been answered or its deadline has passed",
     "the first response is the first agent action, else the resolution (by an agent or by the rules); ClickPost's "
     "TAT breach is the same idea for couriers"},
    {Kpi::ResolutionBreachRate, "resolution_breach_rate", QT_TRANSLATE_NOOP("ct::Kpi", "SLA breach rate, resolution"), KpiKind::Share,
     KpiPart::None, "share",
     "exceptions resolved after the resolve deadline, or still open when it passed",
     "exceptions triggered in the period that are resolved or whose resolve deadline has passed",
     "the exception's trigger",
     "open exceptions not yet due",
     "an exception counts once it is resolved or its deadline has passed",
     "the SLA of docs/EXCEPTIONS.md, counted from the trigger"},
    {Kpi::TimeToResolve, "time_to_resolve_hours", QT_TRANSLATE_NOOP("ct::Kpi", "Time to resolve"), KpiKind::Distribution, KpiPart::None, "hours",
     "hours from the exception's trigger to its resolution",
     "exceptions resolved in the period, by an agent or by the rules",
     "the resolution",
     "open exceptions",
     "final once its period is over; a reopened exception counts at its latest resolution",
     "the mean is the mean time to resolve"},
    {Kpi::ReturnRate, "return_rate", QT_TRANSLATE_NOOP("ct::Kpi", "Return rate"), KpiKind::Share, KpiPart::None, "share",
     "orders with at least one return, whenever requested",
     "orders placed in the period (distinct order ids of shipments)",
     "the order",
     "returns of orders not in the store",
     "a recent period rises as its returns arrive",
     "ReturnFigures (docs/RETURNS.md); AfterShip Returns places returns by order date too"},
    {Kpi::RefundShare, "refund_share", QT_TRANSLATE_NOOP("ct::Kpi", "Refund share"), KpiKind::Share, KpiPart::None, "share",
     "returns resolved by refund",
     "returns requested in the period and resolved by refund, exchange or store credit",
     "the return's request",
     "rejected and unresolved returns",
     "a recent period changes as its returns are resolved",
     "ReturnFigures (docs/RETURNS.md)"},
    {Kpi::ExchangeShare, "exchange_share", QT_TRANSLATE_NOOP("ct::Kpi", "Exchange share"), KpiKind::Share, KpiPart::None, "share",
     "returns resolved by exchange",
     "returns requested in the period and resolved by refund, exchange or store credit",
     "the return's request",
     "rejected and unresolved returns",
     "a recent period changes as its returns are resolved",
     "ReturnFigures (docs/RETURNS.md)"},
    {Kpi::StoreCreditShare, "store_credit_share", QT_TRANSLATE_NOOP("ct::Kpi", "Store credit share"), KpiKind::Share, KpiPart::None, "share",
     "returns resolved by store credit",
     "returns requested in the period and resolved by refund, exchange or store credit",
     "the return's request",
     "rejected and unresolved returns",
     "a recent period changes as its returns are resolved",
     "ReturnFigures (docs/RETURNS.md)"},
    {Kpi::RetainedRevenueShare, "retained_revenue_share", QT_TRANSLATE_NOOP("ct::Kpi", "Retained revenue"), KpiKind::Share, KpiPart::Currency,
     "share",
     "value of the returns resolved by exchange or store credit, in minor units of the currency",
     "value of the returns requested in the period and resolved by refund, exchange or store credit, in that currency",
     "the return's request",
     "rejected and unresolved returns; amounts are never converted between currencies",
     "a recent period changes as its returns are resolved",
     "AfterShip Returns' retained revenue and its ratio, through ReturnFigures (docs/RETURNS.md)"},
    {Kpi::AgentActioned, "agent_actioned", QT_TRANSLATE_NOOP("ct::Kpi", "Exceptions actioned"), KpiKind::Count, KpiPart::Agent, "exceptions",
     "distinct exceptions on which the agent took an action in the period (every edit but note, assign, claim and "
     "status)",
     "none (a count)",
     "the action",
     "the rules' own history lines",
     "final once its period is over",
     "from exception_history, the audit trail of every edit"},
    {Kpi::AgentResolved, "agent_resolved", QT_TRANSLATE_NOOP("ct::Kpi", "Exceptions resolved"), KpiKind::Count, KpiPart::Agent, "exceptions",
     "distinct exceptions the agent resolved in the period",
     "none (a count)",
     "the resolution",
     "resolutions by the rules (condition cleared)",
     "final once its period is over",
     "from exception_history"},
    {Kpi::AgentTimeToFirstAction, "agent_time_to_first_action_hours", QT_TRANSLATE_NOOP("ct::Kpi", "Time to first action"), KpiKind::Distribution,
     KpiPart::Agent, "hours",
     "hours from the exception's trigger to its first action",
     "exceptions whose first action the agent took in the period",
     "the first action",
     "exceptions nobody acted on",
     "final once its period is over",
     "from exception_history: the earliest action of each exception, whoever took it"},
};

static_assert(std::size(Definitions) == KpiCount);

constexpr bool inOrder()
{
    for (int i = 0; i < KpiCount; ++i) {
        if (static_cast<int>(Definitions[i].kpi) != i)
            return false;
    }
    return true;
}
static_assert(inOrder(), "Definitions must be in enum order");

} // namespace

std::span<const KpiDefinition> allKpis()
{
    return Definitions;
}

const KpiDefinition &kpiDefinition(Kpi kpi)
{
    return Definitions[static_cast<int>(kpi)];
}

QString kpiCode(Kpi kpi)
{
    return QString::fromLatin1(kpiDefinition(kpi).code);
}

std::optional<Kpi> kpiFromCode(QStringView code)
{
    for (const KpiDefinition &d : Definitions) {
        if (code == QLatin1String(d.code))
            return d.kpi;
    }
    return std::nullopt;
}

} // namespace ct
