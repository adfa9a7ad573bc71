// SPDX-License-Identifier: MIT
#include "gazetteer.h"

#include "geofix.h"
#include "geolog.h"
#include "placename.h"

#include <QFile>

#include <functional>

namespace ct::geo {

Q_LOGGING_CATEGORY(lcGeo, "ct.geo")

namespace {

std::optional<Gazetteer::Point> pointOf(const QString &latText, const QString &lonText, QString *error)
{
    bool latOk = false;
    bool lonOk = false;
    const double lat = latText.toDouble(&latOk);
    const double lon = lonText.toDouble(&lonOk);
    if (!latOk || !lonOk) {
        *error = QStringLiteral("coordinates \"%1\", \"%2\" are not numbers").arg(latText, lonText);
        return std::nullopt;
    }
    if (!isValidCoordinate(lat, lon)) {
        *error = QStringLiteral("coordinates %1, %2 are out of range").arg(latText, lonText);
        return std::nullopt;
    }
    return Gazetteer::Point{static_cast<float>(lat), static_cast<float>(lon)};
}

QString key(const QString &country, const QString &rest)
{
    return country + u'|' + rest;
}

} // namespace

Gazetteer Gazetteer::load(const QString &folder)
{
    Gazetteer g;
    g.readCountries(folder + QStringLiteral("/countries.tsv"));
    g.readRegions(folder + QStringLiteral("/regions.tsv"));
    g.readCities(folder + QStringLiteral("/cities.tsv"));
    g.readZips(folder + QStringLiteral("/us-zips.tsv"));
    for (const QString &issue : std::as_const(g.m_issues))
        qCWarning(lcGeo).noquote() << issue;
    return g;
}

const Gazetteer &Gazetteer::shared()
{
    static const Gazetteer instance = load(QStringLiteral(":/geo"));
    return instance;
}

bool Gazetteer::readLines(const QString &path, int fields,
                          const std::function<bool(const QStringList &, QString *)> &take)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_issues.append(QStringLiteral("%1: cannot be read (%2); its places are not located").arg(path, file.errorString()));
        return false;
    }
    int lineNumber = 0;
    constexpr int MaxIssuesPerFile = 20;
    int fileIssues = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(u'\t');
        QString error;
        if (parts.size() < fields)
            error = QStringLiteral("%1 fields where %2 are expected").arg(parts.size()).arg(fields);
        else
            take(parts, &error);
        if (!error.isEmpty()) {
            ++m_skippedLines;
            if (++fileIssues <= MaxIssuesPerFile)
                m_issues.append(QStringLiteral("%1:%2: %3; the line is left out").arg(path).arg(lineNumber).arg(error));
        }
    }
    if (fileIssues > MaxIssuesPerFile)
        m_issues.append(QStringLiteral("%1: %2 more lines left out").arg(path).arg(fileIssues - MaxIssuesPerFile));
    return true;
}

void Gazetteer::readCountries(const QString &path)
{
    readLines(path, 3, [this](const QStringList &f, QString *error) {
        if (const auto p = pointOf(f[1], f[2], error))
            m_countries.insert(f[0], *p);
        return error->isEmpty();
    });
}

void Gazetteer::readRegions(const QString &path)
{
    readLines(path, 4, [this](const QStringList &f, QString *error) {
        if (const auto p = pointOf(f[2], f[3], error)) {
            m_regions.insert(key(f[0], f[1]), *p);
            m_regionNames.insert(key(f[0], f[1].toLower()), f[1]);
            if (f.size() > 4 && !f[4].isEmpty())
                m_regionNames.insert(key(f[0], placeKey(f[4])), f[1]);
        }
        return error->isEmpty();
    });
}

void Gazetteer::readCities(const QString &path)
{
    m_cities.reserve(60000);
    readLines(path, 6, [this](const QStringList &f, QString *error) {
        const auto p = pointOf(f[2], f[3], error);
        if (!p)
            return false;
        const int index = static_cast<int>(m_cities.size());
        m_cities.push_back(City{*p, f[4].toUInt(), f[0], f[1]});
        const QString name = placeKey(f[5]);
        m_cityIndex[key(f[0], name)].append(index);
        m_cityIndex[key(QString(), name)].append(index);
        return true;
    });
}

void Gazetteer::readZips(const QString &path)
{
    readLines(path, 3, [this](const QStringList &f, QString *error) {
        bool ok = false;
        const int zip = f[0].toInt(&ok);
        if (!ok || f[0].size() != 5) {
            *error = QStringLiteral("\"%1\" is not a ZIP code").arg(f[0]);
            return false;
        }
        if (const auto p = pointOf(f[1], f[2], error))
            m_zips.insert(zip, *p);
        return error->isEmpty();
    });
}

const Gazetteer::Point *Gazetteer::usZip(int zip) const
{
    const auto it = m_zips.constFind(zip);
    return it == m_zips.cend() ? nullptr : &*it;
}

const Gazetteer::Point *Gazetteer::country(const QString &alpha2) const
{
    const auto it = m_countries.constFind(alpha2);
    return it == m_countries.cend() ? nullptr : &*it;
}

const Gazetteer::Point *Gazetteer::region(const QString &alpha2, const QString &regionCode) const
{
    const auto it = m_regions.constFind(key(alpha2, regionCode));
    return it == m_regions.cend() ? nullptr : &*it;
}

QString Gazetteer::regionCode(const QString &alpha2, const QString &regionText) const
{
    if (regionText.isEmpty())
        return {};
    const QString code = m_regionNames.value(key(alpha2, regionText.trimmed().toLower()));
    return code.isEmpty() ? m_regionNames.value(key(alpha2, placeKey(regionText))) : code;
}

QList<const Gazetteer::City *> Gazetteer::cities(const QString &alpha2, const QString &cityKey) const
{
    QList<const City *> found;
    const auto it = m_cityIndex.constFind(key(alpha2, cityKey));
    if (it == m_cityIndex.cend())
        return found;
    for (int index : *it)
        found.append(&m_cities[static_cast<std::size_t>(index)]);
    return found;
}

} // namespace ct::geo
