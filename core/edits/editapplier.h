// SPDX-License-Identifier: MIT
#pragma once

#include "editcatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace ct {

class Database;

// One field an edit changed, for the audit log: values as JSON ("\"open\"", "12", "null").
struct FieldChange
{
    QString field;
    QByteArray from;
    QByteArray to;
};

struct EditOutcome
{
    enum class Status : quint8 {
        Applied,
        NotFound,          // no such exception or return
        InvalidParams,     // `errors` says which fields
        InvalidTransition, // not possible in the entity's current state; `detail` says why
        StoreError,        // `detail` has the store's error
    };
    Status status = Status::StoreError;
    QString detail;
    QList<FieldError> errors;
    QList<FieldChange> changes;
    qint64 versionBefore = 0;
    qint64 versionAfter = 0;

    bool ok() const { return status == Status::Applied; }
};

// Applies an edit of the edit catalog to a stored exception or return: the server with
// authority (the version goes up by one), a client optimistically while the edit waits in
// its outbox (the version stays the server's, so the edit is pushed against the version
// it was made on). Both use the same rules, so an edit a client accepts locally is one
// the server accepts unless someone else changed the entity first. The caller owns the
// transaction. Use from the Database's thread.
class EditApplier final
{
public:
    enum class Mode : quint8 { Authoritative, Optimistic };

    explicit EditApplier(const Database &database);
    ~EditApplier();

    EditOutcome apply(EntityKind entity, qint64 id, const EditOp &op, const json::Value &params,
                      const QString &actor, qint64 nowMs, Mode mode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
