// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ct::geo {

// The bundled place tables the geocoder looks in (resources/geo, made by
// tools/generate_geodata.py from GeoNames, Natural Earth, us-atlas and the US Census
// Bureau's ZIP centroids; docs/DATA-SOURCES.md): US ZIP centroids, cities with their
// region and population, first-level regions and country centroids. Read once; a
// missing or damaged table is reported line by line (issues()) and the rest still
// serves. Immutable after loading, so one instance is shared by every thread.
class Gazetteer final
{
public:
    struct Point
    {
        float lat = 0;
        float lon = 0;
    };
    struct City
    {
        Point at;
        quint32 population = 0;
        QString country; // ISO 3166-1 alpha-2
        QString region;  // the country's first-level region code (US: USPS state code)
    };

    // The tables from a folder holding countries.tsv, regions.tsv, cities.tsv and
    // us-zips.tsv (":/geo" for the bundled ones).
    static Gazetteer load(const QString &folder);
    // The bundled tables, read on first use.
    static const Gazetteer &shared();

    // "cities.tsv:120: latitude 95.5 is out of range; the line is left out", "...: missing".
    const QStringList &issues() const { return m_issues; }
    int skippedLines() const { return m_skippedLines; }
    bool isEmpty() const { return m_countries.isEmpty(); }

    const Point *usZip(int zip) const;
    const Point *country(const QString &alpha2) const;
    const Point *region(const QString &alpha2, const QString &regionCode) const;
    // A region code for a region name or code as written ("Texas", "tx"); empty if none.
    QString regionCode(const QString &alpha2, const QString &regionText) const;
    // The cities whose placeKey is key: in one country, or anywhere when alpha2 is empty.
    QList<const City *> cities(const QString &alpha2, const QString &key) const;

    int cityCount() const { return static_cast<int>(m_cities.size()); }
    int zipCount() const { return static_cast<int>(m_zips.size()); }

private:
    void readCountries(const QString &path);
    void readRegions(const QString &path);
    void readCities(const QString &path);
    void readZips(const QString &path);
    bool readLines(const QString &path, int fields, const std::function<bool(const QStringList &, QString *)> &take);

    QHash<QString, Point> m_countries;
    QHash<QString, Point> m_regions;         // "US|TX"
    QHash<QString, QString> m_regionNames;   // "US|texas" -> "TX"
    std::vector<City> m_cities;
    QHash<QString, QList<int>> m_cityIndex;  // "US|austin" and "|austin" -> indexes
    QHash<int, Point> m_zips;
    QStringList m_issues;
    int m_skippedLines = 0;
};

} // namespace ct::geo
