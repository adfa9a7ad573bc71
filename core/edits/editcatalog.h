// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"
#include "sync/entitykind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace ct {

namespace json {
class Value;
}

// A problem with one field of an edit's parameters ("date", "address.country").
struct FieldError
{
    QString field;
    QString detail;
};

enum class ParamType : quint8 {
    Text,     // a string of minLength..maxLength characters (trimmed)
    Date,     // "YYYY-MM-DD", today or later
    Phone,    // E.164: "+" and 7..15 digits
    Address,  // {line1, line2?, city, state?, postal (in the country's format; none where it has none), country}
    Amount,   // integer cents, 1 .. 1e9
    Currency, // ISO 4217: three capital letters
    Choice,   // one of `choices`
    Instant,  // ISO 8601 with its offset ("2026-06-18T09:00:00Z"), after now, at most MaxSnoozeDays ahead
};

struct EditParam
{
    const char *name;
    ParamType type;
    bool required;
    int minLength = 1;
    int maxLength = 200;
    std::span<const char *const> choices = {};
};

// One kind of edit an agent can make, the same on the server and in the client's outbox.
struct EditOp
{
    EntityKind entity;
    const char *name;                 // URL segment and outbox op, e.g. "reattempt"
    RoleSet roles;                    // who may make it
    std::span<const EditParam> params;
    const char *summary;              // one line for help texts
};

// Every edit of exceptions and returns (docs/API.md).
class EditCatalog final
{
public:
    static std::span<const EditOp> all();
    static const EditOp *find(EntityKind entity, QStringView name);

    // How far ahead a snooze may end.
    static constexpr int MaxSnoozeDays = 30;

    // Checks `params` (a JSON object) against the op: required fields, types, lengths,
    // formats, no unknown fields, and the op's own rules between fields (a resolution's
    // reason "other" needs a note; a reason only with "resolved"). Dates must not precede
    // the UTC date of `nowMs`; instants must come after it. Each error names its field, so
    // a form can show it there.
    static QList<FieldError> validate(const EditOp &op, const json::Value &params, qint64 nowMs);

    // An Instant parameter's value in UTC ms; nullopt when it is not one.
    static std::optional<qint64> parseInstant(const QString &text);
};

} // namespace ct
