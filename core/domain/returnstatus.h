// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// Lifecycle of a return request (docs/TAXONOMY.md, "Returns").
// Stored as integers: append only, never renumber.
enum class ReturnStatus : quint8 {
    Requested = 0,
    Approved = 1,
    Rejected = 2,
    LabelIssued = 3,
    InTransit = 4,
    Received = 5,
    Inspected = 6,
    Refunded = 7,
    Exchanged = 8,
    Credited = 9,
    Closed = 10,
};
inline constexpr int ReturnStatusCount = 11;

enum class ReturnReason : quint8 {
    WrongSize = 0,
    WrongColour = 1,
    Damaged = 2,
    NotAsDescribed = 3,
    ChangedMind = 4,
    LateDelivery = 5,
    WrongItem = 6,
    Defective = 7,
    BetterPriceElsewhere = 8,
};
inline constexpr int ReturnReasonCount = 9;

// What the merchant gives back.
enum class ReturnResolution : quint8 {
    None = 0,       // not decided yet
    Refund = 1,
    Exchange = 2,
    StoreCredit = 3,
    Rejected = 4,
};
inline constexpr int ReturnResolutionCount = 5;

QString returnStatusCode(ReturnStatus status);   // "label_issued"
QString returnStatusLabel(ReturnStatus status);
std::optional<ReturnStatus> returnStatusFromCode(QStringView code);
std::optional<ReturnStatus> returnStatusFromInt(int value);

QString returnReasonCode(ReturnReason reason);   // "wrong_size"
QString returnReasonLabel(ReturnReason reason);
std::optional<ReturnReason> returnReasonFromCode(QStringView code);
std::optional<ReturnReason> returnReasonFromInt(int value);
// Fit, size and colour problems are best answered with an exchange (BRIEF §3).
bool favoursExchange(ReturnReason reason);

QString returnResolutionCode(ReturnResolution resolution); // "store_credit"
QString returnResolutionLabel(ReturnResolution resolution);
std::optional<ReturnResolution> returnResolutionFromInt(int value);

} // namespace ct
