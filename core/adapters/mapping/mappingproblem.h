// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct::mapping {

// Something wrong (or doubtful) in a carrier mapping file, located at the mapping's field
// and its line: "acme.json: line 12, column 17: events.time.format: error: unknown
// directive %Q in \"%Y-%m-%Q\"".
struct MappingProblem
{
    enum class Severity : quint8 { Error, Warning };

    Severity severity = Severity::Error;
    QString field; // path inside the mapping file, e.g. "shipment.events.time.format"
    int line = 0;  // 0 when unknown
    int column = 0;
    QString message;

    QString toString(const QString &file) const;
};

} // namespace ct::mapping
