// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QString>

#include <optional>

namespace ct {

// A return's columns that a feed record also carries, as the store keeps them
// (`returns`; `items` is the JSON text, `requestedAtMs` is always known for a stored one).
struct ReturnFeedFields
{
    std::optional<qint64> shipmentId; // the outbound shipment the record links to, if stored
    QString orderId;
    ReturnReason reason = ReturnReason::ChangedMind;
    QString reasonNote;
    QString items = QStringLiteral("[]");
    qint64 amountCents = 0;
    QString currency;
    std::optional<qint64> requestedAtMs;
    std::optional<qint64> deliveredAtMs;
    int windowDays = 30;
    ReturnStatus status = ReturnStatus::Requested;
    ReturnResolution resolution = ReturnResolution::None;
    qint64 resolutionAmountCents = 0;
    QString reverseCarrier;
    QString reverseTrackingNumber;
    QString inspectionGrade;
    std::optional<qint64> labelIssuedAtMs; // when the return label was issued, if known
    qint64 updatedAtMs = 0;

    // Every field but `updatedAtMs`.
    bool sameAs(const ReturnFeedFields &other) const;
    // The fields the policy judges a return by (its request: order, items, value, dates).
    bool sameRequestAs(const ReturnFeedFields &other) const;
};

// What a returns feed may change of a return the store already holds (docs/RETURNS.md,
// "Importing returns again"): a decision made in the store (an agent's or the policy's)
// wins over the feed, which knows only what it knew when it was written; the feed may
// still advance what only the carrier or the warehouse knows. No clock, no store.
//
// - The request (order, reason, note, items, value, dates) is the feed's; an empty text,
//   an empty item list, an unknown date or an unlinked shipment never erases a known one.
// - The status moves only forward along the lifecycle (ReturnLifecycle), never back nor
//   sideways. Once the store decided the return (`decided_by` set: approved or rejected
//   here), the feed may move it only to label issued, in transit or received.
// - The resolution and its amount move with the status, and only while the store has not
//   decided the return; otherwise they are the store's.
// - The inspection grade is the store's once it has one; the feed's fills an empty one.
//   So is the instant the label was issued: a label is issued once.
// - The reverse carrier and tracking number are the feed's when it names them.
// - `updatedAtMs` is the later of the two.
class ReturnFeedMerge final
{
public:
    struct Result
    {
        ReturnFeedFields fields;
        bool changed = false;        // some field other than updatedAtMs differs from the stored one
        bool requestChanged = false; // the request differs (the kept verdict no longer holds)
        bool statusKept = false;     // the feed named another status, which the store kept its own over
    };

    static Result merge(const ReturnFeedFields &stored, const QString &storedDecidedBy, const ReturnFeedFields &feed);
    // Whether the feed may move a stored `from` to `to`, the store having decided the
    // return itself or not.
    static bool feedMayMove(ReturnStatus from, ReturnStatus to, bool decidedInStore);
};

} // namespace ct
