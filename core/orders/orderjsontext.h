// SPDX-License-Identifier: MIT
#pragma once

#include "domain/timestamp.h"
#include "json/jsonvalue.h"

#include <QString>

#include <optional>

namespace ct {

// What the storefront readers share in reading JSON text.
namespace orderjson {

// An ISO 8601 instant with its offset ("2026-03-14T10:05:00-05:00"); without an offset it
// reads as UTC ("2026-03-14T15:05:00", WooCommerce's *_gmt fields). Nullopt for anything
// else, a date without a time too.
std::optional<Timestamp> instant(const json::Value &value);

// "Ana" + "Lima" is "Ana Lima"; either may be empty.
QString joinedName(const QString &first, const QString &last);

} // namespace orderjson

} // namespace ct
