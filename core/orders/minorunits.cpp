// SPDX-License-Identifier: MIT
#include "minorunits.h"

#include <QString>

#include <algorithm>
#include <array>

namespace ct {

std::optional<int> currencyExponent(QStringView currency)
{
    if (currency.size() != 3)
        return std::nullopt;
    for (QChar ch : currency) {
        if (ch < u'A' || ch > u'Z')
            return std::nullopt;
    }
    // ISO 4217's list of currencies without minor units, and with three.
    static constexpr std::array<const char16_t *, 17> None = {u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY",
                                                              u"KMF", u"KRW", u"PYG", u"RWF", u"UGX", u"UYI",
                                                              u"VND", u"VUV", u"XAF", u"XOF", u"XPF"};
    static constexpr std::array<const char16_t *, 7> Three = {u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};
    for (const char16_t *code : None) {
        if (currency == QStringView(code))
            return 0;
    }
    for (const char16_t *code : Three) {
        if (currency == QStringView(code))
            return 3;
    }
    return 2;
}

std::optional<qint64> parseMinorUnits(QStringView text, int exponent)
{
    text = text.trimmed();
    if (text.isEmpty() || exponent < 0 || exponent > 4)
        return std::nullopt;
    constexpr qint64 Limit = qint64(1) << 53;
    qint64 whole = 0;
    qsizetype i = 0;
    for (; i < text.size() && text[i] != u'.'; ++i) {
        const QChar ch = text[i];
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        whole = whole * 10 + (ch.unicode() - u'0');
        if (whole > Limit)
            return std::nullopt;
    }
    if (i == 0)
        return std::nullopt; // ".5": no digit before the point
    qint64 fraction = 0;
    int digits = 0;
    if (i < text.size()) { // the point
        ++i;
        if (i == text.size())
            return std::nullopt; // "10."
        for (; i < text.size(); ++i) {
            const QChar ch = text[i];
            if (ch < u'0' || ch > u'9')
                return std::nullopt;
            const int digit = ch.unicode() - u'0';
            if (digits < exponent) {
                fraction = fraction * 10 + digit;
                ++digits;
            } else if (digit != 0) {
                return std::nullopt; // a part of a minor unit
            }
        }
    }
    for (; digits < exponent; ++digits)
        fraction *= 10;
    qint64 scale = 1;
    for (int e = 0; e < exponent; ++e)
        scale *= 10;
    if (whole > Limit / scale)
        return std::nullopt;
    const qint64 result = whole * scale + fraction;
    return result > Limit ? std::nullopt : std::optional<qint64>(result);
}

} // namespace ct

namespace ct {

namespace {

qint64 powerOfTen(int exponent)
{
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    return scale;
}

} // namespace

QString minorUnitsText(qint64 minor, int exponent)
{
    if (exponent <= 0)
        return QString::number(minor);
    const qint64 scale = powerOfTen(exponent);
    const qint64 whole = minor / scale;
    const qint64 part = (minor < 0 ? -minor : minor) % scale;
    return (minor < 0 && whole == 0 ? QStringLiteral("-") : QString()) + QString::number(whole) + QLatin1Char('.')
        + QStringLiteral("%1").arg(part, exponent, 10, QLatin1Char('0'));
}

double majorUnits(qint64 minor, int exponent)
{
    return static_cast<double>(minor) / static_cast<double>(powerOfTen(std::max(0, exponent)));
}

QString moneyText(qint64 minor, const QString &currency)
{
    return minorUnitsText(minor, exponentOr2(currency)) + QLatin1Char(' ') + currency;
}

int exponentOr2(QStringView currency)
{
    return currencyExponent(currency).value_or(2);
}

} // namespace ct
