// SPDX-License-Identifier: MIT
#pragma once

#include "http/apimessage.h"

namespace ct::server {

// The one answer to a request that a store call failed (docs/SERVER.md, "Store failures"),
// used wherever a handler gets a store error. The answer never holds the database's
// message or SQL: when the thread's last StoreFailure is transient (SQLite busy or locked,
// PostgreSQL's connection lost, a serialization failure or deadlock, too many
// connections), 503 `store-unavailable` with `Retry-After`; otherwise 500 `internal` with
// a generic detail. Both carry a new `error_id` and the request's `request_id`, and the
// server's log gets one line with both and the full error:
//   controltower-server: store error e-1f0c9a8e2b1d4c55 (request 3f0c..., POST /v1/exceptions/42/note,
//   answered 503): database is locked (while: BEGIN IMMEDIATE)
class StoreFailureReply final
{
public:
    static constexpr int RetryAfterSeconds = 1;

    // `error` is the store error as core described it (the log's text).
    static ApiReply make(const ApiRequest &request, const QString &error);
    // "e-" and 16 hexadecimal digits, random.
    static QString newErrorId();
};

} // namespace ct::server
