// SPDX-License-Identifier: MIT
#pragma once

#include <span>

namespace ct::geo {

// One ISO 3166-1 country with the time zone its parcels are scanned in.
struct CountryData
{
    const char *alpha2;
    const char *alpha3;
    const char *name;        // English short name
    const char *names;       // every English name feeds use, '|'-separated
    const char *primaryZone; // IANA id of the zone most of the country lives in
    bool singleZone;         // the whole country keeps one local time
};

// Generated table (countrydata.cpp), sorted by alpha-2 code.
std::span<const CountryData> countryData();

} // namespace ct::geo
