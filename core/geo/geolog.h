// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ct::geo {
// Geodata and geocoding: damaged tables, places left out.
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
} // namespace ct::geo
