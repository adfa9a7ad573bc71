// SPDX-License-Identifier: MIT
#include "geocoder.h"

#include "countries.h"
#include "gazetteer.h"
#include "placename.h"

#include <QRegularExpression>

#include <algorithm>

namespace ct::geo {

namespace {

GeoFix fixAt(const Gazetteer::Point &p, GeoPrecision precision)
{
    return GeoFix{p.lat, p.lon, precision};
}

// The five digits of a US ZIP or ZIP+4 code; -1 when the text is none.
int usZip(const QString &postal)
{
    static const QRegularExpression zip(QStringLiteral("^\\s*(\\d{5})(?:[- ]?\\d{4})?\\s*$"));
    const QRegularExpressionMatch m = zip.match(postal);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

Geocoder::Geocoder(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

GeoFix Geocoder::locate(const PlaceQuery &place) const
{
    QString city = place.city;
    QString regionText = place.region.trimmed();
    // "Bhiwandi_Mankoli_HB (Maharashtra)": the part in brackets names the region.
    static const QRegularExpression bracketed(QStringLiteral("\\(([^)]*)\\)"));
    if (const QRegularExpressionMatch m = bracketed.match(city); m.hasMatch()) {
        if (regionText.isEmpty())
            regionText = m.captured(1).trimmed();
        city.remove(bracketed);
    }
    QString country = countryAlpha2(QStringView(place.country).trimmed());
    const int zip = usZip(place.postalCode);
    if (country.isEmpty() && !m_gazetteer.regionCode(QStringLiteral("US"), regionText).isEmpty())
        country = QStringLiteral("US");
    if (country.isEmpty() && zip >= 0 && place.country.trimmed().isEmpty() && regionText.isEmpty()
        && city.trimmed().isEmpty())
        country = QStringLiteral("US");

    if (zip >= 0 && (country == QLatin1String("US") || country == QLatin1String("PR"))) {
        if (const Gazetteer::Point *p = m_gazetteer.usZip(zip))
            return fixAt(*p, GeoPrecision::Postal);
    }
    QString regionCode = m_gazetteer.regionCode(country, regionText);
    if (regionCode.isEmpty() && regionText.isEmpty())
        splitTrailingRegion(country.isEmpty() ? QStringLiteral("US") : country, city, regionCode, country);
    // A country written but not known is not "anywhere": the city is not looked for
    // worldwide then.
    const bool unknownCountry = country.isEmpty() && !place.country.trimmed().isEmpty();
    if (!city.trimmed().isEmpty() && !unknownCountry) {
        if (const GeoFix fix = cityFix(country, regionCode, city); fix.isValid())
            return fix;
    }
    if (!regionCode.isEmpty()) {
        if (const Gazetteer::Point *p = m_gazetteer.region(country, regionCode))
            return fixAt(*p, GeoPrecision::Region);
    }
    if (!country.isEmpty()) {
        if (const Gazetteer::Point *p = m_gazetteer.country(country))
            return fixAt(*p, GeoPrecision::Country);
    }
    return {};
}

GeoFix Geocoder::cityFix(const QString &country, const QString &regionCode, const QString &city) const
{
    const QStringList keys = placeKeyCandidates(city);
    for (const QString &key : keys) {
        const QList<const Gazetteer::City *> found = m_gazetteer.cities(country, key);
        if (found.isEmpty())
            continue;
        // The most populous of equal names, in the region when it is known; a name known
        // only in other regions is not this place (Portland, ME is not Portland, OR).
        const Gazetteer::City *best = nullptr;
        for (const Gazetteer::City *c : found) {
            if (!regionCode.isEmpty() && c->region != regionCode)
                continue;
            if (!best || c->population > best->population)
                best = c;
        }
        if (best)
            return fixAt(best->at, GeoPrecision::City);
    }
    return {};
}

void Geocoder::splitTrailingRegion(const QString &inCountry, QString &city, QString &regionCode, QString &country) const
{
    // "HODGKINS IL", "NEW YORK NY": a last word that is a region of the country (a US
    // state when no country is given).
    QStringList words = city.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (words.size() < 2 || !std::all_of(words.constLast().cbegin(), words.constLast().cend(), [](QChar c) { return c.isLetter(); }))
        return;
    const QString code = m_gazetteer.regionCode(inCountry, words.constLast());
    if (code.isEmpty())
        return;
    words.removeLast();
    city = words.join(u' ');
    regionCode = code;
    country = inCountry;
}

GeoFix Geocoder::locateText(const QString &text) const
{
    QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    PlaceQuery q;
    // Trailing words that are a postal code or a country, from the end.
    static const QRegularExpression postal(QStringLiteral("\\b(\\d{5}(?:-\\d{4})?|\\d{6})\\b"));
    QString all = parts.join(u',');
    if (const QRegularExpressionMatch m = postal.match(all); m.hasMatch()) {
        q.postalCode = m.captured(1);
        all.remove(m.capturedStart(1), m.capturedLength(1));
        parts = all.split(u',', Qt::SkipEmptyParts);
        for (QString &p : parts)
            p = p.trimmed();
        parts.removeAll(QString());
    }
    if (!parts.isEmpty() && !countryAlpha2(QStringView(parts.constLast())).isEmpty())
        q.country = parts.takeLast();
    if (parts.size() > 1)
        q.region = parts.takeLast();
    q.city = parts.join(u' ');
    if (parts.size() == 1 && q.country.isEmpty()) {
        // "NEW YORK NY US": a last word that is a country code.
        QStringList words = q.city.split(u' ', Qt::SkipEmptyParts);
        if (words.size() > 1 && words.constLast().size() <= 3 && !countryAlpha2(QStringView(words.constLast())).isEmpty()) {
            q.country = words.takeLast();
            q.city = words.join(u' ');
        }
    }
    return locate(q);
}

} // namespace ct::geo
