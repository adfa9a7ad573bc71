// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QString>

namespace ct {

// What one parcel costs with one carrier service under the rate card, and how that price
// was made (docs/ALLOCATION.md, "Rate cards"): the zone, the slab, the additional-weight
// steps above the last slab and the COD fee. When the card cannot price the parcel,
// `problem` says why ("no zone of dhl for IN 110001 → IN 560001") and the amounts are 0.
struct RateQuote
{
    QString problem;
    QString zone;
    int zoneLine = 0;        // the rate card's line that gave the zone
    qint64 slabUpToGrams = 0; // the slab used (the last one when steps were added)
    qint64 slabMinor = 0;
    int steps = 0;            // additional-weight steps above the last slab
    qint64 stepGrams = 0;
    qint64 stepMinor = 0;     // the price of one step
    qint64 codFeeMinor = 0;
    Money total;

    bool ok() const { return problem.isEmpty(); }
};

} // namespace ct
