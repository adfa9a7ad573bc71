// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

// Helpers every format encoder shares: timestamp styles, stable identifiers, and the
// wording of a reason when a format's code is coarse and its adapter reads the reason
// from the text.
namespace ct::sim::kit {

// "2026-11-20T14:30:00Z"
QString utcIso(qint64 utcMs);
// Local wall-clock time without an offset: "2026-11-20T14:30:00".
QString localIso(const Timestamp &at);
// "+05:30", "-06:00", "+00:00".
QString offsetText(int offsetMinutes);
// Local date and time in compact form: "20261120" and "143000".
QString compactDate(const Timestamp &at);
QString compactTime(const Timestamp &at);
QString compactDate(QDate date);
// Local "14:30:00".
QString clockTime(const Timestamp &at);

// ISO 3166-1 alpha-3 of an alpha-2 code ("US" -> "USA"); empty when unknown.
QString alpha3(QStringView alpha2);

// A stable identifier derived from `seed` (a tracking number): the same every time, so a
// re-poll describes the same shipment. `hexDigits` lowercase hex characters (max 40).
QString stableHex(QStringView seed, int hexDigits);

// The English sentence a carrier writes with a coarse code ("delivery exception",
// "failure") to say which sub-status it means; core's phrase table
// (core/adapters/statusphrases.cpp) reads each of these back as `subtag`.
QString reasonText(Subtag subtag);

// The latest event by time (events may come in any order); nullptr when there are none.
const TrackingEvent *latestEvent(const ShipmentRecord &record);

// An encoder's row for `subtag` in its table of { Subtag subtag; ... } entries: the
// exact row, else the row of the tag's generic sub-status, else the first row.
template<typename Entry, std::size_t N>
const Entry &entryFor(const std::array<Entry, N> &table, Subtag subtag)
{
    for (const Entry &e : table) {
        if (e.subtag == subtag)
            return e;
    }
    const Subtag generic = genericSubtag(tagOf(subtag));
    for (const Entry &e : table) {
        if (e.subtag == generic)
            return e;
    }
    return table.front();
}

// The text to send with an event: the canonical reason when the row says the adapter
// reads the reason from the text, else the event's own description (or the reason when
// the event has none).
QString eventText(const TrackingEvent &event, bool byReason);

} // namespace ct::sim::kit
