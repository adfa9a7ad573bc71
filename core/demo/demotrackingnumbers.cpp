// SPDX-License-Identifier: MIT
#include "demotrackingnumbers.h"

#include "demorandom.h"

#include <cstring>

namespace ct {

namespace {

constexpr quint64 Pow10[] = {1ull,
                             10ull,
                             100ull,
                             1000ull,
                             10000ull,
                             100000ull,
                             1000000ull,
                             10000000ull,
                             100000000ull,
                             1000000000ull,
                             10000000000ull,
                             100000000000ull,
                             1000000000000ull,
                             10000000000000ull,
                             100000000000000ull,
                             1000000000000000ull,
                             10000000000000000ull,
                             100000000000000000ull};

// Appends `value` as exactly `digits` decimal digits.
char *putDigits(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + digits;
}

char *putText(char *out, const char *text)
{
    const size_t n = std::strlen(text);
    std::memcpy(out, text, n);
    return out + n;
}

// Mod 10 with weights 3 and 1 alternating from the rightmost digit (USPS IMpb, GS1).
int mod10Weighted31(const char *begin, const char *end)
{
    int sum = 0;
    int weight = 3;
    for (const char *p = end; p != begin;) {
        --p;
        sum += (*p - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

// UPS: letters count as ((code - 63) mod 10); odd positions once, even positions twice.
int upsCheck(const char *begin, const char *end)
{
    int sum = 0;
    int position = 1;
    for (const char *p = begin; p != end; ++p, ++position) {
        const int v = (*p >= '0' && *p <= '9') ? *p - '0' : (*p - 63) % 10;
        sum += (position % 2 == 0) ? 2 * v : v;
    }
    return (10 - sum % 10) % 10;
}

// FedEx Express 12-digit: weights 1, 3, 7 from the right, mod 11, mod 10.
int fedexCheck(const char *begin, const char *end)
{
    static constexpr int Weights[] = {1, 3, 7};
    int sum = 0;
    int i = 0;
    for (const char *p = end; p != begin; ++i) {
        --p;
        sum += (*p - '0') * Weights[i % 3];
    }
    return (sum % 11) % 10;
}

// UPU S10: weights 8 6 4 2 3 5 9 7; 10 -> 0, 11 -> 5.
int s10Check(const char *digits)
{
    static constexpr int Weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (digits[i] - '0') * Weights[i];
    const int c = 11 - sum % 11;
    return c == 10 ? 0 : (c == 11 ? 5 : c);
}

int mod7(const char *begin, const char *end)
{
    quint64 v = 0;
    for (const char *p = begin; p != end; ++p)
        v = v * 10 + static_cast<quint64>(*p - '0');
    return static_cast<int>(v % 7);
}

} // namespace

DemoTrackingNumbers::DemoTrackingNumbers(quint64 seed)
{
    quint64 state = seed ^ 0x7A3C5E1F2B4D6987ull;
    for (quint64 &k : m_keys)
        k = DemoRandom::splitMix64(state);
    static constexpr char Alnum[] = "0123456789ABCDEFGHJKLMNPRSTVWXY";
    for (auto &account : m_upsAccounts) {
        for (int i = 0; i < 6; ++i)
            account[static_cast<size_t>(i)] =
                Alnum[DemoRandom::splitMix64(state) % (sizeof Alnum - 1)];
        account[6] = '\0';
    }
    for (int i = 0; i < 4; ++i)
        m_postnlCustomer[static_cast<size_t>(i)] =
            static_cast<char>('A' + DemoRandom::splitMix64(state) % 26);
    m_postnlCustomer[4] = '\0';
}

// A bijection of [0, 10^digits): a four-round Feistel network on two decimal halves.
quint64 DemoTrackingNumbers::permute(quint64 n, int digits) const
{
    const int a = digits / 2;
    const int b = digits - a;
    quint64 left = n / Pow10[b];  // in [0, 10^a)
    quint64 right = n % Pow10[b]; // in [0, 10^b)
    quint64 leftMod = Pow10[a];
    quint64 rightMod = Pow10[b];
    for (int round = 0; round < 4; ++round) {
        quint64 state = right ^ m_keys[static_cast<size_t>((digits + round * 5) % 24)];
        const quint64 f = DemoRandom::splitMix64(state);
        const quint64 newRight = (left + f % leftMod) % leftMod;
        left = right;
        right = newRight;
        std::swap(leftMod, rightMod);
    }
    return left * rightMod + right;
}

QString DemoTrackingNumbers::next(DemoTrackingFormat format, const char *prefix, int account)
{
    const quint64 n = m_serial++;
    char buf[40];
    char *p = buf;
    switch (format) {
    case DemoTrackingFormat::Ups: {
        p = putText(p, "1Z");
        char *body = p;
        p = putText(p, m_upsAccounts[static_cast<size_t>(account) % m_upsAccounts.size()].data());
        p = putText(p, prefix);
        p = putDigits(p, permute(n % Pow10[7], 7), 7);
        const char check = static_cast<char>('0' + upsCheck(body, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::FedEx: {
        *p++ = '7';
        p = putDigits(p, permute(n, 10), 10);
        const char check = static_cast<char>('0' + fedexCheck(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::UspsDomestic: {
        p = putText(p, prefix);
        p = putDigits(p, permute(n, 14), 14);
        const char check = static_cast<char>('0' + mod10Weighted31(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::UspsInternational:
    case DemoTrackingFormat::DhlPaketInternational:
    case DemoTrackingFormat::RoyalMailSpecial: {
        p = putText(p, prefix);
        char *digits = p;
        p = putDigits(p, permute(n % Pow10[8], 8), 8);
        const char check = static_cast<char>('0' + s10Check(digits));
        *p++ = check;
        p = putText(p, format == DemoTrackingFormat::UspsInternational       ? "US"
                       : format == DemoTrackingFormat::DhlPaketInternational ? "DE"
                                                                             : "GB");
        break;
    }
    case DemoTrackingFormat::OnTrac:
        p = putText(p, prefix);
        p = putDigits(p, permute(n, 13), 13);
        break;
    case DemoTrackingFormat::DhlExpress: {
        *p++ = '1';
        p = putDigits(p, permute(n % Pow10[8], 8), 8);
        const char check = static_cast<char>('0' + mod7(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::DhlPaket: {
        p = putText(p, prefix);
        p = putDigits(p, permute(n, 10), 10);
        const char check = static_cast<char>('0' + mod10Weighted31(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::Delhivery:
        if (n % 3 == 0) {
            *p++ = '2';
            p = putDigits(p, permute(n, 13), 13);
        } else {
            *p++ = '1';
            p = putDigits(p, permute(n, 12), 12);
        }
        break;
    case DemoTrackingFormat::BlueDart: {
        *p++ = '8';
        p = putDigits(p, permute(n, 9), 9);
        const char check = static_cast<char>('0' + mod7(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::Xpressbees:
        p = putText(p, "1434");
        p = putDigits(p, permute(n, 10), 10);
        break;
    case DemoTrackingFormat::EcomExpress:
        *p++ = '5';
        p = putDigits(p, permute(n, 9), 9);
        break;
    case DemoTrackingFormat::Dpd:
        p = putText(p, prefix);
        p = putDigits(p, permute(n, 12), 12);
        break;
    case DemoTrackingFormat::Gls: {
        *p++ = '6';
        p = putDigits(p, permute(n, 9), 9);
        const char check = static_cast<char>('0' + mod10Weighted31(buf, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::PostNL:
        p = putText(p, prefix);
        p = putText(p, m_postnlCustomer.data());
        p = putDigits(p, permute(n, 9), 9);
        break;
    case DemoTrackingFormat::Colissimo: {
        p = putText(p, prefix);
        char *digits = p;
        p = putDigits(p, permute(n, 10), 10);
        const char check = static_cast<char>('0' + mod10Weighted31(digits, p));
        *p++ = check;
        break;
    }
    case DemoTrackingFormat::RoyalMailTracked:
        p = putText(p, prefix);
        p = putDigits(p, permute(n, 16), 16);
        break;
    }
    return QString::fromLatin1(buf, p - buf);
}

} // namespace ct
