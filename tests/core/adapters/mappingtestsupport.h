// SPDX-License-Identifier: MIT
#pragma once

#include "adaptertestsupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ct {
class AdapterRegistry;
class MappingAdapter;
}

namespace ct::test {

// The mapping file at tests/fixtures/mappings/<name>, checked; fails the test when it
// does not load.
std::unique_ptr<MappingAdapter> loadMapping(const QString &name);
// Normalizes `data` with only `adapter` in the registry.
NormalizeResult normalizeWith(std::unique_ptr<MappingAdapter> adapter, const QByteArray &data, const QString &source);
// Every field of two shipments that differs, named ("events[2].city: \"Newark\" != \"\""),
// source format aside (each adapter names its own).
QStringList shipmentDifferences(const ShipmentRecord &a, const ShipmentRecord &b);

} // namespace ct::test
