// SPDX-License-Identifier: MIT
#pragma once

#include "mappingpath.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ct::mapping {

// A test over a JSON value in a carrier mapping: how a format is recognised, when a
// shipments entry applies, when an entry is a number the carrier does not know
// (docs/MAPPING-FORMAT.md, "Conditions"). A tree of all / any / not over leaf tests on a
// path; `is` refers to a named condition of the mapping, optionally at another value.
class MappingCondition final
{
public:
    enum class Kind : quint8 { All, Any, Not, Is, Leaf };
    enum class Test : quint8 { Exists, Absent, Type, Equals, StartsWith, Contains, Matches, Size };

    bool holds(const json::Value &base, const std::vector<MappingCondition> &named) const;

    Kind kind = Kind::Leaf;
    std::vector<MappingCondition> children; // All, Any, Not (one child)
    int named = -1;                         // Is: index of the named condition
    MappingPath path;                       // Leaf: the value tested; Is: where the named one is tested
    Test test = Test::Exists;
    bool expected = true;                   // Exists, Absent
    QStringList texts;                      // Equals (any of), StartsWith, Contains
    std::vector<std::string> utf8Texts;     // the same, as UTF-8 (compared with the JSON bytes)
    unsigned typeMask = 0;                  // Type: bit (1 << json::Value::Type) per accepted type
    QRegularExpression pattern;             // Matches
    int size = 0;                           // Size
};

} // namespace ct::mapping
