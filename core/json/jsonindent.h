// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ct::json {

// `json` laid out for people: one member or element per line, indented by `indent`
// spaces, ": " after keys. Only whitespace between tokens changes: keys keep their order,
// numbers their digits (a 20-digit tracking number stays exact), strings their escapes.
// For valid JSON (check with Parser first); other input comes back re-spaced but not
// repaired.
QByteArray indented(QByteArrayView json, int indent = 2);

} // namespace ct::json
