// SPDX-License-Identifier: MIT
// What the map tests' screenshots (CT_MAP_SCREENSHOTS=DIR) share: the places and zooms
// looked at, and the dark palette the dark shots are drawn in.
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace ct::test {

struct MapShot
{
    const char *name;
    double lat, lon, zoom;
};

inline constexpr MapShot MapShots[] = {{"world", 25, 0, 1.8}, {"country", 39, -96, 3.6}, {"city", 40.72, -74.0, 9}};

inline void useDarkMapPalette(QWidget &widget)
{
    QPalette pal = widget.palette();
    pal.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
    pal.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    widget.setPalette(pal);
}

} // namespace ct::test
