// SPDX-License-Identifier: MIT
#include "resolutionreason.h"

#include "codetable.h"

#include <QCoreApplication>

namespace ct {

namespace {

constexpr std::array<detail::CodeLabel, ResolutionReasonCount> ReasonTexts = {{
    {"", ""},
    {"delivered", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Delivered")},
    {"address_corrected", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Address corrected")},
    {"customer_contacted", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Customer contacted")},
    {"returned_to_origin", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Returned to origin")},
    {"reshipped", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Reshipped")},
    {"refunded", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Refunded")},
    {"carrier_error", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Carrier error")},
    {"duplicate", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Duplicate")},
    {"other", QT_TRANSLATE_NOOP("ct::ResolutionReason", "Other")},
}};

} // namespace

QString resolutionReasonCode(ResolutionReason reason)
{
    return QString::fromLatin1(detail::entry(ReasonTexts, reason).code);
}

QString resolutionReasonLabel(ResolutionReason reason)
{
    if (reason == ResolutionReason::None)
        return {};
    return QCoreApplication::translate("ct::ResolutionReason", detail::entry(ReasonTexts, reason).label);
}

std::optional<ResolutionReason> resolutionReasonFromCode(QStringView code)
{
    if (code.isEmpty())
        return std::nullopt;
    return detail::enumFromCode<ResolutionReason>(ReasonTexts, code);
}

std::optional<ResolutionReason> resolutionReasonFromInt(int value)
{
    return detail::enumFromInt<ResolutionReason>(ReasonTexts, value);
}

} // namespace ct
