// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// One end of a parcel's journey as allocation reads it: the country (ISO 3166-1 alpha-2),
// the postal code in its compact form (upper case, no spaces or hyphens: "SW1A1AA",
// "110001") and, when known, the region (state) the KPI engine's lanes are named by.
struct PostalPlace
{
    QString country;
    QString postal;
    QString region;

    // "110001,IN" or "94105,US,CA" (postal code, country, optional region); nullopt with
    // `error` saying what is wrong.
    static std::optional<PostalPlace> parse(QStringView text, QString *error);
    // "US 94105" for messages.
    QString display() const;
};

// A postal code in the compact form the rate card and the policy compare.
QString compactPostalCode(QStringView text);

// A set of places as the policy writes them: a country and a postal-code prefix ("IN",
// "IN:11": every code starting with 11), or, in a blocklist, one exact code ("IN:110099")
// or a prefix marked with a star ("IN:1100*").
struct PostalPattern
{
    QString country;
    QString prefix;
    bool exact = false;     // the prefix is a whole code
    bool codeList = false;  // read in the blocklist's form (a prefix is written "CC:PREFIX*")

    // "IN" or "IN:11" (prefixes) when `exactCodes` is false; "IN:110099" (one code) or
    // "IN:1100*" (a prefix) when it is true (the blocklist's form). Nullopt with `error`.
    static std::optional<PostalPattern> parse(QStringView text, bool exactCodes, QString *error);
    bool matches(const PostalPlace &place) const;
    QString text() const;
};

bool isCountryCode(QStringView text);

} // namespace ct
