// SPDX-License-Identifier: MIT
#include "countries.h"

#include "countrydata.h"

#include <QHash>

namespace ct::geo {

namespace {

QString foldName(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar ch : text) {
        if (ch.isLetterOrNumber())
            folded += ch.toLower();
    }
    return folded;
}

struct CountryIndex
{
    QHash<QString, QString> byFoldedName; // folded code or name -> alpha-2
    QHash<QString, QString> nameByAlpha2;

    CountryIndex()
    {
        for (const CountryData &c : countryData()) {
            const QString a2 = QString::fromLatin1(c.alpha2);
            byFoldedName.insert(foldName(a2), a2);
            byFoldedName.insert(foldName(QString::fromLatin1(c.alpha3)), a2);
            const QString names = QString::fromUtf8(c.names);
            for (QStringView name : QStringView(names).split(QLatin1Char('|')))
                byFoldedName.insert(foldName(name), a2);
            nameByAlpha2.insert(a2, QString::fromUtf8(c.name));
        }
    }
};

const CountryIndex &index()
{
    static const CountryIndex idx;
    return idx;
}

} // namespace

QString countryAlpha2(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Fast path: an alpha-2 code already in upper case.
    if (trimmed.size() == 2 && trimmed[0].isUpper() && trimmed[1].isUpper()
        && index().nameByAlpha2.contains(trimmed.toString()))
        return trimmed.toString();
    return index().byFoldedName.value(foldName(trimmed));
}

QString countryName(QStringView alpha2)
{
    return index().nameByAlpha2.value(alpha2.toString().toUpper());
}

} // namespace ct::geo
