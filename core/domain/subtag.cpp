// SPDX-License-Identifier: MIT
#include "subtag.h"

#include <QCoreApplication>

#include <array>

namespace ct {

namespace {

#define CT_SUBTAG(e, t, code, label, desc)                                                      \
    SubtagInfo { Subtag::e, Tag::t, code, QT_TRANSLATE_NOOP("ct::Subtag", label), desc }

constexpr auto Infos = std::to_array<SubtagInfo>({
    CT_SUBTAG(PendingNoInformation, Pending, "Pending_001", "No information yet",
              "The shipment is registered but the carrier has not reported anything yet."),
    CT_SUBTAG(PendingAwaitingCarrier, Pending, "Pending_002", "Awaiting carrier",
              "Tracking was requested; the carrier has not acknowledged the tracking number yet."),

    CT_SUBTAG(InfoReceived, InfoReceived, "InfoReceived_001", "Label created",
              "The carrier received the shipment details from the shipper and waits for the parcel."),

    CT_SUBTAG(InTransit, InTransit, "InTransit_001", "In transit",
              "The parcel is on its way."),
    CT_SUBTAG(InTransitAccepted, InTransit, "InTransit_002", "Picked up",
              "The carrier accepted or picked up the parcel from the shipper."),
    CT_SUBTAG(InTransitArrivedAtFacility, InTransit, "InTransit_003", "Arrived at facility",
              "The parcel arrived at a hub or sorting centre."),
    CT_SUBTAG(InTransitArrivedInDestinationCountry, InTransit, "InTransit_004",
              "Arrived in destination country",
              "The parcel arrived in the destination country."),
    CT_SUBTAG(InTransitCustomsCleared, InTransit, "InTransit_005", "Customs cleared",
              "Customs clearance is complete."),
    CT_SUBTAG(InTransitCustomsClearanceStarted, InTransit, "InTransit_006",
              "Customs clearance started",
              "The parcel was handed over to customs for clearance."),
    CT_SUBTAG(InTransitDeparted, InTransit, "InTransit_007", "Departed facility",
              "The parcel left a facility."),
    CT_SUBTAG(InTransitProblemResolved, InTransit, "InTransit_008", "Problem resolved",
              "A problem reported earlier was resolved and the parcel is moving again."),
    CT_SUBTAG(InTransitForwarded, InTransit, "InTransit_009", "Forwarded",
              "The parcel was forwarded to another address or handed to another carrier."),
    CT_SUBTAG(InTransitArrivedAtDeliveryFacility, InTransit, "InTransit_010",
              "At delivery facility",
              "The parcel arrived at the facility that delivers it."),

    CT_SUBTAG(OutForDelivery, OutForDelivery, "OutForDelivery_001", "Out for delivery",
              "The parcel is on the vehicle for delivery today."),
    CT_SUBTAG(OutForDeliveryCustomerContacted, OutForDelivery, "OutForDelivery_003",
              "Customer contacted",
              "The carrier contacted the customer before delivery."),
    CT_SUBTAG(OutForDeliveryAppointmentScheduled, OutForDelivery, "OutForDelivery_004",
              "Delivery appointment scheduled",
              "A delivery appointment was scheduled with the customer."),

    CT_SUBTAG(AttemptFail, AttemptFail, "AttemptFail_001", "Delivery attempt failed",
              "The carrier attempted delivery and failed without giving a reason."),
    CT_SUBTAG(AttemptFailAddresseeUnavailable, AttemptFail, "AttemptFail_002",
              "Addressee not available",
              "Nobody was available to receive the parcel."),
    CT_SUBTAG(AttemptFailBusinessClosed, AttemptFail, "AttemptFail_003", "Business closed",
              "The delivery premises were closed."),
    CT_SUBTAG(AttemptFailAddressIssue, AttemptFail, "AttemptFail_004",
              "Address incomplete or incorrect",
              "The courier could not deliver because the address was incomplete or wrong."),
    CT_SUBTAG(AttemptFailRefused, AttemptFail, "AttemptFail_005", "Refused by addressee",
              "The addressee refused the parcel at the door."),
    CT_SUBTAG(AttemptFailNoAccess, AttemptFail, "AttemptFail_006", "No access to premises",
              "The courier could not reach the door (gate code, security, no safe place)."),
    CT_SUBTAG(AttemptFailRescheduleRequested, AttemptFail, "AttemptFail_007",
              "Customer requested later delivery",
              "The customer asked for delivery on a later date."),
    CT_SUBTAG(AttemptFailCodNotReady, AttemptFail, "AttemptFail_008",
              "Cash on delivery not ready",
              "The customer did not have the cash-on-delivery amount ready."),

    CT_SUBTAG(Delivered, Delivered, "Delivered_001", "Delivered",
              "The parcel was delivered."),
    CT_SUBTAG(DeliveredPickedUp, Delivered, "Delivered_002", "Picked up by customer",
              "The customer collected the parcel from a pickup point or counter."),
    CT_SUBTAG(DeliveredSigned, Delivered, "Delivered_003", "Signed for",
              "The parcel was delivered and signed for."),
    CT_SUBTAG(DeliveredCashCollected, Delivered, "Delivered_004", "Delivered, cash collected",
              "The parcel was delivered and the cash-on-delivery amount collected."),
    CT_SUBTAG(DeliveredToNeighbourOrSafePlace, Delivered, "Delivered_005",
              "Left with neighbour or in safe place",
              "The parcel was left with a neighbour or in a safe place."),

    CT_SUBTAG(AvailableForPickup, AvailableForPickup, "AvailableForPickup_001",
              "Available for pickup",
              "The parcel waits at a pickup point, locker or carrier counter."),

    CT_SUBTAG(Exception, Exception, "Exception_001", "Exception",
              "The carrier reported a problem without details."),
    CT_SUBTAG(ExceptionCustomerMoved, Exception, "Exception_002", "Customer moved",
              "The addressee no longer lives at the address."),
    CT_SUBTAG(ExceptionRefused, Exception, "Exception_003", "Refused",
              "The addressee refused the parcel; it will not be re-attempted."),
    CT_SUBTAG(ExceptionCustomsHold, Exception, "Exception_004", "Held at customs",
              "The parcel is held in customs clearance."),
    CT_SUBTAG(ExceptionDelayedExternal, Exception, "Exception_005",
              "Delayed (weather or force majeure)",
              "Weather, natural disaster, strike or another external cause delays the parcel."),
    CT_SUBTAG(ExceptionHeldForPayment, Exception, "Exception_006", "Held for payment",
              "Duties, taxes or charges must be paid before delivery."),
    CT_SUBTAG(ExceptionAddressProblem, Exception, "Exception_007", "Address problem",
              "The address is wrong or undeliverable and needs correction."),
    CT_SUBTAG(ExceptionPickupNotCollected, Exception, "Exception_008",
              "Not collected from pickup point",
              "The customer did not collect the parcel in time."),
    CT_SUBTAG(ExceptionRejectedByCarrier, Exception, "Exception_009", "Rejected by carrier",
              "The carrier refused the parcel (prohibited content, packaging, documents)."),
    CT_SUBTAG(ExceptionReturningToSender, Exception, "Exception_010", "Returning to sender",
              "The parcel is on its way back to the sender (return to origin)."),
    CT_SUBTAG(ExceptionReturnedToSender, Exception, "Exception_011", "Returned to sender",
              "The parcel arrived back at the sender."),
    CT_SUBTAG(ExceptionDamaged, Exception, "Exception_012", "Damaged",
              "The parcel or its content was damaged."),
    CT_SUBTAG(ExceptionLost, Exception, "Exception_013", "Lost",
              "The carrier declared the parcel lost."),
    CT_SUBTAG(ExceptionDelayedCarrier, Exception, "Exception_014",
              "Delayed (carrier network)",
              "A missed connection, mis-sort or capacity problem in the carrier's network delays the parcel."),

    CT_SUBTAG(Expired, Expired, "Expired_001", "Tracking expired",
              "The carrier stopped reporting before delivery; tracking has expired."),
});

#undef CT_SUBTAG

constexpr int MaxSubtagValue = 255;

constexpr std::array<qint16, MaxSubtagValue + 1> buildIndex()
{
    std::array<qint16, MaxSubtagValue + 1> index{};
    for (auto &slot : index)
        slot = -1;
    for (size_t i = 0; i < Infos.size(); ++i)
        index[static_cast<size_t>(Infos[i].subtag)] = static_cast<qint16>(i);
    return index;
}

constexpr auto IndexByValue = buildIndex();

} // namespace

std::span<const SubtagInfo> allSubtags()
{
    return Infos;
}

const SubtagInfo &subtagInfo(Subtag subtag)
{
    const qint16 i = IndexByValue[static_cast<size_t>(subtag)];
    Q_ASSERT(i >= 0);
    return Infos[static_cast<size_t>(i)];
}

Tag tagOf(Subtag subtag)
{
    return subtagInfo(subtag).tag;
}

QString subtagCode(Subtag subtag)
{
    return QString::fromLatin1(subtagInfo(subtag).code);
}

QString subtagLabel(Subtag subtag)
{
    return QCoreApplication::translate("ct::Subtag", subtagInfo(subtag).label);
}

std::optional<Subtag> subtagFromCode(QStringView code)
{
    for (const SubtagInfo &info : Infos) {
        if (code.compare(QLatin1StringView(info.code), Qt::CaseInsensitive) == 0)
            return info.subtag;
    }
    return std::nullopt;
}

std::optional<Subtag> subtagFromInt(int value)
{
    if (value < 0 || value > MaxSubtagValue || IndexByValue[static_cast<size_t>(value)] < 0)
        return std::nullopt;
    return static_cast<Subtag>(value);
}

Subtag genericSubtag(Tag tag)
{
    switch (tag) {
    case Tag::Pending: return Subtag::PendingNoInformation;
    case Tag::InfoReceived: return Subtag::InfoReceived;
    case Tag::InTransit: return Subtag::InTransit;
    case Tag::OutForDelivery: return Subtag::OutForDelivery;
    case Tag::AttemptFail: return Subtag::AttemptFail;
    case Tag::Delivered: return Subtag::Delivered;
    case Tag::AvailableForPickup: return Subtag::AvailableForPickup;
    case Tag::Exception: return Subtag::Exception;
    case Tag::Expired: return Subtag::Expired;
    }
    return Subtag::InTransit;
}

} // namespace ct
