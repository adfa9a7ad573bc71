// SPDX-License-Identifier: MIT
#include "mapview.h"

namespace ct {

MapView::MapView(const ViewContext &, QWidget *parent) : AppView(ViewId::Map, parent)
{
    showPlaceholder(tr("Shipments where they are and where they go: last scans clustered on a map, lanes coloured by on-"
                       "time performance, exception hot spots; click one to open it."));
}

} // namespace ct
