// SPDX-License-Identifier: MIT
#pragma once

#include "domain/tag.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

class QPalette;

namespace ct {

// The colours that mean something everywhere in the UI (a status's dot in every table,
// later the map and charts; a broken promise; an error; a field that differs), chosen to
// stay apart for common colour-vision deficiencies. Each has a variant for a light and a
// dark palette, picked from the application palette when asked, so they follow the
// system's or the user's appearance (ui/shell/appearance.h). No colour here is meant as
// a background for palette text except differenceBackground().
namespace StatusPalette {

// Whether `palette` is a dark one: its window is darker than its text.
bool isDark(const QPalette &palette);
// The same for the application palette.
bool isDark();

QColor color(Tag tag);
// A small filled circle in the tag's colour, cached per appearance.
QIcon dot(Tag tag);
// Text that warns (a promised date that has passed).
QBrush warningText();
// Text that says something failed.
QColor errorText();
// Behind a value that differs from another (both versions of a conflict), under palette
// text.
QColor differenceBackground();

} // namespace StatusPalette

} // namespace ct
