// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// How the customer pays for a parcel: before it ships (prepaid) or to the courier at the
// door (cash on delivery, COD). Unknown when the feed does not say; most carrier formats
// never do (docs/adapters/). Stored as integers: append only, never renumber.
enum class PaymentMode : quint8 {
    Unknown = 0,
    Prepaid = 1,
    CashOnDelivery = 2,
};
inline constexpr int PaymentModeCount = 3;

// What a feed or the order says about payment. `codAmountCents` is the amount the courier
// collects, in minor units of `codCurrency` (empty: the order's currency); 0 when unknown.
struct PaymentInfo
{
    PaymentMode mode = PaymentMode::Unknown;
    qint64 codAmountCents = 0;
    QString codCurrency;

    bool isKnown() const { return mode != PaymentMode::Unknown || codAmountCents != 0; }
    bool operator==(const PaymentInfo &) const = default;
};

QString paymentModeCode(PaymentMode mode);  // "unknown", "prepaid", "cod"
QString paymentModeLabel(PaymentMode mode); // "COD"
std::optional<PaymentMode> paymentModeFromCode(QStringView code);
std::optional<PaymentMode> paymentModeFromInt(int value);

} // namespace ct
