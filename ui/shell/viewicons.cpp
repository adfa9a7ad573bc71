// SPDX-License-Identifier: MIT
#include "viewicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace ct {

namespace {

constexpr int Size = 48; // drawn at twice the 24 px it is shown at

QPainterPath outline(ViewId view)
{
    QPainterPath path;
    switch (view) {
    case ViewId::Exceptions:
        path.moveTo(24, 6);
        path.lineTo(43, 40);
        path.lineTo(5, 40);
        path.closeSubpath();
        path.moveTo(24, 18);
        path.lineTo(24, 28);
        path.moveTo(24, 34);
        path.lineTo(24, 34.5);
        break;
    case ViewId::Returns:
        path.moveTo(40, 40);
        path.lineTo(40, 27);
        path.cubicTo(40, 19, 34, 15, 26, 15);
        path.lineTo(9, 15);
        path.moveTo(17, 7);
        path.lineTo(9, 15);
        path.lineTo(17, 23);
        break;
    case ViewId::Shipments:
        path.moveTo(24, 6);
        path.lineTo(41, 15);
        path.lineTo(41, 33);
        path.lineTo(24, 42);
        path.lineTo(7, 33);
        path.lineTo(7, 15);
        path.closeSubpath();
        path.moveTo(7, 15);
        path.lineTo(24, 24);
        path.lineTo(41, 15);
        path.moveTo(24, 24);
        path.lineTo(24, 42);
        break;
    case ViewId::Map:
        path.moveTo(24, 43);
        path.cubicTo(17, 34, 11, 27, 11, 19);
        path.arcTo(QRectF(11, 6, 26, 26), 180, -180);
        path.cubicTo(37, 27, 31, 34, 24, 43);
        path.closeSubpath();
        path.addEllipse(QPointF(24, 19), 4.5, 4.5);
        break;
    case ViewId::Analytics:
        path.addRect(QRectF(9, 27, 6, 13));
        path.addRect(QRectF(21, 17, 6, 23));
        path.addRect(QRectF(33, 8, 6, 32));
        break;
    }
    return path;
}

QPixmap draw(ViewId view, const QColor &color)
{
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline(view));
    return pixmap;
}

} // namespace

QIcon viewIcon(ViewId view, const QPalette &palette)
{
    QIcon icon;
    icon.addPixmap(draw(view, palette.color(QPalette::WindowText)), QIcon::Normal);
    icon.addPixmap(draw(view, palette.color(QPalette::HighlightedText)), QIcon::Selected);
    icon.addPixmap(draw(view, palette.color(QPalette::Disabled, QPalette::WindowText)), QIcon::Disabled);
    return icon;
}

} // namespace ct
