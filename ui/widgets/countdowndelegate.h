// SPDX-License-Identifier: MIT
#pragma once

#include "slacountdown.h"

#include <QStyledItemDelegate>

namespace ct {

class Clock;

// Paints a deadline as a live countdown (SlaCountdown): the cell's model gives the due
// instant (DueRole, UTC ms) and the horizon of "near" (NearRole, ms), the delegate reads
// "now" from the app's Clock when it paints, so a tick repaints the cell without the
// model changing (VisibleCellRepainter). A cell without a due instant (the deadline was
// met, the exception resolved) is painted as the model says, in its own colours.
class CountdownDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int DueRole = Qt::UserRole + 40;
    static constexpr int NearRole = Qt::UserRole + 41;

    explicit CountdownDelegate(const Clock &clock, QObject *parent = nullptr);

    // What the cell shows now, and in which urgency: for painting and for tests.
    QString countdownText(const QModelIndex &index) const;
    SlaCountdown::Urgency urgency(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    const Clock &m_clock;
};

} // namespace ct
