// SPDX-License-Identifier: MIT
// With CT_UI_SCREENSHOTS=DIR a widget test saves pictures of the states it reaches, to
// look at (light and dark).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

namespace ct::test {

inline void snapshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // layouts settle first
    widget.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

} // namespace ct::test
