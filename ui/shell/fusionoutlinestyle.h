// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace ct {

// Fusion, with check boxes and radio buttons that can be seen on a dark palette. Fusion
// outlines an indicator in the window colour made darker, which on a dark window is
// nearly the colour of the indicator's own fill: an unchecked box disappears. On a dark
// palette this style draws the outline again in a colour between the base and the text;
// on a light palette it is Fusion unchanged.
class FusionOutlineStyle : public QProxyStyle
{
    Q_OBJECT

public:
    FusionOutlineStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The outline an indicator gets on `palette`; invalid where Fusion's own is kept (a
    // light palette).
    static QColor indicatorOutline(const QPalette &palette);
};

} // namespace ct
