// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// How the desktop looks: the platform's own style and palette (which follow the system's
// light or dark setting where the platform tells Qt), or the Fusion style with a light
// or a dark palette. Qt 6.4 has no QStyleHints::colorScheme, so the choice is the user's:
// View > Appearance, the `appearance/theme` setting, `--appearance`. Every colour the
// app draws is taken from the palette (ui/widgets/statuspalette.h), so all three work.
enum class Appearance : quint8 {
    System,
    Light,
    Dark,
};

// "system", "light", "dark".
QString appearanceName(Appearance appearance);
std::optional<Appearance> appearanceFromName(QStringView name);

// Applies `appearance` to the running application; every widget repaints. The first call
// remembers the platform's style, which System returns to.
void applyAppearance(Appearance appearance);
Appearance currentAppearance();

} // namespace ct
