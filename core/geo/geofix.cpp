// SPDX-License-Identifier: MIT
#include "geofix.h"

#include <array>
#include <cmath>

namespace ct::geo {

namespace {
constexpr std::array<const char *, GeoPrecisionCount> Codes{"none", "country", "region", "city", "postal"};
}

QString geoPrecisionCode(GeoPrecision precision)
{
    return QString::fromLatin1(Codes.at(static_cast<std::size_t>(precision)));
}

std::optional<GeoPrecision> geoPrecisionFromCode(QStringView code)
{
    for (std::size_t i = 0; i < Codes.size(); ++i) {
        if (code == QLatin1StringView(Codes[i]))
            return static_cast<GeoPrecision>(i);
    }
    return std::nullopt;
}

bool isValidCoordinate(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90.0 && std::abs(lon) <= 180.0;
}

} // namespace ct::geo
