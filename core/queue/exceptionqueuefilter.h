// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"
#include "edits/editcatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

namespace json {
class Value;
}

// Where an exception stands in the queue at a given instant: open, snoozed (open, hidden
// until its snooze ends) or resolved.
enum class QueueStatus : quint8 { Open = 0, Snoozed = 1, Resolved = 2 };
inline constexpr int QueueStatusCount = 3;
QString queueStatusCode(QueueStatus status); // "open", "snoozed", "resolved"
std::optional<QueueStatus> queueStatusFromCode(QStringView code);

// An open exception's SLA at a given instant, for the next deadline that applies (first
// action until someone acted, then resolution): breached, due within the filter's
// `dueWithinHours`, or on track.
enum class SlaState : quint8 { Breached = 0, DueSoon = 1, OnTrack = 2 };
inline constexpr int SlaStateCount = 3;
QString slaStateCode(SlaState state); // "breached", "due_soon", "on_track"
std::optional<SlaState> slaStateFromCode(QStringView code);

struct CarrierService
{
    QString carrier;
    QString service;
    bool operator==(const CarrierService &) const = default;
};

// An inclusive range; either end may be open.
template<typename T>
struct QueueRange
{
    std::optional<T> min;
    std::optional<T> max;
    bool isSet() const { return min.has_value() || max.has_value(); }
    bool operator==(const QueueRange &) const = default;
};

// What the exception queue shows (docs/QUEUE.md): every dimension is a set of accepted
// values (empty: any) or a range, and all of them must hold. A value type: compare it to
// know whether the filter changed, save it as JSON (a saved view) and read it back with
// every problem located at its JSON path. Values the store no longer has (a carrier
// removed, an agent renamed) are kept; ExceptionQueueFilterCheck reports them.
struct ExceptionQueueFilter
{
    QList<ExceptionType> types;
    QList<NdrReason> ndrReasons;
    QList<ResponsibleParty> parties;
    QStringList carriers;
    QList<CarrierService> services;
    QList<QueueStatus> statuses{QueueStatus::Open}; // empty: every status
    // Assignee: the signed-in user ("mine", given with the query's context), nobody, or
    // named agents; any of them when several are set, anyone when none is.
    bool assignedToMe = false;
    bool unassigned = false;
    QStringList agents;
    // SLA states (open exceptions only) and the horizon of "due soon".
    QList<SlaState> slaStates;
    int dueWithinHours = 4;
    QueueRange<int> priorityBand; // 1 (P1, most urgent) .. 4
    QueueRange<qint64> openedAtMs; // when the condition began, UTC ms
    QList<PaymentMode> paymentModes;
    QueueRange<int> attempts;      // failed delivery attempts of the shipment
    QueueRange<qint64> orderValueCents;
    QString orderValueCurrency;    // with a value range: only orders in this currency
    QStringList destinationCountries; // ISO 3166-1 alpha-2
    QString search;                   // the shipments table's full-text search
    // Only these exceptions (a drill-down from the Analytics view: the exceptions behind a
    // KPI cell), whatever else the filter says too; nullopt: no such limit. Not part of a
    // saved view: toJson leaves it out.
    std::optional<QList<qint64>> exceptionIds;

    bool operator==(const ExceptionQueueFilter &) const = default;

    // Key-ordered JSON; fields at their default are left out.
    QByteArray toJson() const;
    // Reads what toJson writes. Unknown fields, wrong types, unknown codes, malformed
    // countries or instants and inverted ranges are errors at their JSON path
    // ("carriers[1]", "priority.min"); nullopt when there is any.
    static std::optional<ExceptionQueueFilter> fromJson(const json::Value &value, QList<FieldError> *errors);
    static std::optional<ExceptionQueueFilter> fromJson(const QByteArray &text, QList<FieldError> *errors);
};

} // namespace ct
