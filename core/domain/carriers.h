// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace ct {

struct CarrierInfo
{
    const char *code;        // canonical code stored everywhere: "ups", "bluedart"
    const char *name;        // display name: "UPS", "Blue Dart"
    const char *homeCountry; // ISO 3166-1 alpha-2 of the carrier's main market
};

// The carriers Control Tower knows by name. Unknown carriers are still accepted: their
// code is the slug of whatever name the feed used.
std::span<const CarrierInfo> knownCarriers();

// Maps any spelling a feed uses ("UPS", "FedEx", "DHLExpress", "dhl_express", "blue-dart",
// "Blue Dart") to the canonical code. An unknown name becomes a lowercase slug
// ("Acme Couriers" -> "acme-couriers"); an empty name stays empty.
QString canonicalCarrierCode(QStringView name);

// The ISO alpha-2 country of a known carrier's main market; empty when unknown.
QString carrierHomeCountry(QStringView code);

// The display name of a canonical code; the code itself when unknown.
QString carrierDisplayName(QStringView code);

} // namespace ct
