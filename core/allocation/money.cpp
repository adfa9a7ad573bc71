// SPDX-License-Identifier: MIT
#include "money.h"

#include "orders/minorunits.h"

namespace ct {

QString Money::text() const
{
    return moneyText(minor, currency);
}

std::optional<Money> Money::parse(QStringView amount, QStringView currency, QString *error)
{
    const std::optional<int> exponent = currencyExponent(currency);
    if (!exponent) {
        *error = QStringLiteral("\"%1\" is not a currency code (three capital letters, ISO 4217: \"USD\")").arg(currency);
        return std::nullopt;
    }
    const std::optional<qint64> minor = parseMinorUnits(amount.trimmed(), *exponent);
    if (!minor) {
        *error = QStringLiteral("\"%1\" is not an amount of %2 (digits with at most %3 decimals, no sign or separators)")
                     .arg(amount, currency)
                     .arg(*exponent);
        return std::nullopt;
    }
    return Money{*minor, currency.toString()};
}

std::optional<qint64> gramsFromKilograms(QStringView text)
{
    const std::optional<qint64> grams = parseMinorUnits(text.trimmed(), 3);
    if (!grams || *grams <= 0)
        return std::nullopt;
    return grams;
}

QString kilogramsText(qint64 grams)
{
    QString text = minorUnitsText(grams, 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QStringLiteral(" kg");
}

} // namespace ct
