// SPDX-License-Identifier: MIT
// What the dialog suites share: a named child or a fatal error, a picture in both
// appearances (with CT_UI_SCREENSHOTS=DIR), and an answer to a message box once it shows.
#pragma once

#include "shell/appearance.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace ct::test {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Saves DIR/<name>-light.png and DIR/<name>-dark.png, then goes back to the system's.
inline void snapshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(appearance);
        QApplication::processEvents();
        widget.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, appearanceName(appearance)));
    }
    applyAppearance(Appearance::System);
}

// Once the message box called `box` shows, clicks its button called `button`, or else its
// standard button `standard`, or else rejects it.
inline void answerMessageBox(const char *box, const char *button,
                             QMessageBox::StandardButton standard = QMessageBox::NoButton)
{
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [=] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *mb = qobject_cast<QMessageBox *>(w);
            if (!mb || !mb->isVisible() || mb->objectName() != QLatin1String(box))
                continue;
            if (auto *named = *button ? mb->findChild<QPushButton *>(QLatin1String(button)) : nullptr)
                named->click();
            else if (QAbstractButton *b = mb->button(standard))
                b->click();
            else
                mb->reject();
            return;
        }
        QTimer::singleShot(10, qApp, *attempt);
    };
    QTimer::singleShot(0, qApp, *attempt);
}

} // namespace ct::test
