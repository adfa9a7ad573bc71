// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace ct {

// How an SMS text is carried (3GPP TS 23.038): the GSM 7-bit default alphabet with its
// extension table when every character is in them, otherwise UCS-2.
enum class SmsEncoding : quint8 { Gsm7, Ucs2 };

// What one SMS text costs: its encoding, its length in the encoding's units (GSM-7
// septets, an extension character counting two; UCS-2 UTF-16 code units) and the
// segments it is sent in. One segment holds 160 septets or 70 units; a longer text is
// split into concatenated segments of 153 septets or 67 units (the rest is the User Data
// Header), and a character is never split across two (an extension character's escape
// and its code, a surrogate pair).
struct SmsSegmentCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0;
    int segments = 0;
    // Units still free in the last segment (what the editor shows as "n left").
    int unitsLeft = 0;

    QString encodingName() const; // "GSM-7", "UCS-2"
    // "2 segments, GSM-7, 170 characters (136 left)"
    QString text() const;
};

class SmsSegments final
{
public:
    static SmsSegmentCount count(QStringView text);
    // 1 for the GSM-7 default alphabet, 2 for its extension table (an escape and a code),
    // 0 for a character GSM-7 cannot carry.
    static int gsm7Septets(char32_t ch);
};

} // namespace ct
