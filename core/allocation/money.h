// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// An amount in integer minor units of an ISO 4217 currency (4550 INR is ₹45.50).
struct Money
{
    qint64 minor = 0;
    QString currency;

    // "45.50 INR" (the currency's own number of decimals).
    QString text() const;
    // "45.50" with `currency` ("INR"); nullopt with `error` for a malformed amount or code.
    static std::optional<Money> parse(QStringView amount, QStringView currency, QString *error);

    friend bool operator==(const Money &, const Money &) = default;
};

// Whole grams from a decimal number of kilograms ("0.5" is 500, "12" is 12000, up to three
// decimals); nullopt for anything else, zero and negative weights included.
std::optional<qint64> gramsFromKilograms(QStringView text);
// "0.5 kg", "12 kg", "1.25 kg".
QString kilogramsText(qint64 grams);

} // namespace ct
