// SPDX-License-Identifier: MIT
#pragma once

#include "geofix.h"

#include <QString>

namespace ct::geo {

class Gazetteer;

// A place as a feed gives it; any part may be empty or messy ("HODGKINS IL",
// "Bhiwandi_Mankoli_HB (Maharashtra)", "Koeln", "United States").
struct PlaceQuery
{
    QString postalCode;
    QString city;
    QString region;
    QString country;
};

// Coordinates for the places carriers write (docs/MAP.md#geocoding), looked up in the
// bundled Gazetteer in this order: the postal code (US ZIP codes, ZIP+4 too) → the city in
// its region and country (case- and accent-insensitive, abbreviations, aliases, carrier
// facility words dropped; the most populous of equal names) → the region's centroid →
// the country's centroid (flagged approximate) → none. Without a country, a US state
// or a ZIP code implies the US, and a city is looked for worldwide.
class Geocoder final
{
public:
    explicit Geocoder(const Gazetteer &gazetteer);

    GeoFix locate(const PlaceQuery &place) const;
    // "Austin, TX, US", "NEW YORK NY 10001 US": split and located as above.
    GeoFix locateText(const QString &text) const;

private:
    GeoFix cityFix(const QString &country, const QString &regionCode, const QString &city) const;
    void splitTrailingRegion(const QString &inCountry, QString &city, QString &regionCode, QString &country) const;

    const Gazetteer &m_gazetteer;
};

} // namespace ct::geo
