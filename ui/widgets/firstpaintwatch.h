// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace ct {

// Says once when a widget has been painted for the first time: the moment its content is
// on screen (the queue's first rows), for measuring a start (controltower
// --report-ready). It removes itself after that.
class FirstPaintWatch final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintWatch(QWidget *widget);

Q_SIGNALS:
    // After the paint event was handled.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
};

} // namespace ct
