// SPDX-License-Identifier: MIT
#include "appearance.h"

#include "fusionoutlinestyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ct {

namespace {

Appearance g_current = Appearance::System;

// The style the platform gave the application, before any appearance was applied.
const QString &platformStyle()
{
    static const QString name = QApplication::style()->name();
    return name;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x7c, 0x7c, 0x82);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x96, 0x96, 0x9c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    // Fusion draws bevels and frames from these.
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x10));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    // An unfocused selection stays visible, a little quieter.
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x35, 0x5a, 0x8c));
    return palette;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

// Light and Dark: Fusion, with indicators that show on the dark palette.
void useFusion()
{
    if (!qobject_cast<FusionOutlineStyle *>(QApplication::style()))
        QApplication::setStyle(new FusionOutlineStyle);
}

} // namespace

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System: return QStringLiteral("system");
    case Appearance::Light: return QStringLiteral("light");
    case Appearance::Dark: return QStringLiteral("dark");
    }
    return {};
}

std::optional<Appearance> appearanceFromName(QStringView name)
{
    for (Appearance appearance : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (name.compare(appearanceName(appearance), Qt::CaseInsensitive) == 0)
            return appearance;
    }
    return std::nullopt;
}

void applyAppearance(Appearance appearance)
{
    const QString platform = platformStyle();
    g_current = appearance;
    switch (appearance) {
    case Appearance::System:
        useStyle(platform);
        // A palette with nothing set hands the application back to the platform's, which
        // then follows the system's light or dark setting again.
        QApplication::setPalette(QPalette());
        return;
    case Appearance::Light:
        useFusion();
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Appearance::Dark:
        useFusion();
        QApplication::setPalette(darkPalette());
        return;
    }
}

Appearance currentAppearance()
{
    return g_current;
}

} // namespace ct
