// SPDX-License-Identifier: MIT
#include "paymentmode.h"

#include "codetable.h"

#include <QCoreApplication>

namespace ct {

namespace {

constexpr std::array<detail::CodeLabel, PaymentModeCount> ModeTexts = {{
    {"unknown", QT_TRANSLATE_NOOP("ct::PaymentMode", "Not known")},
    {"prepaid", QT_TRANSLATE_NOOP("ct::PaymentMode", "Prepaid")},
    {"cod", QT_TRANSLATE_NOOP("ct::PaymentMode", "COD")},
}};

} // namespace

QString paymentModeCode(PaymentMode mode)
{
    return QString::fromLatin1(detail::entry(ModeTexts, mode).code);
}

QString paymentModeLabel(PaymentMode mode)
{
    return QCoreApplication::translate("ct::PaymentMode", detail::entry(ModeTexts, mode).label);
}

std::optional<PaymentMode> paymentModeFromCode(QStringView code)
{
    return detail::enumFromCode<PaymentMode>(ModeTexts, code);
}

std::optional<PaymentMode> paymentModeFromInt(int value)
{
    return detail::enumFromInt<PaymentMode>(ModeTexts, value);
}

} // namespace ct
