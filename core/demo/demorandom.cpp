// SPDX-License-Identifier: MIT
#include "demorandom.h"

#include <cmath>

// Fused multiply-add would change results between CPUs: keep every operation separate.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace ct {

namespace {

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

constexpr double Ln2Hi = 6.93147180369123816490e-01;
constexpr double Ln2Lo = 1.90821492927058770002e-10;
constexpr double InvLn2 = 1.44269504088896338700e+00;

} // namespace

quint64 DemoRandom::splitMix64(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ull;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitMix64(state);
}

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    quint64 state = seed ^ (stream * 0xD1342543DE82EF95ull + 0x2545F4914F6CDD1Dull);
    splitMix64(state);
    for (quint64 &s : m_s)
        s = splitMix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

quint64 DemoRandom::boundedU64(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // Rejection on the top of the range keeps the result unbiased.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 r = next();
    while (r >= limit)
        r = next();
    return r % bound;
}

int DemoRandom::uniformInt(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<int>(boundedU64(static_cast<quint64>(qint64(hi) - lo + 1)));
}

qint64 DemoRandom::uniformInt64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<qint64>(boundedU64(static_cast<quint64>(hi - lo) + 1));
}

double DemoRandom::exp(double x)
{
    if (x > 700)
        x = 700;
    if (x < -700)
        return 0;
    // x = k ln2 + r, |r| <= ln2 / 2; exp(r) by its Taylor series; scale by 2^k exactly.
    const double kd = std::floor(x * InvLn2 + 0.5);
    const double r = (x - kd * Ln2Hi) - kd * Ln2Lo;
    double term = 1;
    double sum = 1;
    for (int n = 1; n <= 18; ++n) {
        term = term * r / n;
        sum = sum + term;
    }
    return std::ldexp(sum, static_cast<int>(kd));
}

double DemoRandom::log(double x)
{
    if (x <= 0)
        return -745.0;
    int e = 0;
    double m = std::frexp(x, &e); // x = m 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m = m * 2;
        e -= 1;
    }
    // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.1716.
    const double s = (m - 1) / (m + 1);
    const double s2 = s * s;
    double term = s;
    double sum = 0;
    for (int n = 1; n <= 41; n += 2) {
        sum = sum + term / n;
        term = term * s2;
    }
    const double ed = e;
    return (2 * sum + ed * Ln2Lo) + ed * Ln2Hi;
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u = 0;
    double v = 0;
    double s = 0;
    do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
    } while (s >= 1 || s == 0);
    const double f = std::sqrt(-2 * log(s) / s);
    m_spareNormal = v * f;
    m_hasSpare = true;
    return u * f;
}

double DemoRandom::lognormal(double median, double sigma)
{
    const double z = normal();
    return median * exp(sigma * z);
}

int DemoRandom::lognormalInt(double median, double sigma, int lo, int hi)
{
    const double x = lognormal(median, sigma);
    if (x <= lo)
        return lo;
    if (x >= hi)
        return hi;
    return static_cast<int>(std::floor(x + 0.5));
}

} // namespace ct
