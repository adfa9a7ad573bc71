// SPDX-License-Identifier: MIT
#include "entitykind.h"

#include "resourcetable.h"

namespace ct {

QString entityCode(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Shipment:
        return QStringLiteral("shipment");
    case EntityKind::Exception:
        return QStringLiteral("exception");
    case EntityKind::Return:
        return QStringLiteral("return");
    }
    return {};
}

QString entityCollection(EntityKind kind)
{
    return entityCode(kind) + QLatin1Char('s');
}

std::optional<EntityKind> entityFromCode(QStringView code)
{
    for (EntityKind kind : {EntityKind::Shipment, EntityKind::Exception, EntityKind::Return}) {
        if (code == entityCode(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<EntityKind> entityFromCollection(QStringView segment)
{
    if (!segment.endsWith(QLatin1Char('s')))
        return std::nullopt;
    return entityFromCode(segment.chopped(1));
}

const ResourceTable &entityTable(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Shipment:
        return resources::shipments();
    case EntityKind::Exception:
        return resources::exceptions();
    case EntityKind::Return:
        break;
    }
    return resources::returns();
}

} // namespace ct
