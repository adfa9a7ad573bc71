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

// Up to three ASCII letters as one upper-case key; 0 when `code` is not that.
quint32 pack(std::string_view code)
{
    if (code.size() < 2 || code.size() > 3)
        return 0;
    quint32 key = 0;
    for (const char c : code) {
        const char upper = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (upper < 'A' || upper > 'Z')
            return 0;
        key = key << 8 | static_cast<unsigned char>(upper);
    }
    return key;
}

struct CountryIndex
{
    QHash<QString, QString> byFoldedName; // folded code or name -> alpha-2
    QHash<QString, QString> nameByAlpha2;
    QHash<quint32, QString> byCode;       // packed upper-case alpha-2/alpha-3 -> alpha-2

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
            byCode.insert(pack(c.alpha2), a2);
            byCode.insert(pack(c.alpha3), a2);
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

QString countryAlpha2(std::string_view utf8)
{
    while (!utf8.empty() && utf8.front() == ' ')
        utf8.remove_prefix(1);
    while (!utf8.empty() && utf8.back() == ' ')
        utf8.remove_suffix(1);
    if (const quint32 key = pack(utf8)) {
        const auto it = index().byCode.constFind(key);
        if (it != index().byCode.constEnd())
            return *it;
    }
    return countryAlpha2(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

QString countryName(QStringView alpha2)
{
    return index().nameByAlpha2.value(alpha2.toString().toUpper());
}

} // namespace ct::geo
