// SPDX-License-Identifier: MIT
#include "editcatalog.h"

#include "geo/countries.h"
#include "geo/postalcodes.h"
#include "json/jsonvalue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ct {

namespace {

constexpr RoleSet Workers = roleBit(Role::Agent) | roleBit(Role::Manager) | roleBit(Role::Admin);
constexpr RoleSet Approvers = roleBit(Role::Manager) | roleBit(Role::Admin);

const char *const ExceptionStatuses[] = {"open", "resolved"};
// ResolutionReason codes (domain/resolutionreason.h), in enum order after None.
const char *const ResolutionReasons[] = {"delivered",     "address_corrected", "customer_contacted",
                                         "returned_to_origin", "reshipped",   "refunded",
                                         "carrier_error", "duplicate",         "other"};
const char *const Channels[] = {"email", "sms", "whatsapp"};
const char *const Grades[] = {"as_new", "good", "damaged", "unsellable"};

const EditParam AssignParams[] = {{"assignee", ParamType::Text, true, 1, 64}};
const EditParam StatusParams[] = {{"status", ParamType::Choice, true, 1, 16, ExceptionStatuses},
                                  {"reason", ParamType::Choice, false, 1, 32, ResolutionReasons},
                                  {"note", ParamType::Text, false, 1, 500}};
const EditParam SnoozeParams[] = {{"until", ParamType::Instant, true}, {"note", ParamType::Text, false, 1, 500}};
const EditParam FakeAttemptParams[] = {{"date", ParamType::Date, true}, {"note", ParamType::Text, false, 1, 500}};
const EditParam NoteParams[] = {{"text", ParamType::Text, true, 1, 2000}};
const EditParam DateParams[] = {{"date", ParamType::Date, true}};
const EditParam AddressParams[] = {{"address", ParamType::Address, true}};
const EditParam PhoneParams[] = {{"phone", ParamType::Phone, true}};
const EditParam PickupParams[] = {{"pickup_point_id", ParamType::Text, true, 1, 64},
                                  {"name", ParamType::Text, false, 1, 200}};
const EditParam ReshipParams[] = {{"reason", ParamType::Text, false, 1, 500}};
const EditParam RefundParams[] = {{"amount_cents", ParamType::Amount, true},
                                  {"currency", ParamType::Currency, true}};
const EditParam ContactParams[] = {{"template", ParamType::Text, true, 1, 100},
                                   {"channel", ParamType::Choice, true, 1, 16, Channels}};
const EditParam RejectParams[] = {{"reason", ParamType::Text, true, 1, 500}};
const EditParam ExchangeParams[] = {{"note", ParamType::Text, false, 1, 500}};
// A decision's optional note: why the policy's verdict was overridden, or the terms.
const EditParam ApproveParams[] = {{"note", ParamType::Text, false, 1, 500}};
const EditParam AmountParams[] = {{"amount_cents", ParamType::Amount, true}, {"note", ParamType::Text, false, 1, 500}};
const EditParam InspectParams[] = {{"grade", ParamType::Choice, true, 1, 16, Grades}};

using E = EntityKind;

const EditOp Ops[] = {
    {E::Exception, "assign", Workers, AssignParams, "Assign the exception to a team member"},
    {E::Exception, "claim", Workers, {}, "Assign the exception to yourself"},
    {E::Exception, "status", Workers, StatusParams, "Resolve (with a reason) or reopen the exception"},
    {E::Exception, "note", Workers, NoteParams, "Add a note to the exception's history"},
    {E::Exception, "reattempt", Workers, DateParams, "Ask the carrier to re-attempt delivery on a date"},
    {E::Exception, "update_address", Workers, AddressParams, "Send the carrier a corrected address"},
    {E::Exception, "update_phone", Workers, PhoneParams, "Send the carrier a corrected phone number"},
    {E::Exception, "reschedule", Workers, DateParams, "Reschedule delivery to a date"},
    {E::Exception, "convert_to_pickup", Workers, PickupParams, "Redirect the parcel to a pickup point"},
    {E::Exception, "return_to_origin", Workers, {}, "Have the parcel returned to the sender"},
    {E::Exception, "reship", Workers, ReshipParams, "Send the customer a replacement"},
    {E::Exception, "refund", Approvers, RefundParams, "Refund the customer"},
    {E::Exception, "contact_customer", Workers, ContactParams, "Message the customer with a template"},
    {E::Exception, "snooze", Workers, SnoozeParams, "Hide the exception from the queue until an instant"},
    {E::Exception, "mark_fake_attempt", Workers, FakeAttemptParams,
     "Report the carrier's attempt as not made: re-attempt on a date, no first-attempt credit"},
    {E::Return, "approve", Workers, ApproveParams, "Approve a requested return (with a note when it overrides the policy)"},
    {E::Return, "reject", Workers, RejectParams, "Reject the return, with the reason"},
    {E::Return, "exchange", Workers, ExchangeParams, "Resolve the return with an exchange"},
    {E::Return, "refund", Approvers, AmountParams, "Refund the return in full or in part"},
    {E::Return, "store_credit", Approvers, AmountParams, "Resolve the return with store credit"},
    {E::Return, "inspect", Workers, InspectParams, "Record the returned goods' inspection grade"},
};

QString joined(std::span<const char *const> choices)
{
    QStringList names;
    for (const char *choice : choices)
        names << QLatin1Char('"') + QLatin1String(choice) + QLatin1Char('"');
    return names.join(QStringLiteral(", "));
}

void checkText(const json::Value &value, const QString &field, int minLength, int maxLength,
               QList<FieldError> &errors)
{
    if (!value.isString()) {
        errors << FieldError{field, QStringLiteral("must be a string, not %1").arg(value.typeName())};
        return;
    }
    const qsizetype length = value.toString().trimmed().size();
    if (length < minLength || length > maxLength)
        errors << FieldError{field, QStringLiteral("must be %1 to %2 characters long (it is %3)")
                                        .arg(minLength).arg(maxLength).arg(length)};
}

void checkAddress(const json::Value &value, const QString &field, QList<FieldError> &errors)
{
    if (!value.isObject()) {
        errors << FieldError{field, QStringLiteral("must be an object with line1, city, postal and country")};
        return;
    }
    static const EditParam Parts[] = {{"line1", ParamType::Text, true, 1, 200},
                                      {"line2", ParamType::Text, false, 0, 200},
                                      {"city", ParamType::Text, true, 1, 100},
                                      {"state", ParamType::Text, false, 0, 100},
                                      {"postal", ParamType::Text, false, 0, 20},
                                      {"country", ParamType::Text, true, 2, 2}};
    for (const auto &member : value.members()) {
        const bool known = std::any_of(std::begin(Parts), std::end(Parts), [&](const EditParam &part) {
            return member.key == std::string_view(part.name);
        });
        if (!known)
            errors << FieldError{field + QLatin1Char('.') + QString::fromUtf8(member.key),
                                 QStringLiteral("is not a field of an address")};
    }
    for (const EditParam &part : Parts) {
        const json::Value partValue = value[part.name];
        const QString partField = field + QLatin1Char('.') + QLatin1String(part.name);
        if (partValue.isAbsent()) {
            if (part.required)
                errors << FieldError{partField, QStringLiteral("is required")};
            continue;
        }
        checkText(partValue, partField, part.minLength, part.maxLength, errors);
    }
    const json::Value country = value["country"];
    const json::Value postal = value["postal"];
    const bool knownCountry = country.isString() && country.toString().size() == 2
        && !geo::countryName(country.toString().toUpper()).isEmpty();
    if (country.isString() && country.toString().size() == 2 && !knownCountry)
        errors << FieldError{field + QStringLiteral(".country"),
                             QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(country.toString())};
    // The postal code in the country's own format (geo/postalcodes.h); none where the
    // country has no postal codes.
    if (postal.isAbsent() || postal.isString()) {
        const QString problem = knownCountry ? geo::postalCodeProblem(country.toString(), postal.toString())
            : postal.toString().trimmed().isEmpty() ? QStringLiteral("is required") : QString();
        if (!problem.isEmpty())
            errors << FieldError{field + QStringLiteral(".postal"), problem};
    }
}

QString instantText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
}

void checkParam(const EditParam &param, const json::Value &value, qint64 nowMs, QList<FieldError> &errors)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    const QString field = QString::fromLatin1(param.name);
    switch (param.type) {
    case ParamType::Text:
        checkText(value, field, param.minLength, param.maxLength, errors);
        break;
    case ParamType::Date: {
        const QDate date = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
        if (!date.isValid() || value.toString().size() != 10)
            errors << FieldError{field, QStringLiteral("must be a date written YYYY-MM-DD")};
        else if (date < today)
            errors << FieldError{field, QStringLiteral("%1 is in the past (today is %2)")
                                            .arg(value.toString(), today.toString(Qt::ISODate))};
        break;
    }
    case ParamType::Phone: {
        static const QRegularExpression E164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (!value.isString() || !E164.match(value.toString()).hasMatch())
            errors << FieldError{field, QStringLiteral("must be an E.164 number: \"+\" then 7 to 15 digits")};
        break;
    }
    case ParamType::Address:
        checkAddress(value, field, errors);
        break;
    case ParamType::Amount: {
        const std::optional<double> number = value.isNumber() ? value.toDouble() : std::nullopt;
        if (!number || *number != static_cast<double>(static_cast<qint64>(*number)) || *number < 1
            || *number > 1e9)
            errors << FieldError{field, QStringLiteral("must be a whole number of cents from 1 to 1000000000")};
        break;
    }
    case ParamType::Currency: {
        static const QRegularExpression Iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (!value.isString() || !Iso4217.match(value.toString()).hasMatch())
            errors << FieldError{field, QStringLiteral("must be an ISO 4217 code such as \"USD\"")};
        break;
    }
    case ParamType::Instant: {
        const std::optional<qint64> at = value.isString() ? EditCatalog::parseInstant(value.toString()) : std::nullopt;
        const qint64 horizon = nowMs + qint64(EditCatalog::MaxSnoozeDays) * 24 * 3'600'000;
        if (!at)
            errors << FieldError{field, QStringLiteral("must be an ISO 8601 instant with its offset, such as \"%1\"")
                                            .arg(instantText(nowMs + 24 * 3'600'000))};
        else if (*at <= nowMs)
            errors << FieldError{field, QStringLiteral("%1 is not in the future (it is %2 now)")
                                            .arg(value.toString(), instantText(nowMs))};
        else if (*at > horizon)
            errors << FieldError{field, QStringLiteral("%1 is more than %2 days ahead (at most %3)")
                                            .arg(value.toString()).arg(EditCatalog::MaxSnoozeDays).arg(instantText(horizon))};
        break;
    }
    case ParamType::Choice: {
        const bool ok = value.isString()
            && std::any_of(param.choices.begin(), param.choices.end(), [&](const char *choice) {
                   return value.toString() == QLatin1String(choice);
               });
        if (!ok)
            errors << FieldError{field, QStringLiteral("must be one of %1").arg(joined(param.choices))};
        break;
    }
    }
}

} // namespace

std::span<const EditOp> EditCatalog::all()
{
    return Ops;
}

const EditOp *EditCatalog::find(EntityKind entity, QStringView name)
{
    for (const EditOp &op : Ops) {
        if (op.entity == entity && name == QLatin1String(op.name))
            return &op;
    }
    return nullptr;
}

QList<FieldError> EditCatalog::validate(const EditOp &op, const json::Value &params, qint64 nowMs)
{
    QList<FieldError> errors;
    if (!params.isObject()) {
        errors << FieldError{QString(), QStringLiteral("the body must be a JSON object, not %1").arg(params.typeName())};
        return errors;
    }
    for (const auto &member : params.members()) {
        const bool known = std::any_of(op.params.begin(), op.params.end(), [&](const EditParam &param) {
            return member.key == std::string_view(param.name);
        });
        if (!known)
            errors << FieldError{QString::fromUtf8(member.key),
                                 QStringLiteral("is not a parameter of \"%1\"").arg(QLatin1String(op.name))};
    }
    for (const EditParam &param : op.params) {
        const json::Value value = params[param.name];
        if (value.isAbsent()) {
            if (param.required)
                errors << FieldError{QString::fromLatin1(param.name), QStringLiteral("is required")};
            continue;
        }
        checkParam(param, value, nowMs, errors);
    }
    // Between fields: why a resolution was made. An older client resolves without a reason.
    if (op.entity == EntityKind::Exception && std::string_view(op.name) == "status") {
        const bool resolving = params["status"].toString() == QLatin1String("resolved");
        const json::Value reason = params["reason"];
        if (!reason.isAbsent() && !resolving)
            errors << FieldError{QStringLiteral("reason"), QStringLiteral("is only given when resolving")};
        if (resolving && reason.toString() == QLatin1String("other") && params["note"].isAbsent())
            errors << FieldError{QStringLiteral("note"), QStringLiteral("is required when the reason is \"other\": say what it was")};
    }
    return errors;
}

std::optional<qint64> EditCatalog::parseInstant(const QString &text)
{
    static const QRegularExpression WithOffset(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!WithOffset.match(text).hasMatch())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

} // namespace ct
