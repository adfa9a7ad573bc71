// SPDX-License-Identifier: MIT
#include "mappingcondition.h"

#include <string_view>

namespace ct::mapping {

bool MappingCondition::holds(const json::Value &base, const std::vector<MappingCondition> &namedConditions) const
{
    switch (kind) {
    case Kind::All:
        for (const MappingCondition &c : children) {
            if (!c.holds(base, namedConditions))
                return false;
        }
        return true;
    case Kind::Any:
        for (const MappingCondition &c : children) {
            if (c.holds(base, namedConditions))
                return true;
        }
        return false;
    case Kind::Not:
        return !children.front().holds(base, namedConditions);
    case Kind::Is:
        return namedConditions.at(static_cast<std::size_t>(named)).holds(path.resolve(base), namedConditions);
    case Kind::Leaf:
        break;
    }
    const json::Value v = path.resolve(base);
    switch (test) {
    case Test::Exists:
        return v.isMissing() != expected;
    case Test::Absent:
        return v.isAbsent() == expected;
    case Test::Type:
        return (typeMask & (1u << static_cast<unsigned>(v.type()))) != 0;
    case Test::Equals: {
        if (v.isString()) {
            const std::string_view text = v.trimmedStringView();
            for (const std::string &t : utf8Texts) {
                if (text == t)
                    return true;
            }
            return false;
        }
        if (!v.isNumber() && !v.isBool())
            return false;
        return texts.contains(v.toString().trimmed());
    }
    case Test::StartsWith:
        return v.isString() && v.stringView().substr(0, utf8Texts.front().size()) == utf8Texts.front();
    case Test::Contains:
        return v.isString() && v.stringView().find(utf8Texts.front()) != std::string_view::npos;
    case Test::Matches:
        return v.isString() && pattern.match(v.toString()).hasMatch();
    case Test::Size:
        return (v.isArray() || v.isObject()) && v.size() == size;
    }
    return false;
}

} // namespace ct::mapping
