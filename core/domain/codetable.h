// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace ct::detail {

// A stable machine code ("failed_attempt") and a translatable label for one enumerator.
// Tables of these are indexed by the enum's value, which must run 0..N-1.
struct CodeLabel
{
    const char *code;
    const char *label;
};

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromCode(const std::array<CodeLabel, N> &texts, QStringView code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1StringView(texts[i].code))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromInt(const std::array<CodeLabel, N> &, int value)
{
    if (value < 0 || value >= static_cast<int>(N))
        return std::nullopt;
    return static_cast<Enum>(value);
}

template<typename Enum, std::size_t N>
const CodeLabel &entry(const std::array<CodeLabel, N> &texts, Enum value)
{
    return texts[static_cast<std::size_t>(value)];
}

} // namespace ct::detail
