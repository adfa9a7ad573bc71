// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

namespace ct {

// ISO 4217 minor units: how many decimals an amount of `currency` has (2 for USD and
// EUR, 0 for JPY and KRW, 3 for KWD and BHD); nullopt when `currency` is not three
// capital letters. Unlisted codes have 2, as nearly all currencies do.
std::optional<int> currencyExponent(QStringView currency);

// A decimal amount as storefronts write it ("199.65", "10", "0.5", "1200") in minor
// units for `exponent` decimals: "199.65" at 2 is 19965. Nullopt for anything else: a
// sign, a thousands separator, more decimals than the currency has (unless zeros), or
// an amount past 2^53 minor units.
std::optional<qint64> parseMinorUnits(QStringView text, int exponent);

} // namespace ct
