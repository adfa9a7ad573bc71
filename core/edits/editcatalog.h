// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"
#include "sync/entitykind.h"

#include <QDate>
#include <QList>
#include <QString>

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
    Address,  // {line1, line2?, city, state?, postal, country}
    Amount,   // integer cents, 1 .. 1e9
    Currency, // ISO 4217: three capital letters
    Choice,   // one of `choices`
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

    // Checks `params` (a JSON object) against the op: required fields, types, lengths,
    // formats and no unknown fields. `today` is the UTC date dates must not precede.
    static QList<FieldError> validate(const EditOp &op, const json::Value &params, QDate today);
};

} // namespace ct
