// SPDX-License-Identifier: MIT
#include "statuspalette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ct::StatusPalette {

QColor color(Tag tag)
{
    switch (tag) {
    case Tag::Pending: return QColor(0x9e, 0x9e, 0x9e);
    case Tag::InfoReceived: return QColor(0x5c, 0x6b, 0xc0);
    case Tag::InTransit: return QColor(0x1e, 0x88, 0xe5);
    case Tag::OutForDelivery: return QColor(0xfb, 0x8c, 0x00);
    case Tag::AttemptFail: return QColor(0x8e, 0x24, 0xaa);
    case Tag::Delivered: return QColor(0x2e, 0x7d, 0x32);
    case Tag::AvailableForPickup: return QColor(0xf9, 0xa8, 0x25);
    case Tag::Exception: return QColor(0xd3, 0x2f, 0x2f);
    case Tag::Expired: return QColor(0x54, 0x6e, 0x7a);
    }
    return Qt::gray;
}

QIcon dot(Tag tag)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(tag);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QPixmap pixmap(24, 24);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(tag));
        painter.drawEllipse(QRectF(5, 5, 14, 14));
        painter.end();
        it = cache.insert(key, QIcon(pixmap));
    }
    return *it;
}

QBrush warningText()
{
    return QBrush(QColor(0xc6, 0x28, 0x28));
}

} // namespace ct::StatusPalette
