// SPDX-License-Identifier: MIT
#include "returnstatus.h"

#include "codetable.h"

#include <QCoreApplication>

namespace ct {

namespace {

using detail::CodeLabel;
using detail::entry;
using detail::enumFromCode;
using detail::enumFromInt;

constexpr std::array<CodeLabel, ReturnStatusCount> StatusTexts = {{
    {"requested", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Requested")},
    {"approved", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Rejected")},
    {"label_issued", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Label issued")},
    {"in_transit", QT_TRANSLATE_NOOP("ct::ReturnStatus", "In transit")},
    {"received", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Received")},
    {"inspected", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Inspected")},
    {"refunded", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Refunded")},
    {"exchanged", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Exchanged")},
    {"credited", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Store credit issued")},
    {"closed", QT_TRANSLATE_NOOP("ct::ReturnStatus", "Closed")},
}};

constexpr std::array<CodeLabel, ReturnReasonCount> ReasonTexts = {{
    {"wrong_size", QT_TRANSLATE_NOOP("ct::ReturnReason", "Wrong size or fit")},
    {"wrong_colour", QT_TRANSLATE_NOOP("ct::ReturnReason", "Colour not as expected")},
    {"damaged", QT_TRANSLATE_NOOP("ct::ReturnReason", "Arrived damaged")},
    {"not_as_described", QT_TRANSLATE_NOOP("ct::ReturnReason", "Not as described")},
    {"changed_mind", QT_TRANSLATE_NOOP("ct::ReturnReason", "Changed mind")},
    {"late_delivery", QT_TRANSLATE_NOOP("ct::ReturnReason", "Arrived too late")},
    {"wrong_item", QT_TRANSLATE_NOOP("ct::ReturnReason", "Wrong item sent")},
    {"defective", QT_TRANSLATE_NOOP("ct::ReturnReason", "Defective")},
    {"better_price", QT_TRANSLATE_NOOP("ct::ReturnReason", "Found a better price")},
}};

constexpr std::array<CodeLabel, ReturnResolutionCount> ResolutionTexts = {{
    {"none", QT_TRANSLATE_NOOP("ct::ReturnResolution", "Undecided")},
    {"refund", QT_TRANSLATE_NOOP("ct::ReturnResolution", "Refund")},
    {"exchange", QT_TRANSLATE_NOOP("ct::ReturnResolution", "Exchange")},
    {"store_credit", QT_TRANSLATE_NOOP("ct::ReturnResolution", "Store credit")},
    {"rejected", QT_TRANSLATE_NOOP("ct::ReturnResolution", "Rejected")},
}};

} // namespace

QString returnStatusCode(ReturnStatus status)
{
    return QString::fromLatin1(entry(StatusTexts, status).code);
}

QString returnStatusLabel(ReturnStatus status)
{
    return QCoreApplication::translate("ct::ReturnStatus",
                                       entry(StatusTexts, status).label);
}

std::optional<ReturnStatus> returnStatusFromCode(QStringView code)
{
    return enumFromCode<ReturnStatus>(StatusTexts, code);
}

std::optional<ReturnStatus> returnStatusFromInt(int value)
{
    return enumFromInt<ReturnStatus>(StatusTexts, value);
}

QString returnReasonCode(ReturnReason reason)
{
    return QString::fromLatin1(entry(ReasonTexts, reason).code);
}

QString returnReasonLabel(ReturnReason reason)
{
    return QCoreApplication::translate("ct::ReturnReason",
                                       entry(ReasonTexts, reason).label);
}

std::optional<ReturnReason> returnReasonFromCode(QStringView code)
{
    return enumFromCode<ReturnReason>(ReasonTexts, code);
}

std::optional<ReturnReason> returnReasonFromInt(int value)
{
    return enumFromInt<ReturnReason>(ReasonTexts, value);
}

bool favoursExchange(ReturnReason reason)
{
    return reason == ReturnReason::WrongSize || reason == ReturnReason::WrongColour;
}

QString returnResolutionCode(ReturnResolution resolution)
{
    return QString::fromLatin1(entry(ResolutionTexts, resolution).code);
}

QString returnResolutionLabel(ReturnResolution resolution)
{
    return QCoreApplication::translate("ct::ReturnResolution",
                                       entry(ResolutionTexts, resolution).label);
}

std::optional<ReturnResolution> returnResolutionFromInt(int value)
{
    return enumFromInt<ReturnResolution>(ResolutionTexts, value);
}

} // namespace ct
