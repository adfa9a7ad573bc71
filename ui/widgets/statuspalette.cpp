// SPDX-License-Identifier: MIT
#include "statuspalette.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace ct::StatusPalette {

namespace {

// Material Design 600-800 shades on light palettes, their 200-300 shades on dark ones:
// the same hue, with enough contrast against either background.
QRgb tagRgb(Tag tag, bool dark)
{
    switch (tag) {
    case Tag::Pending: return dark ? 0xbdbdbd : 0x9e9e9e;
    case Tag::InfoReceived: return dark ? 0x9fa8da : 0x5c6bc0;
    case Tag::InTransit: return dark ? 0x64b5f6 : 0x1e88e5;
    case Tag::OutForDelivery: return dark ? 0xffb74d : 0xfb8c00;
    case Tag::AttemptFail: return dark ? 0xce93d8 : 0x8e24aa;
    case Tag::Delivered: return dark ? 0x81c784 : 0x2e7d32;
    case Tag::AvailableForPickup: return dark ? 0xffd54f : 0xf9a825;
    case Tag::Exception: return dark ? 0xe57373 : 0xd32f2f;
    case Tag::Expired: return dark ? 0x90a4ae : 0x546e7a;
    }
    return dark ? 0xbdbdbd : 0x9e9e9e;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QColor color(Tag tag)
{
    return QColor(tagRgb(tag, isDark()));
}

QIcon dot(Tag tag)
{
    static QHash<int, QIcon> cache;
    const bool dark = isDark();
    const int key = static_cast<int>(tag) * 2 + (dark ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QPixmap pixmap(24, 24);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(tagRgb(tag, dark)));
        painter.drawEllipse(QRectF(5, 5, 14, 14));
        painter.end();
        it = cache.insert(key, QIcon(pixmap));
    }
    return *it;
}

QBrush warningText()
{
    return QBrush(QColor(isDark() ? 0xef9a9a : 0xc62828));
}

QColor errorText()
{
    return QColor(isDark() ? 0xf2b8b5 : 0xb3261e);
}

QColor differenceBackground()
{
    // Amber: light behind dark text, deep behind light text.
    return QColor(isDark() ? 0x6d5200 : 0xffe082);
}

} // namespace ct::StatusPalette
