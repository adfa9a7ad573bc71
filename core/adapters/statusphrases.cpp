// SPDX-License-Identifier: MIT
#include "statusphrases.h"

#include <QString>

#include <array>
#include <span>

namespace ct {

namespace {

// Order matters: the first match wins, so specific phrases come before general ones.
constexpr auto AttemptPhrases = std::to_array<Phrase>({
    // FedEx's standard DE text names two reasons; most such attempts find nobody in.
    {"customer not available or business closed", Subtag::AttemptFailAddresseeUnavailable},
    {"business closed", Subtag::AttemptFailBusinessClosed},
    {"premises closed", Subtag::AttemptFailBusinessClosed},
    {"office closed", Subtag::AttemptFailBusinessClosed},
    {"shop closed", Subtag::AttemptFailBusinessClosed},
    {"closed on arrival", Subtag::AttemptFailBusinessClosed},
    {"refused", Subtag::AttemptFailRefused},
    {"rejected by consignee", Subtag::AttemptFailRefused},
    {"declined", Subtag::AttemptFailRefused},
    {"cod amount", Subtag::AttemptFailCodNotReady},
    {"cash not ready", Subtag::AttemptFailCodNotReady},
    {"cod not ready", Subtag::AttemptFailCodNotReady},
    {"payment not ready", Subtag::AttemptFailCodNotReady},
    {"future delivery", Subtag::AttemptFailRescheduleRequested},
    {"requested delivery on", Subtag::AttemptFailRescheduleRequested},
    {"customer requested", Subtag::AttemptFailRescheduleRequested},
    {"consignee requested", Subtag::AttemptFailRescheduleRequested},
    {"reschedul", Subtag::AttemptFailRescheduleRequested},
    {"incorrect address", Subtag::AttemptFailAddressIssue},
    {"incomplete address", Subtag::AttemptFailAddressIssue},
    {"address incomplete", Subtag::AttemptFailAddressIssue},
    {"address incorrect", Subtag::AttemptFailAddressIssue},
    {"insufficient address", Subtag::AttemptFailAddressIssue},
    {"bad address", Subtag::AttemptFailAddressIssue},
    {"wrong address", Subtag::AttemptFailAddressIssue},
    {"address unknown", Subtag::AttemptFailAddressIssue},
    {"unable to locate", Subtag::AttemptFailAddressIssue},
    {"no such", Subtag::AttemptFailAddressIssue},
    {"no access", Subtag::AttemptFailNoAccess},
    {"access", Subtag::AttemptFailNoAccess},
    {"gate", Subtag::AttemptFailNoAccess},
    {"security", Subtag::AttemptFailNoAccess},
    {"no safe place", Subtag::AttemptFailNoAccess},
    {"not available", Subtag::AttemptFailAddresseeUnavailable},
    {"unavailable", Subtag::AttemptFailAddresseeUnavailable},
    {"not home", Subtag::AttemptFailAddresseeUnavailable},
    {"no one", Subtag::AttemptFailAddresseeUnavailable},
    {"nobody", Subtag::AttemptFailAddresseeUnavailable},
    {"not in", Subtag::AttemptFailAddresseeUnavailable},
    {"no response", Subtag::AttemptFailAddresseeUnavailable},
    {"not reachable", Subtag::AttemptFailAddresseeUnavailable},
    {"door locked", Subtag::AttemptFailAddresseeUnavailable},
    // Generic address wording last, so "not available at the address" stays unavailable.
    {"incomplete", Subtag::AttemptFailAddressIssue},
    {"insufficient", Subtag::AttemptFailAddressIssue},
    {"address", Subtag::AttemptFailAddressIssue},
});

constexpr auto ExceptionPhrases = std::to_array<Phrase>({
    // "Being returned to sender" is on its way back: the moving phrases come first.
    {"being returned", Subtag::ExceptionReturningToSender},
    {"returning to sender", Subtag::ExceptionReturningToSender},
    {"returning to shipper", Subtag::ExceptionReturningToSender},
    {"return to sender", Subtag::ExceptionReturningToSender},
    {"return to shipper", Subtag::ExceptionReturningToSender},
    {"returned to sender", Subtag::ExceptionReturnedToSender},
    {"returned to shipper", Subtag::ExceptionReturnedToSender},
    {"delivered to shipper", Subtag::ExceptionReturnedToSender},
    {"delivered to origin", Subtag::ExceptionReturnedToSender},
    {"rto delivered", Subtag::ExceptionReturnedToSender},
    {"rto", Subtag::ExceptionReturningToSender},
    {"damage", Subtag::ExceptionDamaged},
    {"lost", Subtag::ExceptionLost},
    {"missing", Subtag::ExceptionLost},
    {"cannot be located", Subtag::ExceptionLost},
    {"duties", Subtag::ExceptionHeldForPayment},
    {"payment", Subtag::ExceptionHeldForPayment},
    {"customs", Subtag::ExceptionCustomsHold},
    {"clearance", Subtag::ExceptionCustomsHold},
    {"weather", Subtag::ExceptionDelayedExternal},
    {"natural disaster", Subtag::ExceptionDelayedExternal},
    {"flood", Subtag::ExceptionDelayedExternal},
    {"storm", Subtag::ExceptionDelayedExternal},
    {"hurricane", Subtag::ExceptionDelayedExternal},
    {"snow", Subtag::ExceptionDelayedExternal},
    {"strike", Subtag::ExceptionDelayedExternal},
    {"force majeure", Subtag::ExceptionDelayedExternal},
    {"moved", Subtag::ExceptionCustomerMoved},
    {"address", Subtag::ExceptionAddressProblem},
    {"refused", Subtag::ExceptionRefused},
    {"not collected", Subtag::ExceptionPickupNotCollected},
    {"unclaimed", Subtag::ExceptionPickupNotCollected},
    {"prohibited", Subtag::ExceptionRejectedByCarrier},
    {"rejected by carrier", Subtag::ExceptionRejectedByCarrier},
    {"missed connection", Subtag::ExceptionDelayedCarrier},
    {"missorted", Subtag::ExceptionDelayedCarrier},
    {"mis-sorted", Subtag::ExceptionDelayedCarrier},
    {"misrouted", Subtag::ExceptionDelayedCarrier},
    {"delay", Subtag::ExceptionDelayedCarrier},
});

// Phrases that name a stage, for classifying text without a usable code.
constexpr auto StagePhrases = std::to_array<Phrase>({
    {"out for delivery", Subtag::OutForDelivery},
    {"with delivery courier", Subtag::OutForDelivery},
    {"on vehicle for delivery", Subtag::OutForDelivery},
    {"delivered", Subtag::Delivered},
    {"available for pickup", Subtag::AvailableForPickup},
    {"ready for pickup", Subtag::AvailableForPickup},
    {"ready for collection", Subtag::AvailableForPickup},
    {"attempt", Subtag::AttemptFail},
    {"label created", Subtag::InfoReceived},
    {"shipment information received", Subtag::InfoReceived},
    {"shipping label", Subtag::InfoReceived},
    {"manifested", Subtag::InfoReceived},
    {"picked up", Subtag::InTransitAccepted},
    {"accepted", Subtag::InTransitAccepted},
    {"arrived", Subtag::InTransitArrivedAtFacility},
    {"departed", Subtag::InTransitDeparted},
    {"in transit", Subtag::InTransit},
});

// True when `phrase` occurs in `lower` starting at a word boundary ("rto" matches
// "rto initiated" but not "porto"; "damage" matches "damaged").
bool containsWord(const QString &lower, QLatin1StringView phrase)
{
    qsizetype from = 0;
    while ((from = lower.indexOf(phrase, from)) >= 0) {
        if (from == 0 || !lower.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}

} // namespace

std::optional<Subtag> matchPhrase(std::span<const Phrase> phrases, const QString &lower)
{
    for (const Phrase &p : phrases) {
        if (containsWord(lower, QLatin1StringView(p.text)))
            return p.subtag;
    }
    return std::nullopt;
}

namespace {

bool isReturnLossOrDamage(Subtag s)
{
    return s == Subtag::ExceptionReturnedToSender || s == Subtag::ExceptionReturningToSender
           || s == Subtag::ExceptionDamaged || s == Subtag::ExceptionLost;
}

} // namespace

std::optional<Subtag> refineByDescription(Tag coarse, QStringView description)
{
    if (description.isEmpty())
        return std::nullopt;
    const QString lower = description.toString().toLower();
    if (coarse == Tag::AttemptFail) {
        // "Returned to sender after 3 attempts" is a return, not another attempt. Loss and
        // damage words are not taken here: in an attempt, "apartment number missing" is
        // about the address.
        if (const auto e = matchPhrase(ExceptionPhrases, lower);
            e && (*e == Subtag::ExceptionReturnedToSender || *e == Subtag::ExceptionReturningToSender))
            return e;
        return matchPhrase(AttemptPhrases, lower);
    }
    if (coarse == Tag::Exception) {
        if (const auto e = matchPhrase(ExceptionPhrases, lower))
            return e;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Subtag> classifyDescription(QStringView description)
{
    if (description.isEmpty())
        return std::nullopt;
    const QString lower = description.toString().toLower();
    if (const auto e = matchPhrase(ExceptionPhrases, lower); e && isReturnLossOrDamage(*e))
        return e;
    const auto stage = matchPhrase(StagePhrases, lower);
    if (stage && *stage == Subtag::AttemptFail)
        return matchPhrase(AttemptPhrases, lower).value_or(Subtag::AttemptFail);
    return stage;
}

} // namespace ct
