// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"

#include <QString>

#include <string_view>

namespace ct::queue {

// A value's JSON path for a located error in a saved view; empty for the document itself.
inline QString location(const json::Value &value)
{
    return value.path() == QLatin1String("(document)") ? QString() : value.path();
}

// The path of an object's member `key`, for an unknown field.
inline QString memberLocation(const json::Value &object, std::string_view key)
{
    const QString name = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    const QString parent = location(object);
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

} // namespace ct::queue
