// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"

#include <QByteArray>

#include <optional>

namespace ct::server {

// What the API refuses in a JSON request body beyond its syntax, checked before any
// handler reads it: a member name twice in one object (parsers disagree on which one
// wins), and a number outside the range of the API's integers (-2^63 .. 2^63-1), which
// some parsers would round or wrap. The error names the member by its path
// ("address.city", "items[2]").
class StrictJson final
{
public:
    // nullopt when `body` passes (or is not JSON at all: its handler says where it is
    // broken); otherwise the first problem found.
    static std::optional<FieldError> check(const QByteArray &body);

    // Whether a Content-Type is JSON: application/json in any case, with no charset or
    // charset=utf-8; nullopt when it is, otherwise why not.
    static std::optional<QString> mediaTypeProblem(const QByteArray &contentType);
};

} // namespace ct::server
