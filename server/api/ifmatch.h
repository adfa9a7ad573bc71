// SPDX-License-Identifier: MIT
#pragma once

#include "http/apimessage.h"

#include <QByteArray>

#include <optional>

namespace ct::server {

// Versions as HTTP carries them: an ETag is the version in quotes ("7"); If-Match takes
// "7", 7 or W/"7".
QByteArray etagOf(qint64 version);
std::optional<qint64> parseIfMatch(QByteArray value);
// 400 `validation` naming If-Match, for a value parseIfMatch() refused.
ApiReply malformedIfMatch(const ApiRequest &request, const QByteArray &value);

} // namespace ct::server
