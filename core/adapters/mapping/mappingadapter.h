// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/trackingadapter.h"
#include "carriermapping.h"

#include <memory>
#include <vector>

namespace ct {

// A tracking format described by a carrier mapping file instead of code
// (docs/MAPPING-FORMAT.md). It goes through the same registry, the same ParseContext and
// so the same located errors, unknown-code counting, placeholders, terminal latch and
// place parsing as a hand-written adapter. Stateless and thread-safe like them.
class MappingAdapter final : public TrackingAdapter
{
public:
    explicit MappingAdapter(std::unique_ptr<mapping::CarrierMapping> mapping);
    ~MappingAdapter() override;

    QString formatId() const override;
    QString formatName() const override;
    bool accepts(const json::Value &document) const override;
    void parse(const json::Value &document, ParseContext &context) const override;

    // parse(), noting in `hits` (one entry per slot of the mapping) each path that
    // matched something: how `mapping check` finds paths that never match its sample.
    void parse(const json::Value &document, ParseContext &context, std::vector<bool> *hits) const;

    const mapping::CarrierMapping &mapping() const { return *m_mapping; }

private:
    std::unique_ptr<mapping::CarrierMapping> m_mapping;
};

} // namespace ct
