// SPDX-License-Identifier: MIT
#include "firstpaintwatch.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ct {

FirstPaintWatch::FirstPaintWatch(QWidget *widget) : QObject(widget), m_widget(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_widget->removeEventFilter(this);
        // Once this paint is done and the frame is flushed.
        QTimer::singleShot(0, this, [this] { Q_EMIT painted(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ct
