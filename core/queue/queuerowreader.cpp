// SPDX-License-Identifier: MIT
#include "queuerowreader.h"

#include "store/sqlstatement.h"

namespace ct::queue {

QString rowColumns()
{
    return QStringLiteral(
        "q.exception_id, q.shipment_id, q.status, q.snoozed_until_ms, q.type, q.reason, q.party, q.priority_score, "
        "q.priority, q.first_action_due_ms, q.resolve_due_ms, q.sla_due_ms, q.opened_at_ms, q.assignee, q.carrier, "
        "q.service, q.tracking_number, q.customer_name, q.dest_city, q.dest_country, q.order_value_cents, "
        "q.currency, q.payment_mode, q.attempt_count, x.version, x.detail, x.first_action_at_ms, x.resolution, "
        "s.cod_amount_cents, x.resolution_reason, x.resolution_note, x.fake_attempt_at_ms, "
        "s.edd_p50_date, s.edd_p90_date");
}

QString rowJoins()
{
    return QStringLiteral("JOIN exceptions x ON x.id = q.exception_id JOIN shipments s ON s.id = q.shipment_id");
}

ExceptionQueueRow readRow(const SqlStatement &q, qint64 nowMs)
{
    ExceptionQueueRow r;
    int c = 0;
    const auto integer = [&] { return static_cast<int>(q.int64(c++)); };
    r.exceptionId = q.int64(c++);
    r.shipmentId = q.int64(c++);
    const bool resolved = integer() == static_cast<int>(ExceptionStatus::Resolved);
    r.snoozedUntilMs = q.optionalInt64(c++);
    r.type = exceptionTypeFromInt(integer()).value_or(ExceptionType::Stuck);
    r.reason = ndrReasonFromInt(integer()).value_or(NdrReason::Unspecified);
    r.party = responsiblePartyFromInt(integer()).value_or(ResponsibleParty::Carrier);
    r.priorityScore = integer();
    r.priorityBand = integer();
    r.firstActionDueMs = q.int64(c++);
    r.resolveDueMs = q.int64(c++);
    r.slaDueMs = q.int64(c++);
    r.openedAtMs = q.int64(c++);
    r.assignee = q.text(c++);
    r.carrier = q.text(c++);
    r.service = q.text(c++);
    r.trackingNumber = q.text(c++);
    r.customerName = q.text(c++);
    r.destinationCity = q.text(c++);
    r.destinationCountry = q.text(c++);
    r.orderValueCents = q.int64(c++);
    r.currency = q.text(c++);
    r.paymentMode = paymentModeFromInt(integer()).value_or(PaymentMode::Unknown);
    r.attempts = integer();
    r.version = q.int64(c++);
    r.detail = q.text(c++);
    r.firstActionAtMs = q.optionalInt64(c++);
    r.resolution = static_cast<ExceptionResolution>(integer());
    r.codAmountCents = q.int64(c++);
    r.resolutionReason = resolutionReasonFromInt(integer()).value_or(ResolutionReason::None);
    r.resolutionNote = q.text(c++);
    r.fakeAttemptAtMs = q.optionalInt64(c++);
    r.predictedP50 = QDate::fromString(q.text(c++), Qt::ISODate);
    r.predictedP90 = QDate::fromString(q.text(c++), Qt::ISODate);
    const bool snoozed = !resolved && r.snoozedUntilMs && *r.snoozedUntilMs > nowMs;
    r.status = resolved ? QueueStatus::Resolved : snoozed ? QueueStatus::Snoozed : QueueStatus::Open;
    r.backFromSnooze = !resolved && r.snoozedUntilMs && *r.snoozedUntilMs <= nowMs;
    return r;
}

} // namespace ct::queue
