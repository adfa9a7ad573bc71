// SPDX-License-Identifier: MIT
#include "fusionoutlinestyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace ct {

FusionOutlineStyle::FusionOutlineStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QColor FusionOutlineStyle::indicatorOutline(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return {};
    const QColor text = palette.color(QPalette::Text);
    // Two fifths of the way from the base to the text: clearly an edge, quieter than text.
    const auto mix = [](int from, int to) { return from + (to - from) * 2 / 5; };
    return QColor(mix(base.red(), text.red()), mix(base.green(), text.green()), mix(base.blue(), text.blue()));
}

void FusionOutlineStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                       const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // Keyboard focus keeps Fusion's highlighted outline.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    const QColor outline = indicatorOutline(option->palette);
    if (!outline.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outline, 1));
    if (element == PE_IndicatorCheckBox)
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    else
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5));
    painter->restore();
}

} // namespace ct
