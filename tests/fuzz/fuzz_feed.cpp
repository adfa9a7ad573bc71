// SPDX-License-Identifier: MIT
// libFuzzer target (docs/TESTING.md, "Fuzzing"): any bytes as a carrier feed file, read
// by FeedReader with every built-in adapter (JSON documents, arrays and lines; XML
// streamed). A crash, a sanitizer report, a hang or unbounded memory is a finding; a
// located error is the expected answer to most inputs.
#include "adapters/adapterregistry.h"
#include "ingest/feedreader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static ct::FeedReader reader(ct::AdapterRegistry::standard());
    // Small windows and records, so windowing and the record limit are fuzzed too.
    reader.setWindowBytes(4096);
    reader.setMaxRecordBytes(1 << 20);
    int shipments = 0;
    reader.readData(QStringLiteral("fuzz"), QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                    [&](ct::ShipmentRecord &&) { ++shipments; }, [](const ct::FeedIssue &) {});
    return 0;
}
