// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace ct::json {

// Where the value at `path` ("windows[1].days", the form of Value::path() and of a
// FieldError's field) begins in the JSON text `json`, as a byte offset, so an editor can
// put its cursor on the field an error names; the empty path is the root. nullopt when
// the text does not hold that path (or is not JSON up to it). Reads the text itself, with
// no parser: only as far as the path goes.
std::optional<qsizetype> offsetOfPath(QByteArrayView json, QStringView path);

} // namespace ct::json
