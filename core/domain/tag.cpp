// SPDX-License-Identifier: MIT
#include "tag.h"

#include <QCoreApplication>

namespace ct {

namespace {

struct TagText
{
    const char *code;
    const char *label;
};

constexpr std::array<TagText, TagCount> Texts = {{
    {"Pending", QT_TRANSLATE_NOOP("ct::Tag", "Pending")},
    {"InfoReceived", QT_TRANSLATE_NOOP("ct::Tag", "Info received")},
    {"InTransit", QT_TRANSLATE_NOOP("ct::Tag", "In transit")},
    {"OutForDelivery", QT_TRANSLATE_NOOP("ct::Tag", "Out for delivery")},
    {"AttemptFail", QT_TRANSLATE_NOOP("ct::Tag", "Failed attempt")},
    {"Delivered", QT_TRANSLATE_NOOP("ct::Tag", "Delivered")},
    {"AvailableForPickup", QT_TRANSLATE_NOOP("ct::Tag", "Available for pickup")},
    {"Exception", QT_TRANSLATE_NOOP("ct::Tag", "Exception")},
    {"Expired", QT_TRANSLATE_NOOP("ct::Tag", "Expired")},
}};

} // namespace

QString tagCode(Tag tag)
{
    return QString::fromLatin1(Texts[static_cast<size_t>(tag)].code);
}

QString tagLabel(Tag tag)
{
    return QCoreApplication::translate("ct::Tag", Texts[static_cast<size_t>(tag)].label);
}

std::optional<Tag> tagFromCode(QStringView code)
{
    for (Tag tag : AllTags) {
        if (code.compare(QLatin1StringView(Texts[static_cast<size_t>(tag)].code),
                         Qt::CaseInsensitive) == 0)
            return tag;
    }
    return std::nullopt;
}

std::optional<Tag> tagFromInt(int value)
{
    if (value < 0 || value >= TagCount)
        return std::nullopt;
    return static_cast<Tag>(value);
}

bool isTerminal(Tag tag)
{
    return tag == Tag::Delivered || tag == Tag::Expired;
}

} // namespace ct
