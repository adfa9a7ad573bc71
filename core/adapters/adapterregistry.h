// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace ct {

// The set of tracking formats Control Tower reads, and format detection over them.
class AdapterRegistry final
{
public:
    AdapterRegistry() = default;

    // Every supported format (docs/ADAPTERS.md).
    static const AdapterRegistry &standard();

    void add(std::unique_ptr<TrackingAdapter> adapter);

    // The adapter that accepts the document, or nullptr.
    const TrackingAdapter *detect(const json::Value &document) const;
    // Every adapter that accepts the document (for tests: must be exactly one).
    QList<const TrackingAdapter *> detectAll(const json::Value &document) const;
    const TrackingAdapter *byFormatId(const QString &formatId) const;
    QList<const TrackingAdapter *> adapters() const;

private:
    std::vector<std::unique_ptr<TrackingAdapter>> m_adapters;
};

} // namespace ct
