// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace ct {

// The nine canonical tracking statuses every carrier status is translated into
// (docs/TAXONOMY.md). The numeric values are stored in the database: never renumber.
enum class Tag : quint8 {
    Pending = 0,
    InfoReceived = 1,
    InTransit = 2,
    OutForDelivery = 3,
    AttemptFail = 4,
    Delivered = 5,
    AvailableForPickup = 6,
    Exception = 7,
    Expired = 8,
};

inline constexpr int TagCount = 9;

inline constexpr std::array<Tag, TagCount> AllTags = {
    Tag::Pending,   Tag::InfoReceived,       Tag::InTransit, Tag::OutForDelivery, Tag::AttemptFail,
    Tag::Delivered, Tag::AvailableForPickup, Tag::Exception, Tag::Expired,
};

// The stable code, e.g. "AttemptFail".
QString tagCode(Tag tag);
// A short human label, e.g. "Failed attempt" (translatable in the "ct::Tag" context).
QString tagLabel(Tag tag);
std::optional<Tag> tagFromCode(QStringView code);
std::optional<Tag> tagFromInt(int value);

// Delivered and Expired end tracking; no rule expects further scans after them.
bool isTerminal(Tag tag);

} // namespace ct
