// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ct::mapping {

// A path expression of a carrier mapping (docs/MAPPING-FORMAT.md): member names joined by
// dots, array indexes in brackets ("tracking_status.substatus.code", "messages[0]",
// "data.trackings"); the empty path (or "$") is the value itself. Compiled once; a lookup
// walks the JSON value member by member, so a path costs what the hand-written
// `v["a"]["b"]` costs. The member names live in the path, which must outlive the Values
// it gives (json::Value keeps the key pointers).
class MappingPath final
{
public:
    MappingPath() = default;

    // Parses `text`; nullopt with `error` set ("unexpected ']' at character 7").
    static std::optional<MappingPath> parse(const QString &text, QString *error);

    json::Value resolve(const json::Value &base) const;
    const QString &text() const { return m_text; }
    bool isRoot() const { return m_segments.empty(); }

private:
    struct Segment
    {
        std::string key; // empty for an index
        int index = -1;
    };
    QString m_text;
    std::vector<Segment> m_segments;
};

// Several paths tried in order (a mapping field given as a list): the first one present.
// Each path has a slot number, so a check can tell which paths ever matched a sample.
struct PathChoice
{
    struct Entry
    {
        MappingPath path;
        int slot = -1; // index in the mapping's list of field paths
    };
    std::vector<Entry> entries;

    bool isEmpty() const { return entries.empty(); }
};

} // namespace ct::mapping
