// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace ct {

// Kinds of delivery exception the rules detect (docs/EXCEPTIONS.md).
// Stored as integers: append only, never renumber.
enum class ExceptionType : quint8 {
    FailedAttempt = 0,      // NDR: delivery attempted and failed
    Delayed = 1,            // past the promised (or carrier-estimated) date, not delivered
    Stuck = 2,              // no scan for longer than the lane's normal gap
    Forgotten = 3,          // label created, never scanned by the carrier
    AddressIssue = 4,       // address wrong, incomplete or customer moved
    Damaged = 5,
    Lost = 6,
    CustomsHold = 7,        // held at customs, or held for duties/payment
    PickupNotCollected = 8, // waiting at a pickup point longer than allowed
    ReturnToOrigin = 9,     // RTO: on its way back, or back at the sender
    AtRisk = 10,            // likely to miss the promise, not yet late (the delivery-date model)
};

inline constexpr int ExceptionTypeCount = 11;
inline constexpr int NdrReasonCount = 10;
inline constexpr int ResponsiblePartyCount = 5;
inline constexpr std::array<ExceptionType, ExceptionTypeCount> AllExceptionTypes = {
    ExceptionType::FailedAttempt, ExceptionType::Delayed,     ExceptionType::Stuck,
    ExceptionType::Forgotten,     ExceptionType::AddressIssue, ExceptionType::Damaged,
    ExceptionType::Lost,          ExceptionType::CustomsHold, ExceptionType::PickupNotCollected,
    ExceptionType::ReturnToOrigin, ExceptionType::AtRisk,
};

// Why a delivery attempt failed (the NDR reason).
enum class NdrReason : quint8 {
    None = 0,                 // not a failed attempt
    Unspecified = 1,
    CustomerUnavailable = 2,
    AddressIncomplete = 3,
    Refused = 4,
    PremisesClosed = 5,
    CodNotReady = 6,
    FutureDeliveryRequested = 7,
    AccessIssue = 8,
    // Marked as attempted without a real attempt (no out-for-delivery scan that day, or
    // scanned outside delivery hours): must be re-attempted and never counts as the
    // carrier's first attempt.
    FakeAttempt = 9,
};

// Who has to act to clear an exception.
enum class ResponsibleParty : quint8 {
    Carrier = 0,
    Merchant = 1,
    Customer = 2,
    Customs = 3,
    Weather = 4,
};

enum class ExceptionStatus : quint8 {
    Open = 0,
    Resolved = 1,
};

// How an exception was resolved.
enum class ExceptionResolution : quint8 {
    None = 0,
    ConditionCleared = 1, // the rules saw the condition clear (delivered after an NDR...)
    ByAgent = 2,
};

QString exceptionTypeCode(ExceptionType type);   // "failed_attempt"
QString exceptionTypeLabel(ExceptionType type);  // "Failed attempt"
std::optional<ExceptionType> exceptionTypeFromCode(QStringView code);
std::optional<ExceptionType> exceptionTypeFromInt(int value);

QString ndrReasonCode(NdrReason reason);         // "customer_unavailable"
QString ndrReasonLabel(NdrReason reason);
std::optional<NdrReason> ndrReasonFromInt(int value);
std::optional<NdrReason> ndrReasonFromCode(QStringView code); // "" is None

QString responsiblePartyCode(ResponsibleParty party); // "carrier"
QString responsiblePartyLabel(ResponsibleParty party);
std::optional<ResponsibleParty> responsiblePartyFromInt(int value);
std::optional<ResponsibleParty> responsiblePartyFromCode(QStringView code);

} // namespace ct
