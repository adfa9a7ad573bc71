// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace ct::geo {

// How one country writes its postal codes (docs/ACTIONS.md, "Postal codes"): a pattern
// over the code as normalized (upper case, single spaces), its shape for people and an
// example, written from the national posts' public descriptions of their systems.
struct PostalCodeFormat
{
    const char *country; // ISO 3166-1 alpha-2
    const char *pattern; // a regular expression for the whole normalized code
    const char *shape;   // "NNNNN or NNNNN-NNNN": N a digit, A a letter
    const char *example; // "78701"
    // Where the one space goes when the code has one: the index from the start (> 0),
    // from the end (< 0, "SW1A 1AA" is -3), or 0 for a code without spaces.
    int space = 0;
};

// The countries with a known format, sorted by code.
std::span<const PostalCodeFormat> postalCodeFormats();
// The format of `alpha2`; null when the country has none on record (or no postal codes).
const PostalCodeFormat *postalCodeFormat(QStringView alpha2);
// False for the countries that have no postal code system (Hong Kong, the United Arab
// Emirates, Qatar...): an address there has no postal code.
bool hasPostalCodes(QStringView alpha2);
// The sorted codes of the countries without postal codes.
std::span<const char *const> countriesWithoutPostalCodes();

// `text` as the country writes it: trimmed, upper case, and the space where the format
// puts it ("sw1a1aa" -> "SW1A 1AA", "k1a0b1" -> "K1A 0B1", "110 001" -> "110001").
// Countries without a known format get the text trimmed, upper case, spaces single.
QString normalizedPostalCode(QStringView alpha2, QStringView text);

// Empty when `text` (normalized first) is a postal code of `alpha2`; otherwise why, in
// words, with the shape and an example ("is not a United States postal code: it looks
// like NNNNN or NNNNN-NNNN, for example 78701"). For a country without postal codes
// any text is refused (and an empty one accepted); for one without a known format,
// 1 to 20 letters, digits, spaces and hyphens are accepted.
QString postalCodeProblem(QStringView alpha2, QStringView text);

} // namespace ct::geo
