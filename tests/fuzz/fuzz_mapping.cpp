// SPDX-License-Identifier: MIT
// libFuzzer target (docs/TESTING.md, "Fuzzing"): the carrier-mapping engine. Each input is
// both a mapping file (MappingCheck: the compiler, and the engine over the mapping's own
// sample, whatever the mapping says) and a feed read through the mappings of
// tests/fixtures/mappings/ (Shippo, EasyPost, AfterShip and the illustrative Acme Express).
// A crash, a sanitizer report, a hang or unbounded memory is a finding; located problems
// and errors are the expected answers.
#include "adapters/adapterregistry.h"
#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"
#include "ingest/feedreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const ct::AdapterRegistry &mappings()
{
    static const ct::AdapterRegistry registry = [] {
        ct::AdapterRegistry r;
        for (const char *name : {"shippo.json", "easypost.json", "aftership.json", "acme-express.json"}) {
            ct::MappingCheck::Result result =
                ct::MappingCheck::checkFile(QStringLiteral(CT_FIXTURES_DIR "/mappings/") + QLatin1String(name));
            if (!result.ok()) {
                std::fprintf(stderr, "fuzz_mapping: the mapping %s does not load\n", name);
                std::abort();
            }
            r.add(std::move(result.adapter));
        }
        return r;
    }();
    return registry;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ct::MappingCheck::Result checked = ct::MappingCheck::check(bytes);
    (void)checked;
    static ct::FeedReader reader(mappings());
    reader.setWindowBytes(4096);
    reader.setMaxRecordBytes(1 << 20);
    int shipments = 0;
    reader.readData(QStringLiteral("fuzz"), bytes, [&](ct::ShipmentRecord &&) { ++shipments; }, [](const ct::FeedIssue &) {});
    return 0;
}
