// SPDX-License-Identifier: MIT
#include "locationtext.h"

#include "geo/countries.h"
#include "geo/postalcodes.h"
#include "geo/timezoneresolver.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace ct {

namespace {

using Part = QStringList; // the words of one comma- or " - "-separated part

bool isUpperCode(QStringView t)
{
    if (t.size() < 2 || t.size() > 3)
        return false;
    for (const QChar c : t) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

bool hasDigit(QStringView t)
{
    for (const QChar c : t) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A code that is both an ISO country and a US state ("IN", "DE", "CA", "GA").
bool isCountryAndUsState(QStringView code)
{
    return code.size() == 2 && !geo::TimeZoneResolver::stateCode(u"US", code).isEmpty()
           && !geo::countryAlpha2(code).isEmpty();
}

QString tail(const Part &part, qsizetype words)
{
    return part.mid(part.size() - words).join(QLatin1Char(' '));
}

// The state or province `text` names in `country` (or, with no country, an unambiguous
// US, Canadian or Australian abbreviation that is not also a country code).
QString stateOf(QStringView country, QStringView text)
{
    if (!country.isEmpty())
        return geo::TimeZoneResolver::stateCode(country, text);
    if (text.size() > 3 || !isUpperCode(text) || !geo::countryAlpha2(text).isEmpty())
        return {};
    for (const char16_t *c : {u"US", u"CA", u"AU"}) {
        const QString code = geo::TimeZoneResolver::stateCode(QStringView(c), text);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

bool isPostalCode(QStringView country, QStringView text)
{
    if (!hasDigit(text))
        return false;
    if (!country.isEmpty())
        return geo::postalCodeFormat(country) && geo::postalCodeProblem(country, text).isEmpty();
    static const QRegularExpression digits(QStringLiteral("^\\d{4,6}(-\\d{4})?$"));
    return digits.match(text).hasMatch();
}

// The country the end of the last part names, removing its words; empty when none.
QString takeCountry(QList<Part> &parts, QStringView hint)
{
    Part &last = parts.last();
    const bool ownPart = parts.size() >= 2;
    for (qsizetype words = std::min<qsizetype>(4, last.size()); words >= 1; --words) {
        const QString candidate = tail(last, words);
        QString country;
        if (words == 1 && isUpperCode(candidate)) {
            const bool wholePart = last.size() == 1 && ownPart;
            const QString before = last.size() >= 2 ? last.at(last.size() - 2) : QString();
            const bool afterPostalOrState =
                !before.isEmpty() && (hasDigit(before) || !stateOf({}, before).isEmpty()
                                      || !geo::TimeZoneResolver::stateCode(u"US", before).isEmpty());
            if (!wholePart && !afterPostalOrState)
                continue;
            if (isCountryAndUsState(candidate) && !afterPostalOrState && (hint.isEmpty() || hint == u"US"))
                continue; // "Springfield, IL": Illinois with a US hint, unknown without one
            country = geo::countryAlpha2(candidate);
        } else if (candidate.size() > 3) {
            if (hint == u"US" && !geo::TimeZoneResolver::stateCode(u"US", candidate).isEmpty())
                continue; // "Atlanta, Georgia" in the US
            country = geo::countryAlpha2(candidate);
        }
        if (country.isEmpty())
            continue;
        last.resize(last.size() - words);
        if (last.isEmpty())
            parts.removeLast();
        // "ES, Spain": the code beside the name says the same.
        while (!parts.isEmpty() && parts.last().size() == 1 && isUpperCode(parts.last().constFirst())
               && geo::countryAlpha2(parts.last().constFirst()) == country)
            parts.removeLast();
        return country;
    }
    return {};
}

// A postal code at the end of the last part: by the country's format, else by the hint's
// (the country stays unknown), else 4 to 6 digits (a ZIP+4 too).
QString takePostalCode(QList<Part> &parts, QStringView country, QStringView hint)
{
    if (parts.isEmpty())
        return {};
    Part &last = parts.last();
    for (qsizetype words = std::min<qsizetype>(2, last.size()); words >= 1; --words) {
        const QString candidate = tail(last, words);
        QStringView format = country;
        if (country.isEmpty())
            format = !hint.isEmpty() && isPostalCode(hint, candidate) ? hint : QStringView();
        if (!isPostalCode(format, candidate))
            continue;
        last.resize(last.size() - words);
        if (last.isEmpty())
            parts.removeLast();
        return format.isEmpty() ? candidate : geo::normalizedPostalCode(format, candidate);
    }
    return {};
}

QString takeState(QList<Part> &parts, QStringView country, QStringView hint)
{
    if (parts.isEmpty())
        return {};
    Part &last = parts.last();
    for (qsizetype words = std::min<qsizetype>(3, last.size()); words >= 1; --words) {
        const QString candidate = tail(last, words);
        QString state = stateOf(country.isEmpty() ? hint : country, candidate);
        if (state.isEmpty() && country.isEmpty())
            state = stateOf({}, candidate);
        if (state.isEmpty())
            continue;
        last.resize(last.size() - words);
        if (last.isEmpty())
            parts.removeLast();
        return state;
    }
    return {};
}

} // namespace

std::optional<Address> LocationText::split(QStringView text, QStringView hint)
{
    const QString whole = text.toString().simplified();
    if (whole.isEmpty())
        return std::nullopt;
    // "DE-Berlin": a country code, a hyphen and the place.
    static const QRegularExpression prefixed(QStringLiteral("^([A-Z]{2})-(\\S.*)$"));
    if (const QRegularExpressionMatch m = prefixed.match(whole); m.hasMatch()) {
        const QString country = geo::countryAlpha2(m.capturedView(1));
        if (!country.isEmpty()) {
            Address a = split(m.capturedView(2), country).value_or(Address{m.captured(2), {}, {}, {}});
            if (!a.country.isEmpty() && a.country != country)
                return std::nullopt;
            a.country = country;
            return a;
        }
    }

    QList<Part> parts;
    static const QRegularExpression separators(QStringLiteral(",| - "));
    for (const QString &p : whole.split(separators)) {
        Part words = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty())
            parts.append(words);
    }
    if (parts.isEmpty())
        return std::nullopt;

    Address a;
    const bool onePart = parts.size() == 1;
    a.country = takeCountry(parts, hint);
    // "Singapore", "Monaco": a place that is all one country's name is also its city.
    if (onePart && parts.isEmpty() && !a.country.isEmpty() && !isUpperCode(whole)) {
        a.city = whole;
        return a;
    }
    a.postalCode = takePostalCode(parts, a.country, hint);
    a.state = takeState(parts, a.country, hint);
    // "75008 Paris, France": the postal code before the place.
    if (a.postalCode.isEmpty() && !a.country.isEmpty() && !parts.isEmpty() && parts.last().size() >= 2
        && isPostalCode(a.country, parts.last().constFirst())) {
        a.postalCode = geo::normalizedPostalCode(a.country, parts.last().constFirst());
        parts.last().removeFirst();
    }
    // "New Delhi, Delhi, India": the part between the place and its country is its region.
    if (a.state.isEmpty() && !a.country.isEmpty() && parts.size() >= 2 && !hasDigit(parts.last().join(QLatin1Char(' ')))) {
        a.state = parts.takeLast().join(QLatin1Char(' '));
    }
    if (a.country.isEmpty() && a.postalCode.isEmpty() && a.state.isEmpty())
        return std::nullopt;
    QStringList city;
    for (const Part &p : parts)
        city.append(p.join(QLatin1Char(' ')));
    a.city = city.join(QStringLiteral(", "));
    return a;
}

} // namespace ct
