// SPDX-License-Identifier: MIT
#include "smssegments.h"

#include <QList>

#include <algorithm>

namespace ct {

namespace {

// The GSM 7-bit default alphabet (3GPP TS 23.038, 6.2.1), code by code; 0x1B is the
// escape to the extension table, not a character of its own.
constexpr char16_t BasicTable[128] = {
    u'@', u'\u00A3', u'$', u'\u00A5', u'\u00E8', u'\u00E9', u'\u00F9', u'\u00EC',
    u'\u00F2', u'\u00C7', u'\n', u'\u00D8', u'\u00F8', u'\r', u'\u00C5', u'\u00E5',
    u'\u0394', u'_', u'\u03A6', u'\u0393', u'\u039B', u'\u03A9', u'\u03A0', u'\u03A8',
    u'\u03A3', u'\u0398', u'\u039E', 0, u'\u00C6', u'\u00E6', u'\u00DF', u'\u00C9',
    u' ', u'!', u'"', u'#', u'\u00A4', u'%', u'&', u'\'',
    u'(', u')', u'*', u'+', u',', u'-', u'.', u'/',
    u'0', u'1', u'2', u'3', u'4', u'5', u'6', u'7',
    u'8', u'9', u':', u';', u'<', u'=', u'>', u'?',
    u'\u00A1', u'A', u'B', u'C', u'D', u'E', u'F', u'G',
    u'H', u'I', u'J', u'K', u'L', u'M', u'N', u'O',
    u'P', u'Q', u'R', u'S', u'T', u'U', u'V', u'W',
    u'X', u'Y', u'Z', u'\u00C4', u'\u00D6', u'\u00D1', u'\u00DC', u'\u00A7',
    u'\u00BF', u'a', u'b', u'c', u'd', u'e', u'f', u'g',
    u'h', u'i', u'j', u'k', u'l', u'm', u'n', u'o',
    u'p', u'q', u'r', u's', u't', u'u', u'v', u'w',
    u'x', u'y', u'z', u'\u00E4', u'\u00F6', u'\u00F1', u'\u00FC', u'\u00E0',
};

// The extension table's characters (6.2.1.1): each is sent as the escape and a code.
constexpr char16_t ExtensionTable[] = {u'\f', u'^', u'{', u'}', u'\\', u'[', u'~', u']', u'|', u'\u20AC'};

constexpr int Gsm7Single = 160;
constexpr int Gsm7Part = 153;
constexpr int Ucs2Single = 70;
constexpr int Ucs2Part = 67;

// Segments for characters of `sizes` units each, none split: one segment if they all
// fit in `single`, else greedy parts of `part`. `left` gets the units free in the last.
int packSegments(const QList<int> &sizes, int total, int single, int part, int *left)
{
    if (total == 0) {
        *left = single;
        return 0;
    }
    if (total <= single) {
        *left = single - total;
        return 1;
    }
    int segments = 1;
    int used = 0;
    for (const int size : sizes) {
        if (used + size > part) {
            ++segments;
            used = 0;
        }
        used += size;
    }
    *left = part - used;
    return segments;
}

} // namespace

int SmsSegments::gsm7Septets(char32_t ch)
{
    if (ch == 0x1B)
        return 0;
    if (std::find(std::begin(BasicTable), std::end(BasicTable), ch) != std::end(BasicTable) && ch != 0)
        return 1;
    if (std::find(std::begin(ExtensionTable), std::end(ExtensionTable), ch) != std::end(ExtensionTable))
        return 2;
    return 0;
}

SmsSegmentCount SmsSegments::count(QStringView text)
{
    QList<int> septets;
    septets.reserve(text.size());
    bool gsm7 = true;
    int total = 0;
    for (const char32_t ch : text.toUcs4()) {
        const int n = gsm7Septets(ch);
        if (n == 0) {
            gsm7 = false;
            break;
        }
        septets << n;
        total += n;
    }
    SmsSegmentCount out;
    if (gsm7) {
        out.encoding = SmsEncoding::Gsm7;
        out.units = total;
        out.segments = packSegments(septets, total, Gsm7Single, Gsm7Part, &out.unitsLeft);
        return out;
    }
    // UCS-2 as senders use it (UTF-16): a character outside the BMP is two units, kept together.
    QList<int> units;
    units.reserve(text.size());
    for (const char32_t ch : text.toUcs4())
        units << (ch > 0xFFFF ? 2 : 1);
    out.encoding = SmsEncoding::Ucs2;
    out.units = static_cast<int>(text.size());
    out.segments = packSegments(units, out.units, Ucs2Single, Ucs2Part, &out.unitsLeft);
    return out;
}

QString SmsSegmentCount::encodingName() const
{
    return encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SmsSegmentCount::text() const
{
    return QStringLiteral("%1 segment%2, %3, %4 characters (%5 left)")
        .arg(segments)
        .arg(segments == 1 ? QString() : QStringLiteral("s"))
        .arg(encodingName())
        .arg(units)
        .arg(unitsLeft);
}

} // namespace ct
