// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct {

namespace json {
class Value;
}

// Values that stand where a carrier (or its API documentation's example) knows nothing:
// "string", "XXXXXXXX", "0" or "0000-00-00" for a date, epoch 0, an empty object or array.
// ParseContext reads them as absent and reports them once per shipment (docs/ADAPTERS.md,
// "Placeholder values"). json::Value::text() already reads "N/A", "null", "-" and
// "unknown" as empty; these are the ones that look like real text.
class PlaceholderValues final
{
public:
    // Text that holds nothing: "string" (any case) or its lower-case start cut by a
    // schema's length ("st", "str"), X's only ("XX", "XXXXXXXX"), "0", zeros only
    // ("00000"), "0000-00-00".
    static bool isPlaceholderText(QStringView text);
    // A status code that holds nothing: "string" (or "st"...) or X's only (a code "0"
    // can be real).
    static bool isPlaceholderCode(QStringView code);
    // A date or date-time field that holds nothing: an empty or placeholder string, a
    // string of zeros and separators ("0000-00-00T00:00:00", "00000000"), epoch 0 (the
    // number 0 or "1970-01-01T00:00:00Z", "1970-01-01"), an empty object or array.
    static bool isPlaceholderDate(const json::Value &field);
    // An object or array without members or elements.
    static bool isEmptyContainer(const json::Value &field);
};

} // namespace ct
