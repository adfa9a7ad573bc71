// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
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

// `minor` units as a plain decimal with `exponent` decimals, the way parseMinorUnits reads
// it: 19965 at 2 is "199.65", 1200 at 0 is "1200", 5 at 3 is "0.005", -5 at 2 is "-0.05".
QString minorUnitsText(qint64 minor, int exponent);
// The same as a number of major units (19965 at 2 is 199.65), for a locale to format.
double majorUnits(qint64 minor, int exponent);
// "199.65 USD", "1200 JPY": minorUnitsText with the currency's exponent, then the code.
QString moneyText(qint64 minor, const QString &currency);
// `currency`'s exponent (currencyExponent), 2 when the code cannot be read.
int exponentOr2(QStringView currency);

} // namespace ct
