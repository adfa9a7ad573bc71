// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"

#include <QString>

#include <array>

namespace ct {

// Writes tracking numbers in each carrier's real format, with the real check digits
// where the format has a known one (UPS, FedEx, USPS IMpb, UPU S10, DHL...). Every number
// comes from a serial counter scrambled by a seeded Feistel permutation over decimal
// digits, so numbers look random, differ per seed, and are never repeated within one run
// (formats are kept disjoint by length and prefix).
class DemoTrackingNumbers final
{
public:
    explicit DemoTrackingNumbers(quint64 seed);

    // `prefix` is the service part of the number (UPS service code "03", USPS "9400111",
    // S10 service indicator "LZ"...); `account` picks one of the shipper's UPS accounts.
    QString next(DemoTrackingFormat format, const char *prefix, int account = 0);

    quint64 issued() const { return m_serial; }

private:
    quint64 permute(quint64 n, int digits) const;

    quint64 m_serial = 0;
    std::array<quint64, 24> m_keys{};
    std::array<std::array<char, 7>, 3> m_upsAccounts{};
    std::array<char, 5> m_postnlCustomer{};
};

} // namespace ct
