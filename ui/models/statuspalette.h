// SPDX-License-Identifier: MIT
#pragma once

#include "domain/tag.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace ct {

// The colours that mean a status everywhere in the UI (the table's dots, later the map
// and charts), chosen to stay apart for common colour-vision deficiencies.
namespace StatusPalette {

QColor color(Tag tag);
// A small filled circle in the tag's colour, cached.
QIcon dot(Tag tag);
QBrush warningText();

} // namespace StatusPalette

} // namespace ct
