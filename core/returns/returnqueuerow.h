// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"
#include "queue/exceptionqueuerow.h"
#include "returnverdict.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// One row of the returns queue: the return, its customer (from the outbound shipment), its
// kept verdict and where its reverse parcel is.
struct ReturnQueueRow
{
    qint64 returnId = 0;
    QString rma;
    QString orderId;
    qint64 shipmentId = 0;   // the outbound shipment; 0 when the order is not in the store
    QString customerName;
    QString customerEmail;
    QList<ReturnItem> items;
    ReturnReason reason = ReturnReason::ChangedMind;
    QString reasonNote;      // the customer's words
    qint64 amountCents = 0;
    QString currency;
    qint64 requestedAtMs = 0;
    ReturnStatus status = ReturnStatus::Requested;
    ReturnResolution resolution = ReturnResolution::None;
    qint64 resolutionAmountCents = 0;
    QString inspectionGrade; // "A".."D"; empty until inspected
    QString decisionNote;
    QString decidedBy;       // who took it out of requested: a user, or "policy" (ReturnAutoApproval::actor)
    qint64 version = 0;
    // The kept verdict (return_verdicts); none until the return is judged.
    std::optional<ReturnEligibility> eligibility;
    QString verdictRule;
    QString verdictDetail;
    bool autoApprove = false;
    ReturnResolution recommended = ReturnResolution::None;
    QString recommendation;
    qint64 eligibleValueCents = 0;
    int verdictPolicyVersion = 0; // the policy the kept verdict was judged by: its version
    QString verdictPolicyDigest;  // and its ReturnPolicy::digest()
    QString reverseCarrier;
    QString reverseTrackingNumber;
    std::optional<int> reverseTag; // the reverse shipment's tag (domain/tag.h) when the store tracks it
    std::optional<qint64> labelIssuedAtMs; // when the return label was issued; none when unknown or not issued

    bool orderKnown() const { return shipmentId != 0; }
    // The kept verdict was judged by another policy than `digest` (it is being judged again).
    bool judgedByAnotherPolicy(const QString &digest) const
    {
        return eligibility.has_value() && verdictPolicyDigest != digest;
    }
    // Whole days since the request at `nowMs` (0 on the day itself; never negative).
    int ageDays(qint64 nowMs) const;
};

struct ReturnQueuePage
{
    QList<ReturnQueueRow> rows;
    bool atEnd = false; // no row follows the last one
};

// The order of the returns queue: one column, then the return's id in the same direction.
enum class ReturnSortColumn : quint8 { RequestedAt, Value, Status, Rma, Verdict };
inline constexpr int ReturnSortColumnCount = 5;

struct ReturnQueueSort
{
    ReturnSortColumn column = ReturnSortColumn::RequestedAt;
    bool descending = false; // oldest request first: the longest waiting
    bool operator==(const ReturnQueueSort &) const = default;
};

// How many returns have each value of a dimension, counted with every other dimension of
// the filter applied (what choosing the value would add). A return counts once under each
// of its items' categories.
struct ReturnQueueFacets
{
    QList<FacetCount> statuses;        // value: the status code ("requested")
    QList<FacetCount> reasons;         // "wrong_size"
    QList<FacetCount> verdicts;        // "needs_review"; returns not judged are not counted
    QList<FacetCount> categories;      // "footwear"
    QList<FacetCount> reverseCarriers; // "" for returns without one
};

} // namespace ct
