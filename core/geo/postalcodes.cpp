// SPDX-License-Identifier: MIT
#include "postalcodes.h"

#include "countries.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ct::geo {

namespace {

// Written from each national post's public description of its postal codes (the UPU's
// "Postal addressing systems" pages summarise them); docs/ACTIONS.md says how to add one.
// The British pattern leaves out the letters the Royal Mail never uses in each place.
constexpr PostalCodeFormat Formats[] = {
    {"AD", "AD\\d{3}", "ADNNN", "AD500"},
    {"AR", "[A-HJ-NP-Z]\\d{4}[A-Z]{3}|\\d{4}", "ANNNNAAA or NNNN", "C1425DHF"},
    {"AS", "96799(-\\d{4})?", "96799 or 96799-NNNN", "96799"},
    {"AT", "[1-9]\\d{3}", "NNNN", "1010"},
    {"AU", "\\d{4}", "NNNN", "2000"},
    {"BD", "\\d{4}", "NNNN", "1000"},
    {"BE", "[1-9]\\d{3}", "NNNN", "1000"},
    {"BG", "[1-9]\\d{3}", "NNNN", "1000"},
    {"BR", "\\d{5}-?\\d{3}", "NNNNN-NNN", "01310-100"},
    {"BY", "\\d{6}", "NNNNNN", "220030"},
    {"CA", "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] \\d[ABCEGHJ-NPRSTV-Z]\\d", "ANA NAN", "K1A 0B1", 3},
    {"CH", "[1-9]\\d{3}", "NNNN", "8001"},
    {"CL", "\\d{7}", "NNNNNNN", "8320000"},
    {"CN", "\\d{6}", "NNNNNN", "100000"},
    {"CO", "\\d{6}", "NNNNNN", "110111"},
    {"CR", "\\d{5}", "NNNNN", "10101"},
    {"CY", "[1-9]\\d{3}", "NNNN", "1010"},
    {"CZ", "[1-7]\\d{2} \\d{2}", "NNN NN", "110 00", 3},
    {"DE", "\\d{5}", "NNNNN", "10115"},
    {"DK", "[1-9]\\d{3}", "NNNN", "1050"},
    {"DO", "\\d{5}", "NNNNN", "10101"},
    {"DZ", "\\d{5}", "NNNNN", "16000"},
    {"EC", "\\d{6}", "NNNNNN", "170150"},
    {"EE", "\\d{5}", "NNNNN", "10111"},
    {"EG", "\\d{5}", "NNNNN", "11511"},
    {"ES", "(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", "NNNNN (01 to 52 first)", "28013"},
    {"FI", "\\d{5}", "NNNNN", "00100"},
    {"FR", "\\d{5}", "NNNNN", "75001"},
    {"GB", "GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}", "A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA or AA9A 9AA",
     "SW1A 1AA", -3},
    {"GG", "GY\\d[\\dA-Z]? \\d[ABD-HJLNP-UW-Z]{2}", "GY9 9AA or GY99 9AA", "GY1 1AA", -3},
    {"GR", "[1-8]\\d{2} \\d{2}", "NNN NN", "105 57", 3},
    {"GU", "969\\d{2}(-\\d{4})?", "969NN or 969NN-NNNN", "96910"},
    {"HR", "[1-5]\\d{4}", "NNNNN", "10000"},
    {"HU", "[1-9]\\d{3}", "NNNN", "1051"},
    {"ID", "[1-9]\\d{4}", "NNNNN", "10110"},
    {"IE", "([AC-FHKNPRTV-Y]\\d{2}|D6W) [\\dAC-FHKNPRTV-Y]{4}", "ANN XXXX (an Eircode)", "D02 X285", 3},
    {"IL", "\\d{7}", "NNNNNNN", "9100001"},
    {"IM", "IM\\d[\\dA-Z]? \\d[ABD-HJLNP-UW-Z]{2}", "IM9 9AA or IM99 9AA", "IM1 1AA", -3},
    {"IN", "[1-9]\\d{5}", "NNNNNN (a PIN code)", "110001"},
    {"IS", "\\d{3}", "NNN", "101"},
    {"IT", "\\d{5}", "NNNNN", "00184"},
    {"JE", "JE\\d[\\dA-Z]? \\d[ABD-HJLNP-UW-Z]{2}", "JE9 9AA or JE99 9AA", "JE2 3AB", -3},
    {"JP", "\\d{3}-?\\d{4}", "NNN-NNNN", "100-0001"},
    {"KE", "\\d{5}", "NNNNN", "00100"},
    {"KR", "\\d{5}", "NNNNN", "03187"},
    {"LI", "94(8[5-9]|9[0-8])", "9485 to 9498", "9490"},
    {"LK", "\\d{5}", "NNNNN", "00100"},
    {"LT", "(LT-)?\\d{5}", "LT-NNNNN", "LT-01100"},
    {"LU", "(L-)?\\d{4}", "NNNN", "1009"},
    {"LV", "(LV-)?\\d{4}", "LV-NNNN", "LV-1050"},
    {"MA", "\\d{5}", "NNNNN", "10000"},
    {"MC", "980\\d{2}", "980NN", "98000"},
    {"MT", "[A-Z]{3} \\d{4}", "AAA NNNN", "VLT 1117", -4},
    {"MX", "\\d{5}", "NNNNN", "06000"},
    {"MY", "\\d{5}", "NNNNN", "50000"},
    {"NG", "\\d{6}", "NNNNNN", "100001"},
    {"NL", "[1-9]\\d{3} (?!SA|SD|SS)[A-Z]{2}", "NNNN AA", "1012 JS", 4},
    {"NO", "\\d{4}", "NNNN", "0150"},
    {"NP", "\\d{5}", "NNNNN", "44600"},
    {"NZ", "\\d{4}", "NNNN", "6011"},
    {"PE", "\\d{5}", "NNNNN", "15001"},
    {"PH", "\\d{4}", "NNNN", "1000"},
    {"PK", "\\d{5}", "NNNNN", "44000"},
    {"PL", "\\d{2}-?\\d{3}", "NN-NNN", "00-950"},
    {"PR", "00[679]\\d{2}(-\\d{4})?", "006NN to 009NN, or with -NNNN", "00901"},
    {"PT", "[1-9]\\d{3}-?\\d{3}", "NNNN-NNN", "1100-148"},
    {"RO", "\\d{6}", "NNNNNN", "010011"},
    {"RS", "\\d{5}", "NNNNN", "11000"},
    {"RU", "\\d{6}", "NNNNNN", "101000"},
    {"SA", "\\d{5}(-\\d{4})?", "NNNNN or NNNNN-NNNN", "11564"},
    {"SE", "[1-9]\\d{2} \\d{2}", "NNN NN", "114 55", 3},
    {"SG", "\\d{6}", "NNNNNN", "018956"},
    {"SI", "[1-9]\\d{3}", "NNNN", "1000"},
    {"SK", "[089]\\d{2} \\d{2}", "NNN NN", "811 01", 3},
    {"TH", "[1-9]\\d{4}", "NNNNN", "10200"},
    {"TR", "(0[1-9]|[1-7]\\d|8[01])\\d{3}", "NNNNN (01 to 81 first)", "34000"},
    {"TW", "\\d{3}(\\d{2,3})?", "NNN, NNNNN or NNNNNN", "100"},
    {"UA", "\\d{5}", "NNNNN", "01001"},
    {"US", "\\d{5}(-\\d{4})?", "NNNNN or NNNNN-NNNN", "78701"},
    {"VI", "008\\d{2}(-\\d{4})?", "008NN or 008NN-NNNN", "00802"},
    {"VN", "\\d{6}", "NNNNNN", "100000"},
    {"ZA", "\\d{4}", "NNNN", "2001"},
};

// Countries whose posts have no postal code system: addresses there go by district,
// building or a P.O. box.
constexpr const char *WithoutPostalCodes[] = {
    "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK",
    "CM", "DJ", "DM", "ER", "FJ", "GD", "GM", "GQ", "GY", "HK", "KI", "KM", "KN", "KP", "LC", "MO",
    "MW", "NR", "NU", "QA", "RW", "SB", "SC", "SL", "SR", "ST", "SY", "TF", "TG", "TK", "TL", "TO",
    "TV", "UG", "VU", "YE", "ZW",
};

struct CompiledFormat
{
    const PostalCodeFormat *format;
    QRegularExpression pattern;
};

const QHash<QString, CompiledFormat> &compiled()
{
    static const QHash<QString, CompiledFormat> table = [] {
        QHash<QString, CompiledFormat> t;
        for (const PostalCodeFormat &f : Formats)
            t.insert(QString::fromLatin1(f.country),
                     {&f, QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(f.pattern)))});
        return t;
    }();
    return table;
}

QString countryText(QStringView alpha2)
{
    const QString name = countryName(alpha2.toString().toUpper());
    return name.isEmpty() ? alpha2.toString() : name;
}

} // namespace

std::span<const PostalCodeFormat> postalCodeFormats()
{
    return Formats;
}

std::span<const char *const> countriesWithoutPostalCodes()
{
    return WithoutPostalCodes;
}

const PostalCodeFormat *postalCodeFormat(QStringView alpha2)
{
    const auto found = compiled().constFind(alpha2.toString().toUpper());
    return found == compiled().constEnd() ? nullptr : found->format;
}

bool hasPostalCodes(QStringView alpha2)
{
    const QByteArray code = alpha2.toString().toUpper().toLatin1();
    return !std::binary_search(std::begin(WithoutPostalCodes), std::end(WithoutPostalCodes), code,
                               [](const auto &a, const auto &b) {
                                   return QByteArrayView(a) < QByteArrayView(b);
                               });
}

QString normalizedPostalCode(QStringView alpha2, QStringView text)
{
    QString code = text.toString().simplified().toUpper();
    const PostalCodeFormat *format = postalCodeFormat(alpha2);
    if (!format)
        return code;
    code.remove(QLatin1Char(' '));
    const qsizetype at = format->space > 0 ? format->space : code.size() + format->space;
    if (format->space != 0 && at > 0 && at < code.size())
        code.insert(at, QLatin1Char(' '));
    return code;
}

QString postalCodeProblem(QStringView alpha2, QStringView text)
{
    const QString code = normalizedPostalCode(alpha2, text);
    const QString country = countryText(alpha2);
    if (!hasPostalCodes(alpha2)) {
        return code.isEmpty() ? QString()
                              : QStringLiteral("%1 has no postal codes: leave it empty").arg(country);
    }
    const auto found = compiled().constFind(alpha2.toString().toUpper());
    if (found == compiled().constEnd()) {
        static const QRegularExpression Loose(QStringLiteral("^[A-Z0-9][A-Z0-9 -]{0,19}$"));
        if (code.isEmpty())
            return QStringLiteral("is required");
        return Loose.match(code).hasMatch()
            ? QString()
            : QStringLiteral("must be 1 to 20 letters, digits, spaces or hyphens");
    }
    const PostalCodeFormat &format = *found->format;
    if (code.isEmpty())
        return QStringLiteral("is required: a %1 postal code looks like %2, for example %3")
            .arg(country, QLatin1String(format.shape), QLatin1String(format.example));
    if (found->pattern.match(code).hasMatch())
        return {};
    return QStringLiteral("\"%1\" is not a %2 postal code: it looks like %3, for example %4")
        .arg(code, country, QLatin1String(format.shape), QLatin1String(format.example));
}

} // namespace ct::geo
