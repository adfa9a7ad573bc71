// SPDX-License-Identifier: MIT
#include "exceptionqueuesort.h"

#include "domain/codetable.h"
#include "exceptionqueuerow.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "queuejson.h"
#include "queuesortkey.h"

#include <algorithm>
#include <cstring>

namespace ct {

namespace {

constexpr std::array<detail::CodeLabel, QueueSortColumnCount> ColumnTexts = {{
    {"priority", "Priority"},
    {"sla_due", "SLA due"},
    {"first_action_due", "First action due"},
    {"resolve_due", "Resolve due"},
    {"type", "Type"},
    {"carrier", "Carrier"},
    {"tracking_number", "Tracking number"},
    {"customer", "Customer"},
    {"destination", "Destination"},
    {"order_value", "Order value"},
    {"payment_mode", "Payment"},
    {"attempts", "Attempts"},
    {"opened", "Opened"},
    {"assignee", "Assignee"},
    {"status", "Status"},
}};

using queue::SortKeyPart;

constexpr SortKeyPart PriorityKey[] = {{"priority_score", false, false}};
constexpr SortKeyPart SlaKey[] = {{"sla_due_ms", false, false}};
constexpr SortKeyPart FirstActionKey[] = {{"first_action_due_ms", false, false}};
constexpr SortKeyPart ResolveKey[] = {{"resolve_due_ms", false, false}};
constexpr SortKeyPart TypeKey[] = {{"type", false, false}};
constexpr SortKeyPart CarrierKey[] = {{"carrier", true, false}};
constexpr SortKeyPart TrackingKey[] = {{"tracking_number", true, false}};
constexpr SortKeyPart CustomerKey[] = {{"customer_name", true, true}};
constexpr SortKeyPart DestinationKey[] = {{"dest_country", true, false}, {"dest_city", true, true}};
constexpr SortKeyPart ValueKey[] = {{"order_value_cents", false, false}};
constexpr SortKeyPart PaymentKey[] = {{"payment_mode", false, false}};
constexpr SortKeyPart AttemptsKey[] = {{"attempt_count", false, false}};
constexpr SortKeyPart OpenedKey[] = {{"opened_at_ms", false, false}};
constexpr SortKeyPart AssigneeKey[] = {{"assignee", true, true}};
constexpr SortKeyPart StatusKey[] = {{"status", false, false}};

QByteArray collationKey(const QString &text, bool noCase)
{
    QByteArray bytes = text.toUtf8();
    if (noCase) {
        for (char &c : bytes) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return bytes;
}

} // namespace

namespace queue {

std::span<const SortKeyPart> sortKeyParts(QueueSortColumn column)
{
    switch (column) {
    case QueueSortColumn::Priority: return PriorityKey;
    case QueueSortColumn::SlaDue: return SlaKey;
    case QueueSortColumn::FirstActionDue: return FirstActionKey;
    case QueueSortColumn::ResolveDue: return ResolveKey;
    case QueueSortColumn::Type: return TypeKey;
    case QueueSortColumn::Carrier: return CarrierKey;
    case QueueSortColumn::TrackingNumber: return TrackingKey;
    case QueueSortColumn::Customer: return CustomerKey;
    case QueueSortColumn::Destination: return DestinationKey;
    case QueueSortColumn::OrderValue: return ValueKey;
    case QueueSortColumn::PaymentMode: return PaymentKey;
    case QueueSortColumn::Attempts: return AttemptsKey;
    case QueueSortColumn::Opened: return OpenedKey;
    case QueueSortColumn::Assignee: return AssigneeKey;
    case QueueSortColumn::Status: return StatusKey;
    }
    return PriorityKey;
}

SortValue sortValue(const ExceptionQueueRow &row, QueueSortColumn column, int part)
{
    switch (column) {
    case QueueSortColumn::Priority: return {row.priorityScore, {}};
    case QueueSortColumn::SlaDue: return {row.slaDueMs, {}};
    case QueueSortColumn::FirstActionDue: return {row.firstActionDueMs, {}};
    case QueueSortColumn::ResolveDue: return {row.resolveDueMs, {}};
    case QueueSortColumn::Type: return {static_cast<qint64>(row.type), {}};
    case QueueSortColumn::Carrier: return {0, row.carrier};
    case QueueSortColumn::TrackingNumber: return {0, row.trackingNumber};
    case QueueSortColumn::Customer: return {0, row.customerName};
    case QueueSortColumn::Destination: return {0, part == 0 ? row.destinationCountry : row.destinationCity};
    case QueueSortColumn::OrderValue: return {row.orderValueCents, {}};
    case QueueSortColumn::PaymentMode: return {static_cast<qint64>(row.paymentMode), {}};
    case QueueSortColumn::Attempts: return {row.attempts, {}};
    case QueueSortColumn::Opened: return {row.openedAtMs, {}};
    case QueueSortColumn::Assignee: return {0, row.assignee};
    case QueueSortColumn::Status: return {row.status == QueueStatus::Resolved ? 1 : 0, {}};
    }
    return {};
}

int compareSortValues(const SortKeyPart &part, const SortValue &a, const SortValue &b)
{
    if (!part.text)
        return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    const QByteArray ka = collationKey(a.text, part.noCase);
    const QByteArray kb = collationKey(b.text, part.noCase);
    const int common = std::memcmp(ka.constData(), kb.constData(), static_cast<size_t>(std::min(ka.size(), kb.size())));
    if (common != 0)
        return common;
    return ka.size() < kb.size() ? -1 : ka.size() > kb.size() ? 1 : 0;
}

} // namespace queue

QString queueSortColumnCode(QueueSortColumn column)
{
    return QString::fromLatin1(detail::entry(ColumnTexts, column).code);
}

std::optional<QueueSortColumn> queueSortColumnFromCode(QStringView code)
{
    return detail::enumFromCode<QueueSortColumn>(ColumnTexts, code);
}

bool ExceptionQueueSort::lessThan(const ExceptionQueueRow &a, const ExceptionQueueRow &b) const
{
    const std::span<const SortKeyPart> parts = queue::sortKeyParts(column);
    for (int i = 0; i < static_cast<int>(parts.size()); ++i) {
        const int c = queue::compareSortValues(parts[static_cast<size_t>(i)], queue::sortValue(a, column, i),
                                               queue::sortValue(b, column, i));
        if (c != 0)
            return descending ? c > 0 : c < 0;
    }
    return descending ? a.exceptionId > b.exceptionId : a.exceptionId < b.exceptionId;
}

QByteArray ExceptionQueueSort::toJson() const
{
    json::Writer w;
    w.beginObject().key("column").value(queueSortColumnCode(column)).key("descending").value(descending).endObject();
    return w.take();
}

std::optional<ExceptionQueueSort> ExceptionQueueSort::fromJson(const json::Value &value, QList<FieldError> *errors)
{
    QList<FieldError> found;
    ExceptionQueueSort sort;
    if (!value.isObject()) {
        found << FieldError{queue::location(value), QStringLiteral("must be an object {\"column\", \"descending\"}, not %1")
                                              .arg(value.typeName())};
    } else {
        for (const auto &member : value.members()) {
            if (member.key != "column" && member.key != "descending")
                found << FieldError{queue::memberLocation(value, member.key),
                                    QStringLiteral("is not a field of a sort")};
        }
        const json::Value column = value["column"];
        const auto parsed = column.isString() ? queueSortColumnFromCode(column.toString()) : std::nullopt;
        if (!parsed) {
            QStringList names;
            for (int i = 0; i < QueueSortColumnCount; ++i)
                names << queueSortColumnCode(static_cast<QueueSortColumn>(i));
            found << FieldError{queue::location(column),
                                QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", ")))};
        } else {
            sort.column = *parsed;
        }
        const json::Value descending = value["descending"];
        if (!descending.isAbsent()) {
            if (!descending.isBool())
                found << FieldError{queue::location(descending), QStringLiteral("must be true or false")};
            else
                sort.descending = descending.toBool().value_or(true);
        }
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return sort;
}

} // namespace ct
