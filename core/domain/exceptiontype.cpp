// SPDX-License-Identifier: MIT
#include "exceptiontype.h"

#include "codetable.h"

#include <QCoreApplication>

namespace ct {

namespace {

using detail::CodeLabel;
using detail::entry;
using detail::enumFromCode;
using detail::enumFromInt;

constexpr std::array<CodeLabel, ExceptionTypeCount> TypeTexts = {{
    {"failed_attempt", QT_TRANSLATE_NOOP("ct::ExceptionType", "Failed attempt")},
    {"delayed", QT_TRANSLATE_NOOP("ct::ExceptionType", "Delayed")},
    {"stuck", QT_TRANSLATE_NOOP("ct::ExceptionType", "Stuck")},
    {"forgotten", QT_TRANSLATE_NOOP("ct::ExceptionType", "Never scanned")},
    {"address_issue", QT_TRANSLATE_NOOP("ct::ExceptionType", "Address issue")},
    {"damaged", QT_TRANSLATE_NOOP("ct::ExceptionType", "Damaged")},
    {"lost", QT_TRANSLATE_NOOP("ct::ExceptionType", "Lost")},
    {"customs_hold", QT_TRANSLATE_NOOP("ct::ExceptionType", "Customs hold")},
    {"pickup_not_collected", QT_TRANSLATE_NOOP("ct::ExceptionType", "Not collected")},
    {"return_to_origin", QT_TRANSLATE_NOOP("ct::ExceptionType", "Return to origin")},
    {"at_risk", QT_TRANSLATE_NOOP("ct::ExceptionType", "Promise at risk")},
}};

constexpr std::array<CodeLabel, NdrReasonCount> ReasonTexts = {{
    {"", ""},
    {"unspecified", QT_TRANSLATE_NOOP("ct::NdrReason", "Reason not given")},
    {"customer_unavailable", QT_TRANSLATE_NOOP("ct::NdrReason", "Customer unavailable")},
    {"address_incomplete", QT_TRANSLATE_NOOP("ct::NdrReason", "Address incomplete")},
    {"refused", QT_TRANSLATE_NOOP("ct::NdrReason", "Refused")},
    {"premises_closed", QT_TRANSLATE_NOOP("ct::NdrReason", "Premises closed")},
    {"cod_not_ready", QT_TRANSLATE_NOOP("ct::NdrReason", "COD amount not ready")},
    {"future_delivery_requested",
     QT_TRANSLATE_NOOP("ct::NdrReason", "Customer asked for later delivery")},
    {"access_issue", QT_TRANSLATE_NOOP("ct::NdrReason", "No access to premises")},
    {"fake_attempt", QT_TRANSLATE_NOOP("ct::NdrReason", "Suspected fake attempt")},
}};

constexpr std::array<CodeLabel, ResponsiblePartyCount> PartyTexts = {{
    {"carrier", QT_TRANSLATE_NOOP("ct::ResponsibleParty", "Carrier")},
    {"merchant", QT_TRANSLATE_NOOP("ct::ResponsibleParty", "Merchant")},
    {"customer", QT_TRANSLATE_NOOP("ct::ResponsibleParty", "Customer")},
    {"customs", QT_TRANSLATE_NOOP("ct::ResponsibleParty", "Customs")},
    {"weather", QT_TRANSLATE_NOOP("ct::ResponsibleParty", "Weather")},
}};

} // namespace

QString exceptionTypeCode(ExceptionType type)
{
    return QString::fromLatin1(entry(TypeTexts, type).code);
}

QString exceptionTypeLabel(ExceptionType type)
{
    return QCoreApplication::translate("ct::ExceptionType",
                                       entry(TypeTexts, type).label);
}

std::optional<ExceptionType> exceptionTypeFromCode(QStringView code)
{
    return enumFromCode<ExceptionType>(TypeTexts, code);
}

std::optional<ExceptionType> exceptionTypeFromInt(int value)
{
    return enumFromInt<ExceptionType>(TypeTexts, value);
}

QString ndrReasonCode(NdrReason reason)
{
    return QString::fromLatin1(entry(ReasonTexts, reason).code);
}

QString ndrReasonLabel(NdrReason reason)
{
    if (reason == NdrReason::None)
        return {};
    return QCoreApplication::translate("ct::NdrReason",
                                       entry(ReasonTexts, reason).label);
}

std::optional<NdrReason> ndrReasonFromInt(int value)
{
    return enumFromInt<NdrReason>(ReasonTexts, value);
}

std::optional<NdrReason> ndrReasonFromCode(QStringView code)
{
    return enumFromCode<NdrReason>(ReasonTexts, code);
}

QString responsiblePartyCode(ResponsibleParty party)
{
    return QString::fromLatin1(entry(PartyTexts, party).code);
}

QString responsiblePartyLabel(ResponsibleParty party)
{
    return QCoreApplication::translate("ct::ResponsibleParty",
                                       entry(PartyTexts, party).label);
}

std::optional<ResponsibleParty> responsiblePartyFromInt(int value)
{
    return enumFromInt<ResponsibleParty>(PartyTexts, value);
}

std::optional<ResponsibleParty> responsiblePartyFromCode(QStringView code)
{
    return enumFromCode<ResponsibleParty>(PartyTexts, code);
}

} // namespace ct
