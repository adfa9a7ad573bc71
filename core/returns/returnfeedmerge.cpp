// SPDX-License-Identifier: MIT
#include "returnfeedmerge.h"

#include "returnlifecycle.h"

#include <QJsonDocument>

#include <algorithm>

namespace ct {

namespace {

// The same items, however the JSON was spelled (key order, spacing).
bool sameItems(const QString &a, const QString &b)
{
    return a == b || QJsonDocument::fromJson(a.toUtf8()) == QJsonDocument::fromJson(b.toUtf8());
}

// The feed's text when it has one; an empty one never erases what the store knows.
QString known(const QString &feed, const QString &stored)
{
    return feed.isEmpty() ? stored : feed;
}

bool isEmptyItems(const QString &items)
{
    const QString trimmed = items.trimmed();
    return trimmed.isEmpty() || trimmed == QLatin1String("[]");
}

} // namespace

bool ReturnFeedFields::sameRequestAs(const ReturnFeedFields &o) const
{
    return shipmentId == o.shipmentId && orderId == o.orderId && reason == o.reason && reasonNote == o.reasonNote
        && sameItems(items, o.items) && amountCents == o.amountCents && currency == o.currency
        && requestedAtMs == o.requestedAtMs && deliveredAtMs == o.deliveredAtMs && windowDays == o.windowDays;
}

bool ReturnFeedFields::sameAs(const ReturnFeedFields &o) const
{
    return sameRequestAs(o) && status == o.status && resolution == o.resolution
        && resolutionAmountCents == o.resolutionAmountCents && reverseCarrier == o.reverseCarrier
        && reverseTrackingNumber == o.reverseTrackingNumber && inspectionGrade == o.inspectionGrade
        && labelIssuedAtMs == o.labelIssuedAtMs;
}

bool ReturnFeedMerge::feedMayMove(ReturnStatus from, ReturnStatus to, bool decidedInStore)
{
    if (!ReturnLifecycle::leadsTo(from, to))
        return false; // the same status, backwards or sideways
    if (!decidedInStore)
        return true;
    // What only the carrier or the warehouse knows.
    return to == ReturnStatus::LabelIssued || to == ReturnStatus::InTransit || to == ReturnStatus::Received;
}

ReturnFeedMerge::Result ReturnFeedMerge::merge(const ReturnFeedFields &stored, const QString &storedDecidedBy,
                                               const ReturnFeedFields &feed)
{
    Result result;
    ReturnFeedFields &m = result.fields;
    m = stored;

    // The request.
    m.shipmentId = feed.shipmentId ? feed.shipmentId : stored.shipmentId;
    m.orderId = known(feed.orderId, stored.orderId);
    m.reason = feed.reason;
    m.reasonNote = known(feed.reasonNote, stored.reasonNote);
    m.items = isEmptyItems(feed.items) ? stored.items : feed.items;
    m.amountCents = feed.amountCents;
    m.currency = known(feed.currency, stored.currency);
    m.requestedAtMs = feed.requestedAtMs ? feed.requestedAtMs : stored.requestedAtMs;
    m.deliveredAtMs = feed.deliveredAtMs ? feed.deliveredAtMs : stored.deliveredAtMs;
    m.windowDays = feed.windowDays;

    // The lifecycle: forward only; after the store's own decision, only the parcel's moves.
    const bool decidedInStore = !storedDecidedBy.isEmpty();
    if (feedMayMove(stored.status, feed.status, decidedInStore)) {
        m.status = feed.status;
        if (!decidedInStore) {
            m.resolution = feed.resolution;
            m.resolutionAmountCents = feed.resolutionAmountCents;
        }
    } else if (feed.status != stored.status) {
        result.statusKept = true;
    }
    m.inspectionGrade = known(stored.inspectionGrade, feed.inspectionGrade);
    m.labelIssuedAtMs = stored.labelIssuedAtMs ? stored.labelIssuedAtMs : feed.labelIssuedAtMs;
    m.reverseCarrier = known(feed.reverseCarrier, stored.reverseCarrier);
    m.reverseTrackingNumber = known(feed.reverseTrackingNumber, stored.reverseTrackingNumber);

    result.requestChanged = !m.sameRequestAs(stored);
    result.changed = !m.sameAs(stored);
    m.updatedAtMs = result.changed ? std::max(stored.updatedAtMs, feed.updatedAtMs) : stored.updatedAtMs;
    return result;
}

} // namespace ct
