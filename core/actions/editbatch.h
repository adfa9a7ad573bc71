// SPDX-License-Identifier: MIT
#pragma once

#include "edits/role.h"
#include "editmacro.h"
#include "queue/exceptionqueuerow.h"
#include "sync/localedits.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// Who runs a batch, and when.
struct BatchContext
{
    qint64 nowMs = 0;
    QDate today;             // the user's calendar date, for relative dates
    QString actor;           // recorded with each edit
    std::optional<Role> role; // nullopt: not known (an agent's rights)
};

// What a batch did to one exception: the steps it applied, and the one it refused (and
// why), after which that exception's later steps were not tried.
struct BatchItem
{
    qint64 exceptionId = 0;
    QString trackingNumber;
    QStringList applied;   // ops, in order
    QString refusedOp;     // empty: every step applied
    QString refusal;       // in words, with the field ("date: UPS does not deliver on Sundays...")
    QList<FieldError> errors; // the refusal field by field, when it was about the parameters
    QStringList notTried;  // the steps after the refused one

    bool ok() const { return refusedOp.isEmpty(); }
};

struct BatchResult
{
    QList<LocalEdit> made; // every edit made, in order: one undo step takes them back
    QList<BatchItem> items; // one per exception, in the order given
    int refusedCount() const;
    int appliedCount() const; // exceptions every step applied to
};

// Runs a bulk action or a macro (docs/ACTIONS.md): every step, in order, on every
// exception, each edit made through LocalEdits (its own transaction), each exception's
// steps stopping at its first refusal. Before an edit is made, EditPrecheck and the
// catalog judge it on the exception as it stands after the steps before it, with its
// relative dates resolved (EditMacros::resolve) for its carrier. Use from the
// Database's thread.
class EditBatch final
{
public:
    explicit EditBatch(const Database &database);
    BatchResult run(const QList<qint64> &exceptionIds, const QList<MacroStep> &steps, const BatchContext &context);

private:
    const Database &m_database;
};

} // namespace ct
