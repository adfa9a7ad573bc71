// SPDX-License-Identifier: MIT
#include "viewid.h"

#include <QCoreApplication>

namespace ct {

QString viewName(ViewId view)
{
    switch (view) {
    case ViewId::Exceptions: return QStringLiteral("exceptions");
    case ViewId::Returns: return QStringLiteral("returns");
    case ViewId::Shipments: return QStringLiteral("shipments");
    case ViewId::Map: return QStringLiteral("map");
    case ViewId::Analytics: return QStringLiteral("analytics");
    }
    return {};
}

std::optional<ViewId> viewFromName(QStringView name)
{
    for (ViewId view : AllViews) {
        if (name.compare(viewName(view), Qt::CaseInsensitive) == 0)
            return view;
    }
    return std::nullopt;
}

QStringList viewNames()
{
    QStringList names;
    for (ViewId view : AllViews)
        names.append(viewName(view));
    return names;
}

QString viewTitle(ViewId view)
{
    switch (view) {
    case ViewId::Exceptions: return QCoreApplication::translate("ct::ViewId", "Exceptions");
    case ViewId::Returns: return QCoreApplication::translate("ct::ViewId", "Returns");
    case ViewId::Shipments: return QCoreApplication::translate("ct::ViewId", "Shipments");
    case ViewId::Map: return QCoreApplication::translate("ct::ViewId", "Map");
    case ViewId::Analytics: return QCoreApplication::translate("ct::ViewId", "Analytics");
    }
    return {};
}

int viewIndex(ViewId view)
{
    return static_cast<int>(view);
}

} // namespace ct
