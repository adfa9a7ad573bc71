// SPDX-License-Identifier: MIT
// libFuzzer target (docs/TESTING.md, "Fuzzing"): any bytes as a storefront order file
// (Shopify, WooCommerce and the other readers OrderFileReader detects), read into an
// OrderDocument with its located issues.
#include "orders/orderfilereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ct::OrderFileReader::looksLikeStorefront(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
    const ct::OrderDocument document = ct::OrderFileReader::readBytes(bytes, QStringLiteral("fuzz"));
    (void)document;
    return 0;
}
