// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <span>

namespace ct {

// The demo generator's random source: xoshiro256** seeded through SplitMix64, with its own
// uniform, normal, lognormal and weighted-choice helpers. Uses only integer arithmetic and
// the four basic IEEE-754 operations plus sqrt (no std:: distributions, no libm
// transcendental functions), so one seed gives the same numbers with every compiler,
// standard library and CPU.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed = 0);
    // An independent stream: the same (seed, stream) always gives the same sequence.
    DemoRandom(quint64 seed, quint64 stream);

    quint64 next();
    quint32 next32() { return static_cast<quint32>(next() >> 32); }

    // Uniform in [0, 1), 53 bits.
    double uniform();
    // Uniform integer in [lo, hi] (inclusive), unbiased.
    int uniformInt(int lo, int hi);
    qint64 uniformInt64(qint64 lo, qint64 hi);
    // True with probability `permille` / 1000.
    bool chancePermille(int permille) { return uniformInt(0, 999) < permille; }
    bool chance(double p) { return uniform() < p; }

    // Standard normal (Marsaglia's polar form of Box-Muller).
    double normal();
    // exp(ln(median) + sigma * N(0, 1)).
    double lognormal(double median, double sigma);
    // A lognormal rounded to the nearest integer and clamped to [lo, hi].
    int lognormalInt(double median, double sigma, int lo, int hi);

    // Index drawn with probability proportional to its weight; weights must not all be 0.
    template <typename W> int weighted(std::span<const W> weights)
    {
        quint64 total = 0;
        for (const W w : weights)
            total += static_cast<quint64>(w);
        quint64 r = boundedU64(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            const auto w = static_cast<quint64>(weights[i]);
            if (r < w)
                return static_cast<int>(i);
            r -= w;
        }
        return static_cast<int>(weights.size()) - 1;
    }

    // Deterministic elementary functions (range reduction + series), accurate to a few
    // ulps; public so tests and tables can use the same ones.
    static double exp(double x);
    static double log(double x);

    static quint64 splitMix64(quint64 &state);

private:
    quint64 boundedU64(quint64 bound); // uniform in [0, bound)

    quint64 m_s[4];
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

} // namespace ct
