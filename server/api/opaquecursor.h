// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct::server {

// Cursors clients must not interpret: base64url of "<kind>:<position>". A client only
// hands back what it was given; anything else is refused by name.
QString encodeCursor(const char *kind, qint64 position);
// Empty -> 0; malformed or of another kind -> nullopt.
std::optional<qint64> decodeCursor(const char *kind, const QString &cursor);

} // namespace ct::server
