// SPDX-License-Identifier: MIT
// libFuzzer target (docs/TESTING.md, "Fuzzing"): any bytes as an allocation policy (JSON)
// and as a rate card (CSV), the two documents a manager hands the allocator; each is
// refused with located errors or read whole.
#include "allocation/allocationpolicy.h"
#include "allocation/ratecard.h"
#include "edits/editcatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ct::FieldError> errors;
    (void)ct::AllocationPolicy::fromJson(bytes, &errors);
    QStringList problems;
    (void)ct::RateCard::fromCsv(bytes, QStringLiteral("fuzz.csv"), &problems);
    return 0;
}
