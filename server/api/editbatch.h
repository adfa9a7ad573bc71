// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "http/apimessage.h"

namespace ct {
class Database;
}

namespace ct::server {

class EditService;

// POST /v1/edits: up to `maxEdits` edits in one request, each judged as the single-edit
// route would judge it (its own Idempotency-Key, If-Match version, role check and
// result), in one transaction with a savepoint per edit: a refused edit leaves no trace
// and does not stop the others, and the answer (200 with one result per edit, in order)
// is sent only after the whole batch is committed, so every success it reports is
// stored. A batch edit and a single edit with the same key, path and minified params are
// the same edit (a replay of one answers the other).
class EditBatch final
{
public:
    EditBatch(const Database &database, EditService &edits);

    ApiReply apply(const ApiRequest &request, const AuthUser &user, int maxEdits, qint64 nowMs);

private:
    const Database &m_database;
    EditService &m_edits;
};

} // namespace ct::server
