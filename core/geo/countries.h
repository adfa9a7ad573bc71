// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace ct::geo {

// ISO 3166-1 alpha-2 code for whatever a feed wrote: an alpha-2 or alpha-3 code, or an
// English country name ("IND", "India", "United States of America", "UK"), case-insensitive.
// Empty when the text names no country.
QString countryAlpha2(QStringView text);

// The same for text already known to be UTF-8 bytes; alpha-2 and alpha-3 codes (the
// common case in feeds) are answered without building a string first.
QString countryAlpha2(std::string_view utf8);

// English short name of an alpha-2 code; empty when unknown.
QString countryName(QStringView alpha2);

} // namespace ct::geo
