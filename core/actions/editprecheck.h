// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "edits/role.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

struct ExceptionQueueRow;
namespace json {
class Value;
}

// What the desktop checks before it makes an exception edit, on top of the catalog's
// checks of the parameters (EditCatalog::validate, which the server makes too; docs/
// ACTIONS.md): whether the action applies to the exception as it stands (the same
// rules as EditApplier), whether the user's role may make it, and what needs the
// exception's shipment: a date on a day its carrier delivers, a refund within the
// order's value and in its currency, a message template of the chosen channel that
// this shipment has every field for. A form shows these at its fields; a bulk action or
// a macro refuses an exception with them before it touches the store.
class EditPrecheck final
{
public:
    // Empty when `op` applies to the exception in `row` for `user`; otherwise why not
    // ("resolved: reopen it before taking an action"). For "status", `params` (when
    // given) says which way: resolve or reopen.
    static QString notApplicable(const EditOp &op, const json::Value *params, const ExceptionQueueRow &row,
                                 const QString &user);
    // Empty when `role` may make `op`; otherwise why not, naming the roles that may. An
    // unknown role (nullopt) may make what agents may.
    static QString roleProblem(const EditOp &op, std::optional<Role> role);
    // The problems of `params` that need the shipment (field by field). `messageFields`
    // are the shipment's message fields (MessageTemplates::fieldsOf); only
    // contact_customer reads them.
    static QList<FieldError> shipmentProblems(const EditOp &op, const json::Value &params, const ExceptionQueueRow &row,
                                              const QHash<QString, QString> &messageFields);
    // EditCatalog::validate and shipmentProblems together, in that order.
    static QList<FieldError> fieldProblems(const EditOp &op, const json::Value &params, const ExceptionQueueRow &row,
                                           const QHash<QString, QString> &messageFields, qint64 nowMs);
    // "date: is in the past; amount_cents: ..." for a summary.
    static QString joined(const QList<FieldError> &errors);
};

} // namespace ct
