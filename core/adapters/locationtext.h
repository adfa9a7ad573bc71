// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QStringView>

#include <optional>

namespace ct {

// A place a feed gives as one free string ("MEMPHIS, TN US", "Mumbai 400001 IN",
// "ES, Spain", "DE-Berlin", "LEIPZIG - GERMANY") split into city, region, postal code
// and country (docs/ADAPTERS.md, "Location strings"). It splits only what it recognizes
// with confidence: a country by its English name or upper-case ISO code, a postal code
// by the country's format (or 4 to 6 digits when no country is named), a state or
// province of the US, Canada or Australia from the table of the time zones. A two-letter
// code that is both a country and a US state ("IN", "DE", "CA") is read by `hint` (the
// country the shipment is in or the carrier serves): a state with US, a country with
// another, nothing without one. A place that is one country's name alone ("Singapore")
// keeps it as its city too.
class LocationText final
{
public:
    // The parts of `text`, or nullopt when nothing in it is recognized (keep it whole).
    static std::optional<Address> split(QStringView text, QStringView hint = {});
};

} // namespace ct
