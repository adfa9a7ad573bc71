// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

struct ResourceTable;

// What the change feed and the edit API carry.
enum class EntityKind : quint8 { Shipment, Exception, Return };

QString entityCode(EntityKind kind);        // "exception" (change feed "kind", audit "entity")
QString entityCollection(EntityKind kind);  // "exceptions" (the URL segment)
std::optional<EntityKind> entityFromCode(QStringView code);
std::optional<EntityKind> entityFromCollection(QStringView segment);
const ResourceTable &entityTable(EntityKind kind);

} // namespace ct
