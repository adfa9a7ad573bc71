// SPDX-License-Identifier: MIT
#pragma once

#include "subtag.h"
#include "tag.h"
#include "timestamp.h"

#include <QString>

namespace ct {

// One carrier scan, translated into the canonical language.
struct TrackingEvent
{
    Timestamp occurredAt;
    // The payload gave no UTC offset and the event's place did not tell the time zone:
    // the offset is a guess (see docs/TAXONOMY.md, "Timestamps").
    bool timeAssumed = false;
    Tag tag = Tag::InTransit;
    Subtag subtag = Subtag::InTransit;
    // The carrier's status code was not in the adapter's table: tag and subtag are the
    // documented fallback, and the code is counted by the store.
    bool unmappedCode = false;
    QString rawCode;
    QString description;
    QString city;
    QString state;
    QString country; // ISO 3166-1 alpha-2, or empty
    // The feed named no country: it was inferred from the carrier's domestic service and
    // the place's state or postal code (DomesticCountry), like an assumed time is flagged.
    bool countryInferred = false;
    QString postalCode;
};

} // namespace ct
