// SPDX-License-Identifier: MIT
#include "countdowndelegate.h"

#include "shell/clock.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace ct {

CountdownDelegate::CountdownDelegate(const Clock &clock, QObject *parent) : QStyledItemDelegate(parent), m_clock(clock) {}

QString CountdownDelegate::countdownText(const QModelIndex &index) const
{
    const QVariant due = index.data(DueRole);
    if (!due.isValid())
        return index.data(Qt::DisplayRole).toString();
    return SlaCountdown::text(due.toLongLong(), m_clock.nowMs());
}

SlaCountdown::Urgency CountdownDelegate::urgency(const QModelIndex &index) const
{
    const QVariant due = index.data(DueRole);
    if (!due.isValid())
        return SlaCountdown::Urgency::Met;
    return SlaCountdown::urgency(due.toLongLong(), m_clock.nowMs(), index.data(NearRole).toLongLong());
}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(DueRole).isValid()) {
        opt.text = countdownText(index);
        const SlaCountdown::Urgency level = urgency(index);
        const QColor color = SlaCountdown::color(level);
        if (color.isValid() && !(opt.state & QStyle::State_Selected)) {
            opt.palette.setColor(QPalette::Text, color);
            opt.palette.setColor(QPalette::HighlightedText, color);
        }
        if (level == SlaCountdown::Urgency::Breached)
            opt.font.setBold(true);
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

bool CountdownDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    const QVariant due = index.data(DueRole);
    if (event && event->type() == QEvent::ToolTip && due.isValid()) {
        QToolTip::showText(event->globalPos(), SlaCountdown::toolTip(due.toLongLong(), m_clock.nowMs()), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace ct
