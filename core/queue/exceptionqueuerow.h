// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"
#include "domain/resolutionreason.h"
#include "exceptionqueuefilter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// One line of the exception queue: the exception and what the queue shows of its
// shipment. Due times are instants, so a view can draw live countdowns; `status` and
// `backFromSnooze` are as of the query's `now`.
struct ExceptionQueueRow
{
    qint64 exceptionId = 0;
    qint64 version = 0; // the exception's, for If-Match
    qint64 shipmentId = 0;

    int priorityScore = 0; // 0..100
    int priorityBand = 4;  // 1 (P1) .. 4
    qint64 firstActionDueMs = 0;
    qint64 resolveDueMs = 0;
    std::optional<qint64> firstActionAtMs; // set once someone acted: the first-action SLA is met
    qint64 slaDueMs = 0; // the deadline that applies now: first action until someone acted, then resolve

    ExceptionType type = ExceptionType::Stuck;
    NdrReason reason = NdrReason::None; // the sub-type of a failed attempt
    ResponsibleParty party = ResponsibleParty::Carrier;
    QString detail; // the rules' one line ("2 attempts; last: Customer unavailable")

    QString carrier;
    QString service;
    QString trackingNumber;
    QString customerName;
    QString destinationCity;
    QString destinationCountry;
    qint64 orderValueCents = 0;
    QString currency;
    PaymentMode paymentMode = PaymentMode::Unknown;
    qint64 codAmountCents = 0;
    int attempts = 0; // failed delivery attempts of the shipment

    qint64 openedAtMs = 0; // when the condition began: the age
    QString assignee;      // empty: unassigned
    QueueStatus status = QueueStatus::Open;
    ExceptionResolution resolution = ExceptionResolution::None;
    ResolutionReason resolutionReason = ResolutionReason::None; // an agent's resolution
    QString resolutionNote;
    std::optional<qint64> snoozedUntilMs; // the last snooze's end, past or future
    bool backFromSnooze = false;          // open again after a snooze that has ended
    std::optional<qint64> fakeAttemptAtMs; // the attempt an agent marked fake (its event's time)
    // The delivery-date model's stored estimate of the shipment (invalid: none yet, or not
    // enough history), beside the carrier's (docs/PREDICTION.md, "Stored predictions").
    QDate predictedP50;
    QDate predictedP90;

    bool operator==(const ExceptionQueueRow &) const = default;
};

struct ExceptionQueuePage
{
    QList<ExceptionQueueRow> rows;
    bool atEnd = false; // no row follows the last one
};

// What a query needs besides the filter: the instant it is evaluated at (snoozes, SLA
// states) and the signed-in user ("mine").
struct ExceptionQueueContext
{
    qint64 nowMs = 0;
    QString currentUser;
};

// How many exceptions have each value of a dimension, counted with every other
// dimension of the filter applied (so a value's count is what choosing it would add).
struct FacetCount
{
    QString value; // the value's code: "failed_attempt", "ups", "IN", "2" (a priority band)...
    qint64 count = 0;
};

struct ExceptionQueueFacets
{
    QList<FacetCount> types;
    QList<FacetCount> ndrReasons;
    QList<FacetCount> parties;
    QList<FacetCount> carriers;
    QList<FacetCount> services; // value "carrier/service"
    QList<FacetCount> statuses;
    QList<FacetCount> assignees; // value "" is unassigned
    QList<FacetCount> slaStates; // open exceptions only
    QList<FacetCount> priorityBands;
    QList<FacetCount> paymentModes;
    QList<FacetCount> destinationCountries;
};

} // namespace ct
