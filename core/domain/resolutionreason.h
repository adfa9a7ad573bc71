// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// Why an agent resolved an exception (the `status` edit with `resolved`), from a fixed
// list so reports can count them. `Other` needs a note. Stored as integers: append only,
// never renumber.
enum class ResolutionReason : quint8 {
    None = 0,             // not resolved by an agent, or by an older client that gave no reason
    Delivered = 1,
    AddressCorrected = 2,
    CustomerContacted = 3,
    ReturnedToOrigin = 4,
    Reshipped = 5,
    Refunded = 6,
    CarrierError = 7,     // the carrier's mistake, cleared with the carrier
    Duplicate = 8,        // another exception covers it
    Other = 9,            // with a note saying what
};
inline constexpr int ResolutionReasonCount = 10;

QString resolutionReasonCode(ResolutionReason reason);  // "address_corrected"; "" for None
QString resolutionReasonLabel(ResolutionReason reason); // "Address corrected"
std::optional<ResolutionReason> resolutionReasonFromCode(QStringView code);
std::optional<ResolutionReason> resolutionReasonFromInt(int value);

} // namespace ct
