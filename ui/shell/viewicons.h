// SPDX-License-Identifier: MIT
#pragma once

#include "viewid.h"

#include <QIcon>

class QPalette;

namespace ct {

// The switcher's line icon for each view (a warning sign, a return arrow, a parcel, a
// pin, bars), drawn in the palette's text colours so they follow light and dark.
QIcon viewIcon(ViewId view, const QPalette &palette);

} // namespace ct
