// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// The country of a place a domestic carrier names without one, where the carrier and the
// postal format make it certain (docs/ADAPTERS.md, "Inferred countries"): USPS and OnTrac
// serve the US (a US state or ZIP Code: USPS documents an empty country as domestic),
// Delhivery, Blue Dart, Ecom Express, Xpressbees and India Post India (a 6-digit PIN),
// Canada Post Canada (a province or postal code), Royal Mail the UK (a postcode). Anything
// else, or a postal code of another shape, gives nothing: the country stays unknown.
class DomesticCountry final
{
public:
    // ISO alpha-2, or empty when the carrier is not domestic or the place does not fit.
    static QString infer(QStringView carrier, QStringView state, QStringView postalCode);
};

} // namespace ct
