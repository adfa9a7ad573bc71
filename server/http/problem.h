// SPDX-License-Identifier: MIT
#pragma once

#include "apimessage.h"
#include "edits/editcatalog.h"

#include <functional>

namespace ct::json {
class Writer;
}

namespace ct::server {

// RFC 9457 problem details: {"type":"urn:controltower:problem:<slug>", "title", "status",
// "detail", "instance", ...extensions}, served as application/problem+json.
struct Problem
{
    int status = 500;
    const char *slug = "internal";
    QString detail;
    QString instance;
    QList<FieldError> errors;                       // "errors":[{"field","detail"}]
    QByteArray current;                             // "current": representation (412)
    std::function<void(json::Writer &)> extensions; // anything else

    ApiReply reply() const;
    static QString title(int status);

    // A path as a problem shows it (in "instance" and details): at most 256 characters,
    // never cut inside a %XX. Paths from HttpRequestParser are valid URI paths already.
    static QString shown(const QString &path);
    // A problem about `request` (its path, shown(), becomes "instance").
    static Problem make(const ApiRequest &request, int status, const char *slug, const QString &detail);
    // 400 "validation" listing `errors`; the detail names the first.
    static ApiReply invalid(const ApiRequest &request, const QList<FieldError> &errors);
    // 429 with Retry-After and "retry_after_s".
    static ApiReply rateLimited(const ApiRequest &request, qint64 seconds, const QString &detail);
    // 503 "overloaded": the server has no room for the request now; Retry-After: 1.
    static ApiReply overloaded(const ApiRequest &request, const QString &detail);
};

} // namespace ct::server
