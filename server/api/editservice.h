// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "http/apimessage.h"

#include "edits/editcatalog.h"

namespace ct {
class Database;
}

namespace ct::server {

// POST /v1/{exceptions|returns}/{id}/{op}: one edit in one transaction, with the checks
// in this order: Idempotency-Key (a replay answers the stored result), If-Match (428
// when missing), parameters (400), the entity (404), its version (412 with the current
// representation), the state (409). An applied edit is written to the audit log and its
// answer stored under the key, in the same transaction.
class EditService final
{
public:
    explicit EditService(const Database &database);

    ApiReply apply(const ApiRequest &request, const AuthUser &user, EntityKind entity, qint64 id,
                   const EditOp &op, qint64 nowMs);
    // apply() inside a transaction the caller owns: it commits after a 200 and rolls back
    // (to a savepoint) after anything else. EditBatch runs each of its edits through it.
    ApiReply applyInTransaction(const ApiRequest &request, const AuthUser &user, EntityKind entity, qint64 id,
                                const EditOp &op, qint64 nowMs);

    // GET /v1/audit
    ApiReply audit(const ApiRequest &request);

private:
    // The advisory lock taken per Idempotency-Key on PostgreSQL (with the key's hash).
    static constexpr int IdempotencyLockKey = 7003;

    const Database &m_database;
};

} // namespace ct::server
