// SPDX-License-Identifier: MIT
#include "postalplace.h"

#include <QStringList>

namespace ct {

namespace {

bool isPostalText(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (QChar ch : text)
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9')))
            return false;
    return true;
}

} // namespace

bool isCountryCode(QStringView text)
{
    return text.size() == 2 && text[0] >= u'A' && text[0] <= u'Z' && text[1] >= u'A' && text[1] <= u'Z';
}

QString compactPostalCode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar ch : text)
        if (ch != u' ' && ch != u'-')
            out += ch.toUpper();
    return out;
}

std::optional<PostalPlace> PostalPlace::parse(QStringView text, QString *error)
{
    const QList<QStringView> parts = text.split(u',');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = QStringLiteral("must be POSTAL,CC or POSTAL,CC,REGION (\"94105,US,CA\"), not \"%1\"").arg(text);
        return std::nullopt;
    }
    PostalPlace place;
    place.postal = compactPostalCode(parts[0].trimmed());
    place.country = parts[1].trimmed().toString().toUpper();
    if (parts.size() == 3)
        place.region = parts[2].trimmed().toString();
    if (!isCountryCode(place.country)) {
        *error = QStringLiteral("\"%1\" is not a country code (two letters, ISO 3166-1: \"US\", \"IN\")").arg(parts[1]);
        return std::nullopt;
    }
    if (!isPostalText(place.postal)) {
        *error = QStringLiteral("\"%1\" is not a postal code (1 to 12 letters and digits)").arg(parts[0]);
        return std::nullopt;
    }
    if (parts.size() == 3 && place.region.isEmpty()) {
        *error = QStringLiteral("the region after the country is empty");
        return std::nullopt;
    }
    return place;
}

QString PostalPlace::display() const
{
    return country + QLatin1Char(' ') + postal;
}

std::optional<PostalPattern> PostalPattern::parse(QStringView text, bool exactCodes, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    PostalPattern p;
    p.country = (colon < 0 ? text : text.left(colon)).trimmed().toString();
    if (!isCountryCode(p.country)) {
        *error = QStringLiteral("\"%1\" does not start with a country code (\"IN\", \"IN:11\")").arg(text);
        return std::nullopt;
    }
    if (colon < 0) {
        if (exactCodes) {
            *error = QStringLiteral("\"%1\" names no postal code (\"IN:110099\", or \"IN:1100*\" for a prefix)").arg(text);
            return std::nullopt;
        }
        return p;
    }
    QString rest = text.mid(colon + 1).trimmed().toString();
    p.exact = exactCodes;
    p.codeList = exactCodes;
    if (exactCodes && rest.endsWith(QLatin1Char('*'))) {
        rest.chop(1);
        p.exact = false;
    }
    p.prefix = compactPostalCode(rest);
    if (!isPostalText(p.prefix)) {
        *error = QStringLiteral("\"%1\" has no postal code or prefix after the colon (letters and digits)").arg(text);
        return std::nullopt;
    }
    return p;
}

bool PostalPattern::matches(const PostalPlace &place) const
{
    if (place.country != country)
        return false;
    return exact ? place.postal == prefix : place.postal.startsWith(prefix);
}

QString PostalPattern::text() const
{
    if (prefix.isEmpty())
        return country;
    return country + QLatin1Char(':') + prefix + (codeList && !exact ? QStringLiteral("*") : QString());
}

} // namespace ct
