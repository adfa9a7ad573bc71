// SPDX-License-Identifier: MIT
#include "placename.h"

#include <QHash>

namespace ct::geo {

namespace {

QString expandAbbreviation(const QString &word)
{
    static const QHash<QString, QString> abbreviations{
        {QStringLiteral("st"), QStringLiteral("saint")},  {QStringLiteral("ste"), QStringLiteral("sainte")},
        {QStringLiteral("ft"), QStringLiteral("fort")},   {QStringLiteral("mt"), QStringLiteral("mount")},
        {QStringLiteral("pt"), QStringLiteral("port")},   {QStringLiteral("n"), QStringLiteral("north")},
        {QStringLiteral("s"), QStringLiteral("south")},   {QStringLiteral("e"), QStringLiteral("east")},
        {QStringLiteral("w"), QStringLiteral("west")},
    };
    return abbreviations.value(word, word);
}

// Words that name a carrier's facility, not a place.
bool isFacilityWord(const QString &word)
{
    static const QStringList words{
        QStringLiteral("hub"),      QStringLiteral("hb"),       QStringLiteral("gateway"),
        QStringLiteral("facility"), QStringLiteral("sort"),     QStringLiteral("sorting"),
        QStringLiteral("center"),   QStringLiteral("centre"),   QStringLiteral("distribution"),
        QStringLiteral("dc"),       QStringLiteral("depot"),    QStringLiteral("terminal"),
        QStringLiteral("station"),  QStringLiteral("branch"),   QStringLiteral("ndc"),
        QStringLiteral("dpc"),      QStringLiteral("ph"),       QStringLiteral("dsp"),
        QStringLiteral("office"),   QStringLiteral("warehouse"), QStringLiteral("processing"),
        QStringLiteral("network"),  QStringLiteral("regional"), QStringLiteral("local"),
        QStringLiteral("plant"),    QStringLiteral("annex"),    QStringLiteral("post"),
        QStringLiteral("delivery"), QStringLiteral("unit"),     QStringLiteral("ups"),
        QStringLiteral("fedex"),    QStringLiteral("usps"),     QStringLiteral("dhl"),
    };
    return words.contains(word);
}

QString foldTransliterations(QString key)
{
    key.replace(QStringLiteral("ae"), QStringLiteral("a"));
    key.replace(QStringLiteral("oe"), QStringLiteral("o"));
    key.replace(QStringLiteral("ue"), QStringLiteral("u"));
    return key;
}

} // namespace

QString placeKey(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x00DF)) {
            plain += QStringLiteral("ss");
            continue;
        }
        plain += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    }
    QStringList words = plain.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = expandAbbreviation(word);
    return words.join(u' ');
}

QStringList placeKeyCandidates(QStringView name)
{
    QStringList candidates;
    auto add = [&candidates](const QString &key) {
        if (!key.isEmpty() && !candidates.contains(key))
            candidates.append(key);
    };
    const QString key = placeKey(name);
    add(key);
    add(placeAlias(key));
    add(foldTransliterations(key));
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    words.removeIf(isFacilityWord);
    add(words.join(u' '));
    add(placeAlias(words.join(u' ')));
    while (words.size() > 1) {
        words.removeLast();
        add(words.join(u' '));
    }
    return candidates;
}

QString placeAlias(const QString &key)
{
    // Former, English or carrier forms of names the gazetteer holds otherwise.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("nyc"), QStringLiteral("new york city")},
        {QStringLiteral("new york"), QStringLiteral("new york city")},
        {QStringLiteral("manhattan"), QStringLiteral("new york city")},
        {QStringLiteral("la"), QStringLiteral("los angeles")},
        {QStringLiteral("sf"), QStringLiteral("san francisco")},
        {QStringLiteral("washington dc"), QStringLiteral("washington")},
        {QStringLiteral("washington d c"), QStringLiteral("washington")},
        {QStringLiteral("bombay"), QStringLiteral("mumbai")},
        {QStringLiteral("bangalore"), QStringLiteral("bengaluru")},
        {QStringLiteral("madras"), QStringLiteral("chennai")},
        {QStringLiteral("calcutta"), QStringLiteral("kolkata")},
        {QStringLiteral("gurugram"), QStringLiteral("gurgaon")},
        {QStringLiteral("poona"), QStringLiteral("pune")},
        {QStringLiteral("kochi"), QStringLiteral("cochin")},
        {QStringLiteral("bhubaneswar"), QStringLiteral("bhubaneshwar")},
        {QStringLiteral("mysuru"), QStringLiteral("mysore")},
        {QStringLiteral("dehradun"), QStringLiteral("dehra dun")},
        {QStringLiteral("howrah"), QStringLiteral("haora")},
        {QStringLiteral("freiburg im breisgau"), QStringLiteral("freiburg")},
        {QStringLiteral("almere"), QStringLiteral("almere stad")},
        {QStringLiteral("torino"), QStringLiteral("turin")},
        {QStringLiteral("genova"), QStringLiteral("genoa")},
        {QStringLiteral("cologne"), QStringLiteral("koln")},
        {QStringLiteral("koeln"), QStringLiteral("koln")},
        {QStringLiteral("muenchen"), QStringLiteral("munich")},
        {QStringLiteral("munchen"), QStringLiteral("munich")},
        {QStringLiteral("frankfurt"), QStringLiteral("frankfurt am main")},
        {QStringLiteral("nuremberg"), QStringLiteral("nurnberg")},
        {QStringLiteral("saigon"), QStringLiteral("ho chi minh city")},
        {QStringLiteral("peking"), QStringLiteral("beijing")},
        {QStringLiteral("canton"), QStringLiteral("guangzhou")},
        {QStringLiteral("wien"), QStringLiteral("vienna")},
        {QStringLiteral("roma"), QStringLiteral("rome")},
        {QStringLiteral("milano"), QStringLiteral("milan")},
        {QStringLiteral("firenze"), QStringLiteral("florence")},
        {QStringLiteral("napoli"), QStringLiteral("naples")},
        {QStringLiteral("praha"), QStringLiteral("prague")},
        {QStringLiteral("warszawa"), QStringLiteral("warsaw")},
        {QStringLiteral("bruxelles"), QStringLiteral("brussels")},
        {QStringLiteral("den haag"), QStringLiteral("the hague")},
    };
    const QString alias = aliases.value(key);
    return alias == key ? QString() : alias;
}

} // namespace ct::geo
