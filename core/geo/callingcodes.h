// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace ct::geo {

// A country's international calling code (ITU-T E.164 assignments; docs/ACTIONS.md).
// Countries of the North American Numbering Plan share "1" and are told apart by their
// area codes: `prefix` is then "1" and the area code ("1876" for Jamaica); the United
// States and Canada (and the US's minor outlying islands) are "1" alone.
struct CallingCode
{
    const char *country; // ISO 3166-1 alpha-2
    const char *prefix;  // digits after "+", area code included for the NANP's smaller members
};

// Every country with a calling code, sorted by country.
std::span<const CallingCode> callingCodes();

// "+44" for GB, "+1" for US, "+1 876" for JM; empty for an unknown country.
QString callingCodeText(QStringView alpha2);
// The digits only: "44", "1", "1876".
QString callingCodeDigits(QStringView alpha2);

// Only "+" and digits: spaces, dots, hyphens, slashes and parentheses dropped, "00" at
// the start read as "+" ("+44 (0)20 7946 0018" keeps its "(0)" digit: see below).
QString compactPhoneNumber(QStringView text);

// What an E.164 number for `text` would be in `alpha2`: an international number is
// compacted (and a national trunk "0" written after the calling code, "+44 (0)20...",
// dropped); a national one gets the country's calling code in place of its trunk prefix
// ("020 7946 0018" in GB -> "+442079460018"; "(512) 555-0147" in US -> "+15125550147";
// Italy keeps its leading 0). Empty when `text` has no digits or the country is unknown.
QString suggestedE164(QStringView text, QStringView alpha2);

// The countries whose calling code starts `e164` ("+15125550147" -> US, CA and the
// other "1" countries without an area code of their own; "+18765550147" -> JM), by
// the longest matching prefix. Empty when none does.
QStringList countriesOfNumber(QStringView e164);

} // namespace ct::geo
