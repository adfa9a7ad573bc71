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
};

} // namespace ct::server
