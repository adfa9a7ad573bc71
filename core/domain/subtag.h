// SPDX-License-Identifier: MIT
#pragma once

#include "tag.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace ct {

// Canonical sub-statuses, each belonging to exactly one Tag. The codes follow the
// "<Tag>_<nnn>" style of the industry taxonomy (AfterShip's subtags); where AfterShip has
// a code for the same meaning we use the same code. docs/TAXONOMY.md lists them all.
// The numeric values are stored in the database: append only, never renumber.
enum class Subtag : quint8 {
    PendingNoInformation = 0,       // Pending_001
    PendingAwaitingCarrier = 1,     // Pending_002

    InfoReceived = 10,              // InfoReceived_001

    InTransit = 20,                 // InTransit_001
    InTransitAccepted = 21,         // InTransit_002
    InTransitArrivedAtFacility = 22,// InTransit_003
    InTransitArrivedInDestinationCountry = 23, // InTransit_004
    InTransitCustomsCleared = 24,   // InTransit_005
    InTransitCustomsClearanceStarted = 25,     // InTransit_006
    InTransitDeparted = 26,         // InTransit_007
    InTransitProblemResolved = 27,  // InTransit_008
    InTransitForwarded = 28,        // InTransit_009
    InTransitArrivedAtDeliveryFacility = 29,   // InTransit_010

    OutForDelivery = 40,            // OutForDelivery_001
    OutForDeliveryCustomerContacted = 41, // OutForDelivery_003
    OutForDeliveryAppointmentScheduled = 42, // OutForDelivery_004

    AttemptFail = 50,               // AttemptFail_001
    AttemptFailAddresseeUnavailable = 51, // AttemptFail_002
    AttemptFailBusinessClosed = 52, // AttemptFail_003
    AttemptFailAddressIssue = 53,   // AttemptFail_004
    AttemptFailRefused = 54,        // AttemptFail_005
    AttemptFailNoAccess = 55,       // AttemptFail_006
    AttemptFailRescheduleRequested = 56, // AttemptFail_007
    AttemptFailCodNotReady = 57,    // AttemptFail_008

    Delivered = 70,                 // Delivered_001
    DeliveredPickedUp = 71,         // Delivered_002
    DeliveredSigned = 72,           // Delivered_003
    DeliveredCashCollected = 73,    // Delivered_004
    DeliveredToNeighbourOrSafePlace = 74, // Delivered_005

    AvailableForPickup = 80,        // AvailableForPickup_001

    Exception = 90,                 // Exception_001
    ExceptionCustomerMoved = 91,    // Exception_002
    ExceptionRefused = 92,          // Exception_003
    ExceptionCustomsHold = 93,      // Exception_004
    ExceptionDelayedExternal = 94,  // Exception_005
    ExceptionHeldForPayment = 95,   // Exception_006
    ExceptionAddressProblem = 96,   // Exception_007
    ExceptionPickupNotCollected = 97, // Exception_008
    ExceptionRejectedByCarrier = 98,  // Exception_009
    ExceptionReturningToSender = 99,  // Exception_010
    ExceptionReturnedToSender = 100,  // Exception_011
    ExceptionDamaged = 101,         // Exception_012
    ExceptionLost = 102,            // Exception_013
    ExceptionDelayedCarrier = 103,  // Exception_014

    Expired = 120,                  // Expired_001
};

struct SubtagInfo
{
    Subtag subtag;
    Tag tag;
    const char *code;        // "AttemptFail_002"
    const char *label;       // "Addressee not available" (translation context "ct::Subtag")
    const char *description; // one sentence, for documentation and tool tips
};

// Every sub-status, in display order.
std::span<const SubtagInfo> allSubtags();
const SubtagInfo &subtagInfo(Subtag subtag);

Tag tagOf(Subtag subtag);
QString subtagCode(Subtag subtag);
QString subtagLabel(Subtag subtag);
std::optional<Subtag> subtagFromCode(QStringView code);
std::optional<Subtag> subtagFromInt(int value);

// The generic sub-status of a tag ("<Tag>_001"): what a carrier status maps to when the
// carrier says only which stage the parcel is in.
Subtag genericSubtag(Tag tag);

// The documented fallback for a carrier status code nobody has mapped yet and whose
// stage cannot be told: in transit, generic. The event is flagged as unmapped and counted.
inline constexpr Subtag UnmappedCodeFallback = Subtag::InTransit;

} // namespace ct
