// SPDX-License-Identifier: MIT
#include "resourcetable.h"

#include <QStringList>

namespace ct {

namespace {

using K = ColumnKind;

const ResourceColumn ShipmentColumns[] = {
    {"id", K::Integer},
    {"carrier", K::Text},
    {"tracking_number", K::Text},
    {"carrier_reference", K::Text},
    {"master_tracking_number", K::Text},
    {"piece_count", K::Integer},
    {"service", K::Text},
    {"source_format", K::Text},
    {"tag", K::Integer},
    {"subtag", K::Integer},
    {"status_conflict", K::Text},
    {"estimated_date", K::Text},
    {"estimated_at_ms", K::NullableInteger},
    {"estimated_offset_min", K::Integer},
    {"shipped_at_ms", K::NullableInteger},
    {"first_event_at_ms", K::NullableInteger},
    {"last_event_at_ms", K::NullableInteger},
    {"last_event_offset_min", K::Integer},
    {"first_scan_at_ms", K::NullableInteger},
    {"delivered_at_ms", K::NullableInteger},
    {"attempt_count", K::Integer},
    {"last_location", K::Text},
    {"origin_city", K::Text},
    {"origin_state", K::Text},
    {"origin_postal", K::Text},
    {"origin_country", K::Text},
    {"dest_city", K::Text},
    {"dest_state", K::Text},
    {"dest_postal", K::Text},
    {"dest_country", K::Text},
    {"order_id", K::Text},
    {"customer_name", K::Text},
    {"customer_email", K::Text},
    {"customer_phone", K::Text},
    {"order_value_cents", K::Integer},
    {"currency", K::Text},
    {"promised_date", K::Text},
    {"ordered_at_ms", K::NullableInteger},
    {"version", K::Integer},
    {"created_at_ms", K::Integer},
    {"updated_at_ms", K::Integer},
    {"payment_mode", K::Integer, true},
    {"cod_amount_cents", K::Integer, true},
    {"cod_currency", K::Text, true},
    // The delivery-date model's stored estimate (docs/PREDICTION.md, "Stored predictions"):
    // the server estimates, the replica keeps what it was sent.
    {"edd_p50_date", K::Text, true},
    {"edd_p90_date", K::Text, true},
    {"edd_level", K::NullableInteger, true},
    {"edd_cell", K::Text, true},
    {"edd_samples", K::Integer, true},
    {"edd_milestone", K::Integer, true},
    {"edd_late_permille", K::NullableInteger, true},
    {"edd_model_version", K::Integer, true},
    {"edd_estimated_at_ms", K::NullableInteger, true},
};

const ResourceColumn EventColumns[] = {
    {"id", K::Integer},
    {"shipment_id", K::Integer},
    {"occurred_at_ms", K::Integer},
    {"scan_minute", K::Integer},
    {"utc_offset_min", K::Integer},
    {"time_assumed", K::Integer},
    {"tag", K::Integer},
    {"subtag", K::Integer},
    {"unmapped", K::Integer},
    {"raw_code", K::Text},
    {"description", K::Text},
    {"city", K::Text},
    {"state", K::Text},
    {"country", K::Text},
    {"postal", K::Text},
    {"source_format", K::Text},
    {"received_at_ms", K::Integer},
    {"country_inferred", K::Integer, true},
};

const ResourceColumn ExceptionColumns[] = {
    {"id", K::Integer},
    {"shipment_id", K::Integer},
    {"type", K::Integer},
    {"reason", K::Integer},
    {"party", K::Integer},
    {"status", K::Integer},
    {"resolution", K::Integer},
    {"trigger_at_ms", K::Integer},
    {"detected_at_ms", K::Integer},
    {"resolved_at_ms", K::NullableInteger},
    {"first_action_due_ms", K::Integer},
    {"resolve_due_ms", K::Integer},
    {"first_action_at_ms", K::NullableInteger},
    {"priority_score", K::Integer},
    {"priority", K::Integer},
    {"attempt_count", K::Integer},
    {"late_by_ms", K::Integer},
    {"detail", K::Text},
    {"assignee", K::Text},
    {"version", K::Integer},
    {"updated_at_ms", K::Integer},
    {"snoozed_until_ms", K::NullableInteger, true},
    {"resolution_reason", K::Integer, true},
    {"resolution_note", K::Text, true},
    {"fake_attempt_at_ms", K::NullableInteger, true},
};

const ResourceColumn ExceptionHistoryColumns[] = {
    {"id", K::Integer},
    {"exception_id", K::Integer},
    {"at_ms", K::Integer},
    {"action", K::Text},
    {"actor", K::Text},
    {"detail", K::Text},
};

const ResourceColumn ReturnColumns[] = {
    {"id", K::Integer},
    {"rma", K::Text},
    {"shipment_id", K::NullableInteger},
    {"order_id", K::Text},
    {"reason", K::Integer},
    {"reason_note", K::Text},
    {"items", K::JsonText},
    {"amount_cents", K::Integer},
    {"currency", K::Text},
    {"requested_at_ms", K::Integer},
    {"delivered_at_ms", K::NullableInteger},
    {"window_days", K::Integer},
    {"status", K::Integer},
    {"resolution", K::Integer},
    {"resolution_amount_cents", K::Integer},
    {"reverse_carrier", K::Text},
    {"reverse_tracking_number", K::Text},
    {"inspection_grade", K::Text},
    {"version", K::Integer},
    {"updated_at_ms", K::Integer},
    {"decision_note", K::Text},
    {"decided_by", K::Text},
    // When the label was issued (docs/RETURNS.md, "Label expiry"); null when unknown, as
    // from a server that predates it.
    {"label_issued_at_ms", K::NullableInteger, true},
};

} // namespace

QString ResourceTable::columnList(const char *alias) const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns.size()));
    for (const ResourceColumn &column : columns) {
        names << (alias ? QLatin1String(alias) + QLatin1Char('.') + QLatin1String(column.name)
                        : QString::fromLatin1(column.name));
    }
    return names.join(QStringLiteral(", "));
}

namespace resources {

const ResourceTable &shipments()
{
    static const ResourceTable table{"shipments", ShipmentColumns};
    return table;
}

const ResourceTable &events()
{
    static const ResourceTable table{"events", EventColumns};
    return table;
}

const ResourceTable &exceptions()
{
    static const ResourceTable table{"exceptions", ExceptionColumns};
    return table;
}

const ResourceTable &exceptionHistory()
{
    static const ResourceTable table{"exception_history", ExceptionHistoryColumns};
    return table;
}

const ResourceTable &returns()
{
    static const ResourceTable table{"returns", ReturnColumns};
    return table;
}

} // namespace resources

} // namespace ct
