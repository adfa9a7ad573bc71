// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"

#include "edits/editapplier.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct {
class Database;
}

namespace ct::server {

// One applied change for the audit log (GET /v1/audit): who, in which role, on what, the
// request's parameters and every field changed, the versions around it. Written in the
// change's own transaction.
struct AuditEntry
{
    qint64 atMs = 0;
    AuthUser user;
    QString entity;   // "exception", "return", "setting"
    qint64 entityId = 0;
    QString op;       // "assign", "put"
    QByteArray params; // JSON
    QList<FieldChange> changes;
    QString idempotencyKey; // empty when the request had none (a setting's PUT)
    qint64 versionBefore = 0;
    qint64 versionAfter = 0;
    // `role`, when not empty, is written instead of user.role's code: "system" for the
    // return policy's own approvals (PolicyApprovals), which no user makes.
    bool append(const Database &database, QString *error, const QString &role = {}) const;
};

} // namespace ct::server
